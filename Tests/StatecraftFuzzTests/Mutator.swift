import StatecraftAnalysis

/// Deterministic byte-level mutations of a seed input (fixed seed: the same cases on every run).
///
/// Each case applies one to four edits: a bit flip, a byte replaced by an "interesting" one (NUL,
/// 0xFF, a quote, a separator, a lone UTF-8 lead or continuation byte), a range deleted, duplicated
/// or truncated, random bytes inserted, or a token spliced in that readers mishandle (huge and
/// non-finite numbers, unterminated strings and comments, deep nesting, control characters).
struct Mutator {
    private var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    static let interestingBytes: [UInt8] = [0, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x27, 0x2C, 0x3A, 0x3C, 0x3E, 0x5B, 0x5D,
                                            0x5C, 0x7B, 0x7D, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xEF, 0xF0, 0xFF]

    static let tokens: [String] = [
        "1e308", "-1e308", "1e309", "NaN", "inf", "-0", "99999999999999999999999", "-9223372036854775808",
        "18446744073709551616", "0x7fffffff", "\"", "\"\"", "\\", "\\u0000", "\\uD800", "{", "}", "[[[[[[[[[[", "]]]]",
        "{\"a\":", "null", "true", ",,,,", "\t\t\t", "\r\n", "\n\n\n", "<!--", "<script>", "</", "<![CDATA[", "&#xFFFFFFFF;",
        "&amp", "#", "```", "# sent_id = 1", "1-2\t", "0\t", "\u{1B}[2J", "\u{FEFF}", "\u{202E}", "\u{FFFE}",
        String(repeating: "a", count: 300), String(repeating: "(", count: 200), "PK\u{03}\u{04}", "PK\u{05}\u{06}",
        "20240619", "99999999", "00000000", "2024-02-30", "2024-06-19..", "+", "=cmd", "word+", "a|b|", "*",
    ]

    mutating func int(_ n: Int) -> Int { n <= 1 ? 0 : Int(rng.next() % UInt64(n)) }

    /// One mutated copy of `seed`.
    mutating func mutate(_ seed: [UInt8]) -> [UInt8] {
        var b = seed
        for _ in 0...int(4) {
            switch int(9) {
            case 0 where !b.isEmpty:  // flip a bit
                b[int(b.count)] ^= UInt8(1) << UInt8(int(8))
            case 1 where !b.isEmpty:  // an interesting byte
                b[int(b.count)] = Self.interestingBytes[int(Self.interestingBytes.count)]
            case 2 where !b.isEmpty:  // delete a range
                let start = int(b.count), length = 1 + int(min(64, b.count - start))
                b.removeSubrange(start..<min(b.count, start + length))
            case 3 where !b.isEmpty:  // duplicate a range
                let start = int(b.count), length = 1 + int(min(256, b.count - start))
                let piece = b[start..<min(b.count, start + length)]
                b.insert(contentsOf: piece, at: int(b.count + 1))
            case 4:  // random bytes
                let n = 1 + int(16)
                b.insert(contentsOf: (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, at: int(b.count + 1))
            case 5 where !b.isEmpty:  // truncate
                b.removeSubrange(int(b.count)...)
            case 6 where b.count > 1:  // swap two bytes
                b.swapAt(int(b.count), int(b.count))
            default:  // a token, at a random place or over a field
                let token = Array(Self.tokens[int(Self.tokens.count)].utf8)
                let at = int(b.count + 1)
                if int(2) == 0, at < b.count {
                    b.replaceSubrange(at..<min(b.count, at + token.count), with: token)
                } else {
                    b.insert(contentsOf: token, at: at)
                }
            }
        }
        return b
    }
}
