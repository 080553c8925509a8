import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftData
import StatecraftRender
import StatecraftStore

/// `statecraft render`: draws the relation graph of the store through libgvc, in process.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the relation graph as SVG, PNG, PDF or DOT (Graphviz, in process).",
        discussion: """
            Edge colour: cooperation green→blue, conflict orange→red, contact grey; width: strength; \
            dashed: not asserted; arrows: direction. Every node and edge has a tooltip with its kinds, \
            counts and best evidence sentence, and a stable id (n-RUS, e-PRK-RUS-cooperation-asserted).
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionary: DictionaryOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var actorKinds: ActorKindOptions

    @Option(name: .short, help: ArgumentHelp("Write to FILE (written whole or not at all); standard output when absent.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("svg, png, pdf or dot (default: from -o's extension, else svg).", valueName: "FORMAT"))
    var format: String?

    @Option(help: ArgumentHelp("geo (states at their capitals), dot, neato, fdp, sfdp or circo; chosen by size when absent.", valueName: "LAYOUT"))
    var layout: String?

    @Option(help: ArgumentHelp("Only this actor's ego network (id, name or alias).", valueName: "A"))
    var actor: String?

    @Option(help: ArgumentHelp("Steps from --actor to include.", valueName: "N"))
    var depth: Int = 1

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only the two actors and every tie between them.", valueName: "A B"))
    var dyad: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only these relation kinds.", valueName: "K"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Only the N strongest ties.", valueName: "N"))
    var top: Int?

    @Option(help: ArgumentHelp("Only ties at least this strong.", valueName: "X"))
    var minStrength: Double?

    @Flag(help: "Draw every tie of the view, however many (without --top or --all, a view too large to read is cut to its strongest ties).")
    var all = false

    func validate() throws {
        if !dyad.isEmpty, dyad.count != 2 { throw ValidationError("--dyad takes exactly two actors") }
        if !dyad.isEmpty, actor != nil { throw ValidationError("--dyad and --actor cannot be combined") }
        if !(1...1000).contains(depth) { throw ValidationError("--depth must be 1...1000") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if top != nil, all { throw ValidationError("--top and --all cannot be combined") }
        if let minStrength, !(minStrength >= 0) { throw ValidationError("--min-strength must be a number ≥ 0") }
        if let format, MapRenderer.Format(rawValue: format.lowercased()) == nil {
            throw ValidationError("unknown format '\(format)' (svg, png, pdf, dot)")
        }
        if let layout, MapLayout(rawValue: layout.lowercased()) == nil {
            throw ValidationError("unknown layout '\(layout)' (geo, dot, neato, fdp, sfdp, circo)")
        }
        for k in kind { _ = try RelationKind.parse(k) }
    }

    func run() throws {
        let format = try outputFormat()
        let destination = try output.map { try OutputFile(path: $0) }  // fails now when -o cannot be written

        guard FileManager.default.fileExists(atPath: store.path) else {
            throw CLIError("\(store.path): no store here; run `statecraft build` first or pass --db")
        }
        let events = actorKinds.filter(try store.open().events(since: period.since, until: period.until, includingBackground: period.withBackground))
        let dict = try dictionary.load()
        let known = Dictionary(events.flatMap { [($0.source.id, $0.source), ($0.target.id, $0.target)] }, uniquingKeysWith: { a, _ in a })
        func resolve(_ name: String) throws -> String {
            if let a = dict.resolve(name) { return a.id }
            if known[name] != nil { return name }
            if let a = known.values.first(where: { $0.name.lowercased() == name.lowercased() }) { return a.id }
            let hints = dict.suggestions(for: name).map { "\($0.name) (\($0.id))" }
            throw CLIError("unknown actor '\(name)'" + (hints.isEmpty ? "" : "; did you mean " + hints.joined(separator: ", ") + "?"))
        }

        var view = MapView(kinds: Set(kind.compactMap(RelationKind.named)), top: top, minStrength: minStrength,
                           since: period.since, until: period.until)
        if let actor { view.focus = .actor(try resolve(actor), depth: depth) }
        if dyad.count == 2 { view.focus = .dyad(try resolve(dyad[0]), try resolve(dyad[1])) }

        let renderer = MapRenderer(ontology: try RelationOntology.bundled(),
                                   coordinates: try MapCoordinates(contentsOf: BundledData.coordinatesURL).withBases(of: dict))
        if top == nil, !all {
            let dyads = view.selectDyads(from: events, measure: renderer.measure)
            if let cap = MapSizeLimit.cap(dyads) {
                view.top = cap
                let actors = Set(dyads.flatMap { [$0.a.id, $0.b.id] }).count
                StandardOutput.warn("warning: the view has \(actors) actors and \(dyads.count) ties, more than a map shows legibly "
                    + "(\(MapSizeLimit.legibleActors) actors, \(MapSizeLimit.legibleTies) ties); drawing the \(cap) strongest ties. "
                    + "--top N draws the N strongest, --all draws everything")
            }
        }
        let map = renderer.map(of: events, view: view)
        guard !map.nodes.isEmpty else {
            throw CLIError(events.isEmpty ? "\(store.path): the store has no events in this period; nothing to draw"
                                          : "no ties match the view (\(events.count) events in the store); nothing to draw")
        }
        let chosen = layout.flatMap { MapLayout(rawValue: $0.lowercased()) } ?? MapLayout.automatic(for: map)
        if let why = MapSizeLimit.refusal(layout: chosen, actors: map.nodes.count, edges: map.edges.count) {
            throw CLIError(why + " (--layout sfdp, or --top N)")
        }
        let data: Data
        do {
            data = try renderer.render(map, layout: chosen, format: format)
        } catch let e as GraphvizError {
            throw CLIError(e.description)
        }
        if let destination {
            try destination.write(data)
        } else {
            try StandardOutput.write(data)
        }
    }

    /// `--format`, else the extension of `-o`, else SVG.
    func outputFormat() throws -> MapRenderer.Format {
        if let format { return MapRenderer.Format(rawValue: format.lowercased())! }
        guard let output else { return .svg }
        let ext = (output as NSString).pathExtension.lowercased()
        if ext == "gv" { return .dot }
        return MapRenderer.Format(rawValue: ext) ?? .svg
    }
}

extension RelationKind {
    /// The kind with this name, in any case ("armsSupply", "armssupply").
    static func named(_ s: String) -> RelationKind? {
        allCases.first { $0.rawValue.lowercased() == s.lowercased() }
    }
}
