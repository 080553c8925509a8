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
    /// Maps kept (most recent first out when full).
    let mapCacheLimit = 256

    private let lock = NSLock()
    private var eventsCache: (key: String, events: [Event])?
    private var actorsCache: (version: String, actors: [String: Actor])?
    private var centralityCache: [String: [CentralityReport.Measure: CentralityReport]] = [:]
    private var mapCache: [String: String] = [:]
    private var mapOrder: [String] = []

    /// Opens the store at `path` read-only (see ``EventStore/openReadOnly(path:)``) and loads the bundled data.
    init(storePath path: String) throws {
        store = try EventStore.openReadOnly(path: path)
        dictionary = try ActorDictionary(contentsOf: BundledData.actorsURL)
        ontology = try RelationOntology(contentsOf: BundledData.relationsURL)
        renderer = MapRenderer(ontology: ontology, coordinates: try MapCoordinates(contentsOf: BundledData.coordinatesURL))
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
        let cached: [Event]? = lock.withLock { eventsCache?.key == key ? eventsCache?.events : nil }
        let all: [Event]
        if let cached {
            all = cached
        } else {
            all = try reading { try store.events(since: view.since, until: view.until) }
            lock.withLock { eventsCache = (key, all) }
        }
        return view.filtersKinds ? all.filter(view.admits) : all
    }

    /// Actors stored with events, by id.
    func storedActors() throws -> [String: Actor] {
        let v = try version()
        if let hit = lock.withLock({ actorsCache?.version == v ? actorsCache?.actors : nil }) { return hit }
        let actors = try reading { try store.actors() }
        lock.withLock { actorsCache = (v, actors) }
        return actors
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
        let dyads: [DyadScore]
        if view.since == nil, view.until == nil, !view.filtersKinds {
            dyads = DyadScore.rank(try reading { try store.tieTotals() })
        } else {
            dyads = DyadScore.rank(RelationGraph(events: try events(view)))
        }
        return dyads.filter { $0.strength > 0 && $0.strength >= (view.minStrength ?? 0) }
    }

    /// The relation graph of the view as the analysis commands see it.
    func analysisGraph(_ view: ViewParameters) throws -> AnalysisGraph {
        AnalysisGraph(relations: RelationGraph(events: try events(view)), ontology: ontology, dictionary: dictionary)
    }

    /// Strength, PageRank and betweenness over the view's graph (cached per version and view).
    func centrality(_ view: ViewParameters) throws -> [CentralityReport.Measure: CentralityReport] {
        let key = try version() + "|" + view.key
        if let hit = lock.withLock({ centralityCache[key] }) { return hit }
        let graph = try analysisGraph(view)
        var out: [CentralityReport.Measure: CentralityReport] = [:]
        for m in [CentralityReport.Measure.strength, .pagerank, .betweenness] {
            out[m] = try CentralityReport(measure: m, graph: graph, weighted: m != .betweenness, threads: 1)
        }
        lock.withLock {
            if centralityCache.count > 64 { centralityCache.removeAll() }
            centralityCache[key] = out
        }
        return out
    }

    /// A rendered SVG map from the cache, or rendered by `render` and kept.
    func cachedMap(_ key: String, render: () throws -> String) throws -> String {
        let full = try version() + "|" + key
        if let hit = lock.withLock({ mapCache[full] }) { return hit }
        let svg = try render()
        lock.withLock {
            if mapCache[full] == nil {
                mapCache[full] = svg
                mapOrder.append(full)
                if mapOrder.count > mapCacheLimit { mapCache[mapOrder.removeFirst()] = nil }
            }
        }
        return svg
    }
}
