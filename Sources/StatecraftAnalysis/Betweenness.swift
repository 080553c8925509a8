extension Centrality {
    /// Betweenness centrality (Brandes), as `nx.betweenness_centrality(G, normalized=True)`:
    /// hop counts when `weighted` is false, else the distance `1/weight` (NetworkX with
    /// `weight="dist"`, `dist = 1/w`). Normalised by `(n−1)(n−2)`; endpoints not counted.
    /// On an undirected view (``WeightedDigraph/undirectedView()``) this equals NetworkX on the
    /// undirected graph. Zero-weight edges are unusable (infinite distance) in the weighted variant.
    ///
    /// Sources are split into a fixed number of chunks, run on `threads` threads and summed in
    /// chunk order: the result does not depend on the thread count.
    public static func betweenness(_ g: WeightedDigraph, weighted: Bool = false,
                                   threads: Int = defaultThreadCount) throws -> [Double] {
        let n = g.nodeCount
        if weighted { try requireNonNegative(g, "weighted betweenness") }
        guard n > 2 else { return [Double](repeating: 0, count: n) }
        let chunks = min(n, 32)
        var partial = [Double](repeating: 0, count: chunks * n)
        let distances = weighted ? g.outWeights.map { $0 > 0 ? 1 / $0 : Double.infinity } : []
        partial.withUnsafeMutableBufferPointer { buf in
            let out = SharedBuffer(base: buf.baseAddress!)
            runChunks(chunks, threads: threads) { c in
                let lo = c * n / chunks, hi = (c + 1) * n / chunks
                let acc = UnsafeMutableBufferPointer(start: out.base + c * n, count: n)
                if weighted {
                    brandesWeighted(g, distances, sources: lo..<hi, into: acc)
                } else {
                    brandesHops(g, sources: lo..<hi, into: acc)
                }
            }
        }
        var bc = [Double](repeating: 0, count: n)
        for c in 0..<chunks { for v in 0..<n { bc[v] += partial[c * n + v] } }
        let scale = 1 / (Double(n - 1) * Double(n - 2))
        for v in 0..<n { bc[v] *= scale }
        return bc
    }

    private static func brandesHops(_ g: WeightedDigraph, sources: Range<Int>, into bc: UnsafeMutableBufferPointer<Double>) {
        let n = g.nodeCount
        var dist = [Int32](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        g.outOffsets.withUnsafeBufferPointer { off in
            g.outTargets.withUnsafeBufferPointer { tgt in
                dist.withUnsafeMutableBufferPointer { dist in
                    sigma.withUnsafeMutableBufferPointer { sigma in
                        delta.withUnsafeMutableBufferPointer { delta in
                            order.withUnsafeMutableBufferPointer { order in
                                for s in sources {
                                    dist[s] = 0
                                    sigma[s] = 1
                                    order[0] = Int32(s)
                                    var head = 0, tail = 1
                                    while head < tail {
                                        let v = Int(order[head]); head += 1
                                        let dv1 = dist[v] + 1
                                        let sv = sigma[v]
                                        for e in off[v]..<off[v + 1] {
                                            let w = tgt[e]
                                            if dist[w] < 0 {
                                                dist[w] = dv1
                                                order[tail] = Int32(w); tail += 1
                                            }
                                            if dist[w] == dv1 { sigma[w] += sv }
                                        }
                                    }
                                    var i = tail - 1
                                    while i >= 0 {
                                        let v = Int(order[i])
                                        let dv1 = dist[v] + 1
                                        var acc = 0.0
                                        for e in off[v]..<off[v + 1] {
                                            let w = tgt[e]
                                            if dist[w] == dv1 { acc += (1 + delta[w]) / sigma[w] }
                                        }
                                        let d = sigma[v] * acc
                                        delta[v] = d
                                        if v != s { bc[v] += d }
                                        i -= 1
                                    }
                                    for j in 0..<tail {
                                        let v = Int(order[j])
                                        dist[v] = -1; sigma[v] = 0; delta[v] = 0
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func brandesWeighted(_ g: WeightedDigraph, _ length: [Double], sources: Range<Int>,
                                        into bc: UnsafeMutableBufferPointer<Double>) {
        let n = g.nodeCount
        var dist = [Double](repeating: .infinity, count: n)
        var settled = [Bool](repeating: false, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        let heap = IndexedHeap(capacity: n)
        g.outOffsets.withUnsafeBufferPointer { off in
            g.outTargets.withUnsafeBufferPointer { tgt in
                length.withUnsafeBufferPointer { len in
                    dist.withUnsafeMutableBufferPointer { dist in
                        settled.withUnsafeMutableBufferPointer { settled in
                            sigma.withUnsafeMutableBufferPointer { sigma in
                                delta.withUnsafeMutableBufferPointer { delta in
                                    order.withUnsafeMutableBufferPointer { order in
                                        for s in sources {
                                            dist[s] = 0
                                            sigma[s] = 1
                                            heap.pushOrDecrease(s, 0)
                                            var count = 0
                                            while !heap.isEmpty {
                                                let (v, d) = heap.pop()
                                                settled[v] = true
                                                order[count] = Int32(v); count += 1
                                                let sv = sigma[v]
                                                for e in off[v]..<off[v + 1] {
                                                    let w = tgt[e]
                                                    if settled[w] { continue }
                                                    let nd = d + len[e]
                                                    if nd < dist[w] {
                                                        dist[w] = nd
                                                        sigma[w] = sv
                                                        heap.pushOrDecrease(w, nd)
                                                    } else if nd == dist[w] {
                                                        sigma[w] += sv
                                                    }
                                                }
                                            }
                                            var i = count - 1
                                            while i >= 0 {
                                                let v = Int(order[i])
                                                let dv = dist[v]
                                                var acc = 0.0
                                                for e in off[v]..<off[v + 1] {
                                                    let w = tgt[e]
                                                    if settled[w] && dist[w] == dv + len[e] && w != v {
                                                        acc += (1 + delta[w]) / sigma[w]
                                                    }
                                                }
                                                let dd = sigma[v] * acc
                                                delta[v] = dd
                                                if v != s { bc[v] += dd }
                                                i -= 1
                                            }
                                            for j in 0..<count {
                                                let v = Int(order[j])
                                                dist[v] = .infinity; settled[v] = false; sigma[v] = 0; delta[v] = 0
                                            }
                                            // Nodes reached but never settled cannot exist (all pushes are popped).
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
