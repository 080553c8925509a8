import Foundation
import XCTest

/// One strength, one graph (issue 11): NetworkX, run on what `statecraft export` writes
/// (GraphML, GEXF and node-link JSON), reproduces `statecraft centrality` and `statecraft path`,
/// and `ties`, `path` and the export agree on every dyad's strength.
final class OneGraphTests: XCTestCase {
    var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDownWithError() throws { cli.cleanUp() }

    /// The seed article, plus 3,000 ICEWS rows when `../shared` is there (many symmetric talks).
    func makeStore() throws {
        let built = try cli.run(["build", CLIRunner.packageRoot.appendingPathComponent("Data/articles").path, "--db", cli.db])
        XCTAssertEqual(built.status, 0, built.stderr)
        if let shared = CLIRunner.shared {
            let icews = shared.appendingPathComponent("data/events/icews05-15-test.tsv")
            if let text = try? String(contentsOf: icews, encoding: .utf8) {
                let rows = text.split(separator: "\n").prefix(3000).joined(separator: "\n") + "\n"
                let file = cli.directory.appendingPathComponent("icews.tsv")
                try rows.write(to: file, atomically: true, encoding: .utf8)
                let imported = try cli.run(["import", "edges", file.path, "--db", cli.db])
                XCTAssertEqual(imported.status, 0, imported.stderr)
            }
        }
    }

    func json(_ r: CLIRunner.Result) throws -> Any {
        XCTAssertEqual(r.status, 0, r.stderr)
        return try JSONSerialization.jsonObject(with: r.output)
    }

    /// `centrality --measure M [--weighted] --format json` as {id: score}.
    func centrality(_ measure: String, weighted: Bool = false) throws -> [String: Double] {
        let doc = try json(try cli.run(["centrality", "--measure", measure, "--format", "json", "--db", cli.db]
                                       + (weighted ? ["--weighted"] : []))) as! [String: Any]
        var out: [String: Double] = [:]
        for s in doc["scores"] as! [[String: Any]] { out[s["id"] as! String] = (s["score"] as! NSNumber).doubleValue }
        return out
    }

    static let script = #"""
import json, sys
import networkx as nx
from itertools import islice
graphml, gexf, nodelink, pairs = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
G = nx.read_graphml(graphml)
X = nx.read_gexf(gexf)
J = nx.node_link_graph(json.load(open(nodelink)))
out = {"types": [type(g).__name__ for g in (G, X, J)]}
def weights(g, key):
    return {f"{s}|{t}": float(d[key]) for s, t, d in g.edges(data=True)}
wg, wx, wj = weights(G, "strength"), weights(X, "weight"), weights(J, "strength")
out["sameEdges"] = sorted(wg) == sorted(wx) == sorted(wj)
out["maxWeightDiff"] = max([abs(wg[k] - wx[k]) for k in wg] + [abs(wg[k] - wj[k]) for k in wg] + [0])
out["geo"] = {n: [X.nodes[n].get("lat"), X.nodes[n].get("lon")] for n in X.nodes if n in ("RUS", "PRK")}
for s, t, d in G.edges(data=True):
    d["weight"] = float(d["strength"])
D = nx.DiGraph()
D.add_nodes_from(G)
D.add_edges_from((s, t, {"dist": 1.0 / d["weight"]}) for s, t, d in G.edges(data=True) if d["weight"] > 0)
out["degree"] = dict(G.degree())
out["strength"] = dict(G.degree(weight="weight"))
out["pagerank"] = nx.pagerank(G, alpha=0.85, weight=None, tol=1e-12, max_iter=10000)
out["pagerankWeighted"] = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
out["betweenness"] = nx.betweenness_centrality(G, normalized=True)
out["betweennessWeighted"] = nx.betweenness_centrality(D, normalized=True, weight="dist")
# Paths follow ties in either direction: the undirected graph, both arcs of a dyad summed.
U = nx.Graph()
U.add_nodes_from(G)
for s, t, d in G.edges(data=True):
    w = d["weight"] + (U[s][t]["weight"] if U.has_edge(s, t) else 0)
    U.add_edge(s, t, weight=w)
UD = nx.Graph()
UD.add_nodes_from(U)
UD.add_edges_from((s, t, {"dist": 1.0 / d["weight"], "weight": d["weight"]}) for s, t, d in U.edges(data=True) if d["weight"] > 0)
out["dyads"] = {"|".join(sorted((s, t))): d["weight"] for s, t, d in U.edges(data=True)}
def paths(g, a, b, weight, k):
    try:
        found = list(islice(nx.shortest_simple_paths(g, a, b, weight=weight), k))
    except nx.NetworkXNoPath:
        return []
    return [{"nodes": p, "length": (nx.path_weight(g, p, weight) if weight else len(p) - 1)} for p in found]
out["paths"] = {f"{a}|{b}": {"strength": paths(UD, a, b, "dist", 3), "hops": paths(U, a, b, None, 3)} for a, b in pairs}
json.dump(out, sys.stdout)
"""#

    func testNetworkXOnTheExportGivesCentralityAndPaths() throws {
        try makeStore()
        let files = ["graphml", "gexf", "json"].map { cli.directory.appendingPathComponent("g.\($0)").path }
        for (format, file) in zip(["graphml", "gexf", "json"], files) {
            let r = try cli.run(["export", "--format", format, "-o", file, "--db", cli.db])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        // Pairs for `path`: the strongest dyads' ends crossed with each other (some direct, some not).
        let ties = try json(try cli.run(["ties", "--top", "6", "--format", "json", "--db", cli.db])) as! [[String: Any]]
        let ends = ties.flatMap { [$0["source"], $0["target"]] }.compactMap { ($0 as? [String: Any])?["id"] as? String }
        var pairs: [[String]] = []
        for a in ends { for b in ends where a < b && !pairs.contains([a, b]) { pairs.append([a, b]) } }
        pairs = Array(pairs.prefix(8))

        let pairsJSON = String(decoding: try JSONSerialization.data(withJSONObject: pairs), as: UTF8.self)
        // Exported numbers have six decimals: weighted values agree to about 1e-6 relative.
        let output = try runPython(Self.script, files + [pairsJSON])
        let nx = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
        XCTAssertEqual(nx["types"] as? [String], ["DiGraph", "DiGraph", "DiGraph"],
                       "node_link_graph(doc) as it is, GraphML and GEXF: one directed simple graph")
        XCTAssertEqual(nx["sameEdges"] as? Bool, true, "GraphML, GEXF and JSON carry the same arcs")
        XCTAssertLessThan((nx["maxWeightDiff"] as! NSNumber).doubleValue, 1e-5)
        let geo = nx["geo"] as! [String: [Any]]
        let rus = try XCTUnwrap(geo["RUS"]).compactMap { ($0 as? NSNumber)?.doubleValue }
        XCTAssertEqual(rus.count, 2, "GEXF nodes carry lat and lon")
        XCTAssertEqual(rus.first ?? 0, 55.75, accuracy: 0.5)

        func vector(_ key: String) -> [String: Double] {
            (nx[key] as! [String: Any]).mapValues { ($0 as! NSNumber).doubleValue }
        }
        let checks: [(String, String, Bool, Double)] = [
            ("degree", "degree", false, 0), ("strength", "strength", false, 1e-6),
            ("pagerank", "pagerank", false, 1e-6), ("pagerankWeighted", "pagerank", true, 1e-5),
            ("betweenness", "betweenness", false, 1e-9), ("betweennessWeighted", "betweenness", true, 1e-6),
        ]
        for (key, measure, weighted, tolerance) in checks {
            let ours = try centrality(measure, weighted: weighted), theirs = vector(key)
            XCTAssertEqual(Set(ours.keys), Set(theirs.keys), key)
            let scale = max(1, theirs.values.map(abs).max() ?? 1)
            for (id, value) in theirs {
                XCTAssertEqual(ours[id] ?? .nan, value, accuracy: tolerance * scale, "\(key) of \(id)")
            }
        }

        // `ties` and the export's undirected view agree on every dyad: one strength.
        let dyads = vector("dyads")
        for t in ties {
            let a = (t["source"] as! [String: Any])["id"] as! String, b = (t["target"] as! [String: Any])["id"] as! String
            let key = [a, b].sorted().joined(separator: "|")
            XCTAssertEqual((t["strength"] as! NSNumber).doubleValue, try XCTUnwrap(dyads[key], key), accuracy: 1e-4, key)
        }

        // `path`, by strength and by hops: the same lengths as nx.shortest_simple_paths, and the
        // same paths wherever the length leaves no choice.
        let expected = nx["paths"] as! [String: [String: [[String: Any]]]]
        for pair in pairs {
            for by in ["strength", "hops"] {
                let theirs = expected[pair.joined(separator: "|")]![by]!
                let r = try cli.run(["path", pair[0], pair[1], "--k", "3", "--by", by, "--format", "json", "--db", cli.db])
                if theirs.isEmpty { continue }  // no path: nothing to compare
                let doc = try json(r) as! [String: Any]
                let ours = doc["paths"] as! [[String: Any]]
                XCTAssertEqual(ours.count, theirs.count, "\(pair) by \(by)")
                let lengths = theirs.map { ($0["length"] as! NSNumber).doubleValue }
                for (i, (o, t)) in zip(ours, theirs).enumerated() {
                    let length = (t["length"] as! NSNumber).doubleValue
                    XCTAssertEqual((o["length"] as! NSNumber).doubleValue, length, accuracy: 1e-4 * max(1, length),
                                   "\(pair) by \(by), path \(i + 1)")
                    if lengths.filter({ abs($0 - length) <= 1e-9 * max(1, length) }).count == 1 {
                        let nodes = (o["nodes"] as! [[String: Any]]).map { $0["id"] as! String }
                        XCTAssertEqual(nodes, t["nodes"] as? [String], "\(pair) by \(by), path \(i + 1)")
                    }
                }
                // Each hop's strength is its dyad's strength, as `ties` prints it.
                if by == "strength", let hops = ours.first?["hops"] as? [[String: Any]] {
                    for h in hops {
                        let s = (h["source"] as! [String: Any])["id"] as! String, t = (h["target"] as! [String: Any])["id"] as! String
                        XCTAssertEqual((h["strength"] as! NSNumber).doubleValue, dyads[[s, t].sorted().joined(separator: "|")] ?? -1,
                                       accuracy: 1e-4, "hop \(s)–\(t)")
                    }
                }
            }
        }
    }

    func testActorKindFiltersTiesExportAndAnalysis() throws {
        try makeStore()
        let all = try json(try cli.run(["ties", "--top", "100", "--format", "json", "--db", cli.db])) as! [[String: Any]]
        let states = try json(try cli.run(["ties", "--top", "100", "--format", "json", "--actor-kind", "state", "--db", cli.db]))
            as! [[String: Any]]
        func kinds(_ list: [[String: Any]]) -> Set<String> {
            Set(list.flatMap { [$0["source"], $0["target"]] }.compactMap { ($0 as? [String: Any])?["kind"] as? String })
        }
        XCTAssertTrue(kinds(all).count > 1, "the store has more than states")
        XCTAssertEqual(kinds(states), ["state"])
        let igo = try json(try cli.run(["ties", "--top", "100", "--format", "json", "--actor-kind", "state,igo", "--db", cli.db]))
            as! [[String: Any]]
        XCTAssertTrue(kinds(igo).isSubset(of: ["state", "igo"]))
        XCTAssertGreaterThanOrEqual(igo.count, states.count)

        let export = try json(try cli.run(["export", "--format", "json", "--actor-kind", "state", "--db", cli.db])) as! [String: Any]
        XCTAssertEqual(Set((export["nodes"] as! [[String: Any]]).map { $0["kind"] as! String }), ["state"])
        let central = try json(try cli.run(["centrality", "--measure", "degree", "--format", "json", "--actor-kind", "state",
                                            "--db", cli.db])) as! [String: Any]
        let ids = Set((central["scores"] as! [[String: Any]]).map { $0["id"] as! String })
        XCTAssertEqual(ids, Set((export["nodes"] as! [[String: Any]]).map { $0["id"] as! String }))
        let render = try cli.run(["render", "--format", "dot", "--actor-kind", "state", "--db", cli.db])
        XCTAssertEqual(render.status, 0, render.stderr)
        XCTAssertFalse(render.stdout.contains("n-EU\""), "no organisation on a states-only map")

        let bad = try cli.run(["ties", "--actor-kind", "country", "--db", cli.db])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("unknown actor kind 'country'"), bad.stderr)
    }

    /// python3 with `script` and `args`; skipped when python3 or NetworkX is missing.
    func runPython(_ script: String, _ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch { throw XCTSkip("python3 is not available") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if p.terminationStatus != 0 {
            if errText.contains("No module named 'networkx'") { throw XCTSkip("networkx is not installed: NetworkX check skipped") }
            XCTFail("python3 failed: \(errText.suffix(1500))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
