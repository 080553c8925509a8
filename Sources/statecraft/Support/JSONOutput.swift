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
        Swift.print(try encode(value, pretty: pretty))
    }
}

/// Rounds for display and JSON so outputs are stable across platforms.
func rounded(_ x: Double, _ places: Int = 3) -> Double {
    let p = pow(10.0, Double(places))
    return (x * p).rounded() / p
}
