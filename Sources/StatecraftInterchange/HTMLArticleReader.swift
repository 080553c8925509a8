import Foundation
import StatecraftCore
import StatecraftExtraction

/// Reads an HTML page as an article: markup stripped (scripts, styles and comments dropped,
/// block elements as line breaks, entities decoded), the title from `<title>` (or `og:title`),
/// the date from metadata (`article:published_time`, `datePublished`, `date`, `pubdate`,
/// `DC.date`, or the first `<time datetime>`), the URL from `<link rel="canonical">` or `og:url`.
/// Linear in the input; no regular expressions.
public struct HTMLArticleReader: Sendable {
    public init() {}

    /// What a page says about itself besides its text.
    public struct Page: Sendable, Equatable {
        public var text: String
        public var title: String?
        public var date: Day?
        public var url: String?
    }

    static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table", "section",
        "article", "header", "footer", "blockquote", "pre", "hr", "figcaption", "figure", "main", "aside", "nav", "dd", "dt",
    ]
    static let skippedTags: Set<String> = ["script", "style", "noscript", "template", "svg"]
    static let dateNames: Set<String> = [
        "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date",
        "dc.date.issued", "dcterms.date", "dcterms.created", "og:published_time", "sailthru.date",
    ]

    /// Parses HTML text.
    public func parse(_ html: String) -> Page {
        let b = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count / 2)
        var title: String?, ogTitle: String?, date: Day?, timeDate: Day?, url: String?
        var i = 0
        let n = b.count
        var inTitle = false
        var titleBytes: [UInt8] = []
        while i < n {
            let c = b[i]
            if c == 0x3C /* < */ {
                // Comments and doctype.
                if i + 3 < n, b[i + 1] == 0x21, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
                    i = Self.find([0x2D, 0x2D, 0x3E], in: b, from: i + 4).map { $0 + 3 } ?? n
                    continue
                }
                guard let end = Self.tagEnd(b, from: i + 1) else { out.append(c); i += 1; continue }
                let tag = Self.parseTag(b[(i + 1)..<end])
                i = end + 1
                guard let tag else { continue }
                if !tag.closing && Self.skippedTags.contains(tag.name) {
                    // Skip to the matching close tag.
                    let close = Array("</\(tag.name)".utf8)
                    if let j = Self.findCaseless(close, in: b, from: i) {
                        i = Self.tagEnd(b, from: j + 1).map { $0 + 1 } ?? n
                    } else { i = n }
                    continue
                }
                switch tag.name {
                case "title":
                    inTitle = !tag.closing
                    if tag.closing, title == nil {
                        title = Self.decode(titleBytes).trimmingCharacters(in: .whitespacesAndNewlines)
                        if title?.isEmpty == true { title = nil }
                    }
                case "meta":
                    let key = (tag.attributes["property"] ?? tag.attributes["name"] ?? tag.attributes["itemprop"] ?? "").lowercased()
                    let content = tag.attributes["content"].map { Self.decode(Array($0.utf8)) }
                    if let content {
                        if Self.dateNames.contains(key), date == nil { date = Day(content.trimmingCharacters(in: .whitespaces)) }
                        if key == "og:title", ogTitle == nil { ogTitle = content }
                        if key == "og:url", url == nil { url = content }
                    }
                case "link":
                    if tag.attributes["rel"]?.lowercased() == "canonical", let h = tag.attributes["href"] { url = Self.decode(Array(h.utf8)) }
                case "time":
                    if timeDate == nil, let d = tag.attributes["datetime"] { timeDate = Day(d.trimmingCharacters(in: .whitespaces)) }
                default:
                    if Self.blockTags.contains(tag.name) { out.append(0x0A) }
                }
                continue
            }
            if inTitle { titleBytes.append(c) } else { out.append(c) }
            i += 1
        }
        let text = Self.decode(out)
        // Collapse spaces inside lines; keep paragraph breaks.
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" })
            let joined = words.joined(separator: " ")
            if joined.isEmpty { if lines.last?.isEmpty == false { lines.append("") } } else { lines.append(joined) }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return Page(text: lines.joined(separator: "\n"), title: title ?? ogTitle, date: date ?? timeDate, url: url)
    }

    /// Reads an HTML file as an article (`date` when the page has none).
    public func read(contentsOf url: URL, date: Day? = nil) throws -> Article {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ArticleReadError.unreadable(file: url.path, reason: (error as NSError).localizedDescription)
        }
        let page = parse(try PlainTextArticleReader.decode(data, file: url.path))
        guard !page.text.isEmpty else { throw ArticleReadError.empty(file: url.path) }
        return Article(id: url.deletingPathExtension().lastPathComponent, title: page.title, url: page.url,
                       date: page.date ?? date, text: page.text, sourcePath: url.path)
    }

    struct Tag { let name: String; let closing: Bool; let attributes: [String: String] }

    /// The index of the `>` ending a tag that starts after `<` at `from`, honouring quotes; nil if not a tag.
    static func tagEnd(_ b: [UInt8], from: Int) -> Int? {
        guard from < b.count else { return nil }
        let first = b[from]
        let isLetter = (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A)
        guard isLetter || first == 0x2F || first == 0x21 || first == 0x3F else { return nil }
        var quote: UInt8 = 0
        var j = from
        while j < b.count {
            let c = b[j]
            if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == 0x3E { return j }
            j += 1
        }
        return nil
    }

    static func parseTag(_ s: ArraySlice<UInt8>) -> Tag? {
        var i = s.startIndex
        var closing = false
        if i < s.endIndex, s[i] == 0x2F { closing = true; i += 1 }
        if i < s.endIndex, s[i] == 0x21 || s[i] == 0x3F { return nil }  // <!DOCTYPE>, <?xml?>
        let nameStart = i
        while i < s.endIndex, !Self.isSpace(s[i]), s[i] != 0x2F { i += 1 }
        let name = String(decoding: s[nameStart..<i], as: UTF8.self).lowercased()
        guard !name.isEmpty else { return nil }
        var attrs: [String: String] = [:]
        while i < s.endIndex {
            while i < s.endIndex, Self.isSpace(s[i]) || s[i] == 0x2F { i += 1 }
            let ks = i
            while i < s.endIndex, !Self.isSpace(s[i]), s[i] != 0x3D, s[i] != 0x2F { i += 1 }
            let key = String(decoding: s[ks..<i], as: UTF8.self).lowercased()
            while i < s.endIndex, Self.isSpace(s[i]) { i += 1 }
            var value = ""
            if i < s.endIndex, s[i] == 0x3D {
                i += 1
                while i < s.endIndex, Self.isSpace(s[i]) { i += 1 }
                if i < s.endIndex, s[i] == 0x22 || s[i] == 0x27 {
                    let q = s[i]
                    i += 1
                    let vs = i
                    while i < s.endIndex, s[i] != q { i += 1 }
                    value = String(decoding: s[vs..<i], as: UTF8.self)
                    if i < s.endIndex { i += 1 }
                } else {
                    let vs = i
                    while i < s.endIndex, !Self.isSpace(s[i]) { i += 1 }
                    value = String(decoding: s[vs..<i], as: UTF8.self)
                }
            }
            if !key.isEmpty, attrs[key] == nil { attrs[key] = value }
            if ks == i { i += 1 }
        }
        return Tag(name: name, closing: closing, attributes: attrs)
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

    static func find(_ needle: [UInt8], in b: [UInt8], from: Int) -> Int? {
        guard needle.count <= b.count else { return nil }
        var i = from
        while i + needle.count <= b.count {
            if b[i] == needle[0], Array(b[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    static func findCaseless(_ needle: [UInt8], in b: [UInt8], from: Int) -> Int? {
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
        var i = from
        while i + needle.count <= b.count {
            var k = 0
            while k < needle.count, lower(b[i + k]) == lower(needle[k]) { k += 1 }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "laquo": "«", "raquo": "»",
        "eacute": "é", "egrave": "è", "aacute": "á", "oacute": "ó", "uacute": "ú", "iacute": "í", "ntilde": "ñ",
        "ouml": "ö", "uuml": "ü", "auml": "ä", "ccedil": "ç", "copy": "©", "reg": "®", "euro": "€", "pound": "£",
    ]

    /// Decodes UTF-8 bytes with HTML character references (`&amp;`, `&#8217;`, `&#x2019;`).
    static func decode(_ bytes: [UInt8]) -> String {
        let s = String(decoding: bytes, as: UTF8.self)
        guard s.contains("&") else { return s }
        var out = ""
        var it = s[...]
        while let amp = it.firstIndex(of: "&") {
            out += it[..<amp]
            let rest = it[it.index(after: amp)...]
            if let semi = rest.prefix(12).firstIndex(of: ";") {
                let name = rest[..<semi]
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    replacement = entities[String(name)]
                }
                if let replacement {
                    out += replacement
                    it = rest[rest.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            it = rest
        }
        out += it
        return out
    }
}
