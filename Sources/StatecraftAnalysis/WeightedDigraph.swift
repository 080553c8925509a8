/// One directed, weighted edge between integer node ids.
public struct WeightedEdge: Hashable, Sendable {
    public var source: Int
    public var target: Int
    public var weight: Double

    public init(source: Int, target: Int, weight: Double) {
        self.source = source
        self.target = target
        self.weight = weight
    }
}

/// A directed, weighted graph in compressed sparse rows, with out- and in-adjacency.
///
/// Nodes are the integers `0..<nodeCount`. Each row lists its neighbours in ascending id order.
///
/// **Parallel edges are summed**: two lines `A B 2` and `A B 3` make one edge `A → B` of
/// weight 5. (NetworkX's `DiGraph` keeps only the last weight; a user adding up events
/// expects the sum, and the oracle tests build the NetworkX graph with the summed weight.)
/// **Self-loops are kept**, as NetworkX keeps them: they count in strength and degree (once
/// in, once out), in PageRank and eigenvector centrality, and never lie on a shortest path.
public struct WeightedDigraph: Sendable {
    /// The number of nodes.
    public let nodeCount: Int
    /// `outOffsets[u]..<outOffsets[u+1]` indexes `u`'s out-edges in `outTargets`/`outWeights`.
    public let outOffsets: [Int]
    public let outTargets: [Int]
    public let outWeights: [Double]
    /// `inOffsets[v]..<inOffsets[v+1]` indexes `v`'s in-edges in `inSources`/`inWeights`.
    public let inOffsets: [Int]
    public let inSources: [Int]
    public let inWeights: [Double]

    /// Builds the graph; parallel edges are merged by summing their weights.
    /// - Precondition: every id is in `0..<nodeCount`.
    public init(nodeCount: Int, edges: [WeightedEdge]) {
        precondition(nodeCount >= 0)
        self.nodeCount = nodeCount
        for e in edges {
            precondition(e.source >= 0 && e.source < nodeCount && e.target >= 0 && e.target < nodeCount,
                         "edge \(e.source)->\(e.target) outside 0..<\(nodeCount)")
        }
        let out = Self.compress(nodeCount, edges.count, { edges[$0].source }, { edges[$0].target }, { edges[$0].weight })
        outOffsets = out.offsets
        outTargets = out.columns
        outWeights = out.weights
        // The in-adjacency is the transpose of the merged out-adjacency.
        var inOff = [Int](repeating: 0, count: nodeCount + 1)
        for t in out.columns { inOff[t + 1] += 1 }
        for i in 0..<nodeCount { inOff[i + 1] += inOff[i] }
        var cursor = inOff
        var inSrc = [Int](repeating: 0, count: out.columns.count)
        var inW = [Double](repeating: 0, count: out.columns.count)
        for u in 0..<nodeCount {
            for e in out.offsets[u]..<out.offsets[u + 1] {
                let t = out.columns[e]
                inSrc[cursor[t]] = u
                inW[cursor[t]] = out.weights[e]
                cursor[t] += 1
            }
        }
        inOffsets = inOff
        inSources = inSrc
        inWeights = inW
    }

    /// Counting sort by row, then by column within each row, merging duplicates.
    static func compress(_ n: Int, _ m: Int, _ row: (Int) -> Int, _ col: (Int) -> Int, _ weight: (Int) -> Double)
        -> (offsets: [Int], columns: [Int], weights: [Double])
    {
        var offsets = [Int](repeating: 0, count: n + 1)
        for i in 0..<m { offsets[row(i) + 1] += 1 }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        var cursor = offsets
        var cols = [Int](repeating: 0, count: m)
        var ws = [Double](repeating: 0, count: m)
        for i in 0..<m {
            let r = row(i)
            cols[cursor[r]] = col(i)
            ws[cursor[r]] = weight(i)
            cursor[r] += 1
        }
        // Sort each row by column (stable, so parallel weights are summed in input order) and merge.
        var newOffsets = [Int](repeating: 0, count: n + 1)
        var write = 0
        var rowBuf: [(Int, Int, Double)] = []
        for r in 0..<n {
            let lo = offsets[r], hi = offsets[r + 1]
            var sortedRow = true
            if hi - lo > 1 { for i in lo + 1..<hi where cols[i] <= cols[i - 1] { sortedRow = false; break } }
            if sortedRow {
                for i in lo..<hi { cols[write] = cols[i]; ws[write] = ws[i]; write += 1 }
            } else {
                rowBuf.removeAll(keepingCapacity: true)
                for i in lo..<hi { rowBuf.append((cols[i], i, ws[i])) }
                rowBuf.sort { ($0.0, $0.1) < ($1.0, $1.1) }
                var k = 0
                while k < rowBuf.count {
                    let c = rowBuf[k].0
                    var w = rowBuf[k].2
                    k += 1
                    while k < rowBuf.count && rowBuf[k].0 == c { w += rowBuf[k].2; k += 1 }
                    cols[write] = c; ws[write] = w; write += 1
                }
            }
            newOffsets[r + 1] = write
        }
        cols.removeLast(m - write)
        ws.removeLast(m - write)
        return (newOffsets, cols, ws)
    }

    /// The number of (merged) edges.
    public var edgeCount: Int { outTargets.count }

    /// The edges in row order (ascending source, then target).
    public var edges: [WeightedEdge] {
        var list: [WeightedEdge] = []
        list.reserveCapacity(edgeCount)
        for u in 0..<nodeCount {
            for e in outOffsets[u]..<outOffsets[u + 1] {
                list.append(WeightedEdge(source: u, target: outTargets[e], weight: outWeights[e]))
            }
        }
        return list
    }

    /// The weight of the edge `u → v`, or nil when there is none.
    public func weight(from u: Int, to v: Int) -> Double? {
        var lo = outOffsets[u], hi = outOffsets[u + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            if outTargets[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < outOffsets[u + 1] && outTargets[lo] == v ? outWeights[lo] : nil
    }

    /// The number of out-edges of `u` (parallel edges merged).
    public func outDegree(_ u: Int) -> Int { outOffsets[u + 1] - outOffsets[u] }
    /// The number of in-edges of `v`.
    public func inDegree(_ v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

    /// Whether any edge weight is below zero.
    public var hasNegativeWeight: Bool { outWeights.contains { $0 < 0 } }
    /// Whether any edge weight is exactly zero.
    public var hasZeroWeight: Bool { outWeights.contains { $0 == 0 } }

    /// The same graph with every weight set to 1 (for the unweighted variants of the measures).
    public func withUnitWeights() -> WeightedDigraph {
        WeightedDigraph(copying: self, weights: [Double](repeating: 1, count: edgeCount))
    }

    /// The reversed graph (every edge turned around).
    public func reversed() -> WeightedDigraph {
        WeightedDigraph(nodeCount: nodeCount, outOffsets: inOffsets, outTargets: inSources, outWeights: inWeights,
                        inOffsets: outOffsets, inSources: outTargets, inWeights: outWeights)
    }

    init(nodeCount: Int, outOffsets: [Int], outTargets: [Int], outWeights: [Double],
         inOffsets: [Int], inSources: [Int], inWeights: [Double]) {
        self.nodeCount = nodeCount
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outWeights = outWeights
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inWeights = inWeights
    }

    init(copying g: WeightedDigraph, weights: [Double]) {
        // Same structure; the in-weights follow the out-weights through the transpose.
        var inW = [Double](repeating: 0, count: g.edgeCount)
        var cursor = g.inOffsets
        for u in 0..<g.nodeCount {
            for e in g.outOffsets[u]..<g.outOffsets[u + 1] {
                let t = g.outTargets[e]
                inW[cursor[t]] = weights[e]
                cursor[t] += 1
            }
        }
        self.init(nodeCount: g.nodeCount, outOffsets: g.outOffsets, outTargets: g.outTargets, outWeights: weights,
                  inOffsets: g.inOffsets, inSources: g.inSources, inWeights: inW)
    }
}
