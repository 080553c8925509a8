/// A MinHash signature of an article's text, to recognise near-duplicates (a wire story copied
/// with small edits into several outlets; one article stored under two URLs).
///
/// Rule: the text is cut into lower-cased words (letters and digits), the words into overlapping
/// 5-word shingles; the signature keeps, for each of 64 hash functions, the least hash of any
/// shingle. The share of equal positions in two signatures estimates the Jaccard similarity of
/// the two shingle sets; two articles are **near-duplicates** when it is at least
/// ``nearDuplicateThreshold`` (0.6). Candidates are found through 16 bands of 4 positions
/// (locality-sensitive hashing): articles that agree on a whole band.
public struct TextSignature: Sendable, Hashable {
    /// 64 minimum hashes (32-bit).
    public let values: [UInt32]

    public static let size = 64
    public static let bands = 16
    public static let rowsPerBand = 4
    public static let shingleWords = 5
    /// The estimated Jaccard similarity at and above which two texts are near-duplicates.
    public static let nearDuplicateThreshold = 0.6

    public init?(values: [UInt32]) {
        guard values.count == Self.size else { return nil }
        self.values = values
    }

    /// The signature of `text` (nil when it has no word).
    public init?(text: String) {
        var words: [UInt64] = []
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for c in text.utf8 {
            var b = c
            if b >= 65 && b <= 90 { b += 32 }
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128 {
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                words.append(h)
                h = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(h) }
        guard !words.isEmpty else { return nil }
        var mins = [UInt32](repeating: .max, count: Self.size)
        let k = min(Self.shingleWords, words.count)
        for start in 0...(words.count - k) {
            var s: UInt64 = 0x9e37_79b9_7f4a_7c15
            for w in words[start..<(start + k)] { s = Self.mix(s ^ w) }
            for i in 0..<Self.size {
                let v = UInt32(truncatingIfNeeded: Self.mix(s &+ UInt64(i) &* 0x9e37_79b9_7f4a_7c15) >> 32)
                if v < mins[i] { mins[i] = v }
            }
        }
        values = mins
    }

    /// SplitMix64's finaliser.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets (share of equal positions).
    public func similarity(_ other: TextSignature) -> Double {
        var same = 0
        for i in 0..<Self.size where values[i] == other.values[i] { same += 1 }
        return Double(same) / Double(Self.size)
    }

    public func isNearDuplicate(of other: TextSignature) -> Bool {
        similarity(other) >= Self.nearDuplicateThreshold
    }

    /// One key per band (63 bits, so that it fits a signed SQLite integer).
    public var bandKeys: [Int64] {
        (0..<Self.bands).map { b in
            var h: UInt64 = UInt64(b) &* 0x9e37_79b9_7f4a_7c15
            for i in (b * Self.rowsPerBand)..<((b + 1) * Self.rowsPerBand) { h = Self.mix(h ^ UInt64(values[i])) }
            return Int64(bitPattern: h >> 1)
        }
    }

    /// 512 lower-case hex digits (8 per value), as extract's article line carries it.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(Self.size * 8)
        for v in values { for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((v >> UInt32(shift)) & 15)]) } }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads ``hex`` back.
    public init?(hex: String) {
        let b = Array(hex.utf8)
        guard b.count == Self.size * 8 else { return nil }
        var values: [UInt32] = []
        values.reserveCapacity(Self.size)
        for i in 0..<Self.size {
            var v: UInt32 = 0
            for c in b[(i * 8)..<(i * 8 + 8)] {
                let d: UInt8
                switch c {
                case 48...57: d = c - 48
                case 97...102: d = c - 87
                default: return nil
                }
                v = v << 4 | UInt32(d)
            }
            values.append(v)
        }
        self.values = values
    }

    /// The values as 256 bytes, big-endian (how the store keeps them).
    public var bytes: [UInt8] {
        values.flatMap { v in [UInt8(v >> 24), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)] }
    }

    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.size * 4 else { return nil }
        values = (0..<Self.size).map { i in
            UInt32(bytes[4 * i]) << 24 | UInt32(bytes[4 * i + 1]) << 16 | UInt32(bytes[4 * i + 2]) << 8 | UInt32(bytes[4 * i + 3])
        }
    }
}

extension TextSignature: Codable {
    /// Encoded as ``hex``.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let s = TextSignature(hex: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a text signature"))
        }
        self = s
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(hex)
    }
}
