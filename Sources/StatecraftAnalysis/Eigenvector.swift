import Foundation

extension Centrality {
    /// Eigenvector centrality, as `nx.eigenvector_centrality(G, weight="weight")` (or `weight=None`
    /// on ``WeightedDigraph/withUnitWeights()``): the principal left eigenvector — a node is
    /// central when central nodes point to it — found by the same power iteration on `A + I`,
    /// normalised to unit Euclidean length, run to an L1 change below `tolerance × n`.
    /// - Throws: for negative weights, an edgeless graph, or no convergence (as NetworkX's
    ///   `PowerIterationFailedConvergence`).
    public static func eigenvector(_ g: WeightedDigraph, tolerance: Double = 1e-12,
                                   maxIterations: Int = 100_000) throws -> [Double] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        try requireNonNegative(g, "eigenvector centrality")
        guard g.outWeights.contains(where: { $0 > 0 }) else {
            throw GraphInputError.undefined(measure: "eigenvector centrality", reason: "the graph has no edge of positive weight")
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var acc = x[v]
                for e in g.inOffsets[v]..<g.inOffsets[v + 1] { acc += x[g.inSources[e]] * g.inWeights[e] }
                next[v] = acc
            }
            var norm = 0.0
            for v in 0..<n { norm += next[v] * next[v] }
            norm = norm.squareRoot()
            if norm == 0 { norm = 1 }
            var err = 0.0
            for v in 0..<n {
                next[v] /= norm
                err += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if err < Double(n) * tolerance { return x }
        }
        throw GraphInputError.undefined(measure: "eigenvector centrality",
                                        reason: "power iteration did not converge in \(maxIterations) iterations")
    }
}
