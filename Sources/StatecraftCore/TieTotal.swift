/// Running totals of the events from one actor to another of one kind and modality,
/// the unit the store keeps so that ranking ties needs no scan of events.
public struct TieTotal: Sendable, Hashable {
    public let source: Actor
    public let target: Actor
    public let kind: RelationKind
    public let modality: Modality
    public let events: Int
    public let mentions: Int
    /// Σ |weight| over the events.
    public let absWeight: Double
    /// Σ weight over the events.
    public let signedWeight: Double

    public init(source: Actor, target: Actor, kind: RelationKind, modality: Modality, events: Int, mentions: Int,
                absWeight: Double, signedWeight: Double) {
        self.source = source
        self.target = target
        self.kind = kind
        self.modality = modality
        self.events = events
        self.mentions = mentions
        self.absWeight = absWeight
        self.signedWeight = signedWeight
    }

    /// Σ over the events of |weight| × discount (``TieStrength`` without decay).
    public var strength: Double { absWeight * modality.discount }
    /// Σ over the events of weight × discount.
    public var net: Double { signedWeight * modality.discount }
}

extension TieTotal {
    /// Sums events into totals per directed pair, kind and modality; background events (history
    /// the text recalls) count nothing and are left out.
    public static func summing(_ events: [Event]) -> [TieTotal] {
        var map: [String: TieTotal] = [:]
        for e in events where !e.background {
            let key = "\(e.source.id)|\(e.target.id)|\(e.kind.rawValue)|\(e.modality.rawValue)"
            let old = map[key]
            map[key] = TieTotal(source: e.source, target: e.target, kind: e.kind, modality: e.modality,
                                events: (old?.events ?? 0) + 1, mentions: (old?.mentions ?? 0) + e.mentions,
                                absWeight: (old?.absWeight ?? 0) + abs(e.weight),
                                signedWeight: (old?.signedWeight ?? 0) + e.weight)
        }
        return map.keys.sorted().map { map[$0]! }
    }
}
