/// JSON literals for hand-written JSON whose key order is part of a contract (`extract` lines,
/// `actors`): one escaping rule for every writer.
package enum JSONLiteral {
    /// A JSON string literal: quotes, backslashes, control characters and U+2028/U+2029 escaped.
    public static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A JSON number that reads back to the same Double: whole numbers keep one decimal (`7.0`),
    /// others print their shortest exact form; non-finite → `null`.
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        return x == x.rounded() && abs(x) < 1e15 ? "\(Int(x)).0" : "\(x)"
    }
}
