/// A binary min-heap of (distance, node) pairs with lazy deletion, for Dijkstra's algorithm.
struct DistanceHeap {
    private(set) var keys: [Double] = []
    private(set) var nodes: [Int32] = []

    init(capacity: Int = 0) {
        keys.reserveCapacity(capacity)
        nodes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    mutating func push(_ key: Double, _ node: Int) {
        keys.append(key)
        nodes.append(Int32(truncatingIfNeeded: node))
        keys.withUnsafeMutableBufferPointer { k in
            nodes.withUnsafeMutableBufferPointer { v in
                var i = k.count - 1
                while i > 0 {
                    let p = (i - 1) >> 1
                    if k[p] <= key { break }
                    k[i] = k[p]; v[i] = v[p]
                    i = p
                }
                k[i] = key; v[i] = Int32(truncatingIfNeeded: node)
            }
        }
    }

    /// Removes and returns the smallest pair.
    mutating func pop() -> (Double, Int) {
        let topKey = keys[0], topNode = Int(nodes[0])
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        let count = keys.count
        if count > 0 {
            keys.withUnsafeMutableBufferPointer { k in
                nodes.withUnsafeMutableBufferPointer { v in
                    var i = 0
                    while true {
                        var c = 2 * i + 1
                        if c >= count { break }
                        if c + 1 < count && k[c + 1] < k[c] { c += 1 }
                        if k[c] >= lastKey { break }
                        k[i] = k[c]; v[i] = v[c]
                        i = c
                    }
                    k[i] = lastKey; v[i] = lastNode
                }
            }
        }
        return (topKey, topNode)
    }
}
