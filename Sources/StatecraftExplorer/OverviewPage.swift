import StatecraftCore
import StatecraftQueries

/// `/`: the store at a glance — its period and counts, the overview map (strongest ties of
/// the view), the strongest ties as a table, and the search box in the header.
struct OverviewPage {
    let state: ExplorerState
    let view: ViewParameters

    func render() throws -> String {
        let summary = try state.summary()
        let (counts, period) = (summary.counts, summary.period)
        let ties = try state.ties(view)
        let map = try MapService(state: state).inline(.all, view: view, defaultTop: MapService.overviewTop)
        var body = "<section class=\"summary\"><p>Store <code>\(HTML.escape(state.store.path))</code>: "
        body += "\(HTML.count(counts.articles)) article\(counts.articles == 1 ? "" : "s"), "
        body += "\(HTML.count(counts.events)) event\(counts.events == 1 ? "" : "s"), "
        body += "\(HTML.count(counts.actors)) actor\(counts.actors == 1 ? "" : "s")"
        if let f = period.first, let l = period.last { body += "; events from \(f) to \(l)" }
        body += ".</p></section>"
        body += "<section><h2>Map</h2>\(map)"
        body += "<p class=\"muted\">Click an actor for its page, a tie for its evidence; hover for details. "
        body += "<a href=\"/map.svg\(HTML.escape(view.suffix))\">SVG</a></p></section>"
        body += "<section><h2>Strongest ties</h2>" + Self.table(Array(ties.prefix(25)), view: view) + "</section>"
        return PageShell.page(title: "Relations overview", path: "/", view: view, body: body)
    }

    /// Dyads as a table: pair (link to the dyad page), strength, net, sign, dominant kinds, events.
    static func table(_ dyads: [DyadScore], view: ViewParameters, focus: String? = nil) -> String {
        guard !dyads.isEmpty else { return "<p class=\"empty\">No ties in this view.</p>" }
        var out = "<table class=\"ties\"><thead><tr><th>#</th><th>Tie</th><th>Strength</th><th>Net</th><th>Sign</th><th>Kinds</th><th>Events</th></tr></thead><tbody>"
        for (i, d) in dyads.enumerated() {
            let (a, b) = focus == d.b.id ? (d.b, d.a) : (d.a, d.b)
            out += "<tr><td>\(i + 1)</td><td>" + PageShell.dyadLink(a, b, view: view) + "</td>"
            out += "<td class=\"num\">\(HTML.number(d.strength))</td><td class=\"num\">\(HTML.number(d.net, signed: true))</td>"
            out += "<td class=\"\(d.signWord)\">\(d.signWord)</td>"
            out += "<td>\(HTML.escape(d.dominantKinds.map(\.rawValue).joined(separator: ", ")))</td><td class=\"num\">\(d.events)</td></tr>"
        }
        return out + "</tbody></table>"
    }
}
