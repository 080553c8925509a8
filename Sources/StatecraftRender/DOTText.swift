/// Turns untrusted text (actor names, evidence sentences from articles) into DOT that
/// neither breaks the DOT syntax nor injects markup into Graphviz's SVG.
///
/// What Graphviz does to a quoted string, and why each rule below exists (checked on 2.42):
/// - The DOT lexer ends the string at an unescaped `"`: quotes become `\"`.
/// - Labels and tooltips then go through escape substitution (`\N` → the node's name,
///   `\G`, `\E`, `\n`, `\l`...) once or twice depending on the attribute: a backslash in
///   article text cannot be encoded reliably, so it is shown as `∖` (U+2216, which looks alike).
/// - HTML entities are decoded (`&amp;` → `&`, `&nbsp;` → U+00A0) before the SVG writer
///   escapes `&`, `<`, `>`, `"` and `-`: a literal `&` is written `&amp;` so article text
///   such as `&lt;` or `AT&T` reaches the reader as written, never as markup.
/// - Control characters are not allowed in XML 1.0: they become spaces, as do line breaks
///   (the writer adds its own with ``newline``). U+FFFE and U+FFFF become U+FFFD.
/// `<`, `>`, `{`, `}`, `->` and `]]>` need nothing in a quoted string: the SVG writer
/// escapes `<` and `>`, and braces and arrows mean nothing inside quotes.
public enum DOTText {
    /// The escape the writer puts between lines of a label or tooltip.
    public static let newline = "\\n"

    /// The body of a DOT quoted string (without the quotes) showing `text` literally.
    public static func escaped(_ text: String) -> String { cleaned(text, forLabel: true) }

    /// `text` as a DOT quoted string, quotes included.
    public static func quoted(_ text: String) -> String { "\"" + escaped(text) + "\"" }

    /// Lines joined with the label line break, each escaped, as a DOT quoted string.
    public static func quoted(lines: [String]) -> String {
        "\"" + lines.map(escaped).joined(separator: newline) + "\""
    }

    /// Text for an xdot text operation (`T x y j w n -text`) in `_background`: the same
    /// control-character and backslash rules as ``escaped(_:)``, but `&` stays (xdot text is
    /// not entity-decoded; the SVG writer escapes it). Quote the whole xdot string with ``quotedXDot(_:)``.
    public static func xdotText(_ text: String) -> String { cleaned(text, forLabel: false) }

    /// The rules both share: control characters become one space, a backslash becomes `∖` (so no escape
    /// sequence can start), U+FFFE/U+FFFF become U+FFFD; a label also escapes `"` and entity-encodes `&`.
    private static func cleaned(_ text: String, forLabel: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = scalar == " "
            switch scalar {
            case "\"" where forLabel: out.append("\\\"")
            case "&" where forLabel: out.append("&amp;")
            case "\\": out.append("\u{2216}")
            case "\u{FFFE}", "\u{FFFF}": out.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An xdot drawing (built from ``xdotText(_:)`` texts, so without backslashes) as DOT
    /// quoted strings of at most about 2,000 characters joined with `+`: the `dot`
    /// program's lexer (2.42) rejects a quoted string longer than 16,384 bytes.
    public static func quotedXDot(_ ops: String) -> String {
        let escaped = ops.replacingOccurrences(of: "\"", with: "\\\"")
        var chunks: [String] = []
        var current = ""
        for ch in escaped {
            current.append(ch)
            // Cut after a space, never inside a `\"` escape.
            if current.utf8.count >= 2000, ch == " " { chunks.append(current); current = "" }
        }
        chunks.append(current)
        return chunks.map { "\"" + $0 + "\"" }.joined(separator: " +\n\t\t")
    }

    /// A DOT identifier and SVG `id` built from arbitrary parts: letters, digits and `_`
    /// pass, every other byte becomes `.XX` (hex of its UTF-8 bytes), and parts are
    /// joined with `-`. Equal parts give equal ids; different parts never collide.
    public static func identifier(_ parts: String...) -> String {
        parts.map { part in
            var out = ""
            for byte in part.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                default:
                    out += "." + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
            return out
        }.joined(separator: "-")
    }
}

extension String {
    fileprivate func leftPadded(to n: Int) -> String {
        count >= n ? self : String(repeating: "0", count: n - count) + self
    }
}
