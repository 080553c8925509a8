/// The ties between two actors in one direction, or in both for a ``Dyad``.
public struct KindSummary: Sendable, Hashable {
    public let kind: RelationKind
    /// Distinct events of this kind.
    public var events: Int
    /// Sum of mentions of those events.
    public var mentions: Int
    public var strength: Double
    public var net: Double
    /// How many events of this kind had each modality.
    public var modalities: [Modality: Int]
}

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

    /// Per-kind summaries, strongest first.
    public func kinds(_ measure: TieStrength = TieStrength()) -> [KindSummary] {
        var map: [RelationKind: KindSummary] = [:]
        for e in events {
            var s = map[e.kind] ?? KindSummary(kind: e.kind, events: 0, mentions: 0, strength: 0, net: 0, modalities: [:])
            s.events += 1
            s.mentions += e.mentions
            s.strength += measure.contribution(of: e)
            s.net += measure.signedContribution(of: e)
            s.modalities[e.modality, default: 0] += 1
            map[e.kind] = s
        }
        return map.values.sorted { ($0.strength, $1.kind) > ($1.strength, $0.kind) }
    }

    /// The kinds that make up most of the strength (at least one; those with ≥ 25 % of the strongest).
    public func dominantKinds(_ measure: TieStrength = TieStrength()) -> [RelationKind] {
        let all = kinds(measure)
        guard let top = all.first else { return [] }
        return all.filter { $0.strength >= top.strength * 0.25 && $0.strength > 0 }.map(\.kind)
            .ifEmpty([top.kind])
    }
}

extension Array {
    fileprivate func ifEmpty(_ other: [Element]) -> [Element] { isEmpty ? other : self }
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
            var d = dyadIndex[key] ?? Dyad(a: a, b: b, events: [], strength: 0, net: 0)
            d.events.append(e)
            d.strength += m.contribution(of: e)
            d.net += m.signedContribution(of: e)
            dyadIndex[key] = d
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

    /// Dyads, strongest first (ties broken by ids so the order is stable).
    public var rankedDyads: [Dyad] {
        dyadIndex.values.sorted {
            if $0.strength != $1.strength { return $0.strength > $1.strength }
            return ($0.a.id, $0.b.id) < ($1.a.id, $1.b.id)
        }
    }

    /// Actors adjacent to `id` through any dyad with positive strength.
    public func neighbours(of id: String) -> [String] {
        dyadIndex.values.compactMap { d -> String? in
            guard d.strength > 0 else { return nil }
            if d.a.id == id { return d.b.id }
            if d.b.id == id { return d.a.id }
            return nil
        }.sorted()
    }
}
