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
        if t.count >= 3, t.first == "-", t.last == "-" { return .heading }
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
    public static func clean(_ text: String) -> (text: String, url: String?, dropped: Int) {
        var seen = Set<Substring>()
        var out: [Substring] = []
        var url: String?
        var dropped = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let l = line.hasSuffix("\r") ? line.dropLast() : line
            switch role(of: l) {
            case .blank:
                if let last = out.last, !last.isEmpty { out.append("") }
            case .url(let u):
                if url == nil { url = u }
                dropped += 1
            case .wireCredit, .heading:
                dropped += 1
            case .prose:
                let key = l.trimmingWhitespace()
                if seen.insert(key).inserted { out.append(l) } else { dropped += 1 }
            }
        }
        while let last = out.last, last.isEmpty { out.removeLast() }
        return (out.joined(separator: "\n"), url, dropped)
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
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
