import Foundation
import Hummingbird
import StatecraftAnalysis
import StatecraftCore
import StatecraftQueries
import StatecraftRender

/// The explorer's pages, maps and JSON API on a router. Every handler reads the view from the
/// query string (``ViewParameters``), runs its blocking work off the cooperative pool and
/// answers a ``Reply``; failures become pages through ``ErrorMiddleware``.
struct ExplorerRoutes: Sendable {
    let state: ExplorerState

    func register<Context: RequestContext>(on router: Router<Context>) {
        let state = self.state
        router.add(middleware: ErrorMiddleware<Context>())

        // Pages.
        router.get("/") { request, _ in
            try await Self.answer(request, state) { view, _ in .html(try OverviewPage(state: state, view: view).render()) }
        }
        router.get("/actors/:id") { request, context in
            let id = try Self.segment(context, "id")
            return try await Self.answer(request, state) { view, _ in
                .html(try ActorPage(state: state, view: view, actor: try state.actor(named: id)).render())
            }
        }
        router.get("/relations/:a/:b") { request, context in
            let (x, y) = (try Self.segment(context, "a"), try Self.segment(context, "b"))
            return try await Self.answer(request, state) { view, query in
                let (a, b) = try Self.pair(state, x, y)
                let perTie = try Self.evidenceCount(query, default: RelationPage.defaultEvidence)
                let (report, timeline) = try RelationPage.load(state: state, view: view, a: a, b: b, perTie: perTie)
                return .html(try RelationPage(state: state, view: view, report: report, timeline: timeline).render())
            }
        }
        router.get("/search") { request, _ in
            try await Self.answer(request, state) { view, query in
                guard let q = query["q"] else { throw ExplorerError.badParameter("q", "", expected: "an actor name, id or alias") }
                let actor = try state.actor(named: q)
                return .redirect("/actors/" + HTML.pathSegment(actor.id) + view.suffix)
            }
        }
        router.get("/map.svg") { request, _ in
            try await Self.answer(request, state) { view, query in
                let focus: MapView.Focus
                if let a = query["a"] ?? query["dyad"].flatMap({ $0.split(separator: ",").first.map(String.init) }) {
                    guard let b = query["b"] ?? query["dyad"].flatMap({ $0.split(separator: ",").dropFirst().first.map(String.init) }) else {
                        throw ExplorerError.badParameter("b", "", expected: "the second actor of the dyad")
                    }
                    let (x, y) = try Self.pair(state, a, b)
                    focus = .dyad(x.id, y.id)
                } else if let name = query["actor"] {
                    focus = .actor(try state.actor(named: name).id, depth: view.depth)
                } else {
                    focus = .all
                }
                let defaultTop: Int? = focus == .all ? MapService.overviewTop : nil
                guard let svg = try MapService(state: state).svg(focus, view: view, defaultTop: defaultTop) else {
                    throw ExplorerError.notFound("no ties match this view")
                }
                return .svg(svg)
            }
        }
        router.get("/assets/:name") { _, context in
            let name = try Self.segment(context, "name")
            guard let file = Assets.files[name] else { throw ExplorerError.notFound("no asset '\(name)'") }
            return Reply(contentType: file.type, body: file.body).response
        }

        // JSON API: the CLI's contracts.
        router.get("/api/ties") { request, _ in
            try await Self.answer(request, state) { view, _ in
                .json(try JSONOutput.encode(Array(try state.ties(view).prefix(view.top ?? 10)).map(TieJSON.init)))
            }
        }
        router.get("/api/relations/:a/:b") { request, context in
            let (x, y) = (try Self.segment(context, "a"), try Self.segment(context, "b"))
            return try await Self.answer(request, state) { view, query in
                let (a, b) = try Self.pair(state, x, y)
                let (report, _) = try RelationPage.load(state: state, view: view, a: a, b: b,
                                                        perTie: try Self.evidenceCount(query, default: 3))
                return .json(try JSONOutput.encode(report.json))
            }
        }
        router.get("/api/actors") { request, _ in
            try await Self.answer(request, state) { _, query in
                var limit: Int?
                if let text = query["limit"] {
                    guard let n = Int(text), n >= 1 else { throw ExplorerError.badParameter("limit", text, expected: "a whole number ≥ 1") }
                    limit = n
                }
                let entries = ActorSearch.entries(matching: query["q"], dictionary: state.dictionary,
                                                  stored: try state.storedActors(), limit: limit)
                return .json(ActorListJSON.encode(entries))
            }
        }
        router.get("/api/centrality") { request, _ in
            try await Self.answer(request, state) { view, query in
                let names = CentralityReport.Measure.allCases.map(\.rawValue).joined(separator: ", ")
                guard let text = query["measure"] else { throw ExplorerError.badParameter("measure", "", expected: "one of \(names)") }
                guard let measure = CentralityReport.Measure(rawValue: text.lowercased()) else {
                    throw ExplorerError.badParameter("measure", text, expected: "one of \(names)")
                }
                let graph = try state.analysisGraph(view)
                guard graph.labels.count > 0 else { throw ExplorerError.notFound("no ties in this view") }
                let report = try CentralityReport(measure: measure, graph: graph, weighted: try Self.flag(query, "weighted"),
                                                  undirected: try Self.flag(query, "undirected"), threads: 1, top: view.top)
                return .json(report.json)
            }
        }
        router.get("/api/path/:a/:b") { request, context in
            let (x, y) = (try Self.segment(context, "a"), try Self.segment(context, "b"))
            return try await Self.answer(request, state) { view, query in
                let (a, b) = try Self.pair(state, x, y)
                var k = 1
                if let text = query["k"] {
                    guard let n = Int(text), (1...50).contains(n) else { throw ExplorerError.badParameter("k", text, expected: "a whole number from 1 to 50") }
                    k = n
                }
                var by = PathReport.By.strength
                if let text = query["by"] {
                    guard let v = PathReport.By(rawValue: text.lowercased()) else { throw ExplorerError.badParameter("by", text, expected: "strength or hops") }
                    by = v
                }
                do {
                    return .json(try PathReport(graph: try state.analysisGraph(view), from: a.id, to: b.id, k: k, by: by).json)
                } catch let e as QueryError {
                    throw ExplorerError.notFound(e.message)
                }
            }
        }
        router.get("/api/timeline/:a/:b") { request, context in
            let (x, y) = (try Self.segment(context, "a"), try Self.segment(context, "b"))
            return try await Self.answer(request, state) { view, _ in
                let (a, b) = try Self.pair(state, x, y)
                let events = try state.reading { try state.store.events(between: a.id, and: b.id, since: view.since, until: view.until) }
                return .json(try MonthlyTimeline(events: events.filter(view.admits)).json(a: a, b: b))
            }
        }
    }

    // MARK: - Helpers

    /// Parses the view and runs `body` off the cooperative pool; the reply is kept per store
    /// version and URL (``ExplorerState/cachedReply(_:answer:)``), so a view seen before is answered
    /// without reading the store again.
    static func answer(_ request: Request, _ state: ExplorerState,
                       _ body: @escaping @Sendable (ViewParameters, QueryParameters) throws -> Reply) async throws -> Response {
        let query = QueryParameters(request.uri.query)
        let view = try ViewParameters(query)
        let url = request.uri.path + "?" + (request.uri.query ?? "")
        return try await offload { try state.cachedReply(url) { try body(view, query) } }.response
    }

    /// A path parameter, percent-decoded.
    static func segment<Context: RequestContext>(_ context: Context, _ name: String) throws -> String {
        guard let raw = context.parameters.get(name) else { throw ExplorerError.notFound("missing \(name)") }
        return raw.removingPercentEncoding ?? raw
    }

    /// Two different actors, or a 404 / 400.
    static func pair(_ state: ExplorerState, _ x: String, _ y: String) throws -> (Actor, Actor) {
        let a = try state.actor(named: x), b = try state.actor(named: y)
        guard a.id != b.id else { throw ExplorerError.badParameter("b", y, expected: "an actor other than \(a.name) (\(a.id))") }
        return (a, b)
    }

    /// `evidence=N` (events per direction and kind) or `evidence=all` (nil), else `default`.
    static func evidenceCount(_ query: QueryParameters, default n: Int) throws -> Int? {
        guard let text = query["evidence"] else { return n }
        if text.lowercased() == "all" { return nil }
        guard let v = Int(text), v >= 1 else { throw ExplorerError.badParameter("evidence", text, expected: "a whole number ≥ 1 or 'all'") }
        return v
    }

    /// A yes/no parameter (`1`, `true`, `yes`, `on` / `0`, `false`, `no`, `off`); false when absent.
    static func flag(_ query: QueryParameters, _ name: String) throws -> Bool {
        guard let text = query[name]?.lowercased() else { return false }
        if ["1", "true", "yes", "on"].contains(text) { return true }
        if ["0", "false", "no", "off"].contains(text) { return false }
        throw ExplorerError.badParameter(name, text, expected: "true or false")
    }
}
