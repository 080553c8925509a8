import ArgumentParser
import Foundation
import StatecraftAnalysis

/// `statecraft-bench graph`: our graph algorithms on the harness graphs, side by side with the
/// peers' medians measured by `../shared/bench/graphs/peers.py`, with NetworkX oracle agreement.
struct BenchGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Time the graph algorithms against igraph, NetworKit, rustworkx and NetworkX (ratios > 1: statecraft is faster).",
        discussion: """
            Without --graph, gen.py writes the medium graph (--size) into a temporary directory. \
            Peer medians come from <harness>/results/<name>.json, or from running peers.py now with \
            --peers (needs a Python with the libraries: --python, default /tmp/benchvenv/bin/python). \
            Betweenness and closeness run on one thread and on all cores. Build with -c release.
            """)

    @Option(help: "The edge list to time (default: gen.py's graph of --size).") var graph: String?
    @Option(help: "small | medium | large (when --graph is absent).") var size: String = "medium"
    @Option(help: "The benchmark harness directory.") var harness: String = "../shared/bench/graphs"
    @Option(help: "Peer results (default: <harness>/results/<name>.json).") var results: String?
    @Option(help: "Algorithms, comma-separated (default: all that fit the graph).") var algos: String?
    @Option(help: "Runs per algorithm (median reported).") var `repeat`: Int = 3
    @Option(help: "Seconds per algorithm.") var budget: Double = 120
    @Option(help: "Threads for the parallel run (default: all cores).") var threads: Int = defaultThreadCount
    @Flag(help: "Run peers.py now (same file, same moment) instead of reading stored results.") var peers = false
    @Option(help: "Python with numpy, networkx, igraph, networkit, rustworkx (for --peers).") var python: String = "/tmp/benchvenv/bin/python"

    func run() throws {
        let harnessURL = URL(fileURLWithPath: harness)
        let path: String
        var scratch: URL?
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        if let graph { path = graph } else {
            guard FileManager.default.fileExists(atPath: harnessURL.appendingPathComponent("gen.py").path) else {
                throw CLIError("\(harness)/gen.py not found: pass --graph FILE or --harness DIR")
            }
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-bench-\(getpid())")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            scratch = dir
            _ = try runProcess("python3", [harnessURL.appendingPathComponent("gen.py").path, "--out", dir.path, "--sizes", size, "--no-signed"])
            path = dir.appendingPathComponent("\(size).tsv").path
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let t0 = DispatchTime.now().uptimeNanoseconds
        let loaded: LabeledGraph
        do { loaded = try EdgeListLoader.load(path: path) } catch let e as GraphInputError { throw CLIError(e.description) }
        let loadS = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        let g = loaded.graph
        let allPairs = g.nodeCount <= 20_000
        var list = algos?.split(separator: ",").map(String.init)
            ?? GraphBenchmark.algorithms.filter { allPairs || !["betweenness", "betweenness_w", "closeness", "closeness_w"].contains($0) }
        if g.hasNegativeWeight { list = list.filter { ["strength", "betweenness", "closeness", "simple_paths", "wcc", "scc"].contains($0) } }

        // Peers: live or stored.
        var peerDoc: [String: Any]?
        let resultsPath = results ?? harnessURL.appendingPathComponent("results/\(name).json").path
        let stored = FileManager.default.contents(atPath: resultsPath).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        if peers {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("peers-\(getpid()).json")
            StandardOutput.warn("running peers.py on \(name) (this takes a while)…")
            _ = try runProcess(python, [harnessURL.appendingPathComponent("peers.py").path, path, "--libs", "igraph,networkit,rustworkx",
                                        "--algos", list.joined(separator: ","), "--repeat", String(`repeat`), "--json-out", out.path])
            peerDoc = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        } else {
            peerDoc = stored
        }
        let oracle = try loadOracle(harnessURL, name, path)

        let load1 = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?"
        print("statecraft-bench graph: \(name) (\(g.nodeCount) nodes, \(g.edgeCount) edges), load \(String(format: "%.3f", loadS)) s, 1-min loadavg \(load1), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        print("peers: " + (peers ? "measured now with peers.py (networkx: stored results)" : (peerDoc != nil ? resultsPath : "none found")) + "; ratio = peer median / statecraft median (> 1: statecraft faster)")
        let header: [(String, Int)] = [("algorithm", 17), ("statecraft 1t", 15), ("\(threads)t", 11), ("igraph", 20),
                                       ("networkit", 20), ("networkx", 20), ("oracle", 0)]
        print(header.map { $0.0.rightPadded(to: $0.1) }.joined())
        var source = oracle?["source"] as? String ?? "n0"
        var target = oracle?["target"] as? String ?? loaded.labels[min(1, g.nodeCount - 1)]
        if let params = (peerDoc?["params"] as? [String: Any]) {
            source = params["source"] as? String ?? source
            target = params["target"] as? String ?? target
        }
        for algo in list {
            var one = GraphBenchmark(graph: loaded, threads: 1, source: source, target: target)
            one.prepare(algo)
            let r1 = try one.time(algo, repeat: `repeat`, budget: budget)
            let m1 = median(r1.times)
            var mN: Double?
            if threads > 1 && ["betweenness", "betweenness_w", "closeness", "closeness_w"].contains(algo) {
                let many = GraphBenchmark(graph: loaded, threads: threads, source: source, target: target)
                mN = median(try many.time(algo, repeat: `repeat`, budget: budget, withResult: false).times)
            }
            var line = algo.rightPadded(to: 17) + seconds(m1).rightPadded(to: 15) + (mN.map(seconds) ?? "-").rightPadded(to: 11)
            for lib in ["igraph", "networkit", "networkx"] {
                var cell = peerCell(peerDoc, lib, algo, m1, mN)
                if cell == "-" && peers { cell = peerCell(stored, lib, algo, m1, mN) + (stored != nil ? " (stored)" : "") }
                line += cell.rightPadded(to: 20)
            }
            line += agreement(algo, r1.result, r1.note, oracle, loaded)
            print(line)
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("peak memory (max RSS): \(usage.ru_maxrss / 1024) MiB")
    }

    private func seconds(_ s: Double) -> String {
        s >= 1 ? String(format: "%.2f s", s) : s >= 1e-3 ? String(format: "%.2f ms", s * 1e3) : String(format: "%.0f µs", s * 1e6)
    }

    /// "13.0 ms ×4.8" (ratio against our one-thread time; "/×9.1" against the parallel one).
    private func peerCell(_ doc: [String: Any]?, _ lib: String, _ algo: String, _ ours: Double, _ oursN: Double?) -> String {
        guard let rec = ((doc?["results"] as? [String: Any])?[lib] as? [String: Any])?["algos"] as? [String: Any],
              let a = rec[algo] as? [String: Any] else { return "-" }
        guard let m = a["median_s"] as? Double else { return (a["status"] as? String) ?? "-" }
        func ratio(_ r: Double) -> String { r >= 10 ? String(format: "%.0f", r) : String(format: "%.2g", r) }
        var cell = seconds(m) + " ×" + ratio(m / ours)
        if let oursN { cell += "/" + ratio(m / oursN) }
        return cell
    }

    private func loadOracle(_ harness: URL, _ name: String, _ path: String) throws -> [String: Any]? {
        let url = harness.appendingPathComponent("oracles/\(name).ref.json")
        guard let data = FileManager.default.contents(atPath: url.path),
              let doc = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        let want = (doc["graph"] as? [String: Any])?["sha256"] as? String
        let have = (try? runProcess("sha256sum", [path]))?.split(separator: " ").first.map(String.init)
        return want != nil && want == have ? doc : nil
    }

    /// Agreement with the NetworkX oracle for this graph (when its sha256 matches).
    private func agreement(_ algo: String, _ result: Any, _ note: String?, _ oracle: [String: Any]?, _ lg: LabeledGraph) -> String {
        guard let ref = (oracle?["algorithms"] as? [String: Any])?[algo] as? [String: Any] else {
            return note ?? "-"
        }
        let res = result as? [String: Any] ?? [:]
        if let vec = res["vector"] as? [String: Double] {
            var refVals: [String: Double] = [:]
            if let all = ref["all"] as? [String: Double] { refVals = all }
            else if let d = ref["distances"] as? [String: Double] { refVals = d }
            else if let top = ref["top20"] as? [[String: Any]] {
                for t in top { refVals[t["node"] as! String] = t["value"] as? Double }
            }
            var worst = 0.0
            for (k, v) in refVals { if let o = vec[k] { worst = max(worst, abs(o - v) / max(abs(v), 1e-300)) } else { return "missing \(k)" } }
            return String(format: "max rel diff %.1e vs %@ (%d values)", worst, (ref["library"] as? String) ?? "?", refVals.count)
        }
        if let paths = res["paths"] as? [[String]], let refPaths = ref["paths"] as? [[String: Any]] {
            let same = paths == refPaths.map { $0["nodes"] as? [String] ?? [] }
            return same ? "same \(paths.count) paths, same order" : "paths differ"
        }
        if let count = res["count"] as? Int { return count == (ref["count"] as? Int) ? "same count \(count)" : "count differs" }
        if res["membership"] != nil {
            if algo == "louvain", let q = ref["modularity"] as? Double { return (note ?? "") + String(format: " (networkx %.4f)", q) }
            if let m = res["membership"] as? [String: Int] { return Set(m.values).count == (ref["count"] as? Int) ? "same component count" : "count differs" }
        }
        return note ?? "-"
    }
}

/// Runs a program found on PATH (or at a path) and returns its stdout; a failure is a CLIError.
func runProcess(_ program: String, _ args: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program.contains("/") ? program : "/usr/bin/env")
    p.arguments = program.contains("/") ? args : [program] + args
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    do { try p.run() } catch { throw CLIError("cannot run \(program): \(error.localizedDescription)") }
    let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else {
        throw CLIError("\(program) failed: " + String(decoding: e, as: UTF8.self).split(separator: "\n").suffix(1).joined())
    }
    return String(decoding: o, as: UTF8.self)
}
