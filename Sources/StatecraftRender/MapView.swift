import StatecraftCore

/// Which part of the relation graph a map shows: the whole graph, one actor's ego
/// network, or one dyad; restricted by kinds, period, strength and rank.
public struct MapView: Sendable, Equatable {
    /// What the map centres on.
    public enum Focus: Sendable, Equatable {
        /// Every tie.
        case all
        /// The actor and everyone within `depth` ties of it, with the ties among them.
        case actor(String, depth: Int)
        /// The two actors and every typed tie between them.
        case dyad(String, String)
    }

    public var focus: Focus
    /// Only these kinds (every kind when empty).
    public var kinds: Set<RelationKind>
    /// Only the `top` strongest ties (after the other filters).
    public var top: Int?
    /// Only ties at least this strong.
    public var minStrength: Double?
    /// Only events on or after this day.
    public var since: Day?
    /// Only events on or before this day.
    public var until: Day?

    public init(focus: Focus = .all, kinds: Set<RelationKind> = [], top: Int? = nil, minStrength: Double? = nil,
                since: Day? = nil, until: Day? = nil) {
        self.focus = focus
        self.kinds = kinds
        self.top = top
        self.minStrength = minStrength
        self.since = since
        self.until = until
    }

    /// Whether an event passes the period and kind filters (undated events only when no period is set).
    public func admits(_ event: Event) -> Bool {
        if !kinds.isEmpty, !kinds.contains(event.kind) { return false }
        if since == nil && until == nil { return true }
        guard let day = event.date else { return false }
        if let since, day < since { return false }
        if let until, day > until { return false }
        return true
    }

    /// The dyads the map shows, strongest first (ties by ids).
    ///
    /// Dyads whose events all count nothing (only denied events) are left out, except in
    /// a dyad view, which shows every tie between the two with its evidence.
    public func selectDyads(from events: [Event], measure: TieStrength = TieStrength()) -> [Dyad] {
        let graph = RelationGraph(events: events.filter(admits), measure: measure)
        var dyads = graph.dyadIndex.values.sorted {
            if abs($0.strength - $1.strength) > 1e-12 { return $0.strength > $1.strength }
            return ($0.a.id, $0.b.id) < ($1.a.id, $1.b.id)
        }
        if case .dyad(let x, let y) = focus {
            return dyads.filter { Set([$0.a.id, $0.b.id]) == Set([x, y]) }
        }
        dyads.removeAll { $0.strength <= 1e-12 }
        if let minStrength { dyads.removeAll { $0.strength < minStrength } }
        if case .actor(let id, let depth) = focus {
            var reached: Set<String> = [id]
            var frontier: Set<String> = [id]
            // Stops when no new actor is reached: any depth costs at most the graph's diameter.
            for _ in 0..<max(0, depth) where !frontier.isEmpty {
                var next: Set<String> = []
                for d in dyads {
                    if frontier.contains(d.a.id), !reached.contains(d.b.id) { next.insert(d.b.id) }
                    if frontier.contains(d.b.id), !reached.contains(d.a.id) { next.insert(d.a.id) }
                }
                reached.formUnion(next)
                frontier = next
            }
            dyads.removeAll { !reached.contains($0.a.id) || !reached.contains($0.b.id) }
        }
        if let top { dyads = Array(dyads.prefix(max(0, top))) }
        return dyads
    }
}
