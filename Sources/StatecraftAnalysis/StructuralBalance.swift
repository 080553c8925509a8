/// Structural balance of a signed graph ("the enemy of my enemy is my friend").
///
/// Works on a signed undirected view (``WeightedDigraph/undirectedView()`` of signed weights:
/// reciprocal ties summed, a tie's sign is the sign of the sum; zero-sum ties and self-loops
/// are ignored). A triad — three actors tied pairwise — is balanced when the product of its
/// three signs is positive (+++ friends, or two friends with a common enemy: +−−).
public struct StructuralBalance: Sendable {
    /// A triad of nodes `a < b < c` and the signed weights of its ties.
    public struct Triad: Sendable, Equatable {
        public let a: Int, b: Int, c: Int
        public let ab: Double, bc: Double, ac: Double
        /// Balanced when the product of the three signs is positive.
        public var isBalanced: Bool { (ab > 0) == ((bc > 0) == (ac > 0)) }
        /// The total strength of the three ties (how much an unbalanced triad matters).
        public var magnitude: Double { abs(ab) + abs(bc) + abs(ac) }
    }

    /// A split of the nodes into two blocs.
    public struct Split: Sendable {
        /// `true` for the first bloc (the bloc of the lowest-numbered node of the largest side).
        public let side: [Bool]
        /// The frustrated ties' total weight: positive ties across the blocs plus negative ties inside them.
        public let frustration: Double
        /// The number of frustrated ties.
        public let frustratedTies: Int
        /// The total weight of all ties, for scale (`frustration / totalWeight` is the frustrated share).
        public let totalWeight: Double
    }

    /// Triads in the graph.
    public let triadCount: Int
    public let balancedCount: Int
    /// The unbalanced triads, the strongest (largest ``Triad/magnitude``) first, at most `limit`.
    public let mostUnbalanced: [Triad]

    /// The share of triads that are balanced (1 when there are no triads).
    public var balancedShare: Double { triadCount == 0 ? 1 : Double(balancedCount) / Double(triadCount) }

    /// Counts the triads of a signed undirected view; keeps the `limit` strongest unbalanced ones.
    public init(_ view: WeightedDigraph, limit: Int = 10) {
        let n = view.nodeCount
        // Neighbour lists with higher ids only, sorted, without zero ties.
        var higher = [[(Int, Double)]](repeating: [], count: n)
        for u in 0..<n {
            for e in view.outOffsets[u]..<view.outOffsets[u + 1] {
                let v = view.outTargets[e], w = view.outWeights[e]
                if v > u && w != 0 { higher[u].append((v, w)) }
            }
        }
        var mark = [Double](repeating: 0, count: n)
        var triads = 0, balanced = 0
        var worst: [Triad] = []
        for a in 0..<n {
            for (b, wab) in higher[a] {
                for (c, wac) in higher[a] where c > b { mark[c] = wac }
                for (c, wbc) in higher[b] where mark[c] != 0 {
                    let t = Triad(a: a, b: b, c: c, ab: wab, bc: wbc, ac: mark[c])
                    triads += 1
                    if t.isBalanced {
                        balanced += 1
                    } else if limit > 0 {
                        if worst.count < limit || t.magnitude > worst[worst.count - 1].magnitude {
                            let i = worst.firstIndex { t.magnitude > $0.magnitude } ?? worst.count
                            worst.insert(t, at: i)
                            if worst.count > limit { worst.removeLast() }
                        }
                    }
                }
                for (c, _) in higher[a] where c > b { mark[c] = 0 }
            }
        }
        triadCount = triads
        balancedCount = balanced
        mostUnbalanced = worst
    }

    /// The two-bloc split that minimises the frustrated weight (positive ties across, negative
    /// ties within), by local search: greedy single-node moves from a spectral start and from
    /// `restarts` random starts, each improved until no single move helps, followed by random
    /// perturbations of the best split (iterated local search). Deterministic for a given seed.
    public static func twoBlocSplit(_ view: WeightedDigraph, restarts: Int = 16, seed: UInt64 = 42) -> Split {
        let n = view.nodeCount
        guard n > 0 else { return Split(side: [], frustration: 0, frustratedTies: 0, totalWeight: 0) }
        var rng = SplitMix64(seed: seed)
        var search = FrustrationSearch(view)
        var best = search.descend(from: search.spectralStart())
        var bestCost = search.cost(best)
        for _ in 0..<restarts {
            let start = (0..<n).map { _ in Bool.random(using: &rng) }
            let s = search.descend(from: start)
            let c = search.cost(s)
            if c < bestCost - 1e-12 { best = s; bestCost = c }
        }
        // Iterated local search: flip a few random nodes of the best split and descend again.
        let kicks = min(200, 20 + n)
        for _ in 0..<kicks {
            var s = best
            let flips = 1 + Int(rng.next() % UInt64(max(1, min(n, 8))))
            for _ in 0..<flips { let v = Int(rng.next() % UInt64(n)); s[v].toggle() }
            s = search.descend(from: s)
            let c = search.cost(s)
            if c < bestCost - 1e-12 { best = s; bestCost = c }
        }
        // Orient: the first bloc is the larger one (ties: the one holding node 0).
        let trues = best.filter { $0 }.count
        if trues * 2 < n || (trues * 2 == n && !best[0]) { best = best.map { !$0 } }
        var frustrated = 0
        var total = 0.0
        for u in 0..<n {
            for e in view.outOffsets[u]..<view.outOffsets[u + 1] where view.outTargets[e] > u {
                let w = view.outWeights[e]
                total += abs(w)
                if (w > 0) != (best[u] == best[view.outTargets[e]]) && w != 0 { frustrated += 1 }
            }
        }
        return Split(side: best, frustration: search.cost(best), frustratedTies: frustrated, totalWeight: total)
    }
}

/// Greedy descent on frustration: flipping node v changes the frustrated weight by
/// `s_v · h_v` with `h_v = Σ_u w_uv s_u` (s = ±1), so moves with `s_v h_v < 0` help.
struct FrustrationSearch {
    let view: WeightedDigraph
    var field: [Double]

    init(_ view: WeightedDigraph) {
        self.view = view
        field = [Double](repeating: 0, count: view.nodeCount)
    }

    func cost(_ side: [Bool]) -> Double {
        var f = 0.0
        for u in 0..<view.nodeCount {
            for e in view.outOffsets[u]..<view.outOffsets[u + 1] where view.outTargets[e] > u {
                let w = view.outWeights[e]
                let same = side[u] == side[view.outTargets[e]]
                if (w > 0 && !same) || (w < 0 && same) { f += abs(w) }
            }
        }
        return f
    }

    /// A start from the leading eigenvector of the signed adjacency (power iteration on A + cI).
    func spectralStart() -> [Bool] {
        let n = view.nodeCount
        var shift = 0.0
        for u in 0..<n {
            var s = 0.0
            for e in view.outOffsets[u]..<view.outOffsets[u + 1] { s += abs(view.outWeights[e]) }
            shift = max(shift, s)
        }
        var x = (0..<n).map { Double(($0 * 2_654_435_761) % 1000) / 1000 - 0.5 }
        for _ in 0..<200 {
            var y = x.map { $0 * shift }
            for u in 0..<n {
                for e in view.outOffsets[u]..<view.outOffsets[u + 1] where view.outTargets[e] != u {
                    y[u] += view.outWeights[e] * x[view.outTargets[e]]
                }
            }
            let norm = y.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm == 0 { break }
            x = y.map { $0 / norm }
        }
        return x.map { $0 >= 0 }
    }

    mutating func descend(from start: [Bool]) -> [Bool] {
        let n = view.nodeCount
        var side = start
        for u in 0..<n {
            var h = 0.0
            for e in view.outOffsets[u]..<view.outOffsets[u + 1] where view.outTargets[e] != u {
                h += view.outWeights[e] * (side[view.outTargets[e]] ? 1 : -1)
            }
            field[u] = h
        }
        var improved = true
        var rounds = 0
        while improved && rounds < 10_000 {
            improved = false
            rounds += 1
            for v in 0..<n {
                let s: Double = side[v] ? 1 : -1
                if s * field[v] < -1e-12 {
                    side[v].toggle()
                    improved = true
                    for e in view.outOffsets[v]..<view.outOffsets[v + 1] where view.outTargets[e] != v {
                        field[view.outTargets[e]] -= 2 * s * view.outWeights[e]
                    }
                }
            }
        }
        return side
    }
}
