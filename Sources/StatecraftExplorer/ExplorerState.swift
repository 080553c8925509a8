import Foundation
import StatecraftAnalysis
import StatecraftCore
import StatecraftData
import StatecraftQueries
import StatecraftRender
import StatecraftStore

/// What the explorer reads from: the store (read-only), the actor dictionary, the ontology and
/// the map renderer; and caches of what costs to derive — a period's events, stored actors,
/// centrality and rendered maps — keyed by the store's content version, so a `build` running
/// into the same store shows up on the next request and a cached view is never stale.
final class ExplorerState: @unchecked Sendable {
    let store: EventStore
    let dictionary: ActorDictionary
    let ontology: RelationOntology
    let renderer: MapRenderer
    /// Caches, each bounded (see ``ViewCache``) and keyed by the store's version and the view;
    /// a key asked for by many requests at once is computed once.
    /// A period's events: a few periods, at most 3 million events in all (about 1 GB).
    private let eventsCache = ViewCache<[Event]>(limit: 4, costLimit: 3_000_000, cost: { $0.count })
    private let actorsCache = ViewCache<[String: Actor]>(limit: 2)
    private let tiesCache = ViewCache<[DyadScore]>(limit: 64, costLimit: 2_000_000, cost: { $0.count + 1 })
    private let summaryCache = ViewCache<StoreSummary>(limit: 2)
    private let graphCache = ViewCache<AnalysisGraph>(limit: 8)
    private let centralityCache = ViewCache<[CentralityReport.Measure: CentralityReport]>(limit: 64)
    /// Rendered maps: up to 256, at most 64 MB of SVG.
    private let mapCache = ViewCache<String>(limit: 256, costLimit: 64 << 20, cost: { $0.utf8.count + 1 })
    /// Whole replies (pages, API answers, maps) by URL: up to 1,024, at most 64 MB.
    private let replyCache = ViewCache<Reply>(limit: 1_024, costLimit: 64 << 20, cost: { $0.body.count + 256 })

    /// The store's counts and period, for the overview.
    struct StoreSummary {
        let counts: (articles: Int, events: Int, actors: Int)
        let period: (first: Day?, last: Day?)
    }

    /// Opens the store at `path` read-only (see ``EventStore/openReadOnly(path:)``) and loads the bundled data.
    init(storePath path: String) throws {
        store = try EventStore.openReadOnly(path: path)
        dictionary = try ActorDictionary(contentsOf: BundledData.actorsURL)
        ontology = try RelationOntology(contentsOf: BundledData.relationsURL)
        renderer = MapRenderer(ontology: ontology, coordinates: try MapCoordinates(contentsOf: BundledData.coordinatesURL).withBases(of: dictionary))
    }

    /// Runs a store read, turning store failures (a writer holding the file too long, a damaged file) into a 503 page.
    func reading<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as StoreError { throw ExplorerError.storeUnavailable(e.description) }
    }

    /// The store's content version (changes with every ingest).
    func version() throws -> String { try reading { try store.contentVersion() } }

    /// Events of the view's period (cached per store version and period), then its kind and actor-kind filters.
    func events(_ view: ViewParameters) throws -> [Event] {
        let key = try version() + "|" + (view.since?.description ?? "") + "|" + (view.until?.description ?? "")
        let all = try eventsCache.value(key) { try reading { try store.events(since: view.since, until: view.until) } }
        return view.filtersKinds ? all.filter(view.admits) : all
    }

    /// Actors stored with events, by id.
    func storedActors() throws -> [String: Actor] {
        try actorsCache.value(try version()) { try reading { try store.actors() } }
    }

    /// The store's counts and period (cached per version).
    func summary() throws -> StoreSummary {
        try summaryCache.value(try version()) {
            try reading { StoreSummary(counts: try store.counts(), period: try store.period()) }
        }
    }

    /// The actor a path segment or search names: a stored id or name (any case), else a
    /// dictionary id, name or alias. Unknown names are a 404 with the closest actors.
    func actor(named text: String) throws -> Actor {
        let key = text.trimmingCharacters(in: .whitespaces)
        let stored = try storedActors()
        if let hit = stored[key.uppercased()] ?? stored[key] { return hit }
        if let hit = stored.values.first(where: { $0.name.caseInsensitiveCompare(key) == .orderedSame }) { return hit }
        if let hit = dictionary.resolve(key) { return stored[hit.id] ?? hit }
        let near = dictionary.suggestions(for: key, limit: 5).map { (id: $0.id, name: $0.name) }
        throw ExplorerError.notFound("unknown actor '\(key)'", suggestions: near)
    }

    /// The view's dyads, strongest first, those with strength only (and at least `minStrength`):
    /// the store's running totals when the view filters nothing, else the view's events.
    func ties(_ view: ViewParameters) throws -> [DyadScore] {
        var period = view
        period.minStrength = nil
        let dyads = try tiesCache.value(try version() + "|" + period.key) {
            if view.since == nil, view.until == nil, !view.filtersKinds {
                return DyadScore.rank(try reading { try store.tieTotals() }).filter { $0.strength > 0 }
            }
            return DyadScore.rank(RelationGraph(events: try events(view))).filter { $0.strength > 0 }
        }
        guard let least = view.minStrength else { return dyads }
        return dyads.filter { $0.strength >= least }
    }

    /// The relation graph of the view as the analysis commands see it (cached per version and
    /// filters: the layout, depth and map size do not change it).
    func analysisGraph(_ view: ViewParameters) throws -> AnalysisGraph {
        try graphCache.value(try version() + "|" + view.graphKey) {
            AnalysisGraph(relations: RelationGraph(events: try events(view)), ontology: ontology, dictionary: dictionary)
        }
    }

    /// Strength, PageRank and betweenness over the view's graph (cached per version and view).
    func centrality(_ view: ViewParameters) throws -> [CentralityReport.Measure: CentralityReport] {
        try centralityCache.value(try version() + "|" + view.graphKey) {
            let graph = try analysisGraph(view)
            var out: [CentralityReport.Measure: CentralityReport] = [:]
            for m in [CentralityReport.Measure.strength, .pagerank, .betweenness] {
                out[m] = try CentralityReport(measure: m, graph: graph, weighted: m != .betweenness, threads: 1)
            }
            return out
        }
    }

    /// The reply to a request for `url` (path and query) from the cache, or answered by `answer`
    /// and kept: everything the explorer serves is a function of the store's content and the URL.
    func cachedReply(_ url: String, answer: () throws -> Reply) throws -> Reply {
        try replyCache.value(try version() + "|" + url, compute: answer)
    }

    /// A rendered SVG map from the cache, or rendered by `render` and kept.
    func cachedMap(_ key: String, render: () throws -> String) throws -> String {
        try mapCache.value(try version() + "|" + key, compute: render)
    }
}
