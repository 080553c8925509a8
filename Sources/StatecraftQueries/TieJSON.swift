import StatecraftCore

/// A tie as JSON: `{"source","target","strength","net","sign","kinds","events"}`.
public struct TieJSON: Encodable, Sendable {
    public let source: ActorJSON
    public let target: ActorJSON
    public let strength: Double
    public let net: Double
    public let sign: String
    public let kinds: [String]
    public let events: Int

    public init(_ d: DyadScore) {
        source = ActorJSON(d.a)
        target = ActorJSON(d.b)
        strength = rounded(d.strength)
        net = rounded(d.net)
        sign = d.signWord
        kinds = d.dominantKinds.map(\.rawValue)
        events = d.events
    }
}

extension DyadScore {
    /// "cooperative", "conflictual" or "neutral".
    public var signWord: String { sign > 0 ? "cooperative" : (sign < 0 ? "conflictual" : "neutral") }
}
