import StatecraftCore

/// How large a map can be and still be read, and how large a graph each layout engine lays
/// out in bounded time.
///
/// A map is drawn for a report page or a browser window (about 1,100 points wide): beyond
/// ``legibleActors`` actors or ``legibleTies`` ties the labels overlap and the ties become a
/// hairball (the 3,766 actors of the ICEWS sample drew a 14,264 × 7,623 px image in 31 s).
/// `render` and the explorer therefore cap an uncapped view at the strongest ties that fit
/// (``cap(_:)``), and say so; `render --all` draws everything.
///
/// Some engines do not finish on large graphs at all (``refusal(layout:actors:edges:)``):
/// `circo` and `dot` on the ICEWS sample ran for more than 600 s. The bounds come from the
/// ICEWS sample's strongest ties on this project's 2-core machine (CPU time, the machine busy):
/// `circo` took 3.8 s on 99 actors and had not finished after 9.3 s on 233 actors (1,036 edges);
/// `dot` took 0.8 s on 233 actors and 2.3 s on 501 actors (2,321 edges). `neato`, `fdp` and the
/// geo placement (quadratic in the actors) are bounded by estimate, not measured; `sfdp` is
/// multilevel and always finishes.
public enum MapSizeLimit {
    /// Most actors a map shows legibly.
    public static let legibleActors = 150
    /// Most ties (dyads) a map shows legibly.
    public static let legibleTies = 300

    /// Most actors each layout lays out in bounded time (nil: no bound below the size of any store).
    public static func maxActors(for layout: MapLayout) -> Int? {
        switch layout {
        case .circo: return 150
        case .dot: return 800
        case .neato, .fdp: return 1_500
        case .geo: return 400
        case .sfdp: return nil
        }
    }

    /// Most drawn edges each layout lays out in bounded time (nil: no bound).
    public static func maxEdges(for layout: MapLayout) -> Int? {
        switch layout {
        case .circo: return 600
        case .dot: return 3_000
        case .neato, .fdp, .geo: return 6_000
        case .sfdp: return nil
        }
    }

    /// The number of strongest dyads (strongest first, as ``MapView/selectDyads(from:measure:)``
    /// gives them) that keeps a map within ``legibleActors`` and ``legibleTies``; nil when all fit.
    public static func cap(_ dyads: [Dyad]) -> Int? {
        var actors: Set<String> = []
        for (i, d) in dyads.enumerated() {
            actors.insert(d.a.id)
            actors.insert(d.b.id)
            if actors.count > legibleActors || i >= legibleTies { return i }
        }
        return nil
    }

    /// Why `layout` is refused for a map of this size (`edges`: the map's drawn edges), naming the
    /// bound, or nil when it can run.
    public static func refusal(layout: MapLayout, actors: Int, edges: Int) -> String? {
        let overActors = maxActors(for: layout).map { actors > $0 } ?? false
        let overEdges = maxEdges(for: layout).map { edges > $0 } ?? false
        guard overActors || overEdges else { return nil }
        let bound = overActors ? "\(maxActors(for: layout)!) actors" : "\(maxEdges(for: layout)!) edges"
        return "the \(layout.rawValue) layout cannot place \(actors) actors and \(edges) edges in bounded time "
            + "(it takes at most \(bound)); choose sfdp or show fewer ties"
    }
}
