import Foundation
import StatecraftCore

/// The JSON form of an actor: `{"id","name","kind"}`.
public struct ActorJSON: Codable, Equatable, Sendable {
    public let id: String
    public let name: String
    public let kind: String

    public init(_ actor: Actor) {
        id = actor.id
        name = actor.name
        kind = actor.kind.rawValue
    }
}

/// Writes JSON the same way everywhere: sorted keys, no escaped slashes, one document.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension JSONOutput {
    /// A JSON string literal (``JSONLiteral/string(_:)``).
    public static func string(_ s: String) -> String { JSONLiteral.string(s) }

    /// A JSON number (``JSONLiteral/number(_:)``).
    public static func number(_ x: Double) -> String { JSONLiteral.number(x) }
}

/// Rounds for display and JSON so outputs are stable across platforms.
public func rounded(_ x: Double, _ places: Int = 3) -> Double {
    let p = pow(10.0, Double(places))
    return (x * p).rounded() / p
}

/// Pretty JSON with keys in a chosen order (JSONSerialization sorts or scrambles them).
public func orderedJSON(_ value: Any, keyOrder: [String], indent: String = "") -> String {
    let inner = indent + "  "
    switch value {
    case let d as [String: Any]:
        if d.isEmpty { return "{}" }
        let keys = d.keys.sorted { a, b in
            let ia = keyOrder.firstIndex(of: a) ?? Int.max, ib = keyOrder.firstIndex(of: b) ?? Int.max
            return ia != ib ? ia < ib : a < b
        }
        let body = keys.map { "\(inner)\(JSONOutput.string($0)): \(orderedJSON(d[$0]!, keyOrder: keyOrder, indent: inner))" }
        return "{\n" + body.joined(separator: ",\n") + "\n\(indent)}"
    case let a as [Any]:
        if a.isEmpty { return "[]" }
        return "[\n" + a.map { inner + orderedJSON($0, keyOrder: keyOrder, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
    case let s as String: return JSONOutput.string(s)
    case let b as Bool: return b ? "true" : "false"
    case let i as Int: return String(i)
    case let x as Double: return JSONOutput.number(x)
    case is NSNull: return "null"
    default: return JSONOutput.string("\(value)")
    }
}

