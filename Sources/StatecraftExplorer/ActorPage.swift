import StatecraftCore
import StatecraftQueries

/// `/actors/{ID}`: an actor's neighbourhood map (depth 1, up to 3 with `depth`), its ties
/// ranked, its centrality in the view's graph, and its events per month.
struct ActorPage {
    let state: ExplorerState
    let view: ViewParameters
    let actor: Actor

    func render() throws -> String {
        let ties = try state.ties(view).filter { $0.a.id == actor.id || $0.b.id == actor.id }
        let path = "/actors/" + HTML.pathSegment(actor.id)
        var body = "<p class=\"subtitle\">\(HTML.escape(actor.id)) · \(HTML.escape(actor.kind.rawValue))</p>"
        guard !ties.isEmpty else {
            body += "<p class=\"empty\">No ties of \(HTML.escape(actor.name)) in this view.</p>"
            return PageShell.page(title: actor.name, path: path, view: view, showDepth: true, body: body)
        }
        let map = try MapService(state: state).inline(.actor(actor.id, depth: view.depth), view: view)
        body += "<section><h2>Neighbourhood</h2>\(map)</section>"
        body += "<div class=\"columns\"><section><h2>Ties</h2>" + OverviewPage.table(ties, view: view, focus: actor.id) + "</section>"
        body += "<section><h2>Centrality</h2>" + (try centralityTable()) + "</section></div>"
        let events = try state.events(view).filter { $0.source.id == actor.id || $0.target.id == actor.id }
        body += "<section><h2>Timeline</h2>" + TimelineChart.svg(MonthlyTimeline(events: events)) + "</section>"
        return PageShell.page(title: actor.name, path: path, view: view, showDepth: true, body: body)
    }

    /// Rank and score in strength, PageRank and betweenness among the view's actors.
    func centralityTable() throws -> String {
        let reports = try state.centrality(view)
        var out = "<table class=\"centrality\"><thead><tr><th>Measure</th><th>Score</th><th>Rank</th></tr></thead><tbody>"
        for (m, label) in [(CentralityReport.Measure.strength, "strength (weighted degree)"), (.pagerank, "PageRank (weighted)"),
                           (.betweenness, "betweenness")] {
            guard let r = reports[m], let (rank, score) = r.rank(of: actor.id) else { continue }
            out += "<tr><td>\(label)</td><td class=\"num\">\(String(format: m == .strength ? "%.1f" : "%.4f", score))</td>"
            out += "<td class=\"num\">\(rank) of \(r.scores.count)</td></tr>"
        }
        return out + "</tbody></table>"
    }
}
