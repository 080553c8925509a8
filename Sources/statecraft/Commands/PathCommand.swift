import ArgumentParser
import Foundation
import StatecraftAnalysis
import StatecraftCore

/// `statecraft path A B [--k N] [--by strength|hops] [--format text|json]`.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "How A is connected to B: the strongest (or shortest) chains of ties, each hop with its evidence.",
        discussion: """
            --by strength (default) finds the paths whose distance Σ 1/strength is smallest; \
            --by hops the paths with fewest ties. --k N lists the N best simple paths (Yen, as \
            nx.shortest_simple_paths). From the store, ties count in either direction (a dyad is a \
            link); with --edges the file's edges are directed unless --undirected is given.

            JSON: {"from": A, "to": B, "by": "strength", "paths": [{"length": 0.37, "nodes": [A, …, B], "hops": [{"source": A, "target": X, "strength": 12.3, "kinds": [{"kind": "pact", "events": 1, "strength": 8}], "evidence": {"sentence": …, "article": …, "kind": "pact", "modality": "asserted", "date": "2024-06-19", "source": "RUS", "target": "PRK"}}]}]}; actors are {"id","name","kind"} objects (node names, and "weight" for "strength", with --edges).
            """)

    enum By: String, ExpressibleByArgument, CaseIterable { case strength, hops }

    @Argument(help: "From (an actor id, name or alias; a node name with --edges).") var from: String
    @Argument(help: "To.") var to: String
    @Option(help: "How many paths.") var k: Int = 1
    @Option(help: "strength | hops") var by: By = .strength
    @Flag(help: "With --edges: follow edges in either direction.") var undirected = false
    @Option(help: "text | json") var format: OutputFormat = .text
    @OptionGroup var source: GraphSourceOptions

    func validate() throws {
        if !(1...1000).contains(k) { throw ValidationError("--k must be 1...1000") }
    }

    func run() throws {
        var clock = Stopwatch()
        let graph = try source.load(&clock)
        let a = try graph.node(from), b = try graph.node(to)
        if a == b { throw CLIError("\(from) and \(to) are the same node") }
        let g = graph.isStore || undirected ? graph.directed.undirectedView() : graph.directed
        let paths: [GraphPath]
        do {
            paths = try ShortestPaths.kShortestSimplePaths(g, from: a, to: b, k: k, metric: by == .hops ? .hops : .inverseWeight)
        } catch let e as GraphInputError { throw CLIError(e.description) }
        clock.lap("compute_s")
        let hops = paths.map { p in (0..<(p.nodes.count - 1)).map { hop(graph, g, p.nodes[$0], p.nodes[$0 + 1]) } }
        switch format {
        case .json:
            let doc: [String: Any] = [
                "from": graph.json(a), "to": graph.json(b), "by": by.rawValue,
                "paths": zip(paths, hops).map { p, h in
                    ["length": p.length, "nodes": p.nodes.map { graph.json($0) },
                     "hops": h.map { $0.filter { !$0.key.hasPrefix("_") } }] as [String: Any]
                },
            ]
            print(orderedJSON(doc, keyOrder: ["from", "to", "by", "paths", "length", "nodes", "hops", "source", "target",
                                              "strength", "weight", "kinds", "evidence", "id", "name", "kind", "article",
                                              "sentence", "date", "modality"]))
        case .text:
            if paths.isEmpty {
                print("No path from \(graph.display(a)) to \(graph.display(b)).")
            }
            for (i, (p, h)) in zip(paths, hops).enumerated() {
                let measureText = by == .hops ? "\(p.nodes.count - 1) hop\(p.nodes.count == 2 ? "" : "s")"
                    : String(format: "distance %.4g (Σ 1/strength)", p.length)
                print("\(i + 1). " + p.nodes.map { graph.display($0) }.joined(separator: " → ") + "  [\(measureText)]")
                for step in h {
                    let w = step["strength"] ?? step["weight"] ?? 0
                    var line = "   \(graph.display(step["_s"] as! Int)) – \(graph.display(step["_t"] as! Int)): \(graph.isStore ? "strength" : "weight") \(String(format: "%.1f", w as! Double))"
                    if let kinds = step["kinds"] as? [[String: Any]], !kinds.isEmpty {
                        line += "; " + kinds.map { "\($0["kind"]!) ×\($0["events"]!)" }.joined(separator: ", ")
                    }
                    print(line)
                    if let ev = step["evidence"] as? [String: Any] {
                        print("      “\(ev["sentence"]!)” (\(ev["modality"]!), \(ev["date"] ?? "undated"), article \(String(describing: ev["article"]!).prefix(12)))")
                    }
                }
            }
        }
        if source.timings { clock.report() }
    }

    /// One hop: its ends, strength, and (store mode) its kinds and best evidence.
    private func hop(_ graph: AnalysisGraph, _ g: WeightedDigraph, _ s: Int, _ t: Int) -> [String: Any] {
        var h: [String: Any] = ["source": graph.json(s), "target": graph.json(t), "_s": s, "_t": t]
        h[graph.isStore ? "strength" : "weight"] = g.weight(from: s, to: t) ?? 0
        if let (dyad, best) = graph.bestEvidence(s, t), let rg = graph.relations {
            var parts: [RelationKind: (events: Int, strength: Double)] = [:]
            for e in dyad.events {
                let p = parts[e.kind] ?? (0, 0)
                parts[e.kind] = (p.events + 1, p.strength + rg.measure.contribution(of: e))
            }
            h["kinds"] = parts.sorted { $0.value.strength != $1.value.strength ? $0.value.strength > $1.value.strength : $0.key < $1.key }
                .map { ["kind": $0.key.rawValue, "events": $0.value.events, "strength": $0.value.strength] as [String: Any] }
            h["evidence"] = ["sentence": best.evidence, "article": best.article, "kind": best.kind.rawValue,
                             "modality": best.modality.rawValue, "date": best.date?.description ?? NSNull(),
                             "source": best.source.id, "target": best.target.id] as [String: Any]
        }
        return h
    }
}
