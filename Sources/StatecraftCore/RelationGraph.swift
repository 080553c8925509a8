/// An unordered pair of actors with everything that passed between them, both ways.
public struct Dyad: Sendable {
    /// The two actors, `a.id < b.id`.
    public let a: Actor
    public let b: Actor
    /// Events in both directions, oldest first, then by article and sentence.
    public internal(set) var events: [Event]
    public internal(set) var strength: Double
    public internal(set) var net: Double

    /// −1, 0 or +1: the sign of the net score (0 when only neutral or denied events).
    public var sign: Int { net > 1e-9 ? 1 : (net < -1e-9 ? -1 : 0) }
}

/// The relation graph: actors and the events between them, aggregated into dyads.
public struct RelationGraph: Sendable {
    public let measure: TieStrength
    /// Every actor that appears in an event, by id.
    public private(set) var actors: [String: Actor] = [:]
    /// Dyads keyed by "A|B" with A < B.
    public private(set) var dyadIndex: [String: Dyad] = [:]

    /// Builds the graph from events (already one per fact per article).
    public init(events: [Event], measure: TieStrength = TieStrength()) {
        var m = measure
        if m.halfLifeDays != nil, m.reference == nil { m.reference = events.compactMap(\.date).max() }
        self.measure = m
        for e in events where e.source.id != e.target.id {
            actors[e.source.id] = e.source
            actors[e.target.id] = e.target
            let (a, b) = e.source.id < e.target.id ? (e.source, e.target) : (e.target, e.source)
            let key = a.id + "|" + b.id
            // Mutated in place: a copy taken out and stored back would copy the dyad's events on
            // every append (quadratic: minutes for a dyad of 30,000 events).
            if dyadIndex[key] == nil { dyadIndex[key] = Dyad(a: a, b: b, events: [], strength: 0, net: 0) }
            dyadIndex[key]!.events.append(e)
            dyadIndex[key]!.strength += m.contribution(of: e)
            dyadIndex[key]!.net += m.signedContribution(of: e)
        }
        for key in dyadIndex.keys {
            dyadIndex[key]!.events.sort {
                ($0.date?.ordinal ?? Int.min, $0.article, $0.sentence) < ($1.date?.ordinal ?? Int.min, $1.article, $1.sentence)
            }
        }
    }

    /// The dyad between two actors, in either order.
    public func dyad(_ x: String, _ y: String) -> Dyad? {
        dyadIndex[x < y ? x + "|" + y : y + "|" + x]
    }
}
