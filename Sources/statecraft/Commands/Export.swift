import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftData
import StatecraftInterchange
import StatecraftRender
import StatecraftStore

extension GraphExportFormat: ExpressibleByArgument {}

/// `statecraft export --format json|graphml|gexf|csv|dot [-o PATH]`, and the event table:
/// `statecraft export --events --format csv|jsonl [-o FILE]`
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the relation graph for other tools: JSON (D3, Cytoscape), GraphML, GEXF (Gephi), CSV, DOT.",
        discussion: """
            One node per actor, one link per arc of the graph every command uses (a symmetric kind \
            such as a pact on both links of its dyad, half its strength on each; NetworkX on the \
            export gives `centrality`'s values), with strength, net score, counts by kind and \
            modality, period and best evidence. JSON loads with networkx.node_link_graph(doc) as it \
            is; GEXF nodes carry lat and lon for Gephi's Geo Layout. CSV writes two tables: with -o PATH, \
            PATH-nodes.csv and PATH-edges.csv (a trailing .csv is dropped); on standard output, \
            the edge table only. With --events: the event table instead, one row per stored event \
            (every report, background events included; --format csv, the default, or jsonl), \
            streamed in constant memory.
            """)

    @Option(help: "json, graphml, gexf, csv or dot; with --events, csv or jsonl.")
    var format: GraphExportFormat?

    @Flag(help: "Export the event table (one row per event) instead of the graph.")
    var events = false

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write here instead of standard output.", valueName: "PATH"))
    var output: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Only these relation kinds (\(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "KIND"))
    var kind: [String] = []

    /// The `--kind` values as kinds (any case).
    var kinds: Set<RelationKind> {
        Set(kind.compactMap { k in RelationKind.allCases.first { $0.rawValue.lowercased() == k.lowercased() } })
    }

    @Option(help: ArgumentHelp("Only links at least this strong.", valueName: "X"))
    var minStrength: Double = 0

    @OptionGroup var period: PeriodOptions
    @OptionGroup var actorKinds: ActorKindOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        for k in kind { _ = try RelationKind.parse(k) }
        if events, let format, format != .csv && format != .jsonl {
            throw ValidationError("--events writes csv or jsonl, not \(format.rawValue)")
        }
        if !events, format == .jsonl { throw ValidationError("jsonl is the event table's format: add --events") }
        if events, minStrength != 0 { throw ValidationError("--min-strength is for the graph, not the event table (--events)") }
        guard minStrength >= 0, minStrength.isFinite else { throw ValidationError("--min-strength must be a number ≥ 0") }
    }

    func run() throws {
        if events { return try exportEvents() }
        let format = self.format ?? .json
        // A bad -o fails before the store is read.
        let destinations = try output.map { output in
            format == .csv ? try Self.csvPaths(for: output).map { try OutputFile(path: $0) } : [try OutputFile(path: output)]
        }
        guard FileManager.default.fileExists(atPath: store.path) else {
            throw CLIError("\(store.path): no such store (run `statecraft build` or `statecraft import` first)")
        }
        let db = try store.open()
        let totals = actorKinds.filter(try db.tieTotals(kinds: kinds, since: period.since, until: period.until,
                                                        includingBackground: period.withBackground))
        let evidence = try db.bestEvidence(kinds: kinds, since: period.since, until: period.until,
                                           includingBackground: period.withBackground)
        let graph = ExportGraph(totals: totals, ontology: try .bundled(), minStrength: minStrength, evidence: evidence)
        let texts: [String]
        switch format {
        case .json: texts = [try JSONGraphWriter.write(graph)]
        case .graphml: texts = [GraphMLWriter.write(graph)]
        case .gexf:
            let coordinates = try MapCoordinates(contentsOf: BundledData.coordinatesURL)
            texts = [GEXFWriter.write(graph, positions: coordinates.positions.mapValues { (latitude: $0.latitude, longitude: $0.longitude) })]
        case .dot: texts = [DOTGraphWriter.write(graph)]
        case .csv: texts = destinations == nil ? [CSVTableWriter.edges(graph)] : [CSVTableWriter.nodes(graph), CSVTableWriter.edges(graph)]
        case .jsonl: throw CLIError("jsonl is the event table's format: add --events")
        }
        if let destinations {
            // Written whole or not at all, both CSV tables together.
            try OutputFile.write(Array(zip(destinations, texts.map { Data($0.utf8) })))
        } else {
            try StandardOutput.write(texts[0])
        }
        if output != nil {
            StandardOutput.warn("exported \(graph.nodes.count) actors, \(graph.links.count) links")
        }
    }

    /// `--events`: the event table, streamed from the store to the output (constant memory).
    func exportEvents() throws {
        let destination = try output.map { try OutputFile(path: $0) }
        guard FileManager.default.fileExists(atPath: store.path) else {
            throw CLIError("\(store.path): no such store (run `statecraft build` or `statecraft import` first)")
        }
        let db = try store.open()
        let table: EventTableWriter.Format = format == .jsonl ? .jsonl : .csv
        let selection = EventSelection(since: period.since, until: period.until, kinds: kinds, factsOnly: false,
                                       includingBackground: true)
        var rows = 0
        if let destination {
            try destination.stream { write in
                rows = try EventTableWriter.write(from: db, selection: selection, format: table, to: write)
            }
            StandardOutput.warn("exported \(rows) events")
        } else {
            rows = try EventTableWriter.write(from: db, selection: selection, format: table) { try StandardOutput.write($0) }
        }
    }

    /// The two CSV tables of `-o PATH`: PATH-nodes.csv and PATH-edges.csv (a trailing .csv dropped).
    static func csvPaths(for output: String) -> [String] {
        let base = output.lowercased().hasSuffix(".csv") ? String(output.dropLast(4)) : output
        return [base + "-nodes.csv", base + "-edges.csv"]
    }
}
