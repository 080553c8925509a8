import StatecraftCore
import StatecraftQueries
import StatecraftStore

/// `/relations/{A}/{B}`: a dyad — strength and net, its events per month, its map, each tie
/// (direction and kind) with its events: modality, date, trigger and evidence sentence linked
/// to its source article; and the indirect paths between the two.
struct RelationPage {
    let state: ExplorerState
    let view: ViewParameters
    let report: RelationsReport
    let timeline: MonthlyTimeline

    /// Evidence events shown per direction and kind unless `evidence` says otherwise.
    static let defaultEvidence = 10

    /// The view's report of `a` and `b`: the store's report cut to the view's kinds, at most
    /// `perTie` events of each tie, and the dyad's timeline.
    static func load(state: ExplorerState, view: ViewParameters, a: Actor, b: Actor, perTie: Int?) throws
        -> (RelationsReport, MonthlyTimeline) {
        let full = try state.reading {
            try RelationsReport.load(from: state.store, a: a, b: b, since: view.since, until: view.until, perTie: perTie)
        }
        let all = try state.reading { try state.store.events(between: a.id, and: b.id, since: view.since, until: view.until) }
            .filter(view.admits)
        guard !view.kinds.isEmpty else { return (full, MonthlyTimeline(events: all)) }
        let report = RelationsReport(a: a, b: b, totals: full.totals.filter { view.kinds.contains($0.kind) },
                                     events: full.events.filter { view.kinds.contains($0.kind) },
                                     articles: full.articles, paths: full.paths)
        return (report, MonthlyTimeline(events: all))
    }

    func render() throws -> String {
        let a = report.a, b = report.b
        let path = "/relations/" + HTML.pathSegment(a.id) + "/" + HTML.pathSegment(b.id)
        let title = "\(a.name) — \(b.name)"
        var body = "<p class=\"subtitle\">" + PageShell.actorLink(a, view: view) + " (\(HTML.escape(a.id))) and "
            + PageShell.actorLink(b, view: view) + " (\(HTML.escape(b.id)))</p>"
        let json = report.json
        guard !report.totals.isEmpty else {
            body += "<p class=\"empty\">No direct events between them in this view.</p>" + pathsSection()
            return PageShell.page(title: title, path: path, view: view, body: body)
        }
        body += "<section class=\"summary\"><p>Strength <strong>\(HTML.number(json.strength))</strong>, net "
        body += "<strong class=\"\(json.sign)\">\(HTML.number(json.net, signed: true)) (\(json.sign))</strong>, "
        body += "\(json.eventCount) event\(json.eventCount == 1 ? "" : "s").</p></section>"
        body += "<section><h2>Timeline</h2>" + TimelineChart.svg(timeline) + "</section>"
        body += "<section><h2>Ties and evidence</h2>" + tiesSection(json) + "</section>"
        let map = try MapService(state: state).inline(.dyad(a.id, b.id), view: view)
        body += "<section><h2>Map</h2>\(map)</section>"
        body += sourcesSection()
        body += pathsSection()
        return PageShell.page(title: title, path: path, view: view, body: body)
    }

    /// Articles in order of first citation, numbered from 1.
    private var articleNumbers: [String: Int] {
        var out: [String: Int] = [:]
        for e in report.events where out[e.article] == nil { out[e.article] = out.count + 1 }
        return out
    }

    private func tiesSection(_ json: RelationsReport.JSON) -> String {
        let numbers = articleNumbers
        var out = ""
        for (s, t) in [(report.a, report.b), (report.b, report.a)] {
            let mine = json.ties.filter { $0.source.id == s.id }
            guard !mine.isEmpty else { continue }
            out += "<h3>\(HTML.escape(s.name)) → \(HTML.escape(t.name))</h3>"
            for tie in mine {
                let mods = tie.modalities.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value > 1 ? " ×\($0.value)" : "")" }
                out += "<div class=\"tie\"><h4><span class=\"kind\">\(HTML.escape(tie.kind))</span> "
                out += "<span class=\"muted\">[\(HTML.escape(mods.joined(separator: ", ")))] strength \(HTML.number(tie.strength)), "
                out += "\(tie.events) event\(tie.events == 1 ? "" : "s")</span></h4><ul class=\"evidence\">"
                let shown = report.events.filter { $0.source.id == s.id && $0.target.id == t.id && $0.kind.rawValue == tie.kind }
                for e in shown {
                    let art = report.articles[e.article]
                    out += "<li><span class=\"modality \(HTML.escape(e.modality.rawValue))\">\(HTML.escape(e.modality.rawValue))</span> "
                    out += "<q class=\"sentence\">\(HTML.escape(e.evidence))</q>"
                    out += "<div class=\"meta\">trigger “\(HTML.escape(e.trigger))” · "
                    out += HTML.sourceLink(art?.url, text: "[\(numbers[e.article] ?? 0)] " + (art?.title ?? "article \(e.article.prefix(12))"))
                    out += " · sentence \(e.sentence)" + (e.date.map { " · \($0)" } ?? " · undated")
                    out += (e.mentions > 1 ? " · \(e.mentions) mentions" : "") + "</div></li>"
                }
                out += "</ul>"
                if shown.count < tie.events {
                    let more = view.query.isEmpty ? "?evidence=all" : "?" + view.query + "&evidence=all"
                    out += "<p class=\"muted\">\(tie.events - shown.count) more: <a href=\"\(HTML.escape(more))\">show every event</a></p>"
                }
                out += "</div>"
            }
        }
        return out
    }

    private func sourcesSection() -> String {
        let numbers = articleNumbers.sorted { $0.value < $1.value }
        guard !numbers.isEmpty else { return "" }
        var out = "<section><h2>Sources</h2><ol class=\"sources\">"
        for (hash, _) in numbers {
            let art = report.articles[hash]
            let title = art?.title ?? art?.sourcePath ?? "untitled"
            out += "<li>" + HTML.sourceLink(art?.url, text: title) + (art?.date.map { " <span class=\"muted\">(\($0))</span>" } ?? "") + "</li>"
        }
        return out + "</ol></section>"
    }

    private func pathsSection() -> String {
        guard !report.paths.isEmpty else { return "" }
        var out = "<section><h2>Indirect paths</h2><p class=\"muted\">A path is as strong as its weakest tie.</p><ul class=\"paths\">"
        for p in report.paths {
            let actors = p.actors.map { Actor(id: $0.id, name: $0.name, kind: ActorKind(rawValue: $0.kind) ?? .nonstate) }
            var parts: [String] = []
            for (i, x) in actors.enumerated() {
                parts.append(PageShell.actorLink(x, view: view))
                if i + 1 < actors.count { parts.append(PageShell.dyadLink(x, actors[i + 1], view: view, text: "—")) }
            }
            out += "<li>" + parts.joined(separator: " ") + " <span class=\"muted\">(\(HTML.number(p.strength)))</span></li>"
        }
        return out + "</ul></section>"
    }
}
