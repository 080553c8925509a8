import Foundation
import StatecraftAnalysis

/// The benchmark algorithms of `../shared/bench/graphs` (names as `peers.py` spells them), run
/// on a loaded edge list, each returning its result in the harness's `result` form.
struct GraphBenchmark {
    let graph: LabeledGraph
    var threads: Int
    var source: String
    var target: String
    var k = 10
    var cutoff = 4
    var seed: UInt64 = 42
    /// The Louvain graph is built once, outside the timed region, as the harness does.
    private var louvainView: WeightedDigraph?

    static let algorithms = ["strength", "pagerank", "betweenness", "betweenness_w", "closeness", "closeness_w",
                             "sssp_dijkstra", "k_shortest_paths", "simple_paths", "wcc", "scc", "louvain"]

    /// Settings text for each algorithm (the exact call).
    static func settings(_ algo: String, threads: Int) -> String {
        switch algo {
        case "strength": return "Centrality.strength(g, direction: .total)"
        case "pagerank": return "Centrality.checkedPageRank(g, damping: 0.85)  # L1 tol 1e-12, dangling -> uniform"
        case "betweenness": return "Centrality.betweenness(g, weighted: false, threads: \(threads))"
        case "betweenness_w": return "Centrality.betweenness(g, weighted: true, threads: \(threads))  # dist 1/w"
        case "closeness": return "Centrality.closeness(g, weighted: false, threads: \(threads))"
        case "closeness_w": return "Centrality.closeness(g, weighted: true, threads: \(threads))  # dist 1/w"
        case "sssp_dijkstra": return "ShortestPaths(g, from: s, metric: .inverseWeight)"
        case "k_shortest_paths": return "ShortestPaths.kShortestSimplePaths(g, from: s, to: t, k: K)"
        case "simple_paths": return "ShortestPaths.simplePathCount(g, from: s, to: t, cutoff: CUTOFF)"
        case "wcc": return "Components.weak(g)"
        case "scc": return "Components.strong(g)"
        case "louvain": return "Communities.louvain(g.undirectedView(), resolution: 1, threshold: 1e-7, seed: SEED)"
        default: return algo
        }
    }

    init(graph: LabeledGraph, threads: Int, source: String, target: String) {
        self.graph = graph
        self.threads = threads
        self.source = source
        self.target = target
    }

    mutating func prepare(_ algo: String) {
        if algo == "louvain" && louvainView == nil { louvainView = graph.graph.undirectedView() }
    }

    /// Runs one algorithm once and returns its result (harness form) plus a note (modularity).
    func run(_ algo: String) throws -> (result: Any, note: String?) {
        let g = graph.graph
        let names = graph.labels.names
        func vector(_ v: [Double]) -> [String: Double] {
            var d: [String: Double] = [:]
            d.reserveCapacity(v.count)
            for (i, x) in v.enumerated() { d[names[i]] = x }
            return d
        }
        func membership(_ m: [Int]) -> [String: Int] {
            var d: [String: Int] = [:]
            for (i, x) in m.enumerated() { d[names[i]] = x }
            return d
        }
        switch algo {
        case "strength": return (["vector": vector(Centrality.strength(g))], nil)
        case "pagerank": return (["vector": vector(try Centrality.checkedPageRank(g))], nil)
        case "betweenness": return (["vector": vector(try Centrality.betweenness(g, threads: threads))], nil)
        case "betweenness_w": return (["vector": vector(try Centrality.betweenness(g, weighted: true, threads: threads))], nil)
        case "closeness": return (["vector": vector(try Centrality.closeness(g, threads: threads))], nil)
        case "closeness_w": return (["vector": vector(try Centrality.closeness(g, weighted: true, threads: threads))], nil)
        case "sssp_dijkstra":
            let sp = try ShortestPaths(g, from: try graph.node(source))
            var d: [String: Double] = [:]
            for (i, x) in sp.distances.enumerated() where x.isFinite { d[names[i]] = x }
            return (["vector": d], nil)
        case "k_shortest_paths":
            let paths = try ShortestPaths.kShortestSimplePaths(g, from: try graph.node(source), to: try graph.node(target), k: k)
            return (["paths": paths.map { $0.nodes.map { names[$0] } }], nil)
        case "simple_paths":
            return (["count": ShortestPaths.simplePathCount(g, from: try graph.node(source), to: try graph.node(target), cutoff: cutoff)], nil)
        case "wcc": return (["membership": membership(Components.weak(g).membership)], nil)
        case "scc": return (["membership": membership(Components.strong(g).membership)], nil)
        case "louvain":
            let p = try Communities.louvain(louvainView ?? g.undirectedView(), seed: seed)
            return (["membership": membership(p.membership)], String(format: "modularity %.4f, %d communities", p.modularity, p.count))
        default:
            throw CLIError("unknown algorithm '\(algo)' (known: \(Self.algorithms.joined(separator: ", ")))")
        }
    }

    /// Times `repeat` runs (stopping early when the next would pass `budget` seconds). The timed
    /// region is the algorithm alone; converting the result to names is outside it.
    func time(_ algo: String, repeat count: Int, budget: Double, withResult: Bool = true) throws -> (times: [Double], result: Any, note: String?) {
        var times: [Double] = []
        var last: (Any, String?) = ([:] as [String: Any], nil)
        let start = Date()
        while times.count < max(1, count) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            try compute(algo)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
            if Date().timeIntervalSince(start) + times.last! > budget { break }
        }
        if withResult || algo == "louvain" { last = try run(algo) }
        return (times, last.0, last.1)
    }

    /// The algorithm alone, its result discarded.
    func compute(_ algo: String) throws {
        let g = graph.graph
        var sink = 0.0
        switch algo {
        case "strength": sink = Centrality.strength(g)[0]
        case "pagerank": sink = try Centrality.checkedPageRank(g)[0]
        case "betweenness": sink = try Centrality.betweenness(g, threads: threads)[0]
        case "betweenness_w": sink = try Centrality.betweenness(g, weighted: true, threads: threads)[0]
        case "closeness": sink = try Centrality.closeness(g, threads: threads)[0]
        case "closeness_w": sink = try Centrality.closeness(g, weighted: true, threads: threads)[0]
        case "sssp_dijkstra": sink = try ShortestPaths(g, from: try graph.node(source)).distances[0]
        case "k_shortest_paths":
            sink = Double(try ShortestPaths.kShortestSimplePaths(g, from: try graph.node(source), to: try graph.node(target), k: k).count)
        case "simple_paths":
            sink = Double(ShortestPaths.simplePathCount(g, from: try graph.node(source), to: try graph.node(target), cutoff: cutoff))
        case "wcc": sink = Double(Components.weak(g).count)
        case "scc": sink = Double(Components.strong(g).count)
        case "louvain": sink = try Communities.louvain(louvainView ?? g.undirectedView(), seed: seed).modularity
        default: throw CLIError("unknown algorithm '\(algo)' (known: \(Self.algorithms.joined(separator: ", ")))")
        }
        if sink.isNaN { print("", terminator: "") }
    }
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return .nan }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}
