/// An indexed binary min-heap over node ids `0..<capacity` with decrease-key, for Dijkstra:
/// each node is in the heap at most once, so the heap never holds more than `n` entries.
final class IndexedHeap {
    private let keys: UnsafeMutablePointer<Double>     // by heap position
    private let items: UnsafeMutablePointer<Int32>     // node at each heap position
    private let position: UnsafeMutablePointer<Int32>  // heap position of each node, −1 when absent
    /// Stored behind a pointer: a class's stored `var` costs a runtime exclusivity check per access.
    private let size: UnsafeMutablePointer<Int>
    @inline(__always) var count: Int { size.pointee }
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        keys = .allocate(capacity: max(1, capacity))
        items = .allocate(capacity: max(1, capacity))
        position = .allocate(capacity: max(1, capacity))
        position.initialize(repeating: -1, count: max(1, capacity))
        size = .allocate(capacity: 1)
        size.initialize(to: 0)
    }

    deinit {
        keys.deallocate()
        items.deallocate()
        position.deallocate()
        size.deallocate()
    }

    @inline(__always) var isEmpty: Bool { count == 0 }

    /// Inserts `node` with `key`, or lowers its key when it is already in the heap with a larger one.
    @inline(__always) func pushOrDecrease(_ node: Int, _ key: Double) {
        var i = Int(position[node])
        if i < 0 {
            i = size.pointee
            size.pointee = i + 1
        } else if keys[i] <= key {
            return
        }
        siftUp(i, node: Int32(truncatingIfNeeded: node), key: key)
    }

    @inline(__always) private func siftUp(_ start: Int, node: Int32, key: Double) {
        var i = start
        while i > 0 {
            let p = (i - 1) >> 1
            let pk = keys[p]
            if pk <= key { break }
            keys[i] = pk
            let pn = items[p]
            items[i] = pn
            position[Int(pn)] = Int32(truncatingIfNeeded: i)
            i = p
        }
        keys[i] = key
        items[i] = node
        position[Int(node)] = Int32(truncatingIfNeeded: i)
    }

    /// The smallest key. - Precondition: not empty.
    @inline(__always) var peekKey: Double { keys[0] }

    /// Empties the heap.
    func removeAll() {
        for i in 0..<size.pointee { position[Int(items[i])] = -1 }
        size.pointee = 0
    }

    /// Removes and returns the node with the smallest key.
    @inline(__always) func pop() -> (node: Int, key: Double) {
        let topNode = Int(items[0]), topKey = keys[0]
        position[topNode] = -1
        let count = size.pointee - 1
        size.pointee = count
        if count > 0 {
            let lastKey = keys[count], lastNode = items[count]
            var i = 0
            while true {
                var c = 2 * i + 1
                if c >= count { break }
                if c + 1 < count && keys[c + 1] < keys[c] { c += 1 }
                if keys[c] >= lastKey { break }
                keys[i] = keys[c]
                items[i] = items[c]
                position[Int(items[i])] = Int32(truncatingIfNeeded: i)
                i = c
            }
            keys[i] = lastKey
            items[i] = lastNode
            position[Int(lastNode)] = Int32(truncatingIfNeeded: i)
        }
        return (topNode, topKey)
    }
}
