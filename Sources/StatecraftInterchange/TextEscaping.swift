/// Escaping of untrusted text (actor names, evidence sentences) for the export formats.
public enum TextEscaping {
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

    /// A DOT double-quoted string, quotes included: `\` and `"` escaped, line breaks as `\n`,
    /// other control characters dropped. Nothing in the text can close the string or start an
    /// attribute, edge or subgraph, and escape sequences such as `\N` become literal text.
    public static func dot(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if u.value < 0x20 || u.value == 0x7F { out += " "; continue }
                out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// An RFC 4180 CSV field: quoted (with `"` doubled) when it holds a comma, quote, CR or LF,
    /// or starts or ends with a space.
    public static func csv(_ s: String) -> String {
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
