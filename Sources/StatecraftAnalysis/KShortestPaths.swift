extension ShortestPaths {
    /// The `k` shortest simple paths from `source` to `target`, shortest first (Yen's algorithm),
    /// as `list(islice(nx.shortest_simple_paths(G, s, t, weight="dist"), k))` with `dist = 1/w`:
    /// the same candidate generation (a spur search from every node of the last path found, with
    /// the edges of earlier paths sharing the root and the root's nodes removed), the same
    /// de-duplication, and ties between equal lengths broken by discovery order.
    /// Returns fewer than `k` paths when no more exist, none when `target` is unreachable.
    public static func kShortestSimplePaths(_ g: WeightedDigraph, from source: Int, to target: Int, k: Int,
                                            metric: PathMetric = .inverseWeight) throws -> [GraphPath] {
        precondition(source >= 0 && source < g.nodeCount && target >= 0 && target < g.nodeCount)
        if metric == .inverseWeight, g.hasNegativeWeight {
            throw GraphInputError.undefined(measure: "k shortest paths", reason: "negative weights give no distance (1/w)")
        }
        guard k > 0 else { return [] }
        if source == target { return [GraphPath(nodes: [source], length: 0)] }

        func edgeIndex(_ u: Int, _ v: Int) -> Int? {
            var lo = g.outOffsets[u], hi = g.outOffsets[u + 1]
            while lo < hi {
                let mid = (lo + hi) / 2
                if g.outTargets[mid] < v { lo = mid + 1 } else { hi = mid }
            }
            return lo < g.outOffsets[u + 1] && g.outTargets[lo] == v ? lo : nil
        }
        func rootLength(_ nodes: ArraySlice<Int>) -> Double {
            var total = 0.0
            var prev: Int?
            for v in nodes {
                if let p = prev { total += edgeLength(g.outWeights[edgeIndex(p, v)!], metric) }
                prev = v
            }
            return total
        }
        let search = BidirectionalSearch(g, metric: metric)
        func spur(_ from: Int) -> GraphPath? { search.shortest(from: from, to: target) }

        var found: [GraphPath] = []
        var candidates: [(cost: Double, order: Int, nodes: [Int])] = []
        var seen = Set<[Int]>()
        var counter = 0
        func push(_ cost: Double, _ nodes: [Int]) {
            guard seen.insert(nodes).inserted else { return }
            candidates.append((cost, counter, nodes))
            counter += 1
        }
        guard let first = spur(source) else { return [] }
        push(first.length, first.nodes)
        while found.count < k, !candidates.isEmpty {
            let best = candidates.indices.min { (candidates[$0].cost, candidates[$0].order) < (candidates[$1].cost, candidates[$1].order) }!
            let chosen = candidates.remove(at: best)
            found.append(GraphPath(nodes: chosen.nodes, length: chosen.cost))
            if found.count == k { break }
            let prev = chosen.nodes
            var bannedEdges: [Int] = []
            for i in 1..<prev.count {
                let root = prev[..<i]
                let rootLen = rootLength(root)
                for p in found where p.nodes.count > i && p.nodes[..<i] == root {
                    if let e = edgeIndex(p.nodes[i - 1], p.nodes[i]) { search.bannedEdge[e] = true; bannedEdges.append(e) }
                }
                if let s = spur(root.last!) {
                    push(rootLen + s.length, Array(root.dropLast()) + s.nodes)
                }
                search.bannedNode[root.last!] = true
            }
            for v in prev { search.bannedNode[v] = false }
            for e in bannedEdges { search.bannedEdge[e] = false }
        }
        return found
    }
}
