import ArgumentParser
import Foundation
import StatecraftAnalysis

/// `statecraft-bench external`: the `--external` protocol of `../shared/bench/graphs/peers.py`.
/// Prints one JSON line: `{"times_s": […], "load_s": …, "settings": …, "result": {…}}`, or
/// `{"status": "unsupported", "reason": …}`.
struct BenchExternal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "external",
        abstract: "Time one algorithm for peers.py --external (prints one JSON line).")

    @Option(help: "The edge list (SRC<TAB>DST<TAB>WEIGHT).") var graph: String
    @Option(help: "The algorithm, as peers.py names it.") var algo: String
    @Option(help: "Runs.") var `repeat`: Int = 1
    @Option(help: "Seconds: no new run once the next would likely pass it.") var budget: Double = 300
    @Option(help: "Source node name.") var source: String = "n0"
    @Option(help: "Target node name.") var target: String = "n1"
    @Option(help: "Number of shortest paths.") var k: Int = 10
    @Option(help: "Maximum edges of a counted simple path.") var cutoff: Int = 4
    @Option(help: "Random seed (Louvain).") var seed: UInt64 = 42
    @Option(help: "Threads.") var threads: Int = 1
    @Flag(help: "Leave the per-node result out of the JSON.") var noResult = false

    func run() throws {
        guard GraphBenchmark.algorithms.contains(algo) else {
            print(try jsonLine(["status": "unsupported", "reason": "statecraft has no '\(algo)'"]))
            return
        }
        let t0 = DispatchTime.now().uptimeNanoseconds
        let loaded: LabeledGraph
        do { loaded = try EdgeListLoader.load(path: graph) } catch let e as GraphInputError { throw CLIError(e.description) }
        let loadS = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        if algo != "strength" && algo != "wcc" && algo != "scc" && algo != "simple_paths" && algo != "betweenness"
            && algo != "closeness" && loaded.graph.hasNegativeWeight {
            print(try jsonLine(["status": "unsupported", "reason": "negative weights: \(algo) treats weights as strengths"]))
            return
        }
        var bench = GraphBenchmark(graph: loaded, threads: threads, source: source, target: target)
        bench.k = k
        bench.cutoff = cutoff
        bench.seed = seed
        bench.prepare(algo)
        let r: (times: [Double], result: Any, note: String?)
        do { r = try bench.time(algo, repeat: `repeat`, budget: budget, withResult: !noResult) } catch let e as GraphInputError {
            throw CLIError(e.description)
        }
        var doc: [String: Any] = [
            "times_s": r.times, "load_s": loadS,
            "settings": "statecraft " + GraphBenchmark.settings(algo, threads: threads) + (r.note.map { "; " + $0 } ?? ""),
        ]
        if !noResult { doc["result"] = r.result }
        print(try jsonLine(doc))
    }
}

/// One line of JSON (keys sorted).
func jsonLine(_ object: Any) throws -> String {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
}
