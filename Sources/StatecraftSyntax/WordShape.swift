/// The hashed spelling features of one word, computed once from its bytes: the form, a
/// normalised form (lower case, digits as 0), prefixes of 1–3 and suffixes of 1–4 bytes,
/// and a shape (`Xxx`, `dd.dd`, `x-x`).
public struct WordShape: Sendable {
    /// The form as written.
    public var form: UInt64 = 0
    /// Lower case, every digit as `0`.
    public var norm: UInt64 = 0
    public var prefix1: UInt64 = 0, prefix2: UInt64 = 0, prefix3: UInt64 = 0
    public var suffix1: UInt64 = 0, suffix2: UInt64 = 0, suffix3: UInt64 = 0, suffix4: UInt64 = 0
    public var shape: UInt64 = 0
    /// Bit 0 capitalised, bit 1 all capitals, bit 2 has a digit, bit 3 has a hyphen, bit 4 no letter.
    public var flags: UInt64 = 0

    public init() {}

    /// The features of the word spelled by `bytes` (UTF-8).
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var formHash = FeatureHash.empty, normHash = FeatureHash.empty, shapeHash = FeatureHash.empty
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var lastShape: UInt8 = 0, run = 0
        var upper = 0, letters = 0, digits = 0, hyphen = false
        let n = bytes.count
        for i in 0..<n {
            let b = bytes[i]
            formHash = (formHash ^ UInt64(b)) &* prime
            var lower = b, shapeByte = b
            if b >= 65 && b <= 90 { lower = b + 32; shapeByte = 88; upper += 1; letters += 1 }        // X
            else if b >= 97 && b <= 122 { shapeByte = 120; letters += 1 }                           // x
            else if b >= 48 && b <= 57 { lower = 48; shapeByte = 100; digits += 1 }                 // d, digits as 0
            else if b >= 0x80 { shapeByte = 117; if b >= 0xC0 { letters += 1 } }                    // u
            else if b == 45 { hyphen = true }
            normHash = (normHash ^ UInt64(lower)) &* prime
            if shapeByte == lastShape { run += 1 } else { run = 1; lastShape = shapeByte }
            if run <= 2 { shapeHash = (shapeHash ^ UInt64(shapeByte)) &* prime }
            if i == 0 { prefix1 = normHash } else if i == 1 { prefix2 = normHash } else if i == 2 { prefix3 = normHash }
        }
        if n < 2 { prefix2 = prefix1 }
        if n < 3 { prefix3 = prefix2 }
        form = formHash
        norm = normHash
        shape = shapeHash
        // Suffixes of the lower-cased bytes (digits kept as they are).
        func suffix(_ k: Int) -> UInt64 {
            var h = FeatureHash.empty ^ UInt64(k)
            for i in max(0, n - k)..<n {
                var b = bytes[i]
                if b >= 65 && b <= 90 { b += 32 }
                h = (h ^ UInt64(b)) &* prime
            }
            return h
        }
        suffix1 = suffix(1); suffix2 = suffix(2); suffix3 = suffix(3); suffix4 = suffix(4)
        var f: UInt64 = 0
        if n > 0, bytes[0] >= 65, bytes[0] <= 90 { f |= 1 }
        if letters >= 2, upper == letters { f |= 2 }
        if digits > 0 { f |= 4 }
        if hyphen { f |= 8 }
        if letters == 0 { f |= 16 }
        flags = f
    }

    /// The features of a word given as a string.
    public init<S: StringProtocol>(word: S) {
        if let shape = word.utf8.withContiguousStorageIfAvailable({ WordShape($0) }) { self = shape; return }
        var copy = String(word)
        self = copy.withUTF8 { WordShape($0) }
    }

    /// Stands for positions outside the sentence.
    static let padding: WordShape = {
        var w = WordShape()
        w.form = 0x5041_4444; w.norm = 0x5041_4444; w.shape = 0x5041_4444
        w.prefix1 = 1; w.prefix2 = 1; w.prefix3 = 1; w.suffix1 = 1; w.suffix2 = 1; w.suffix3 = 1; w.suffix4 = 1
        w.flags = 32
        return w
    }()
}
