import Foundation
import StatecraftCore
import StatecraftExtraction

/// Reads a Markdown file as an article: YAML-style front matter (`title:`, `date:`, `url:`)
/// when present, the first `#` heading as the title otherwise; headings, emphasis, inline
/// code marks, images and link targets removed (link text kept), HTML tags stripped.
public struct MarkdownArticleReader: Sendable {
    public init() {}

    public func read(contentsOf url: URL, date: Day? = nil) throws -> Article {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ArticleReadError.unreadable(file: url.path, reason: (error as NSError).localizedDescription)
        }
        var a = parse(try PlainTextArticleReader.decode(data, file: url.path), id: url.deletingPathExtension().lastPathComponent)
        guard !a.text.isEmpty else { throw ArticleReadError.empty(file: url.path) }
        if a.date == nil { a.date = date }
        a.sourcePath = url.path
        return a
    }

    public func parse(_ markdown: String, id: String) -> Article {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        var title: String?, date: Day?, url: String?
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
            for l in lines[1..<end] {
                guard let colon = l.firstIndex(of: ":") else { continue }
                let key = l[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                var value = l[l.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f { value = String(value.dropFirst().dropLast()) }
                switch key {
                case "title": title = value
                case "date", "published", "pubdate": date = Day(value)
                case "url", "link", "source": url = value
                default: break
                }
            }
            lines.removeSubrange(0...end)
        }
        var out: [String] = []
        var inFence = false
        for raw in lines {
            var l = raw.trimmingCharacters(in: .whitespaces)
            if l.hasPrefix("```") || l.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence { continue }
            if l.hasPrefix("#") {
                l = String(l.drop(while: { $0 == "#" })).trimmingCharacters(in: .whitespaces)
                if title == nil, !l.isEmpty { title = Self.inline(l) }
            } else if l.hasPrefix(">") {
                l = String(l.drop(while: { $0 == ">" || $0 == " " }))
            } else if l.hasPrefix("- ") || l.hasPrefix("* ") || l.hasPrefix("+ ") {
                l = String(l.dropFirst(2))
            }
            if l.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" }) && !l.isEmpty { l = "" }
            let cleaned = Self.inline(l)
            if cleaned.isEmpty { if out.last?.isEmpty == false { out.append("") } } else { out.append(cleaned) }
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return Article(id: id, title: title, url: url, date: date, text: out.joined(separator: "\n"))
    }

    /// Inline markup out: `![alt](u)` dropped, `[text](u)` → text, `*`, `_` (at word edges), `` ` `` removed, tags stripped.
    static func inline(_ s: String) -> String {
        let c = Array(s)
        var out = ""
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch == "!", i + 1 < c.count, c[i + 1] == "[", let (_, next) = link(c, from: i + 1) { i = next; continue }
            if ch == "[", let (text, next) = link(c, from: i) { out += inline(text); i = next; continue }
            if ch == "*" || ch == "`" { i += 1; continue }
            if ch == "_" {
                let before = i > 0 ? c[i - 1] : " ", after = i + 1 < c.count ? c[i + 1] : " "
                if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) { i += 1; continue }
            }
            if ch == "<", let close = c[i...].firstIndex(of: ">"), close - i < 200,
               i + 1 < c.count, c[i + 1].isLetter || c[i + 1] == "/" {
                i = close + 1
                continue
            }
            out.append(ch)
            i += 1
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// `[text](target)` starting at `from`: the text and the index after the `)`.
    static func link(_ c: [Character], from: Int) -> (String, Int)? {
        guard c[from] == "[", let close = c[from...].firstIndex(of: "]"), close + 1 < c.count, c[close + 1] == "(",
              let end = c[(close + 1)...].firstIndex(of: ")") else { return nil }
        return (String(c[(from + 1)..<close]), end + 1)
    }
}
