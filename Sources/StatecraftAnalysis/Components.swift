/// A partition of the nodes into components.
public struct Components: Sendable, Equatable {
    /// The component of each node: `0..<count`, numbered in order of each component's smallest node id.
    public let membership: [Int]
    public let count: Int

    /// Component sizes by component number.
    public var sizes: [Int] {
        var s = [Int](repeating: 0, count: count)
        for c in membership { s[c] += 1 }
        return s
    }

    /// The members of each component (ascending ids), by component number.
    public var groups: [[Int]] {
        var g = [[Int]](repeating: [], count: count)
        for (v, c) in membership.enumerated() { g[c].append(v) }
        return g
    }

    /// Renumbers labels that are node ids (`0..<n`) in order of first appearance.
    init(rawLabels: [Int]) {
        var renumber = [Int](repeating: -1, count: rawLabels.count)
        var next = 0
        membership = rawLabels.map { l in
            if renumber[l] < 0 { renumber[l] = next; next += 1 }
            return renumber[l]
        }
        count = next
    }

    /// Weakly connected components (`nx.weakly_connected_components`).
    public static func weak(_ g: WeightedDigraph) -> Components {
        // Breadth-first search over out- and in-edges; components are found in order of their smallest node.
        let n = g.nodeCount
        var label = [Int](repeating: -1, count: n)
        var queue = [Int](repeating: 0, count: n)
        g.outOffsets.withUnsafeBufferPointer { oo in
            g.outTargets.withUnsafeBufferPointer { ot in
                g.inOffsets.withUnsafeBufferPointer { io in
                    g.inSources.withUnsafeBufferPointer { isrc in
                        label.withUnsafeMutableBufferPointer { label in
                            queue.withUnsafeMutableBufferPointer { q in
                                for root in 0..<n where label[root] < 0 {
                                    label[root] = root
                                    q[0] = root
                                    var head = 0, tail = 1
                                    while head < tail {
                                        let v = q[head]; head += 1
                                        for e in oo[v]..<oo[v + 1] where label[ot[e]] < 0 {
                                            label[ot[e]] = root; q[tail] = ot[e]; tail += 1
                                        }
                                        for e in io[v]..<io[v + 1] where label[isrc[e]] < 0 {
                                            label[isrc[e]] = root; q[tail] = isrc[e]; tail += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return Components(rawLabels: label)
    }

    /// Strongly connected components (`nx.strongly_connected_components`), iterative Tarjan.
    public static func strong(_ g: WeightedDigraph) -> Components {
        let n = g.nodeCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var label = [Int](repeating: -1, count: n)
        var next = 0
        var call: [(v: Int, edge: Int)] = []
        for root in 0..<n where index[root] < 0 {
            call.append((root, g.outOffsets[root]))
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while !call.isEmpty {
                let (v, e) = call[call.count - 1]
                if e < g.outOffsets[v + 1] {
                    call[call.count - 1].edge = e + 1
                    let w = g.outTargets[e]
                    if index[w] < 0 {
                        index[w] = next; low[w] = next; next += 1
                        stack.append(w); onStack[w] = true
                        call.append((w, g.outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    call.removeLast()
                    if let parent = call.last { low[parent.v] = min(low[parent.v], low[v]) }
                    if low[v] == index[v] {
                        // Label the component by its smallest member, so numbering follows node ids.
                        var members: [Int] = []
                        while true {
                            let w = stack.removeLast()
                            onStack[w] = false
                            members.append(w)
                            if w == v { break }
                        }
                        let smallest = members.min()!
                        for w in members { label[w] = smallest }
                    }
                }
            }
        }
        return Components(rawLabels: label)
    }
}
