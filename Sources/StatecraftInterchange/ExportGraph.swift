import StatecraftCore
import StatecraftStore

/// The graph that `statecraft export` writes: actors as nodes, and one link per arc of
/// ``TieGraph`` (source → target) with its strength, net score, event counts by kind and
/// modality, period and best evidence. Built from the store's tie totals, filtered by kind,
/// period and strength. A symmetric kind (pact, talks, cooperation) is split as ``TieGraph``
/// splits it: its events appear on both links of the dyad, each carrying half their strength,
/// so a link's `strength` is the weight `statecraft centrality` and `path` use.
public struct ExportGraph: Sendable {
    /// One actor with the total strength of its links.
    public struct Node: Sendable, Hashable {
        public let actor: Actor
        /// Σ strength of the links from and to it (the sum of its dyads' strengths).
        public var strength: Double
        /// The events it took part in (a symmetric event counted once).
        public var events: Int
    }

    /// Everything that passed from one actor to another.
    public struct Link: Sendable, Hashable {
        public let source: Actor
        public let target: Actor
        /// Σ share × |weight| × modality discount (see ``TieStrength`` and ``TieGraph``).
        public var strength: Double
        /// Σ share × weight × modality discount: above zero mostly cooperative, below mostly conflictual.
        public var net: Double
        public var events: Int
        public var mentions: Int
        /// Events by kind.
        public var kinds: [RelationKind: Int]
        /// Strength by kind (the dominant kind is the strongest).
        public var kindStrength: [RelationKind: Double]
        /// Events by modality.
        public var modalities: [Modality: Int]
        public var firstDate: Day?
        public var lastDate: Day?
        /// The evidence of the weightiest event, its article hash and URL.
        public var evidence: String?
        public var article: String?
        public var url: String?

        /// −1, 0 or +1.
        public var sign: Int { net > 1e-9 ? 1 : (net < -1e-9 ? -1 : 0) }
        /// The strongest kind (ties broken by name).
        public var dominantKind: RelationKind {
            kindStrength.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? kinds.keys.min()!
        }
        /// Kinds, most events first: "visit:2;talks:1".
        public var kindList: String { Self.list(kinds.map { ($0.key.rawValue, $0.value) }) }
        /// Modalities, most events first: "asserted:3;possible:1".
        public var modalityList: String { Self.list(modalities.map { ($0.key.rawValue, $0.value) }) }
        /// Whether every event is asserted (the link is drawn solid).
        public var isFactual: Bool { modalities.keys.allSatisfy { $0 == .asserted } }

        static func list(_ pairs: [(String, Int)]) -> String {
            pairs.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map { "\($0.0):\($0.1)" }.joined(separator: ";")
        }
    }

    /// Nodes by id order.
    public let nodes: [Node]
    /// Links, strongest first (then by ids).
    public let links: [Link]
    public let ontology: RelationOntology

    /// Builds the graph from tie totals; links weaker than `minStrength` are dropped, and so are
    /// actors left without links. `evidence` is keyed by "SOURCE|TARGET".
    public init(totals: [DatedTieTotal], ontology: RelationOntology, minStrength: Double = 0,
                evidence: [String: (evidence: String, article: String, url: String?)] = [:]) {
        self.ontology = ontology
        var byPair: [String: Link] = [:]
        var nodeEvents: [String: Int] = [:]
        for d in totals where d.total.source.id != d.total.target.id {
            let t = d.total
            nodeEvents[t.source.id, default: 0] += t.events
            nodeEvents[t.target.id, default: 0] += t.events
            for arc in TieGraph.shares(source: t.source.id, target: t.target.id, symmetric: ontology[t.kind].symmetric) {
                let key = arc.source + "|" + arc.target
                let (from, to) = arc.source == t.source.id ? (t.source, t.target) : (t.target, t.source)
                var l = byPair[key] ?? Link(source: from, target: to, strength: 0, net: 0, events: 0, mentions: 0,
                                            kinds: [:], kindStrength: [:], modalities: [:], firstDate: nil, lastDate: nil)
                l.strength += arc.share * t.strength
                l.net += arc.share * t.net
                l.events += t.events
                l.mentions += t.mentions
                l.kinds[t.kind, default: 0] += t.events
                l.kindStrength[t.kind, default: 0] += arc.share * t.strength
                l.modalities[t.modality, default: 0] += t.events
                if let f = d.firstDate, l.firstDate.map({ f < $0 }) ?? true { l.firstDate = f }
                if let x = d.lastDate, l.lastDate.map({ x > $0 }) ?? true { l.lastDate = x }
                byPair[key] = l
            }
        }
        var links: [Link] = []
        for (key, var l) in byPair where l.strength >= minStrength {
            // A link that only carries the other half of symmetric events shows their evidence.
            if let e = evidence[key] ?? evidence[l.target.id + "|" + l.source.id] {
                l.evidence = e.evidence
                l.article = e.article
                l.url = e.url
            }
            links.append(l)
        }
        links.sort {
            if abs($0.strength - $1.strength) > 1e-12 { return $0.strength > $1.strength }
            return ($0.source.id, $0.target.id) < ($1.source.id, $1.target.id)
        }
        var nodes: [String: Node] = [:]
        for l in links {
            for a in [l.source, l.target] {
                var n = nodes[a.id] ?? Node(actor: a, strength: 0, events: nodeEvents[a.id] ?? 0)
                n.strength += l.strength
                nodes[a.id] = n
            }
        }
        self.links = links
        self.nodes = nodes.values.sorted { $0.actor.id < $1.actor.id }
    }

    /// The family (cooperation, conflict, neutral) of a link: its dominant kind's.
    public func family(of link: Link) -> RelationFamily { ontology[link.dominantKind].family }

    /// A link's attributes as (name, value) pairs in a fixed order, the optional ones only when
    /// present: what GraphML and GEXF write for every tie.
    func attributes(of l: Link) -> [(name: String, value: String)] {
        var values: [(name: String, value: String)] = [
            ("strength", TextEscaping.number(l.strength)), ("net", TextEscaping.number(l.net)), ("sign", "\(l.sign)"),
            ("events", "\(l.events)"), ("mentions", "\(l.mentions)"), ("dominantKind", l.dominantKind.rawValue),
            ("family", family(of: l).rawValue), ("kinds", l.kindList), ("modalities", l.modalityList),
        ]
        if let d = l.firstDate { values.append(("firstDate", d.description)) }
        if let d = l.lastDate { values.append(("lastDate", d.description)) }
        if let e = l.evidence { values.append(("evidence", e)) }
        if let a = l.article { values.append(("article", a)) }
        if let u = l.url { values.append(("url", u)) }
        return values
    }
}
