extension ShortestPaths {
    /// The number of simple paths from `source` to `target` with at most `cutoff` edges, as
    /// `sum(1 for _ in nx.all_simple_paths(G, s, t, cutoff=cutoff))` (0 when `source == target`).
    public static func simplePathCount(_ g: WeightedDigraph, from source: Int, to target: Int, cutoff: Int) -> Int {
        guard source != target, cutoff >= 1 else { return 0 }
        var onPath = [Bool](repeating: false, count: g.nodeCount)
        var count = 0
        func visit(_ v: Int, _ depth: Int) {
            for e in g.outOffsets[v]..<g.outOffsets[v + 1] {
                let w = g.outTargets[e]
                if w == target { count += 1; continue }
                if onPath[w] || depth + 1 >= cutoff { continue }
                onPath[w] = true
                visit(w, depth + 1)
                onPath[w] = false
            }
        }
        onPath[source] = true
        visit(source, 0)
        return count
    }
}
