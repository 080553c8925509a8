extension Centrality {
    /// PageRank by power iteration, as `nx.pagerank(G, alpha=damping, weight="weight")`.
    ///
    /// A node passes its score along its out-edges in proportion to their weights; dangling
    /// nodes (no out-edge, or only zero-weight ones) spread theirs uniformly over all nodes, as
    /// does the teleport term. Iterates until the L1 change is below `tolerance` (absolute, far
    /// tighter than NetworkX's `n × tol`, so our values are the converged ones; NetworkX's differ
    /// from them by up to ~1e-5 relative on large graphs). Scores sum to 1.
    /// - Throws: ``GraphInputError/undefined(measure:reason:)`` for negative weights, a damping
    ///   outside [0, 1), or no convergence.
    public static func checkedPageRank(_ g: WeightedDigraph, damping: Double = 0.85, tolerance: Double = 1e-12,
                                       maxIterations: Int = 10_000) throws -> [Double] {
        try requireNonNegative(g, "PageRank")
        guard damping >= 0 && damping < 1 else {
            throw GraphInputError.undefined(measure: "PageRank", reason: "damping must be in [0, 1)")
        }
        guard let x = iteratePageRank(g, damping: damping, tolerance: tolerance, maxIterations: maxIterations) else {
            throw GraphInputError.undefined(measure: "PageRank", reason: "no convergence in \(maxIterations) iterations")
        }
        return x
    }

    /// PageRank as ``checkedPageRank(_:damping:tolerance:maxIterations:)``, for callers whose
    /// weights are tie strengths (never negative), e.g. node sizes on a map. Edges of negative
    /// weight carry nothing here (use the checked variant to reject them).
    /// - Precondition: `0 <= damping < 1`.
    public static func pageRank(_ g: WeightedDigraph, damping: Double = 0.85) -> [Double] {
        precondition(damping >= 0 && damping < 1, "damping must be in [0, 1)")
        // With damping < 1 the iteration is a contraction: it always converges.
        return iteratePageRank(g, damping: damping, tolerance: 1e-12, maxIterations: 100_000) ?? []
    }

    static func iteratePageRank(_ g: WeightedDigraph, damping: Double, tolerance: Double, maxIterations: Int) -> [Double]? {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        let outW = g.outWeights.withUnsafeBufferPointer { w in
            (0..<n).map { u in (g.outOffsets[u]..<g.outOffsets[u + 1]).reduce(0.0) { $0 + max(0, w[$1]) } }
        }
        // Transition weight of each in-edge: w(u→v) / out(u).
        var share = [Double](repeating: 0, count: g.edgeCount)
        for e in 0..<g.edgeCount {
            let s = outW[g.inSources[e]]
            share[e] = s > 0 ? max(0, g.inWeights[e]) / s : 0
        }
        let dangling = (0..<n).filter { !(outW[$0] > 0) }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        let invN = 1 / Double(n)
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for d in dangling { danglingSum += x[d] }
            let base = (damping * danglingSum + (1 - damping)) * invN
            var err = 0.0
            g.inOffsets.withUnsafeBufferPointer { off in
                g.inSources.withUnsafeBufferPointer { src in
                    share.withUnsafeBufferPointer { sh in
                        x.withUnsafeBufferPointer { xp in
                            next.withUnsafeMutableBufferPointer { np in
                                for v in 0..<n {
                                    var acc = 0.0
                                    for e in off[v]..<off[v + 1] { acc += xp[src[e]] * sh[e] }
                                    let val = damping * acc + base
                                    np[v] = val
                                    err += abs(val - xp[v])
                                }
                            }
                        }
                    }
                }
            }
            swap(&x, &next)
            if err < tolerance { return x }
        }
        return nil
    }
}
