import Foundation
import StatecraftCore

/// Events per calendar month, with their strength per relation kind: the timeline of a dyad
/// (or of an actor's ties), as the explorer shows it — ``Timeline`` by month. Every month from the first to the last dated event is listed,
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
        // The one timeline (Timeline), by month, in the explorer's JSON shape.
        let t = Timeline(events: events, by: .month, measure: measure)
        months = t.periods.map { p in
            Month(month: p.start.text(precision: .month), events: p.events, strength: rounded(p.strength), net: rounded(p.net),
                  kinds: Dictionary(uniqueKeysWithValues: p.kinds.map { k, n in
                      (k.rawValue, KindTotal(events: n, strength: rounded(p.kindStrength[k] ?? 0)))
                  }))
        }
        undated = t.undated
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

