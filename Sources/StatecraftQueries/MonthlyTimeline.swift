import Foundation
import StatecraftCore

/// Events per calendar month, with their strength per relation kind: the timeline of a dyad
/// (or of an actor's ties). Every month from the first to the last dated event is listed,
/// empty ones included, so a chart's bars are evenly spaced; undated events are counted apart.
///
/// JSON (`/api/timeline/{A}/{B}`):
/// `{"a": {"id","name","kind"}, "b": {…}, "undated": 0, "months": [{"month": "2024-06",
/// "events": 6, "strength": 21.8, "net": 21.8, "kinds": {"pact": {"events": 1, "strength": 8.0}, …}}]}`;
/// strength and net are sums of the events' contributions (``TieStrength``, no decay).
public struct MonthlyTimeline: Sendable {
    public struct KindTotal: Encodable, Sendable, Equatable {
        public var events: Int
        public var strength: Double

        public init(events: Int, strength: Double) {
            self.events = events
            self.strength = strength
        }
    }

    public struct Month: Encodable, Sendable {
        /// `YYYY-MM`.
        public let month: String
        public let events: Int
        public let strength: Double
        public let net: Double
        public let kinds: [String: KindTotal]
    }

    public let months: [Month]
    /// Events without a date (in no month).
    public let undated: Int

    public init(events: [Event], measure: TieStrength = TieStrength()) {
        var byMonth: [Int: (events: Int, strength: Double, net: Double, kinds: [String: KindTotal])] = [:]
        var undated = 0
        for e in events {
            guard let d = e.date else { undated += 1; continue }
            let key = d.year * 12 + (d.month - 1)
            var m = byMonth[key] ?? (0, 0, 0, [:])
            let c = measure.contribution(of: e)
            m.events += 1
            m.strength += c
            m.net += measure.signedContribution(of: e)
            m.kinds[e.kind.rawValue, default: KindTotal(events: 0, strength: 0)].events += 1
            m.kinds[e.kind.rawValue]!.strength += c
            byMonth[key] = m
        }
        var months: [Month] = []
        if let first = byMonth.keys.min(), let last = byMonth.keys.max() {
            for key in first...last {
                let m = byMonth[key] ?? (0, 0, 0, [:])
                months.append(Month(month: String(format: "%04d-%02d", key / 12, key % 12 + 1), events: m.events,
                                    strength: rounded(m.strength), net: rounded(m.net),
                                    kinds: m.kinds.mapValues { KindTotal(events: $0.events, strength: rounded($0.strength)) }))
            }
        }
        self.months = months
        self.undated = undated
    }

    struct JSON: Encodable {
        let a: ActorJSON, b: ActorJSON
        let undated: Int
        let months: [Month]
    }

    /// The dyad timeline document (see the type's documentation).
    public func json(a: Actor, b: Actor) throws -> String {
        try JSONOutput.encode(JSON(a: ActorJSON(a), b: ActorJSON(b), undated: undated, months: months))
    }
}

