/// The directed weighted graph of ties that every command works on (`ties`, `relations`,
/// `path`, `centrality`, `blocs`, `balance`, `changes`, `render`, `export`, the explorer).
///
/// Nodes are the actors; the arc `A → B` carries the contributions (``TieStrength``) of the
/// events from A to B. A **symmetric** kind (pact, talks, cooperation: see
/// ``RelationDefinition/symmetric``) is mutual whichever actor the sentence named first, so its
/// contribution is split: half on `A → B`, half on `B → A`. Hence, for every dyad,
///
///     w(A → B) + w(B → A) = the dyad's strength (``Dyad/strength``, ``DyadScore/strength``)
///
/// and an actor's total strength (in + out) is the sum of the strengths of its dyads, whatever
/// the command. Three weights ride on each arc: `strength` (Σ share × c), `net` (Σ share ×
/// sign(weight) × c) and `cooperative` (Σ share × c over events with a positive weight, the
/// graph `blocs` partitions). Self-ties are left out.
public struct TieGraph: Sendable {
    /// One directed arc and what it carries.
    public struct Arc: Sendable, Hashable {
        public let source: Actor
        public let target: Actor
        /// Σ share × |weight| × discount × decay.
        public internal(set) var strength: Double
        /// Σ share × weight × discount × decay.
        public internal(set) var net: Double
        /// Like `strength`, over the events with a positive weight only.
        public internal(set) var cooperative: Double
        /// The events the arc carries (a symmetric event rides on both arcs of its dyad).
        public internal(set) var events: Int
    }

    /// The arcs an event from `source` to `target` of a kind feeds, with the share of its
    /// contribution each carries: `[(source, target, 1)]`, or for a symmetric kind
    /// `[(source, target, 0.5), (target, source, 0.5)]`. The one place the split is decided.
    public static func shares(source: String, target: String, symmetric: Bool) -> [(source: String, target: String, share: Double)] {
        symmetric ? [(source, target, 0.5), (target, source, 0.5)] : [(source, target, 1)]
    }

    /// Actors with at least one arc, by id.
    public let actors: [Actor]
    /// Arcs ordered by source id, then target id.
    public let arcs: [Arc]

    /// The graph of a relation graph's events, with its measure (decay included).
    public init(relations graph: RelationGraph, ontology: RelationOntology) {
        var map: [String: Arc] = [:]
        for dyad in graph.dyadIndex.values {
            for e in dyad.events {
                let c = graph.measure.contribution(of: e)
                Self.add(&map, e.source, e.target, symmetric: ontology[e.kind].symmetric,
                         strength: c, net: graph.measure.signedContribution(of: e), cooperative: e.weight > 0 ? c : 0,
                         events: 1)
            }
        }
        self.init(map)
    }

    /// The graph of the store's running totals (no decay).
    public init(totals: [TieTotal], ontology: RelationOntology) {
        var map: [String: Arc] = [:]
        for t in totals where t.source.id != t.target.id {
            // A total mixes signs only when imported weights differ within a kind: split it as its sums say.
            let positive = (t.absWeight + t.signedWeight) / 2 * t.modality.discount
            Self.add(&map, t.source, t.target, symmetric: ontology[t.kind].symmetric, strength: t.strength, net: t.net,
                     cooperative: positive, events: t.events)
        }
        self.init(map)
    }

    private init(_ map: [String: Arc]) {
        arcs = map.values.sorted { ($0.source.id, $0.target.id) < ($1.source.id, $1.target.id) }
        var seen: [String: Actor] = [:]
        for a in arcs {
            seen[a.source.id] = a.source
            seen[a.target.id] = a.target
        }
        actors = seen.values.sorted { $0.id < $1.id }
    }

    private static func add(_ map: inout [String: Arc], _ source: Actor, _ target: Actor, symmetric: Bool,
                            strength: Double, net: Double, cooperative: Double, events: Int) {
        guard source.id != target.id else { return }
        for (s, t, share) in shares(source: source.id, target: target.id, symmetric: symmetric) {
            let key = s + "|" + t
            let (from, to) = s == source.id ? (source, target) : (target, source)
            var arc = map[key] ?? Arc(source: from, target: to, strength: 0, net: 0, cooperative: 0, events: 0)
            arc.strength += share * strength
            arc.net += share * net
            arc.cooperative += share * cooperative
            arc.events += events
            map[key] = arc
        }
    }

    /// The arc from one actor to another, if any.
    public func arc(from source: String, to target: String) -> Arc? {
        arcs.first { $0.source.id == source && $0.target.id == target }
    }

    /// Each actor's total strength (in + out): the sum of the strengths of its dyads.
    public var totalStrength: [String: Double] {
        var out: [String: Double] = [:]
        for a in arcs {
            out[a.source.id, default: 0] += a.strength
            out[a.target.id, default: 0] += a.strength
        }
        return out
    }
}
