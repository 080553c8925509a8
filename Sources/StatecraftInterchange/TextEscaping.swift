/// Escaping of untrusted text (actor names, evidence sentences) for the export formats.
enum TextEscaping {
    /// XML character data or attribute value: `& < > " '` escaped, characters XML 1.0
    /// forbids (control characters other than tab, line feed, carriage return; U+FFFE, U+FFFF) dropped.
    public static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out += "&#\(u.value);"
            case "\r": out += "&#13;"
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// The longest DOT string written, in UTF-8 bytes: the `dot` program's lexer (2.42) rejects
    /// a quoted string over 16,384 bytes. Longer text is cut there and ends with "…".
    public static let dotStringLimit = 16_000

    /// A DOT double-quoted string, quotes included: `"` escaped, line breaks as `\n`, other
    /// control characters as spaces, U+FFFE and U+FFFF dropped (they make the SVG that `dot`
    /// writes ill-formed). A backslash becomes `∖` (U+2216, which looks alike): Graphviz expands
    /// escapes such as `\N` and `\G` in tooltips even when the backslash itself is escaped, so
    /// no backslash from data reaches it. Nothing in the text can close the string or start an
    /// attribute, edge or subgraph. At most ``dotStringLimit`` bytes.
    public static func dot(_ s: String) -> String {
        var out = "\""
        var bytes = 0
        for u in s.unicodeScalars {
            let piece: String
            switch u {
            case "\\": piece = "\u{2216}"
            case "\"": piece = "\\\""
            case "\n": piece = "\\n"
            case "\r", "\u{FFFE}", "\u{FFFF}": continue
            default: piece = u.value < 0x20 || u.value == 0x7F ? " " : String(u)
            }
            bytes += piece.utf8.count
            if bytes > dotStringLimit - 3 {
                out += "…"
                break
            }
            out += piece
        }
        return out + "\""
    }

    /// An RFC 4180 CSV field: quoted (with `"` doubled) when it holds a comma, quote, CR or LF,
    /// or starts or ends with a space. Text that a spreadsheet would run as a formula (it starts
    /// with `=`, `+`, `-`, `@`, a tab or a carriage return and is not a number) gets a leading `'`.
    public static func csv(_ value: String) -> String {
        var s = value
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(s)?.isFinite != true {
            s = "'" + s
        }
        let needs = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || s.hasPrefix(" ") || s.hasSuffix(" ")
        guard needs else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number for text formats: integers without a fraction, others with up to 6 decimals;
    /// magnitudes from 1e15 in exponent form (`1e+20`); non-finite values as XML Schema's
    /// `INF`, `-INF` and `NaN` (weights are bounded at import, so only damaged stores have them).
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : x < 0 ? "-INF" : "INF" }
        guard abs(x) < 1e15 else { return "\(x)" }
        if x == x.rounded() { return String(Int(x)) }
        var s = String(format6: x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}

extension String {
    /// `x` with six decimals, without Foundation's locale-dependent formatting.
    init(format6 x: Double) {
        let negative = x < 0
        let scaled = (abs(x) * 1_000_000).rounded()
        let whole = Int(scaled / 1_000_000)
        let frac = Int(scaled.truncatingRemainder(dividingBy: 1_000_000))
        let f = String(frac)
        self = (negative ? "-" : "") + String(whole) + "." + String(repeating: "0", count: 6 - f.count) + f
    }
}
