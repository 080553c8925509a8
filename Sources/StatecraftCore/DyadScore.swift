/// The ranking summary of a dyad: how strong the tie between two actors is, its sign,
/// and what it is made of.
public struct DyadScore: Sendable, Hashable {
    /// One kind's share of the dyad.
    public struct Part: Sendable, Hashable {
        public let kind: RelationKind
        public let events: Int
        public let strength: Double
        public let net: Double
    }

    /// The two actors, `a.id < b.id`.
    public let a: Actor
    public let b: Actor
    public let strength: Double
    public let net: Double
    public let events: Int
    /// Kinds, strongest first.
    public let parts: [Part]

    /// −1, 0 or +1: the sign of the net score.
    public var sign: Int { net > 1e-9 ? 1 : (net < -1e-9 ? -1 : 0) }

    /// The kinds that carry the tie: the strongest, and every other with at least a quarter of its strength.
    public var dominantKinds: [RelationKind] {
        guard let top = parts.first else { return [] }
        let strong = parts.filter { $0.strength > 0 && $0.strength >= top.strength * 0.25 }.map(\.kind)
        return strong.isEmpty ? [top.kind] : strong
    }

    /// Ranks dyads from the store's running totals, strongest first (ties by ids).
    public static func rank(_ totals: [TieTotal]) -> [DyadScore] {
        var groups: [String: (Actor, Actor, [TieTotal])] = [:]
        for t in totals where t.source.id != t.target.id {
            let (a, b) = t.source.id < t.target.id ? (t.source, t.target) : (t.target, t.source)
            groups[a.id + "|" + b.id, default: (a, b, [])].2.append(t)
        }
        return sorted(groups.values.map { a, b, ts in
            var parts: [RelationKind: (Int, Double, Double)] = [:]
            for t in ts {
                let p = parts[t.kind] ?? (0, 0, 0)
                parts[t.kind] = (p.0 + t.events, p.1 + t.strength, p.2 + t.net)
            }
            return make(a, b, parts)
        })
    }

    /// Ranks the dyads of a relation graph (events, with its decay), strongest first.
    public static func rank(_ graph: RelationGraph) -> [DyadScore] {
        sorted(graph.dyadIndex.values.map { d in
            var parts: [RelationKind: (Int, Double, Double)] = [:]
            for e in d.events {
                let p = parts[e.kind] ?? (0, 0, 0)
                parts[e.kind] = (p.0 + 1, p.1 + graph.measure.contribution(of: e), p.2 + graph.measure.signedContribution(of: e))
            }
            return make(d.a, d.b, parts)
        })
    }

    private static func make(_ a: Actor, _ b: Actor, _ parts: [RelationKind: (Int, Double, Double)]) -> DyadScore {
        let list = parts.map { Part(kind: $0.key, events: $0.value.0, strength: $0.value.1, net: $0.value.2) }
            .sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.kind < $1.kind }
        return DyadScore(a: a, b: b, strength: list.reduce(0) { $0 + $1.strength },
                         net: list.reduce(0) { $0 + $1.net }, events: list.reduce(0) { $0 + $1.events }, parts: list)
    }

    private static func sorted(_ list: [DyadScore]) -> [DyadScore] {
        list.sorted {
            if abs($0.strength - $1.strength) > 1e-12 { return $0.strength > $1.strength }
            return ($0.a.id, $0.b.id) < ($1.a.id, $1.b.id)
        }
    }
}
