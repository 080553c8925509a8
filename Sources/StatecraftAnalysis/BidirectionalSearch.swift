/// Bidirectional Dijkstra between two nodes with some nodes and edges removed, reusing its
/// scratch space between queries (the spur searches of Yen's algorithm, as NetworkX's
/// `_bidirectional_dijkstra`). Edge length is `1/w` (zero weights unusable) or 1 per hop.
final class BidirectionalSearch {
    let g: WeightedDigraph
    let length: [Double]            // by out-edge index
    let inLength: [Double]          // by in-edge position
    let inToOut: [Int]              // in-edge position → out-edge index
    // Scratch space behind pointers: a class's stored arrays would cost a runtime
    // exclusivity check on every access.
    let bannedNode: UnsafeMutableBufferPointer<Bool>
    let bannedEdge: UnsafeMutableBufferPointer<Bool>   // by out-edge index
    private let distF: UnsafeMutableBufferPointer<Double>, distB: UnsafeMutableBufferPointer<Double>
    private let predF: UnsafeMutableBufferPointer<Int>, succB: UnsafeMutableBufferPointer<Int>
    private let doneF: UnsafeMutableBufferPointer<Bool>, doneB: UnsafeMutableBufferPointer<Bool>
    private let touched: UnsafeMutableBufferPointer<Int>
    private let touchedCount: UnsafeMutablePointer<Int>
    private let heapF: IndexedHeap, heapB: IndexedHeap

    init(_ g: WeightedDigraph, metric: PathMetric) {
        self.g = g
        let n = g.nodeCount
        length = g.outWeights.map { ShortestPaths.edgeLength($0, metric) }
        inLength = g.inWeights.map { ShortestPaths.edgeLength($0, metric) }
        var map = [Int](repeating: 0, count: g.edgeCount)
        var cursor = g.inOffsets
        for u in 0..<n {
            for e in g.outOffsets[u]..<g.outOffsets[u + 1] {
                let t = g.outTargets[e]
                map[cursor[t]] = e
                cursor[t] += 1
            }
        }
        inToOut = map
        func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, count))
            b.initialize(repeating: value)
            return b
        }
        bannedNode = buffer(n, false)
        bannedEdge = buffer(g.edgeCount, false)
        distF = buffer(n, .infinity)
        distB = buffer(n, .infinity)
        predF = buffer(n, -1)
        succB = buffer(n, -1)
        doneF = buffer(n, false)
        doneB = buffer(n, false)
        touched = buffer(n, 0)
        touchedCount = .allocate(capacity: 1)
        touchedCount.initialize(to: 0)
        heapF = IndexedHeap(capacity: n)
        heapB = IndexedHeap(capacity: n)
    }

    deinit {
        for b in [distF, distB] { b.deallocate() }
        for b in [predF, succB, touched] { b.deallocate() }
        for b in [bannedNode, bannedEdge, doneF, doneB] { b.deallocate() }
        touchedCount.deallocate()
    }

    @inline(__always) private func touch(_ v: Int) {
        touched[touchedCount.pointee] = v
        touchedCount.pointee += 1
    }

    /// The shortest path from `s` to `t` avoiding banned nodes and edges, or nil.
    func shortest(from s: Int, to t: Int) -> GraphPath? {
        if bannedNode[s] || bannedNode[t] { return nil }
        if s == t { return GraphPath(nodes: [s], length: 0) }
        defer { reset() }
        distF[s] = 0; touch(s); heapF.pushOrDecrease(s, 0)
        distB[t] = 0; touch(t); heapB.pushOrDecrease(t, 0)
        var best = Double.infinity, meet = -1
        while !heapF.isEmpty && !heapB.isEmpty {
            let topF = heapF.peekKey, topB = heapB.peekKey
            if topF + topB >= best { break }
            if topF <= topB {
                let (v, d) = heapF.pop()
                doneF[v] = true
                for e in g.outOffsets[v]..<g.outOffsets[v + 1] {
                    let w = g.outTargets[e]
                    if doneF[w] || bannedNode[w] || bannedEdge[e] { continue }
                    let nd = d + length[e]
                    if nd < distF[w] {
                        if distF[w] == .infinity && distB[w] == .infinity { touch(w) }
                        distF[w] = nd; predF[w] = v
                        heapF.pushOrDecrease(w, nd)
                    }
                    let total = distF[w] + distB[w]
                    if total < best { best = total; meet = w }
                }
            } else {
                let (v, d) = heapB.pop()
                doneB[v] = true
                for p in g.inOffsets[v]..<g.inOffsets[v + 1] {
                    let u = g.inSources[p]
                    if doneB[u] || bannedNode[u] || bannedEdge[inToOut[p]] { continue }
                    let nd = d + inLength[p]
                    if nd < distB[u] {
                        if distF[u] == .infinity && distB[u] == .infinity { touch(u) }
                        distB[u] = nd; succB[u] = v
                        heapB.pushOrDecrease(u, nd)
                    }
                    let total = distF[u] + distB[u]
                    if total < best { best = total; meet = u }
                }
            }
        }
        guard meet >= 0 else { return nil }
        var forward = [meet]
        var v = meet
        while v != s { v = predF[v]; forward.append(v) }
        forward.reverse()
        v = meet
        while v != t { v = succB[v]; forward.append(v) }
        return GraphPath(nodes: forward, length: best)
    }

    private func reset() {
        for i in 0..<touchedCount.pointee {
            let v = touched[i]
            distF[v] = .infinity; distB[v] = .infinity
            predF[v] = -1; succB[v] = -1
            doneF[v] = false; doneB[v] = false
        }
        touchedCount.pointee = 0
        heapF.removeAll()
        heapB.removeAll()
    }
}
