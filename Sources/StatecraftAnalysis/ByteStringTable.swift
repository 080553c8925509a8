import Foundation

/// Interns names held as byte ranges of one buffer: open addressing on an FNV-1a hash, keys
/// compared with `memcmp`, so the loader makes one `String` per distinct node, not per line.
struct ByteStringTable {
    private let base: UnsafePointer<UInt8>
    private var slots: [Int32]          // id + 1, 0 for empty
    private var mask: Int
    private(set) var starts: [Int] = []
    private(set) var lengths: [Int] = []

    init(buffer: UnsafeBufferPointer<UInt8>, expected: Int) {
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        var cap = 16
        while cap < expected * 2 { cap <<= 1 }
        slots = [Int32](repeating: 0, count: cap)
        mask = cap - 1
    }

    var count: Int { starts.count }

    @inline(__always) private static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<n { h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of the name at `start..<start+length`, adding it when new (`isNew`).
    mutating func id(start: Int, length: Int) -> (id: Int, isNew: Bool) {
        if count * 2 >= slots.count { grow() }
        let p = base + start
        var i = Self.hash(p, length) & mask
        while true {
            let s = Int(slots[i])
            if s == 0 {
                let id = starts.count
                slots[i] = Int32(id + 1)
                starts.append(start)
                lengths.append(length)
                return (id, true)
            }
            let id = s - 1
            if lengths[id] == length && memcmp(base + starts[id], p, length) == 0 { return (id, false) }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let cap = slots.count * 2
        slots = [Int32](repeating: 0, count: cap)
        mask = cap - 1
        for id in 0..<starts.count {
            var i = Self.hash(base + starts[id], lengths[id]) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(id + 1)
        }
    }
}
