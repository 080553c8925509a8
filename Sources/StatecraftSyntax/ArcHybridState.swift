/// The configuration of the arc-hybrid transition system over one sentence, in reusable buffers.
///
/// Nodes are 0 (the root, at the bottom of the stack) and the words 1…n. Transitions:
/// - `shift`: move the first word of the buffer onto the stack;
/// - `left`: the buffer's first word becomes the head of the stack's top, which is popped;
/// - `right`: the second item of the stack becomes the head of the top, which is popped.
/// A word is attached to the root only by the last transition, so every tree has one root.
/// Besides the arcs, the state keeps what the feature templates read: the two leftmost and
/// two rightmost children of every node, its valency and the set of its children's labels.
final class ArcHybridState: @unchecked Sendable {
    enum Transition: Int { case shift = 0, left = 1, right = 2 }
    static let transitionCount = 3

    private(set) var capacity = 0
    private(set) var n = 0
    /// Stack of nodes (the root first); `top` items are in use.
    var stack: UnsafeMutablePointer<Int32>
    var top = 0
    /// The first word of the buffer (1-based); the buffer is empty when `front > n`.
    var front = 1
    /// Per node 0…n: head (-1 none), label (-1 none), children and valencies.
    var heads: UnsafeMutablePointer<Int32>
    var labels: UnsafeMutablePointer<Int32>
    var leftmost: UnsafeMutablePointer<Int32>, leftmost2: UnsafeMutablePointer<Int32>
    var rightmost: UnsafeMutablePointer<Int32>, rightmost2: UnsafeMutablePointer<Int32>
    var leftCount: UnsafeMutablePointer<Int32>, rightCount: UnsafeMutablePointer<Int32>
    var leftLabels: UnsafeMutablePointer<UInt64>, rightLabels: UnsafeMutablePointer<UInt64>
    /// Whether a node is on the stack (for the oracle).
    var onStack: UnsafeMutablePointer<Bool>

    init() {
        stack = .allocate(capacity: 1); heads = .allocate(capacity: 1); labels = .allocate(capacity: 1)
        leftmost = .allocate(capacity: 1); leftmost2 = .allocate(capacity: 1)
        rightmost = .allocate(capacity: 1); rightmost2 = .allocate(capacity: 1)
        leftCount = .allocate(capacity: 1); rightCount = .allocate(capacity: 1)
        leftLabels = .allocate(capacity: 1); rightLabels = .allocate(capacity: 1)
        onStack = .allocate(capacity: 1)
    }

    deinit { free() }

    private func free() {
        stack.deallocate(); heads.deallocate(); labels.deallocate()
        leftmost.deallocate(); leftmost2.deallocate(); rightmost.deallocate(); rightmost2.deallocate()
        leftCount.deallocate(); rightCount.deallocate(); leftLabels.deallocate(); rightLabels.deallocate()
        onStack.deallocate()
    }

    /// Starts a sentence of `words` words: the root on the stack, every word in the buffer.
    func reset(words: Int) {
        if words + 1 > capacity {
            free()
            capacity = max(64, (words + 1) * 2)
            stack = .allocate(capacity: capacity); heads = .allocate(capacity: capacity); labels = .allocate(capacity: capacity)
            leftmost = .allocate(capacity: capacity); leftmost2 = .allocate(capacity: capacity)
            rightmost = .allocate(capacity: capacity); rightmost2 = .allocate(capacity: capacity)
            leftCount = .allocate(capacity: capacity); rightCount = .allocate(capacity: capacity)
            leftLabels = .allocate(capacity: capacity); rightLabels = .allocate(capacity: capacity)
            onStack = .allocate(capacity: capacity)
        }
        n = words
        let m = words + 1
        heads.update(repeating: -1, count: m); labels.update(repeating: -1, count: m)
        leftmost.update(repeating: -1, count: m); leftmost2.update(repeating: -1, count: m)
        rightmost.update(repeating: -1, count: m); rightmost2.update(repeating: -1, count: m)
        leftCount.update(repeating: 0, count: m); rightCount.update(repeating: 0, count: m)
        leftLabels.update(repeating: 0, count: m); rightLabels.update(repeating: 0, count: m)
        onStack.update(repeating: false, count: m)
        stack[0] = 0; top = 1; onStack[0] = true
        front = 1
    }

    var isTerminal: Bool { front > n && top == 1 }

    @inline(__always) var s0: Int { top >= 1 ? Int(stack[top - 1]) : -1 }
    @inline(__always) var s1: Int { top >= 2 ? Int(stack[top - 2]) : -1 }
    @inline(__always) var s2: Int { top >= 3 ? Int(stack[top - 3]) : -1 }
    @inline(__always) func b(_ k: Int) -> Int { front + k <= n ? front + k : -1 }

    @inline(__always)
    func isValid(_ t: Int) -> Bool {
        switch t {
        case 0: return front <= n
        case 1: return top >= 2 && front <= n
        default: return top >= 2 && (top > 2 || front > n)
        }
    }

    /// The head and dependent of the arc transition `t` would add.
    @inline(__always)
    func arc(_ t: Int) -> (head: Int, dependent: Int) {
        t == 1 ? (front, s0) : (s1, s0)
    }

    /// Applies transition `t` (0 shift, 1 left, 2 right), labelling its arc with `label`.
    @inline(__always)
    func apply(_ t: Int, label: Int32) {
        if t == 0 {
            stack[top] = Int32(front); onStack[front] = true; top += 1; front += 1
            return
        }
        let (h, d) = arc(t)
        addArc(head: h, dependent: d, label: label)
        onStack[d] = false
        top -= 1
    }

    @inline(__always)
    func addArc(head h: Int, dependent d: Int, label: Int32) {
        heads[d] = Int32(h)
        labels[d] = label
        let bit: UInt64 = 1 << UInt64(UInt32(bitPattern: label) & 63)
        if d < h {
            leftCount[h] += 1; leftLabels[h] |= bit
            if leftmost[h] < 0 || d < leftmost[h] { leftmost2[h] = leftmost[h]; leftmost[h] = Int32(d) }
            else if leftmost2[h] < 0 || d < leftmost2[h] { leftmost2[h] = Int32(d) }
        } else {
            rightCount[h] += 1; rightLabels[h] |= bit
            if rightmost[h] < 0 || d > rightmost[h] { rightmost2[h] = rightmost[h]; rightmost[h] = Int32(d) }
            else if rightmost2[h] < 0 || d > rightmost2[h] { rightmost2[h] = Int32(d) }
        }
    }

    // MARK: - Dynamic oracle (Goldberg & Nivre 2013)

    /// Gold arcs (heads 1-based per node 1…n, `gold[0]` unused) that transition `t` makes unreachable.
    func cost(_ t: Int, gold: UnsafePointer<Int32>) -> Int {
        switch t {
        case 0:
            // The buffer's first word loses its head in the stack below the top and its dependents in the stack.
            let b0 = front
            var c = 0
            let h = Int(gold[b0])
            if h != s0 && h >= 0 && h <= n && onStack[h] { c += 1 }
            for k in 0..<top where gold[Int(stack[k])] == Int32(b0) && stack[k] != 0 { c += 1 }
            return c
        default:
            // The top loses its dependents in the buffer and every head but the one the arc gives it.
            let d = s0
            let (h, _) = arc(t)
            var c = 0
            let g = Int(gold[d])
            if g != h {
                if t == 1 { if g == s1 || (g > front && g <= n) { c += 1 } }
                else if g >= front && g <= n { c += 1 }
            }
            if front <= n { for k in front...n where gold[k] == Int32(d) { c += 1 } }
            return c
        }
    }
}
