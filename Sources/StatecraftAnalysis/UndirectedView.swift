extension WeightedDigraph {
    /// The undirected view as a symmetric digraph: each pair `{u, v}` with an edge either way
    /// becomes the two edges `u → v` and `v → u`, both weighing `w(u→v) + w(v→u)` (reciprocal
    /// ties are summed, as the benchmark harness builds its Louvain graph; NetworkX's
    /// `to_undirected()` would keep one of the two). A self-loop `u → u` stays one edge.
    ///
    /// Every measure run on this view equals NetworkX's on the corresponding undirected
    /// `nx.Graph` (PageRank, betweenness, closeness, eigenvector), except strength, where an
    /// undirected graph counts each tie once: use ``Centrality/undirectedStrength(_:)``.
    public func undirectedView() -> WeightedDigraph {
        var list: [WeightedEdge] = []
        list.reserveCapacity(edgeCount * 2)
        for u in 0..<nodeCount {
            for e in outOffsets[u]..<outOffsets[u + 1] {
                let v = outTargets[e], w = outWeights[e]
                list.append(WeightedEdge(source: u, target: v, weight: w))
                if v != u { list.append(WeightedEdge(source: v, target: u, weight: w)) }
            }
        }
        return WeightedDigraph(nodeCount: nodeCount, edges: list)
    }

    /// Whether `w(u→v) == w(v→u)` for every pair (an undirected graph stored both ways).
    public var isSymmetric: Bool {
        for u in 0..<nodeCount {
            for e in outOffsets[u]..<outOffsets[u + 1] where weight(from: outTargets[e], to: u) != outWeights[e] {
                return false
            }
        }
        return true
    }
}
