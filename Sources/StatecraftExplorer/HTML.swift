import Foundation

/// Turning data into HTML that stays text: every string from the store, the dictionary or
/// the request goes through ``escape(_:)`` (element content and double-quoted attribute
/// values alike), and only `http:`/`https:` URLs ever become links.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` as character references; control characters
    /// other than tab and newline become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `url` when it is an absolute `http:` or `https:` URL with a host (so never
    /// `javascript:`, `data:` or a relative path), else nil.
    static func externalURL(_ url: String?) -> String? {
        guard let url, let components = URLComponents(string: url.trimmingCharacters(in: .whitespaces)),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return nil }
        return components.string
    }

    /// A link to an article's source when its URL is a web URL; the URL as plain text otherwise.
    static func sourceLink(_ url: String?, text: String) -> String {
        if let safe = externalURL(url) {
            return "<a href=\"\(escape(safe))\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">\(escape(text))</a>"
        }
        if let url, !url.isEmpty { return escape(text) + " <span class=\"muted\">(\(escape(url)))</span>" }
        return escape(text)
    }

    /// A path segment from arbitrary text: everything but letters, digits, `-`, `_`, `.` and `~` percent-encoded.
    static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// A query value: like ``pathSegment(_:)``.
    static func queryValue(_ text: String) -> String { pathSegment(text) }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")

    /// `1,234` style numbers for counts.
    static func count(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, ch) in s.reversed().enumerated() {
            if i > 0, i % 3 == 0, ch != "-" { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed())
    }

    /// A number with one decimal (`21.8`), or a signed one (`+21.8`).
    static func number(_ x: Double, signed: Bool = false) -> String {
        String(format: signed ? "%+.1f" : "%.1f", x)
    }
}
