/// 64-bit hashing for features: strings are hashed once per word (FNV-1a over bytes), and a
/// feature is a template number mixed with one to three such values, reduced to a row of a
/// weight table. Everything is integer arithmetic; nothing allocates.
enum FeatureHash {
    /// FNV-1a offset basis: the hash of the empty string.
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over bytes.
    @inline(__always)
    static func bytes<S: Sequence>(_ s: S) -> UInt64 where S.Element == UInt8 {
        var h = empty
        for b in s { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// A strong 64-bit finaliser (SplitMix64's).
    @inline(__always)
    static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64) -> UInt64 {
        finalize((template &* 0x9E37_79B9_7F4A_7C15) ^ a)
    }

    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        finalize(mix(template, a) &+ (b &* 0xD6E8_FEB8_6659_FD93))
    }

    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        finalize(mix(template, a, b) &+ (c &* 0xA076_1D64_78BD_642F))
    }
}

/// A seedable random generator (SplitMix64), so that training repeats exactly for a seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.finalize(state)
    }
    /// A uniform double in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
