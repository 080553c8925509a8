/// Community detection by modularity (Louvain) on an undirected view.
public enum Communities {
    /// A partition with its modularity.
    public struct Partition: Sendable {
        /// The community of each node, `0..<count`, numbered by each community's smallest node id.
        public let membership: [Int]
        public let count: Int
        public let modularity: Double
    }

    /// Louvain (Blondel et al.) on an undirected view (``WeightedDigraph/undirectedView()``),
    /// comparable to `nx.community.louvain_communities(U, weight="weight", resolution=…,
    /// threshold=1e-7, seed=…)`: nodes visited in a seeded random order, moved to the
    /// neighbouring community with the largest modularity gain until none moves, communities
    /// aggregated into nodes, repeated while modularity rises by more than `threshold`.
    /// After the last level, nodes of the original graph get one more round of single moves
    /// (refinement). `starts` visiting orders are tried and the best partition kept (default:
    /// 8 for graphs of at most 20,000 ties, whose results vary most with the order; else 1).
    /// The same seed gives the same partition.
    /// - Throws: for negative weights (modularity needs non-negative ties).
    public static func louvain(_ view: WeightedDigraph, resolution: Double = 1, threshold: Double = 1e-7,
                               seed: UInt64 = 42, starts: Int? = nil) throws -> Partition {
        if view.hasNegativeWeight {
            throw GraphInputError.undefined(measure: "Louvain communities", reason: "negative weights (use the cooperative ties, or balance for signed graphs)")
        }
        // Small graphs vary much from one visiting order to the next: try several and keep the best.
        let runs = max(1, starts ?? (view.edgeCount <= 20_000 ? 8 : 1))
        var rng = SplitMix64(seed: seed)
        var best: Partition?
        for _ in 0..<runs {
            let p = louvainOnce(view, resolution: resolution, threshold: threshold, seed: rng.next())
            if best == nil || p.modularity > best!.modularity + 1e-12 { best = p }
        }
        return best!
    }

    static func louvainOnce(_ view: WeightedDigraph, resolution: Double, threshold: Double, seed: UInt64) -> Partition {
        var level = LouvainLevel(view)
        let n = view.nodeCount
        var membership = Array(0..<n)
        guard level.totalDegree > 0 else {
            return Partition(membership: membership, count: n, modularity: 0)
        }
        var rng = SplitMix64(seed: seed)
        var q = modularity(view, membership: membership, resolution: resolution)
        while true {
            let (comm, moved) = level.moveNodes(resolution: resolution, rng: &rng)
            if !moved { break }
            let (next, renumbered) = level.aggregate(comm)
            let candidate = membership.map { renumbered[comm[$0]] }
            let newQ = modularity(view, membership: candidate, resolution: resolution)
            if newQ - q <= threshold {
                if newQ > q { membership = candidate; q = newQ }
                break
            }
            membership = candidate
            q = newQ
            level = next
        }
        // Refinement: single-node moves on the original graph, starting from the final partition.
        let base = LouvainLevel(view)
        let (refined, moved) = base.moveNodes(resolution: resolution, rng: &rng, start: membership)
        if moved {
            let rq = modularity(view, membership: refined, resolution: resolution)
            if rq > q { membership = refined; q = rq }
        }
        let final = Components(rawLabels: membership)
        return Partition(membership: final.membership, count: final.count, modularity: q)
    }

    /// Weighted modularity of a partition of an undirected view, as
    /// `nx.community.modularity(U, communities, weight="weight", resolution=…)`:
    /// `Σ_c L_c/m − γ (d_c / 2m)²` with `L_c` the weight inside community `c` (each tie once)
    /// and `d_c` the total strength of its nodes.
    public static func modularity(_ view: WeightedDigraph, membership: [Int], resolution: Double = 1) -> Double {
        let n = view.nodeCount
        let count = (membership.max() ?? -1) + 1
        var inner = [Double](repeating: 0, count: count)
        var degree = [Double](repeating: 0, count: count)
        var twoM = 0.0
        for u in 0..<n {
            let cu = membership[u]
            for e in view.outOffsets[u]..<view.outOffsets[u + 1] {
                let v = view.outTargets[e], w = view.outWeights[e]
                let k = v == u ? 2 * w : w
                degree[cu] += k
                twoM += k
                if membership[v] == cu { inner[cu] += v == u ? w : w / 2 }
            }
        }
        guard twoM > 0 else { return 0 }
        let m = twoM / 2
        var q = 0.0
        for c in 0..<count { q += inner[c] / m - resolution * (degree[c] / twoM) * (degree[c] / twoM) }
        return q
    }
}

/// One level of the Louvain hierarchy: a weighted undirected graph without self-loops in its
/// adjacency (self-loops kept apart).
struct LouvainLevel {
    var offsets: [Int]
    var targets: [Int]
    var weights: [Double]
    var selfLoop: [Double]
    var degree: [Double]
    var totalDegree: Double

    var count: Int { selfLoop.count }

    init(_ view: WeightedDigraph) {
        let n = view.nodeCount
        var off = [Int](repeating: 0, count: n + 1)
        var tg: [Int] = [], ws: [Double] = []
        tg.reserveCapacity(view.edgeCount)
        ws.reserveCapacity(view.edgeCount)
        var loops = [Double](repeating: 0, count: n)
        for u in 0..<n {
            for e in view.outOffsets[u]..<view.outOffsets[u + 1] {
                let v = view.outTargets[e]
                if v == u { loops[u] += view.outWeights[e] } else { tg.append(v); ws.append(view.outWeights[e]) }
            }
            off[u + 1] = tg.count
        }
        self.init(offsets: off, targets: tg, weights: ws, selfLoop: loops)
    }

    init(offsets: [Int], targets: [Int], weights: [Double], selfLoop: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoop = selfLoop
        var deg = selfLoop.map { 2 * $0 }
        for u in 0..<selfLoop.count { for e in offsets[u]..<offsets[u + 1] { deg[u] += weights[e] } }
        degree = deg
        totalDegree = deg.reduce(0, +)
    }

    /// Local moving: returns each node's community and whether any node moved.
    ///
    /// Nodes wait in a queue (first in a seeded random order); a node that moves puts its
    /// neighbours outside its new community back in the queue, so later rounds only revisit
    /// the neighbourhoods that changed. Ends when the queue is empty (no move improves).
    func moveNodes(resolution: Double, rng: inout SplitMix64, start: [Int]? = nil) -> ([Int], Bool) {
        let n = count
        var comm = start ?? Array(0..<n)
        var tot = [Double](repeating: 0, count: n)
        for u in 0..<n { tot[comm[u]] += degree[u] }
        var linkWeight = [Double](repeating: -1, count: n)
        var touched = [Int](repeating: 0, count: n + 1)
        var queue = Array(0..<n)
        rng.shuffle(&queue)
        var inQueue = [Bool](repeating: true, count: n)
        let scale = resolution / totalDegree
        var movedAny = false
        var moves = 0
        let limit = 1000 * max(n, 1)
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tgt in
                weights.withUnsafeBufferPointer { wts in
                    comm.withUnsafeMutableBufferPointer { comm in
                        tot.withUnsafeMutableBufferPointer { tot in
                            linkWeight.withUnsafeMutableBufferPointer { link in
                                touched.withUnsafeMutableBufferPointer { touched in
                                    queue.withUnsafeMutableBufferPointer { queue in
                                        inQueue.withUnsafeMutableBufferPointer { inQueue in
                                            var head = 0, waiting = n, steps = 0
                                            while waiting > 0 && steps < limit {
                                                steps += 1
                                                let u = queue[head]
                                                head = head + 1 == n ? 0 : head + 1
                                                waiting -= 1
                                                inQueue[u] = false
                                                let cu = comm[u], ku = degree[u]
                                                var nt = 0
                                                link[cu] = 0
                                                touched[nt] = cu; nt += 1
                                                for e in off[u]..<off[u + 1] {
                                                    let c = comm[tgt[e]]
                                                    if link[c] < 0 { link[c] = 0; touched[nt] = c; nt += 1 }
                                                    link[c] += wts[e]
                                                }
                                                tot[cu] -= ku
                                                var best = cu
                                                var bestGain = link[cu] - tot[cu] * ku * scale
                                                for i in 1..<nt {
                                                    let c = touched[i]
                                                    let gain = link[c] - tot[c] * ku * scale
                                                    if gain > bestGain { bestGain = gain; best = c }
                                                }
                                                tot[best] += ku
                                                for i in 0..<nt { link[touched[i]] = -1 }
                                                if best != cu {
                                                    comm[u] = best
                                                    moves += 1
                                                    for e in off[u]..<off[u + 1] {
                                                        let v = tgt[e]
                                                        if !inQueue[v] && comm[v] != best {
                                                            inQueue[v] = true
                                                            var tail = head + waiting
                                                            if tail >= n { tail -= n }
                                                            queue[tail] = v
                                                            waiting += 1
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        movedAny = moves > 0
        return (comm, movedAny)
    }

    /// The graph of communities, and each community's new node number (by first member).
    func aggregate(_ comm: [Int]) -> (LouvainLevel, [Int]) {
        let n = count
        var renumber = [Int](repeating: -1, count: n)
        var k = 0
        for u in 0..<n where renumber[comm[u]] < 0 { renumber[comm[u]] = k; k += 1 }
        var members = [[Int]](repeating: [], count: k)
        for u in 0..<n { members[renumber[comm[u]]].append(u) }
        var off = [Int](repeating: 0, count: k + 1)
        var tg: [Int] = [], ws: [Double] = []
        var loops = [Double](repeating: 0, count: k)
        var acc = [Double](repeating: 0, count: k)
        var seen = [Bool](repeating: false, count: k)
        var touched: [Int] = []
        for c in 0..<k {
            touched.removeAll(keepingCapacity: true)
            for u in members[c] {
                loops[c] += selfLoop[u]
                for e in offsets[u]..<offsets[u + 1] {
                    let d = renumber[comm[targets[e]]]
                    if d == c { loops[c] += weights[e] / 2; continue }
                    if !seen[d] { seen[d] = true; touched.append(d) }
                    acc[d] += weights[e]
                }
            }
            touched.sort()
            for d in touched {
                tg.append(d); ws.append(acc[d])
                acc[d] = 0; seen[d] = false
            }
            off[c + 1] = tg.count
        }
        // Map old community labels (node ids of this level) to the new numbering.
        let byCommunityLabel = (0..<n).map { renumber[$0] }
        return (LouvainLevel(offsets: off, targets: tg, weights: ws, selfLoop: loops), byCommunityLabel)
    }
}
