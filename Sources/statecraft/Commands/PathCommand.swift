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

    typealias By = PathReport.By

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
        let report: PathReport
        do {
            report = try PathReport(graph: graph, from: from, to: to, k: k, by: by, undirected: undirected)
        } catch let e as GraphInputError { throw CLIError(e.description) }
        clock.lap("compute_s")
        let (a, b, paths, hops) = (report.from, report.to, report.paths, report.hops)
        switch format {
        case .json:
            print(report.json)
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
}

extension PathReport.By: ExpressibleByArgument {}
