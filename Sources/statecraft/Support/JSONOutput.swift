import Foundation
import StatecraftCore

/// The JSON form of an actor: `{"id","name","kind"}`.
struct ActorJSON: Codable, Equatable {
    let id: String
    let name: String
    let kind: String

    init(_ actor: Actor) {
        id = actor.id
        name = actor.name
        kind = actor.kind.rawValue
    }
}

/// Writes JSON the same way everywhere: sorted keys, no escaped slashes, one document.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func print<T: Encodable>(_ value: T, pretty: Bool = true) throws {
        try StandardOutput.write(try encode(value, pretty: pretty) + "\n")
    }
}

extension JSONOutput {
    /// A JSON string literal, for the hand-written JSON whose key order is part of a contract
    /// (`extract`, `actors`). Escapes quotes, backslashes, control characters and U+2028/U+2029.
    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A JSON number: whole numbers keep one decimal (`7.0`), others print exactly; non-finite → `null`.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        return x == x.rounded() && abs(x) < 1e15 ? String(format: "%.1f", x) : "\(x)"
    }
}

/// Rounds for display and JSON so outputs are stable across platforms.
func rounded(_ x: Double, _ places: Int = 3) -> Double {
    let p = pow(10.0, Double(places))
    return (x * p).rounded() / p
}
