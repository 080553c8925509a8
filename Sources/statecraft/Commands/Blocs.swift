import ArgumentParser
import Foundation
import StatecraftAnalysis

/// `statecraft blocs [--signed] [--format text|json]`.
struct Blocs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Which blocs form: Louvain communities of the cooperative ties, or (--signed) the two-bloc split of friends and foes.",
        discussion: """
            Without --signed: Louvain on the undirected cooperative ties (reciprocal ties summed), \
            with its modularity. With --signed: the split into two blocs that minimises frustrated \
            ties (cooperation across the blocs, conflict inside one) on the signed ties; actors with \
            no signed tie are listed as unaligned.

            JSON: {"method": "louvain", "modularity": 0.72, "resolution": 1, "blocs": [{"bloc": 1, "size": 3, "members": [actor…]}]}; with --signed: {"method": "signed two-bloc split", "frustration": 4.5, "frustrated_ties": 2, "frustrated_share": 0.03, "blocs": […], "unaligned": [actor…]}.
            """)

    @Flag(help: "Split the signed graph into two opposed blocs.") var signed = false
    @Option(help: "Louvain resolution, above 0 and at most 1000 (higher: smaller blocs).") var resolution: Double = 1
    @Option(help: "Random seed (Louvain visiting order, split restarts).") var seed: UInt64 = 42
    @Option(help: "text | json") var format: OutputFormat = .text
    @OptionGroup var source: GraphSourceOptions

    func validate() throws {
        if !(resolution > 0 && resolution <= 1000) { throw ValidationError("--resolution must be a number above 0 and at most 1000") }
    }

    func run() throws {
        var clock = Stopwatch()
        let graph = try source.load(&clock)
        if signed { try runSigned(graph, &clock) } else { try runLouvain(graph, &clock) }
        if source.timings { clock.report() }
    }

    private func runLouvain(_ graph: AnalysisGraph, _ clock: inout Stopwatch) throws {
        let view = graph.cooperative.undirectedView()
        let part: Communities.Partition
        do { part = try Communities.louvain(view, resolution: resolution, seed: seed) } catch let e as GraphInputError {
            throw CLIError(e.description + (graph.isStore ? "" : "; try --signed"))
        }
        clock.lap("compute_s")
        let strength = Centrality.undirectedStrength(view)
        // Blocs: largest first; members by strength. Actors without a cooperative tie are left out.
        var groups = [[Int]](repeating: [], count: part.count)
        for (v, c) in part.membership.enumerated() where view.outDegree(v) > 0 { groups[c].append(v) }
        groups = groups.filter { !$0.isEmpty }.map { g in g.sorted { strength[$0] != strength[$1] ? strength[$0] > strength[$1] : graph.labels[$0] < graph.labels[$1] } }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : graph.labels[$0[0]] < graph.labels[$1[0]] }
        switch format {
        case .json:
            let doc: [String: Any] = [
                "method": "louvain", "modularity": part.modularity, "resolution": resolution,
                "blocs": groups.enumerated().map { i, g in ["bloc": i + 1, "size": g.count, "members": g.map { graph.json($0) }] as [String: Any] },
            ]
            print(orderedJSON(doc, keyOrder: ["method", "modularity", "resolution", "blocs", "bloc", "size", "members", "id", "name", "kind"]))
        case .text:
            print("\(groups.count) bloc\(groups.count == 1 ? "" : "s") of cooperative ties (Louvain, modularity \(String(format: "%.4f", part.modularity)))")
            for (i, g) in groups.enumerated() {
                print("\(i + 1). [\(g.count)] " + g.map { graph.display($0) }.joined(separator: ", "))
            }
        }
    }

    private func runSigned(_ graph: AnalysisGraph, _ clock: inout Stopwatch) throws {
        let view = graph.signed.undirectedView()
        let split = StructuralBalance.twoBlocSplit(view, seed: seed)
        clock.lap("compute_s")
        let tied = (0..<view.nodeCount).filter { v in
            (view.outOffsets[v]..<view.outOffsets[v + 1]).contains { view.outTargets[$0] != v && view.outWeights[$0] != 0 }
        }
        let tiedSet = Set(tied)
        let first = tied.filter { split.side[$0] }, second = tied.filter { !split.side[$0] }
        let unaligned = (0..<view.nodeCount).filter { !tiedSet.contains($0) }
        let share = split.totalWeight > 0 ? split.frustration / split.totalWeight : 0
        switch format {
        case .json:
            let doc: [String: Any] = [
                "method": "signed two-bloc split", "frustration": split.frustration, "frustrated_ties": split.frustratedTies,
                "frustrated_share": share,
                "blocs": [first, second].enumerated().map { i, g in ["bloc": i + 1, "size": g.count, "members": g.map { graph.json($0) }] as [String: Any] },
                "unaligned": unaligned.map { graph.json($0) },
            ]
            print(orderedJSON(doc, keyOrder: ["method", "frustration", "frustrated_ties", "frustrated_share", "blocs", "unaligned",
                                              "bloc", "size", "members", "id", "name", "kind"]))
        case .text:
            print("Two blocs minimising frustrated ties: \(split.frustratedTies) frustrated tie\(split.frustratedTies == 1 ? "" : "s"), weight \(formatScore(split.frustration)) (\(String(format: "%.1f", share * 100)) % of all tie weight)")
            print("1. [\(first.count)] " + first.map { graph.display($0) }.joined(separator: ", "))
            print("2. [\(second.count)] " + second.map { graph.display($0) }.joined(separator: ", "))
            if !unaligned.isEmpty { print("unaligned: " + unaligned.map { graph.display($0) }.joined(separator: ", ")) }
        }
    }
}
