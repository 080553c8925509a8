import ArgumentParser
import Foundation
import StatecraftAnalysis
import StatecraftCore

/// Where the analysis commands get their graph: the store (`--db`, with `--since/--until`,
/// `--half-life` and `--dictionary` for names) or an edge list (`--edges FILE.tsv`);
/// `--timings` reports load and compute time on stderr.
struct GraphSourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Analyse this edge list (SRC<TAB>DST<TAB>WEIGHT, directed) instead of the store.", valueName: "FILE.tsv"))
    var edges: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var actorKinds: ActorKindOptions

    @Option(name: .customLong("half-life"),
            help: ArgumentHelp("Tie strength halves every this long before the latest event (e.g. 90d, 12w, 1y).", valueName: "DURATION"))
    var halfLife: HalfLife?

    @Flag(help: "Print {\"load_s\": …, \"compute_s\": …} to stderr.")
    var timings = false

    func validate() throws {
        if edges != nil && (period.since != nil || period.until != nil || halfLife != nil) {
            throw ValidationError("--since, --until and --half-life need dated events; an edge list (--edges) has none")
        }
        if edges != nil && !actorKinds.actorKind.isEmpty {
            throw ValidationError("--actor-kind needs the store's actors; an edge list (--edges) has none")
        }
    }

    /// Loads the graph (timed as `load_s`).
    func load(_ clock: inout Stopwatch) throws -> AnalysisGraph {
        defer { clock.lap("load_s") }
        if let edges {
            do { return AnalysisGraph(edgeList: try EdgeListLoader.load(path: edges)) } catch let e as GraphInputError {
                throw CLIError(e.description)
            }
        }
        let events = actorKinds.filter(try StoreAccess.events(store, since: period.since, until: period.until,
                                                              includingBackground: period.withBackground))
        let measure = TieStrength(halfLifeDays: halfLife?.days)
        let graph = RelationGraph(events: events, measure: measure)
        if graph.actors.isEmpty {
            throw CLIError("\(store.path): no ties\(period.since != nil || period.until != nil ? " in this period" : "")\(actorKinds.actorKind.isEmpty ? "" : " between these actor kinds") (run `statecraft build` first, or use --edges FILE)")
        }
        return AnalysisGraph(relations: graph, ontology: try RelationOntology.bundled(),
                             dictionary: try dictionaryOptions.load())
    }
}

/// Wall-clock laps for `--timings`.
struct Stopwatch {
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var laps: [(String, Double)] = []

    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((name, Double(now - last) / 1e9))
        last = now
    }

    /// `{"load_s": …, "compute_s": …}` on stderr.
    func report() {
        let body = laps.map { "\"\($0.0)\": \(String(format: "%.6f", $0.1))" }.joined(separator: ", ")
        StandardOutput.warn("{\(body)}")
    }
}
