import StatecraftCore
import StatecraftRender

/// The controls every page shares, read from the query string so that every view is a link:
/// `since`, `until` (YYYY-MM-DD), `kind` (relation kinds, repeated or comma-separated),
/// `actorKind` (state, igo, bloc, nonstate), `minStrength`, `layout` (geo, dot, neato, fdp,
/// sfdp, circo), `depth` (1–3, actor pages) and `top` (strongest ties on a map).
///
/// A value that does not parse is a 400 naming the parameter, never a silent default.
struct ViewParameters: Sendable, Equatable {
    var since: Day?
    var until: Day?
    var kinds: Set<RelationKind> = []
    var actorKinds: Set<ActorKind> = []
    var minStrength: Double?
    var layout: MapLayout?
    var depth: Int = 1
    var top: Int?

    init() {}

    init(_ query: QueryParameters) throws {
        func day(_ name: String) throws -> Day? {
            guard let text = query[name] else { return nil }
            guard let d = Day(text) else { throw ExplorerError.badParameter(name, text, expected: "a date YYYY-MM-DD") }
            return d
        }
        since = try day("since")
        until = try day("until")
        if let since, let until, until < since {
            throw ExplorerError.badParameter("until", until.description, expected: "on or after since (\(since))")
        }
        for k in query.all("kind") {
            guard let kind = RelationKind.allCases.first(where: { $0.rawValue.lowercased() == k.lowercased() }) else {
                throw ExplorerError.badParameter("kind", k, expected: "a relation kind (" + RelationKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            kinds.insert(kind)
        }
        for k in query.all("actorKind") {
            guard let kind = ActorKind(rawValue: k.lowercased()) else {
                throw ExplorerError.badParameter("actorKind", k, expected: "an actor kind (state, igo, bloc, nonstate)")
            }
            actorKinds.insert(kind)
        }
        if let text = query["minStrength"] {
            guard let x = Double(text), x.isFinite, x >= 0 else {
                throw ExplorerError.badParameter("minStrength", text, expected: "a number ≥ 0")
            }
            minStrength = x
        }
        if let text = query["layout"] {
            guard let l = MapLayout(rawValue: text.lowercased()) else {
                throw ExplorerError.badParameter("layout", text, expected: "a layout (geo, dot, neato, fdp, sfdp, circo)")
            }
            layout = l
        }
        if let text = query["depth"] {
            guard let d = Int(text), (1...3).contains(d) else {
                throw ExplorerError.badParameter("depth", text, expected: "1, 2 or 3")
            }
            depth = d
        }
        if let text = query["top"] {
            guard let n = Int(text), n >= 1, n <= 10_000 else {
                throw ExplorerError.badParameter("top", text, expected: "a whole number from 1 to 10000")
            }
            top = n
        }
    }

    /// Whether an event passes the period, kind and actor-kind filters (undated events only
    /// when no period is set).
    func admits(_ e: Event) -> Bool {
        if !kinds.isEmpty, !kinds.contains(e.kind) { return false }
        if !actorKinds.isEmpty, !actorKinds.contains(e.source.kind) || !actorKinds.contains(e.target.kind) { return false }
        if since == nil && until == nil { return true }
        guard let d = e.date else { return false }
        if let since, d < since { return false }
        if let until, d > until { return false }
        return true
    }

    /// Whether any filter is set beyond the period (kinds or actor kinds).
    var filtersKinds: Bool { !kinds.isEmpty || !actorKinds.isEmpty }

    /// The map of this view centred on `focus` (kinds and actor kinds are applied to the events beforehand).
    func mapView(_ focus: MapView.Focus, defaultTop: Int? = nil) -> MapView {
        MapView(focus: focus, kinds: kinds, top: top ?? defaultTop, minStrength: minStrength, since: since, until: until)
    }

    /// The query string of this view (without `?`), parameters in a fixed order, for links
    /// that keep the view; empty when nothing is set.
    var query: String {
        var items: [(String, String)] = []
        if let since { items.append(("since", since.description)) }
        if let until { items.append(("until", until.description)) }
        for k in kinds.sorted() { items.append(("kind", k.rawValue)) }
        for k in actorKinds.sorted(by: { $0.rawValue < $1.rawValue }) { items.append(("actorKind", k.rawValue)) }
        if let minStrength { items.append(("minStrength", minStrength == minStrength.rounded() ? String(Int(minStrength)) : String(minStrength))) }
        if let layout { items.append(("layout", layout.rawValue)) }
        if depth != 1 { items.append(("depth", String(depth))) }
        if let top { items.append(("top", String(top))) }
        return items.map { "\($0.0)=\(HTML.queryValue($0.1))" }.joined(separator: "&")
    }

    /// `?query`, or nothing when the view is the default.
    var suffix: String { query.isEmpty ? "" : "?" + query }

    /// A cache key for everything that changes a map.
    var key: String { query }

    /// A cache key for what changes the view's graph: the period and the kind filters (not the
    /// layout, depth, map size or minimum strength).
    var graphKey: String {
        var v = ViewParameters()
        (v.since, v.until, v.kinds, v.actorKinds) = (since, until, kinds, actorKinds)
        return v.query
    }
}
