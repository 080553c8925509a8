/// A trie over word ids: finds the longest phrase starting at a token in one walk.
struct PhraseTrie<Payload: Sendable>: Sendable {
    private var edges = IntTable(capacity: 4096)
    private var payloads: [[Payload]?] = [nil]
    private var nodeCount: Int32 = 1

    mutating func insert(_ words: [Int32], _ payload: Payload) {
        guard !words.isEmpty, !words.contains(where: { $0 < 0 }) else { return }
        var node: Int32 = 0
        for w in words {
            let k = UInt64(node) << 32 | UInt64(UInt32(w))
            if let next = edges[k] { node = next } else {
                edges.set(k, nodeCount)
                node = nodeCount
                nodeCount += 1
                payloads.append(nil)
            }
        }
        if payloads[Int(node)] == nil { payloads[Int(node)] = [] }
        payloads[Int(node)]!.append(payload)
    }

    /// All phrase ends starting at `start` (longest last): (length, payloads).
    @inline(__always)
    func matches(_ tokens: UnsafeBufferPointer<Token>, from start: Int, limit: Int,
                 skip: (Int) -> Bool = { _ in false }) -> [(length: Int, payloads: [Payload])] {
        var out: [(Int, [Payload])] = []
        var node: Int32 = 0
        var i = start
        while i < limit {
            let w = tokens[i].word
            if w < 0 { break }
            guard let next = edges[UInt64(node) << 32 | UInt64(UInt32(w))] else {
                // Time words and adverbs may sit inside a phrase ("rejected Thursday a UN appeal"): skip one.
                if node != 0, skip(i) { i += 1; continue }
                break
            }
            node = next
            i += 1
            if let p = payloads[Int(node)] { out.append((i - start, p)) }
        }
        return out
    }

    /// The longest phrase over `ids` (word ids of the trie's own vocabulary) starting at `start`.
    func longest(_ ids: [Int32], from start: Int) -> (length: Int, payloads: [Payload])? {
        var best: (Int, [Payload])?
        var node: Int32 = 0
        var i = start
        while i < ids.count, ids[i] >= 0, let next = edges[UInt64(node) << 32 | UInt64(UInt32(ids[i]))] {
            node = next
            i += 1
            if let p = payloads[Int(node)] { best = (i - start, p) }
        }
        return best
    }

    /// Every payload stored, in insertion order of their phrases' end nodes.
    var allPayloads: [Payload] { payloads.compactMap { $0 }.flatMap { $0 } }

    /// Whether any phrase starts with this word.
    func starts(with w: Int32) -> Bool { w >= 0 && edges[UInt64(UInt32(w))] != nil }
}
