import StatecraftCore

/// What a map draws, before any layout: actors with their importance, and edges that
/// bundle the events of a dyad, with everything their tooltips and styles need.
///
/// **Edges.** The overview maps draw one edge per dyad, relation family and
/// factuality (asserted, or not: intended, possible, alleged, hypothetical, denied).
/// One edge per kind would draw five parallel curves between Russia and North Korea on
/// the seed; the eye reads colour families, not twenty kinds. Splitting by factuality
/// keeps a merely possible arms transfer visibly dashed instead of folding it into the
/// solid pact. A dyad view draws one edge per kind, modality and direction: it has room,
/// and the point there is every typed tie with its evidence.
public struct RelationMap: Sendable {
    /// How finely a dyad's events are split into edges.
    public enum Grouping: Sendable {
        case family, kind
    }

    /// Which way an edge points, relative to its dyad's `a` → `b` (ids in order).
    public enum Direction: String, Sendable {
        case forward, back, both, none
    }

    /// One kind within an edge, for labels and tooltips.
    public struct KindCount: Sendable, Hashable {
        public let kind: RelationKind
        public let events: Int
        public let mentions: Int
        /// Modalities with their event counts, in ``Modality`` order.
        public let modalities: [(Modality, Int)]
        public let directions: Direction

        public static func == (l: KindCount, r: KindCount) -> Bool { l.kind == r.kind && l.events == r.events }
        public func hash(into h: inout Hasher) { h.combine(kind); h.combine(events) }
    }

    public struct Node: Sendable {
        public let actor: Actor
        /// Sum of the strengths of the actor's ties on the map.
        public let strength: Double
        /// The importance that sizes the node: PageRank scaled to 0...1 (see ``MapCentrality``).
        public let centrality: Double
        /// How many other actors on the map it has ties with.
        public let partners: Int
        /// Events on the map that involve the actor.
        public let events: Int
        /// The strongest event involving the actor (its evidence goes in the tooltip).
        public let bestEvent: Event?
    }

    public struct Edge: Sendable {
        public let a: Actor
        public let b: Actor
        public let family: RelationFamily
        /// Whether the edge's events are stated as facts (asserted).
        public let factual: Bool
        /// Set for kind grouping.
        public let kind: RelationKind?
        /// Set for kind grouping.
        public let modality: Modality?
        public let direction: Direction
        public let events: [Event]
        public let kinds: [KindCount]
        public let strength: Double
        /// Mean |weight| of the events (0...10): how intense the family's acts are.
        public let intensity: Double
        public let bestEvent: Event
        /// A stable id: dyad, then family and factuality, or kind, modality and direction.
        public var id: String {
            if let kind, let modality {
                return DOTText.identifier("e", a.id, b.id, kind.rawValue, modality.rawValue, direction.rawValue)
            }
            return DOTText.identifier("e", a.id, b.id, family.rawValue, factual ? "asserted" : "claimed")
        }
    }

    public let view: MapView
    /// Actors, by id.
    public let nodes: [Node]
    /// Edges, by id.
    public let edges: [Edge]
    /// The first and last day of the events shown (or the view's bounds when set).
    public let firstDay: Day?
    public let lastDay: Day?
    public let eventCount: Int
    public let articleCount: Int

    /// Builds the map of `events` as seen through `view`.
    public init(events: [Event], view: MapView, ontology: RelationOntology, measure: TieStrength = TieStrength(),
                grouping: Grouping? = nil) {
        self.view = view
        let dyads = view.selectDyads(from: events, measure: measure)
        let grouping = grouping ?? { if case .dyad = view.focus { return .kind } else { return .family } }()
        let graph = RelationGraph(events: dyads.flatMap(\.events), measure: measure)
        let m = graph.measure

        var edges: [Edge] = []
        for d in dyads {
            var groups: [String: [Event]] = [:]
            for e in d.events {
                let def = ontology[e.kind]
                let key: String
                switch grouping {
                case .family: key = def.family.rawValue + "|" + (e.modality.isFactual ? "1" : "0")
                case .kind: key = e.kind.rawValue + "|" + e.modality.rawValue + "|" + (def.symmetric ? "" : e.source.id)
                }
                groups[key, default: []].append(e)
            }
            for key in groups.keys.sorted() {
                let list = groups[key]!
                let strength = list.reduce(0) { $0 + m.contribution(of: $1) }
                if strength <= 1e-12, !(grouping == .kind) { continue }
                edges.append(Self.edge(d, list, grouping: grouping, ontology: ontology, measure: m, strength: strength))
            }
        }
        self.edges = edges.sorted { $0.id < $1.id }

        var strength: [String: Double] = [:]
        var partners: [String: Set<String>] = [:]
        var count: [String: Int] = [:]
        var best: [String: Event] = [:]
        for d in dyads {
            for (x, y) in [(d.a.id, d.b.id), (d.b.id, d.a.id)] {
                strength[x, default: 0] += d.strength
                partners[x, default: []].insert(y)
                count[x, default: 0] += d.events.count
                for e in d.events where Self.better(e, than: best[x], measure: m) { best[x] = e }
            }
        }
        let rank = MapCentrality.scores(ties: TieGraph(relations: graph, ontology: ontology))
        nodes = graph.actors.values.sorted().map { actor in
            Node(actor: actor, strength: strength[actor.id] ?? 0, centrality: rank[actor.id] ?? 0,
                 partners: partners[actor.id]?.count ?? 0, events: count[actor.id] ?? 0, bestEvent: best[actor.id])
        }

        let shown = dyads.flatMap(\.events)
        let days = shown.compactMap(\.date)
        firstDay = view.since ?? days.min()
        lastDay = view.until ?? days.max()
        eventCount = shown.count
        articleCount = Set(shown.map(\.article)).count
    }

    /// Whether `e` is better evidence than `other`: counts more, then earlier, then by article and sentence.
    static func better(_ e: Event, than other: Event?, measure: TieStrength) -> Bool {
        guard let other else { return true }
        let (ce, co) = (measure.contribution(of: e), measure.contribution(of: other))
        if abs(ce - co) > 1e-12 { return ce > co }
        let de = e.date?.ordinal ?? Int.max, dof = other.date?.ordinal ?? Int.max
        if de != dof { return de < dof }
        return (e.article, e.sentence, e.kind) < (other.article, other.sentence, other.kind)
    }

    private static func edge(_ d: Dyad, _ list: [Event], grouping: Grouping, ontology: RelationOntology,
                             measure: TieStrength, strength: Double) -> Edge {
        func direction(of events: [Event]) -> Direction {
            var forward = false, back = false
            for e in events where !ontology[e.kind].symmetric {
                if e.source.id == d.a.id { forward = true } else { back = true }
            }
            switch (forward, back) {
            case (true, true): return .both
            case (true, false): return .forward
            case (false, true): return .back
            default: return .none
            }
        }
        var byKind: [RelationKind: [Event]] = [:]
        for e in list { byKind[e.kind, default: []].append(e) }
        let kinds = byKind.keys.sorted().map { k -> KindCount in
            let es = byKind[k]!
            let mods = Modality.allCases.compactMap { mod -> (Modality, Int)? in
                let n = es.filter { $0.modality == mod }.count
                return n > 0 ? (mod, n) : nil
            }
            return KindCount(kind: k, events: es.count, mentions: es.reduce(0) { $0 + $1.mentions },
                             modalities: mods, directions: direction(of: es))
        }
        var bestEvent = list[0]
        for e in list where better(e, than: bestEvent, measure: measure) { bestEvent = e }
        let first = list[0]
        return Edge(a: d.a, b: d.b, family: ontology[first.kind].family, factual: first.modality.isFactual,
                    kind: grouping == .kind ? first.kind : nil, modality: grouping == .kind ? first.modality : nil,
                    direction: direction(of: list), events: list,
                    kinds: kinds, strength: strength,
                    intensity: list.reduce(0) { $0 + abs($1.weight) } / Double(list.count), bestEvent: bestEvent)
    }
}
