/// Line-level clean-up shared by the readers and the extractor: which lines of a news
/// text carry prose and which are furniture (wire credits, URL lines, section headings,
/// repeated title and caption lines).
public enum ArticleLines {
    /// What a line of an article is.
    public enum Role: Equatable, Sendable {
        case prose
        /// `Original URL: https://…` (the payload is the URL).
        case url(String)
        /// A wire-service credit such as `burs-pdw/mlm/sst`.
        case wireCredit
        /// A section heading such as `- Pact with Vietnam -`.
        case heading
        case blank
    }

    /// Classifies one line (without its newline).
    public static func role(of line: Substring) -> Role {
        let t = line.trimmingWhitespace()
        if t.isEmpty { return .blank }
        for prefix in ["Original URL:", "URL:", "Source URL:"] where t.hasPrefix(prefix) {
            return .url(String(t.dropFirst(prefix.count)).trimmingCharacters(in: [" ", "\t"]))
        }
        if t.first == "-", t.last == "-", t.count >= 3 { return .heading }
        if isWireCredit(t) { return .wireCredit }
        return .prose
    }

    /// `burs-pdw/mlm/sst`, `ab/xy`: one lower-case token of letters joined by `/` and `-`, with at least one `/`.
    static func isWireCredit(_ t: Substring) -> Bool {
        guard t.count <= 40, t.contains("/") else { return false }
        return t.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || $0 == "/" || $0 == "-" }
    }

    /// The prose of `text` with furniture removed and each repeated line kept once
    /// (first occurrence), plus the URL found, the number of lines dropped.
    ///
    /// Linear in the text's bytes whatever its line lengths: lines are split on the byte 10 and
    /// repeated lines found by their bytes (a 50 MB one-line article costs one pass, not a
    /// pass per character).
    public static func clean(_ text: String) -> (text: String, url: String?, dropped: Int) {
        var seen = Set<LineKey>()
        var out: [Substring] = []
        var url: String?
        var dropped = 0
        for bytes in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            let l = bytes.last == 13 ? Substring(bytes.dropLast()) : line
            switch role(of: l) {
            case .blank:
                if let last = out.last, !last.isEmpty { out.append("") }
            case .url(let u):
                if url == nil { url = u }
                dropped += 1
            case .wireCredit, .heading:
                dropped += 1
            case .prose:
                if seen.insert(LineKey(l.trimmingWhitespace())).inserted { out.append(l) } else { dropped += 1 }
            }
        }
        while let last = out.last, last.isEmpty { out.removeLast() }
        return (out.joined(separator: "\n"), url, dropped)
    }
}

extension ArticleLines {
    /// The same clean-up as ``clean(_:)`` on UTF-8 bytes, for the extractor's hot path: lines are split on
    /// byte 10, repeated lines are found by a 64-bit hash of their trimmed bytes. Returns the kept bytes
    /// and how many lines were dropped.
    static func cleanBytes(_ text: String) -> (bytes: [UInt8], dropped: Int) {
        var out: [UInt8] = []
        var dropped = 0
        var seen = Set<UInt64>()
        var lastBlank = true
        text.utf8.withContiguousStorageIfAvailable { b in
            out.reserveCapacity(b.count)
            var start = 0
            let n = b.count
            while start <= n {
                var end = start
                while end < n, b[end] != 10 { end += 1 }
                var s = start, e = end
                while s < e, b[s] == 32 || b[s] == 9 || b[s] == 13 { s += 1 }
                while e > s, b[e - 1] == 32 || b[e - 1] == 9 || b[e - 1] == 13 { e -= 1 }
                let len = e - s
                if len == 0 {
                    if !lastBlank { out.append(10); lastBlank = true }
                } else if isURLLine(b, s, e) || len >= 3 && b[s] == 45 && b[e - 1] == 45 || isWireCredit(b, s, e) {
                    dropped += 1
                } else {
                    var h: UInt64 = 0xcbf2_9ce4_8422_2325
                    for i in s..<e { h = (h ^ UInt64(b[i])) &* 0x0000_0100_0000_01B3 }
                    if seen.insert(h).inserted {
                        if !out.isEmpty, out.last != 10 { out.append(10) }
                        for i in start..<end { out.append(b[i]) }
                        out.append(10)
                        lastBlank = false
                    } else {
                        dropped += 1
                    }
                }
                start = end + 1
            }
        } ?? {
            let cleaned = clean(text)
            out = Array(cleaned.text.utf8)
            dropped = cleaned.dropped
        }()
        return (out, dropped)
    }

    private static func isURLLine(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        for prefix in ["Original URL:", "URL:", "Source URL:"] {
            let p = Array(prefix.utf8)
            if e - s >= p.count, (0..<p.count).allSatisfy({ b[s + $0] == p[$0] }) { return true }
        }
        return false
    }

    private static func isWireCredit(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard e - s <= 40 else { return false }
        var slash = false
        for i in s..<e {
            let c = b[i]
            if c == 47 { slash = true; continue }
            if !(c >= 97 && c <= 122) && c != 45 { return false }
        }
        return slash
    }
}

/// A line compared and hashed by its UTF-8 bytes (no copy, no Unicode normalisation).
struct LineKey: Hashable {
    let line: Substring
    init(_ line: Substring) { self.line = line }
    static func == (a: LineKey, b: LineKey) -> Bool { a.line.utf8.elementsEqual(b.line.utf8) }
    func hash(into hasher: inout Hasher) {
        var copy = line
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension Substring {
    /// Without leading and trailing white space (Unicode's: spaces, tabs, line ends, NBSP…),
    /// scanned by scalars so a long line costs nothing beyond its white space.
    func trimmingWhitespace() -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return self[endIndex...] }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return self[first...last]
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
