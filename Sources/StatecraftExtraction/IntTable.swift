/// An open-addressing hash table from 64-bit keys to `Int32`, built once and read from many threads:
/// a multiplicative hash and linear probing, faster than `Dictionary` for the tries' integer keys.
struct IntTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == Self.empty { return nil }
            i = (i + 1) & mask
        }
    }

    /// Sets the value for `key` (the key must not be `UInt64.max`).
    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Self.slot(key, mask)
        while true {
            if keys[i] == key { values[i] = value; return }
            if keys[i] == Self.empty { keys[i] = key; values[i] = value; count += 1; return }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != Self.empty { set(k, v) }
    }
}

/// A set of word ids as a bit set: `contains` is one load and a mask.
struct WordSet: Sendable {
    private var bits: [UInt64] = []

    init() {}

    init(_ ids: some Sequence<Int32>) {
        for id in ids { insert(id) }
    }

    mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        let w = Int(id) >> 6
        if w >= bits.count { bits += Array(repeating: 0, count: w - bits.count + 1) }
        bits[w] |= 1 << UInt64(Int(id) & 63)
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        let w = Int(id) >> 6
        return w < bits.count && bits[w] & (1 << UInt64(Int(id) & 63)) != 0
    }
}
