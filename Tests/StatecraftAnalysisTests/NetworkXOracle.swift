import Foundation
import XCTest
@testable import StatecraftAnalysis

/// Access to the NetworkX oracles: the shared benchmark graphs with their reference values
/// (`../shared/bench/graphs`), and NetworkX itself, called through `python3` for edge cases.
enum NetworkXOracle {
    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let harness = packageRoot.appendingPathComponent("../shared/bench/graphs").standardizedFileURL

    /// Runs a process, returning stdout; throws with stderr on failure.
    static func run(_ executable: String, _ args: [String], stdin: Data? = nil) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [executable] + args
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try inp.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw NSError(domain: "oracle", code: Int(p.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "\(executable) failed: \(String(decoding: errData, as: UTF8.self).suffix(800))"])
        }
        return data
    }

    /// gen.py's graphs (small, medium and their signed variants), generated once per test run.
    static let generated: Result<URL, Error> = Result {
        guard FileManager.default.fileExists(atPath: harness.appendingPathComponent("gen.py").path) else {
            throw XCTSkip("../shared/bench/graphs is absent: oracle tests skipped")
        }
        // One fixed directory, rewritten on each run (gen.py is deterministic; the sha256 is checked).
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-oracle-graphs")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        _ = try run("python3", [harness.appendingPathComponent("gen.py").path, "--out", dir.path, "--sizes", "small,medium"])
        return dir
    }

    /// A shared graph and its reference document, after checking the file's sha256 against the oracle's.
    static func graph(_ name: String) throws -> (LabeledGraph, [String: Any]) {
        let dir = try generated.get()
        let refURL = harness.appendingPathComponent("oracles/\(name).ref.json")
        let ref = try JSONSerialization.jsonObject(with: Data(contentsOf: refURL)) as! [String: Any]
        let path = dir.appendingPathComponent("\(name).tsv").path
        let sha = try run("python3", ["-c", "import hashlib,sys;print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())", path])
        let expected = (ref["graph"] as! [String: Any])["sha256"] as! String
        XCTAssertEqual(String(decoding: sha, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), expected,
                       "\(name).tsv differs from the file the oracle was computed on")
        return (try EdgeListLoader.load(path: path), ref)
    }

    static func algorithm(_ ref: [String: Any], _ name: String) -> [String: Any] {
        (ref["algorithms"] as! [String: Any])[name] as! [String: Any]
    }

    /// Per-node values of a reference entry (`all` when present, else `top20`), by node name.
    static func values(_ entry: [String: Any]) -> [String: Double] {
        if let all = entry["all"] as? [String: Any] {
            return all.mapValues { ($0 as! NSNumber).doubleValue }
        }
        if let all = entry["all"] as? [[String: Any]] {
            return Dictionary(uniqueKeysWithValues: all.map { ($0["node"] as! String, ($0["value"] as! NSNumber).doubleValue) })
        }
        let top = entry["top20"] as! [[String: Any]]
        return Dictionary(uniqueKeysWithValues: top.map { ($0["node"] as! String, ($0["value"] as! NSNumber).doubleValue) })
    }

    /// NetworkX's answers for an edge list, from `python3` with the installed networkx.
    /// `calls` maps a key to a Python expression over `G` (the DiGraph, parallel edges summed,
    /// attributes `weight` and `dist = 1/w` for w > 0; zero-weight edges have no `dist` edge in `D`),
    /// `U` (the undirected view, reciprocal weights summed; `UD` without its zero-weight ties) and `nx`. Results must be JSON-able.
    static func networkx(edges: [(String, String, Double)], calls: [String: String]) throws -> [String: Any] {
        let script = #"""
import json, sys
import networkx as nx
from itertools import islice
spec = json.load(sys.stdin)
G = nx.DiGraph()
for s, t, w in spec["edges"]:
    if G.has_edge(s, t):
        G[s][t]["weight"] += w
    else:
        G.add_edge(s, t, weight=w)
for s, t, d in G.edges(data=True):
    if d["weight"] > 0:
        d["dist"] = 1.0 / d["weight"]
D = nx.DiGraph()
D.add_nodes_from(G)
D.add_edges_from((s, t, d) for s, t, d in G.edges(data=True) if d["weight"] > 0)
U = nx.Graph()
U.add_nodes_from(G)
for s, t, d in G.edges(data=True):
    if U.has_edge(s, t):
        U[s][t]["weight"] += d["weight"]
    else:
        U.add_edge(s, t, weight=d["weight"])
for s, t, d in U.edges(data=True):
    if d["weight"] > 0:
        d["dist"] = 1.0 / d["weight"]
UD = nx.Graph()
UD.add_nodes_from(U)
UD.add_edges_from((s, t, d) for s, t, d in U.edges(data=True) if d["weight"] > 0)
out = {}
for key, expr in spec["calls"].items():
    try:
        out[key] = eval(expr)
    except Exception as e:
        out[key] = {"error": type(e).__name__ + ": " + str(e)}
json.dump(out, sys.stdout)
"""#
        guard (try? run("python3", ["-c", "import networkx"])) != nil else {
            throw XCTSkip("python3 with networkx is not available: NetworkX oracle tests skipped")
        }
        let spec: [String: Any] = ["edges": edges.map { [$0.0, $0.1, $0.2] as [Any] }, "calls": calls]
        let data = try run("python3", ["-c", script], stdin: try JSONSerialization.data(withJSONObject: spec))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }
}

/// Asserts per-node agreement: `|ours − ref| ≤ rel × |ref| + floor × max|ref|` for every node in `reference`.
func assertAgrees(_ ours: [Double], _ labels: NodeLabels, _ reference: [String: Double], rel: Double = 1e-6,
                  floor: Double = 1e-9, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertFalse(reference.isEmpty, "\(what): empty reference", file: file, line: line)
    let scale = reference.values.map(abs).max() ?? 0
    var worst = 0.0, worstNode = ""
    for (name, ref) in reference {
        guard let id = labels.id(of: name) else { XCTFail("\(what): node \(name) missing", file: file, line: line); return }
        let diff = abs(ours[id] - ref)
        let allowed = rel * abs(ref) + floor * scale
        if diff - allowed > worst { worst = diff - allowed; worstNode = name }
    }
    XCTAssertEqual(worst, 0, "\(what): node \(worstNode) off by more than the tolerance", file: file, line: line)
}

/// A NetworkX `{node: value}` dictionary from the python results.
func nxVector(_ any: Any?, file: StaticString = #filePath, line: UInt = #line) -> [String: Double] {
    guard let d = any as? [String: Any] else {
        XCTFail("not a vector: \(String(describing: any))", file: file, line: line)
        return [:]
    }
    return d.mapValues { ($0 as! NSNumber).doubleValue }
}
