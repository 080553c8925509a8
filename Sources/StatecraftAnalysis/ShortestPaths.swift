/// How a path's length is measured.
public enum PathMetric: String, Sendable, CaseIterable {
    /// Every edge counts 1.
    case hops
    /// An edge of weight `w` has length `1/w`: the strongest chain of ties is the shortest.
    /// Zero-weight edges cannot be used; negative weights are an error.
    case inverseWeight
}

/// A path through the graph and its length under the metric used to find it.
public struct GraphPath: Sendable, Equatable {
    public let nodes: [Int]
    public let length: Double

    public init(nodes: [Int], length: Double) {
        self.nodes = nodes
        self.length = length
    }
}

/// Single-source shortest paths.
public struct ShortestPaths: Sendable {
    public let source: Int
    /// Distance from the source; `.infinity` when unreachable.
    public let distances: [Double]
    /// The previous node on one shortest path (−1 for the source and unreachable nodes).
    public let predecessors: [Int]

    /// Dijkstra (or BFS for hops) from `source`, as `nx.single_source_dijkstra_path_length(G, s,
    /// weight="dist")` with `dist = 1/w`.
    /// - Throws: for negative weights with ``PathMetric/inverseWeight``.
    public init(_ g: WeightedDigraph, from source: Int, metric: PathMetric = .inverseWeight) throws {
        precondition(source >= 0 && source < g.nodeCount)
        if metric == .inverseWeight, g.hasNegativeWeight {
            throw GraphInputError.undefined(measure: "Dijkstra", reason: "negative weights give no distance (1/w)")
        }
        let r = Self.search(g, from: source, target: nil, metric: metric, banned: nil, bannedEdges: [])
        self.source = source
        distances = r.dist
        predecessors = r.pred
    }

    /// The path from the source to `target`, or nil when unreachable.
    public func path(to target: Int) -> GraphPath? {
        guard distances[target].isFinite else { return nil }
        var nodes = [target]
        var v = target
        while predecessors[v] >= 0 { v = predecessors[v]; nodes.append(v) }
        return GraphPath(nodes: nodes.reversed(), length: distances[target])
    }

    static func edgeLength(_ w: Double, _ metric: PathMetric) -> Double {
        metric == .hops ? 1 : (w > 0 ? 1 / w : .infinity)
    }

    /// One search, optionally stopping at `target`, skipping banned nodes and edges (for Yen).
    static func search(_ g: WeightedDigraph, from s: Int, target: Int?, metric: PathMetric,
                       banned: [Bool]?, bannedEdges: Set<Int>) -> (dist: [Double], pred: [Int]) {
        let n = g.nodeCount
        var dist = [Double](repeating: .infinity, count: n)
        var pred = [Int](repeating: -1, count: n)
        var settled = [Bool](repeating: false, count: n)
        let heap = IndexedHeap(capacity: n)
        dist[s] = 0
        heap.pushOrDecrease(s, 0)
        while !heap.isEmpty {
            let (v, d) = heap.pop()
            settled[v] = true
            if v == target { break }
            for e in g.outOffsets[v]..<g.outOffsets[v + 1] {
                let w = g.outTargets[e]
                if settled[w] || banned?[w] == true || (!bannedEdges.isEmpty && bannedEdges.contains(e)) { continue }
                let nd = d + edgeLength(g.outWeights[e], metric)
                if nd < dist[w] {
                    dist[w] = nd
                    pred[w] = v
                    heap.pushOrDecrease(w, nd)
                }
            }
        }
        return (dist, pred)
    }
}
