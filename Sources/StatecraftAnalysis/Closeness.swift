extension Centrality {
    /// Closeness centrality, as `nx.closeness_centrality(G, wf_improved=True)`: for a directed
    /// graph the *incoming* distances to a node (how quickly the others reach it), hop counts or
    /// the distance `1/weight` when `weighted` (NetworkX's `distance="dist"`, `dist = 1/w`).
    ///
    /// For a node reached by `r − 1` others at total distance `D`: `(r−1)/D × (r−1)/(n−1)`
    /// (the Wasserman–Faust factor), 0 when nothing reaches it.
    public static func closeness(_ g: WeightedDigraph, weighted: Bool = false,
                                 threads: Int = defaultThreadCount) throws -> [Double] {
        let n = g.nodeCount
        if weighted { try requireNonNegative(g, "weighted closeness") }
        var result = [Double](repeating: 0, count: n)
        guard n > 1 else { return result }
        // Incoming distances to v are outgoing distances from v in the reversed graph.
        let r = g.reversed()
        let lengths = weighted ? r.outWeights.map { $0 > 0 ? 1 / $0 : Double.infinity } : []
        let chunks = min(n, 64)
        result.withUnsafeMutableBufferPointer { buf in
            let out = SharedBuffer(base: buf.baseAddress!)
            runChunks(chunks, threads: threads) { c in
                let lo = c * n / chunks, hi = (c + 1) * n / chunks
                var search = DistanceSearch(r)
                for v in lo..<hi {
                    let (reached, total) = weighted ? search.dijkstraTotals(from: v, lengths) : search.bfsTotals(from: v)
                    if total > 0 {
                        let k = Double(reached - 1)
                        out.base[v] = (k / total) * (k / Double(n - 1))
                    }
                }
            }
        }
        return result
    }
}

/// Scratch space for repeated single-source searches over one graph.
struct DistanceSearch {
    let g: WeightedDigraph
    var hop: [Int32]
    var dist: [Double]
    var queue: [Int32]
    var settled: [Bool]
    let heap: IndexedHeap

    init(_ g: WeightedDigraph) {
        self.g = g
        hop = [Int32](repeating: -1, count: g.nodeCount)
        dist = [Double](repeating: .infinity, count: g.nodeCount)
        queue = [Int32](repeating: 0, count: g.nodeCount)
        settled = [Bool](repeating: false, count: g.nodeCount)
        heap = IndexedHeap(capacity: g.nodeCount)
    }

    /// Breadth-first search: the number of nodes reached (including the source) and the sum of hops.
    mutating func bfsTotals(from s: Int) -> (Int, Double) {
        var total = 0
        var tail = 1
        let g = self.g
        g.outOffsets.withUnsafeBufferPointer { off in
            g.outTargets.withUnsafeBufferPointer { tgt in
                hop.withUnsafeMutableBufferPointer { hop in
                    queue.withUnsafeMutableBufferPointer { q in
                        hop[s] = 0
                        q[0] = Int32(s)
                        var head = 0
                        while head < tail {
                            let v = Int(q[head]); head += 1
                            let h = hop[v] + 1
                            for e in off[v]..<off[v + 1] {
                                let w = tgt[e]
                                if hop[w] < 0 {
                                    hop[w] = h
                                    total += Int(h)
                                    q[tail] = Int32(w); tail += 1
                                }
                            }
                        }
                        for i in 0..<tail { hop[Int(q[i])] = -1 }
                    }
                }
            }
        }
        return (tail, Double(total))
    }

    /// Dijkstra on the given edge lengths: nodes reached (including the source) and the sum of distances.
    mutating func dijkstraTotals(from s: Int, _ lengths: [Double]) -> (Int, Double) {
        Self.dijkstraTotals(g, from: s, lengths, heap: heap, dist: &dist, settled: &settled, done: &queue)
    }

    static func dijkstraTotals(_ g: WeightedDigraph, from s: Int, _ lengths: [Double], heap: IndexedHeap,
                               dist: inout [Double], settled: inout [Bool], done: inout [Int32]) -> (Int, Double) {
        var total = 0.0
        var count = 0
        g.outOffsets.withUnsafeBufferPointer { off in
            g.outTargets.withUnsafeBufferPointer { tgt in
                lengths.withUnsafeBufferPointer { len in
                    dist.withUnsafeMutableBufferPointer { dist in
                        settled.withUnsafeMutableBufferPointer { settled in
                            done.withUnsafeMutableBufferPointer { done in
                                dist[s] = 0
                                heap.pushOrDecrease(s, 0)
                                while !heap.isEmpty {
                                    let (v, d) = heap.pop()
                                    settled[v] = true
                                    done[count] = Int32(truncatingIfNeeded: v); count += 1
                                    total += d
                                    for e in off[v]..<off[v + 1] {
                                        let w = tgt[e]
                                        if settled[w] { continue }
                                        let nd = d + len[e]
                                        if nd < dist[w] {
                                            dist[w] = nd
                                            heap.pushOrDecrease(w, nd)
                                        }
                                    }
                                }
                                for i in 0..<count {
                                    let v = Int(done[i])
                                    dist[v] = .infinity; settled[v] = false
                                }
                            }
                        }
                    }
                }
            }
        }
        return (count, total)
    }
}
