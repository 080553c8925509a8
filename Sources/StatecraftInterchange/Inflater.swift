/// A DEFLATE (RFC 1951) decoder, streaming its output in chunks.
///
/// Written here because Foundation on Linux exposes no zlib and the package takes no
/// new dependencies. Single-level lookup tables per Huffman code; a 32 KiB window is kept
/// between output chunks so memory stays bounded whatever the size of the output.
public enum Inflater {
    /// Why compressed data could not be decoded.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let problem: String
        public var description: String { "corrupt DEFLATE data (\(problem))" }
    }

    private static let window = 32_768
    private static let flushAt = 1 << 20

    /// Decodes `input`, handing the output to `sink` in chunks of about 1 MiB. Returns the output size.
    @discardableResult
    public static func inflate(_ input: UnsafeRawBufferPointer,
                               sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Int {
        var state = State(input: input)
        defer { state.out.deallocate() }
        try state.run(sink)
        return state.total
    }

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                            67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
                                             5, 5, 5, 5, 0]
    private static let distBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
                                          769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
                                           11, 11, 12, 12, 13, 13]
    private static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// A canonical Huffman code as a lookup table indexed by the next `bits` input bits.
    private struct Table {
        var entries: [UInt32]  // symbol << 4 | length; 0 = no code
        var bits: Int

        init(lengths: ArraySlice<Int>) throws {
            let maxLen = max(1, lengths.max() ?? 0)
            var count = [Int](repeating: 0, count: 16)
            for l in lengths { count[l] += 1 }
            count[0] = 0
            var left = 1
            for len in 1...15 {
                left <<= 1
                left -= count[len]
                if left < 0 { throw Failure(problem: "over-subscribed Huffman code") }
            }
            var next = [Int](repeating: 0, count: 16)
            var code = 0
            for len in 1...15 {
                code = (code + count[len - 1]) << 1
                next[len] = code
            }
            // Code lengths of 1...15 only: count[0] was zeroed so `next` starts right.
            bits = maxLen
            entries = [UInt32](repeating: 0, count: 1 << maxLen)
            for (sym, len) in lengths.enumerated() where len > 0 {
                let c = next[len]
                next[len] += 1
                var r = 0
                for i in 0..<len where c & (1 << i) != 0 { r |= 1 << (len - 1 - i) }
                let entry = UInt32(sym) << 4 | UInt32(len)
                var k = r
                while k < entries.count {
                    entries[k] = entry
                    k += 1 << len
                }
            }
        }
    }

    private static let fixedLiteral: Table = {
        var l = [Int](repeating: 8, count: 288)
        for i in 144..<256 { l[i] = 9 }
        for i in 256..<280 { l[i] = 7 }
        return try! Table(lengths: l[...])
    }()
    private static let fixedDistance: Table = try! Table(lengths: [Int](repeating: 5, count: 30)[...])

    private struct State {
        let input: UnsafeRawBufferPointer
        var pos = 0
        var bitBuffer: UInt64 = 0
        var bitCount = 0
        var out: UnsafeMutablePointer<UInt8>
        var outCount = 0
        var total = 0
        let capacity = Inflater.window + Inflater.flushAt + 300

        init(input: UnsafeRawBufferPointer) {
            self.input = input
            out = .allocate(capacity: capacity)
        }

        @inline(__always) mutating func need(_ n: Int) throws {
            while bitCount < n {
                if pos < input.count {
                    bitBuffer |= UInt64(input[pos]) << UInt64(bitCount)
                    pos += 1
                    bitCount += 8
                } else {
                    guard pos - input.count < 8 else { throw Failure(problem: "unexpected end of data") }
                    // Pad with zeros so a table lookup near the end can peek; overrun is checked on consume.
                    bitCount += 8
                    pos += 1
                }
            }
        }

        @inline(__always) mutating func take(_ n: Int) throws -> Int {
            try need(n)
            let v = Int(bitBuffer & ((1 << UInt64(n)) - 1))
            bitBuffer >>= UInt64(n)
            bitCount -= n
            if pos > input.count && (pos - input.count) * 8 > bitCount {
                throw Failure(problem: "unexpected end of data")
            }
            return v
        }

        @inline(__always) mutating func decode(_ t: Table) throws -> Int {
            try need(t.bits)
            let e = t.entries[Int(bitBuffer & ((1 << UInt64(t.bits)) - 1))]
            let len = Int(e & 15)
            guard len > 0 else { throw Failure(problem: "invalid Huffman code") }
            bitBuffer >>= UInt64(len)
            bitCount -= len
            if pos > input.count && (pos - input.count) * 8 > bitCount {
                throw Failure(problem: "unexpected end of data")
            }
            return Int(e >> 4)
        }

        mutating func flush(_ sink: (UnsafeRawBufferPointer) throws -> Void, final: Bool) throws {
            let keep = final ? 0 : Inflater.window
            guard outCount > keep else { return }
            let emit = outCount - keep
            try sink(UnsafeRawBufferPointer(start: out, count: emit))
            total += emit
            if keep > 0 { out.update(from: out + emit, count: keep) }
            outCount = keep
        }

        mutating func run(_ sink: (UnsafeRawBufferPointer) throws -> Void) throws {
            var last = false
            while !last {
                last = try take(1) == 1
                switch try take(2) {
                case 0: try stored(sink)
                case 1: try codes(Inflater.fixedLiteral, Inflater.fixedDistance, sink)
                case 2:
                    let (l, d) = try dynamicTables()
                    try codes(l, d, sink)
                default: throw Failure(problem: "invalid block type")
                }
            }
            try flush(sink, final: true)
        }

        mutating func stored(_ sink: (UnsafeRawBufferPointer) throws -> Void) throws {
            // Drop to a byte boundary, then return the whole bytes in the bit buffer to the input.
            bitBuffer >>= UInt64(bitCount % 8)
            bitCount -= bitCount % 8
            pos -= bitCount / 8
            bitBuffer = 0
            bitCount = 0
            guard pos + 4 <= input.count else { throw Failure(problem: "unexpected end of data") }
            let len = Int(input[pos]) | Int(input[pos + 1]) << 8
            let nlen = Int(input[pos + 2]) | Int(input[pos + 3]) << 8
            guard len == (~nlen & 0xFFFF) else { throw Failure(problem: "stored block length check") }
            pos += 4
            guard pos + len <= input.count else { throw Failure(problem: "unexpected end of data") }
            var copied = 0
            while copied < len {
                let n = min(len - copied, capacity - outCount)
                (out + outCount).update(from: input.baseAddress!.assumingMemoryBound(to: UInt8.self) + pos + copied, count: n)
                outCount += n
                copied += n
                if outCount >= Inflater.window + Inflater.flushAt { try flush(sink, final: false) }
            }
            pos += len
        }

        mutating func dynamicTables() throws -> (Table, Table) {
            let nlen = try take(5) + 257
            let ndist = try take(5) + 1
            let ncode = try take(4) + 4
            guard nlen <= 286, ndist <= 30 else { throw Failure(problem: "bad counts") }
            var lengths = [Int](repeating: 0, count: 19)
            for i in 0..<ncode { lengths[Inflater.codeLengthOrder[i]] = try take(3) }
            let lencode = try Table(lengths: lengths[...])
            var all = [Int](repeating: 0, count: nlen + ndist)
            var i = 0
            while i < nlen + ndist {
                let sym = try decode(lencode)
                if sym < 16 {
                    all[i] = sym
                    i += 1
                } else {
                    var value = 0
                    var repeatCount: Int
                    if sym == 16 {
                        guard i > 0 else { throw Failure(problem: "repeat with no first length") }
                        value = all[i - 1]
                        repeatCount = 3 + (try take(2))
                    } else if sym == 17 {
                        repeatCount = 3 + (try take(3))
                    } else {
                        repeatCount = 11 + (try take(7))
                    }
                    guard i + repeatCount <= nlen + ndist else { throw Failure(problem: "too many lengths") }
                    for _ in 0..<repeatCount { all[i] = value; i += 1 }
                }
            }
            guard all[256] > 0 else { throw Failure(problem: "no end-of-block code") }
            return (try Table(lengths: all[0..<nlen]), try Table(lengths: all[nlen...]))
        }

        mutating func codes(_ lit: Table, _ dist: Table, _ sink: (UnsafeRawBufferPointer) throws -> Void) throws {
            while true {
                let sym = try decode(lit)
                if sym < 256 {
                    out[outCount] = UInt8(sym)
                    outCount += 1
                } else if sym == 256 {
                    return
                } else {
                    let li = sym - 257
                    guard li < 29 else { throw Failure(problem: "invalid length symbol") }
                    let length = Inflater.lengthBase[li] + (try take(Inflater.lengthExtra[li]))
                    let di = try decode(dist)
                    guard di < 30 else { throw Failure(problem: "invalid distance symbol") }
                    let distance = Inflater.distBase[di] + (try take(Inflater.distExtra[di]))
                    guard distance <= outCount else { throw Failure(problem: "distance too far back") }
                    var from = outCount - distance
                    for _ in 0..<length {
                        out[outCount] = out[from]
                        outCount += 1
                        from += 1
                    }
                }
                if outCount >= Inflater.window + Inflater.flushAt { try flush(sink, final: false) }
            }
        }
    }
}
