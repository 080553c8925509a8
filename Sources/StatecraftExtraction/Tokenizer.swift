/// One token of a text: a word, a number or a punctuation mark, located by byte offsets.
public struct Token: Sendable {
    /// Byte range in the UTF-8 text.
    public var start: Int32
    public var end: Int32
    /// The lexicons' id of the lower-cased, normalised token, or -1 when unknown.
    public var word: Int32
    public var flags: Flags

    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// Letters or digits.
        public static let word = Flags(rawValue: 1)
        /// Starts with an upper-case letter.
        public static let capitalized = Flags(rawValue: 2)
        /// Two or more letters, all upper case.
        public static let allCaps = Flags(rawValue: 4)
        /// A line break precedes the token.
        public static let lineBreakBefore = Flags(rawValue: 8)
        /// Contains a digit.
        public static let digit = Flags(rawValue: 16)
        /// Contains bytes outside ASCII.
        public static let nonASCII = Flags(rawValue: 32)
        /// Whitespace precedes the token.
        public static let spaceBefore = Flags(rawValue: 64)
    }
}

/// Splits UTF-8 text into tokens in one pass over the bytes (no regular expressions).
///
/// Words keep internal periods of abbreviations (`U.S.`, `N.Korea`) and internal
/// apostrophes (`don't`); a possessive `'s` is its own token; hyphens, quotes (straight
/// and curly, normalised to `"` and `'`), dashes and other punctuation are single tokens.
public struct Tokenizer: Sendable {
    let vocabulary: Vocabulary

    init(vocabulary: Vocabulary) { self.vocabulary = vocabulary }

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57)
    }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b + 32 : b }

    /// Length of a multi-byte punctuation sequence at `i` and its ASCII replacement, or nil.
    @inline(__always)
    static func special(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, UInt8)? {
        let b = s[i]
        if b == 0xC2, i + 1 < s.count {
            let c = s[i + 1]
            if c == 0xA0 { return (2, 32) }               // no-break space
            if c == 0xAB || c == 0xBB { return (2, 34) }  // « »
        }
        if b == 0xE2, i + 2 < s.count, s[i + 1] == 0x80 {
            switch s[i + 2] {
            case 0x98, 0x99: return (3, 39)               // ‘ ’
            case 0x9C, 0x9D: return (3, 34)               // “ ”
            case 0x93, 0x94: return (3, 45)               // – —
            case 0xA6: return (3, 46)                     // …
            case 0x8B, 0xAF, 0x89, 0x8A, 0x88: return (3, 32)   // zero-width and thin spaces
            default: return nil
            }
        }
        if b == 0xEF, i + 2 < s.count, s[i + 1] == 0xBB, s[i + 2] == 0xBF { return (3, 32) }  // BOM
        return nil
    }

    /// Tokenizes `bytes`, appending to `tokens`.
    func tokenize(_ s: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        let n = s.count
        var i = 0
        var pendingFlags: Token.Flags = []
        var key: [UInt8] = []
        key.reserveCapacity(64)
        while i < n {
            let b = s[i]
            // Whitespace.
            if b == 32 || b == 9 || b == 13 { pendingFlags.insert(.spaceBefore); i += 1; continue }
            if b == 10 { pendingFlags.insert([.lineBreakBefore, .spaceBefore]); i += 1; continue }
            if b < 32 || b == 127 { pendingFlags.insert(.spaceBefore); i += 1; continue }
            var sp: (Int, UInt8)? = nil
            if b >= 0x80 { sp = Self.special(s, i) }
            if let (len, repl) = sp {
                if repl == 32 { pendingFlags.insert(.spaceBefore); i += len; continue }
                emitPunct(repl, start: i, end: i + len, flags: pendingFlags, into: &tokens)
                pendingFlags = []
                i += len
                continue
            }
            if Self.isAlnum(b) || b >= 0x80 {
                // A word.
                let start = i
                key.removeAll(keepingCapacity: true)
                var flags = pendingFlags.union(.word)
                pendingFlags = []
                var upper = 0, letters = 0
                var segmentLetters = 0, allSegmentsShort = true, periods = 0
                if b >= 65 && b <= 90 { flags.insert(.capitalized) }
                while i < n {
                    let c = s[i]
                    if Self.isAlnum(c) {
                        if c >= 65 && c <= 90 { upper += 1; letters += 1 } else if c >= 97 { letters += 1 } else { flags.insert(.digit) }
                        key.append(Self.lower(c)); segmentLetters += 1; i += 1
                        continue
                    }
                    if c >= 0x80 {
                        if Self.special(s, i) != nil {
                            // Curly apostrophe inside a word.
                            if let (len, repl) = Self.special(s, i), repl == 39, i + len < n, Self.isAlnum(s[i + len]) {
                                if Self.lower(s[i + len]) == 115, i + len + 1 >= n || !Self.isAlnum(s[i + len + 1]) { break }
                                key.append(39); i += len; continue
                            }
                            break
                        }
                        flags.insert(.nonASCII); key.append(c); segmentLetters += 1; letters += 1; i += 1
                        continue
                    }
                    if c == 39, i + 1 < n, Self.isAlnum(s[i + 1]) {
                        // 's is its own token; other apostrophes stay inside (don't, O'Brien).
                        if Self.lower(s[i + 1]) == 115, i + 2 >= n || !Self.isAlnum(s[i + 2]) { break }
                        key.append(39); i += 1; continue
                    }
                    if c == 46, i + 1 < n, Self.isAlnum(s[i + 1]), !flags.contains(.digit) || (s[i + 1] >= 48 && s[i + 1] <= 57) {
                        if segmentLetters > 1 { allSegmentsShort = false }
                        segmentLetters = 0; periods += 1
                        key.append(46); i += 1; continue
                    }
                    if c == 44, flags.contains(.digit), i + 1 < n, s[i + 1] >= 48, s[i + 1] <= 57 {
                        i += 1; continue   // 1,000
                    }
                    break
                }
                if segmentLetters > 1 { allSegmentsShort = false }
                // Trailing period of an abbreviation made of single letters: U.S. U.N.
                if periods >= 1, allSegmentsShort, i < n, s[i] == 46 { key.append(46); i += 1 }
                if letters >= 2 && upper == letters { flags.insert(.allCaps) }
                tokens.append(Token(start: Int32(start), end: Int32(i), word: vocabulary.id(hash: Vocabulary.hash(key)), flags: flags))
                continue
            }
            // Possessive 's after a word.
            if (b == 39), i + 1 < n, Self.lower(s[i + 1]) == 115, i + 2 >= n || !Self.isAlnum(s[i + 2]),
               let last = tokens.last, last.end == Int32(i), last.flags.contains(.word) {
                tokens.append(Token(start: Int32(i), end: Int32(i + 2), word: vocabulary.id("'s"), flags: pendingFlags))
                pendingFlags = []
                i += 2
                continue
            }
            if b == 0xE2 { }
            emitPunct(b == 96 ? 39 : b, start: i, end: i + 1, flags: pendingFlags, into: &tokens)
            pendingFlags = []
            i += 1
        }
        // Curly possessive: handled as a punct "'" followed by "s" word; merge those.
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        let apos = vocabulary.id("'"), sID = vocabulary.id("s"), poss = vocabulary.id("'s")
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            if t.word == apos, apos >= 0, k + 1 < tokens.count, tokens[k + 1].word == sID, sID >= 0,
               !tokens[k].flags.contains(.spaceBefore), !tokens[k + 1].flags.contains(.spaceBefore), !out.isEmpty,
               out[out.count - 1].flags.contains(.word) {
                out.append(Token(start: t.start, end: tokens[k + 1].end, word: poss, flags: []))
                k += 2
                continue
            }
            out.append(t)
            k += 1
        }
        tokens = out
    }

    @inline(__always)
    private func emitPunct(_ c: UInt8, start: Int, end: Int, flags: Token.Flags, into tokens: inout [Token]) {
        tokens.append(Token(start: Int32(start), end: Int32(end), word: vocabulary.id(hash: Vocabulary.hash(CollectionOfOne(c))), flags: flags))
    }

    /// Tokenizes a string (used for lexicon phrases): the lower-cased keys of its tokens.
    static func keys(_ text: String) -> [(key: String, flags: Token.Flags)] {
        var tokens: [Token] = []
        var vocab = Vocabulary()
        let bytes = Array(text.utf8)
        // Collect keys by re-running the tokenizer with a recording vocabulary.
        _ = vocab.intern("'s")
        let tk = Tokenizer(vocabulary: vocab)
        bytes.withUnsafeBufferPointer { tk.tokenize($0, into: &tokens) }
        return tokens.map { t in
            let raw = Array(bytes[Int(t.start)..<Int(t.end)])
            return (normalizedKey(raw, isWord: t.flags.contains(.word)), t.flags)
        }
    }

    /// The key the tokenizer hashes for a token's raw bytes.
    static func normalizedKey(_ raw: [UInt8], isWord: Bool) -> String {
        if !isWord {
            let s = raw.withUnsafeBufferPointer { p -> UInt8 in
                if let (_, r) = special(p, 0) { return r }
                return p[0] == 96 ? 39 : p[0]
            }
            if raw.count == 2, raw[0] == 39 { return "'s" }
            if raw.count == 3, raw[0] == 0xE2 { return String(UnicodeScalar(s)) }
            return raw.count == 1 ? String(UnicodeScalar(s)) : String(decoding: raw, as: UTF8.self).lowercased()
        }
        var out: [UInt8] = []
        var i = 0
        while i < raw.count {
            let c = raw[i]
            if c == 0xE2, i + 2 < raw.count, raw[i + 1] == 0x80, raw[i + 2] == 0x99 || raw[i + 2] == 0x98 { out.append(39); i += 3; continue }
            if c == 44 { i += 1; continue }
            out.append(lower(c)); i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
