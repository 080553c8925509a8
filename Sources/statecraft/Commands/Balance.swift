import ArgumentParser
import Foundation
import StatecraftAnalysis

/// `statecraft balance [--format text|json]`.
struct Balance: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Structural balance of the signed graph: balanced triads, the most unbalanced ones, the best two-bloc split.",
        discussion: """
            Ties are signed (cooperation +, conflict −; reciprocal ties summed). A triad of three \
            mutually tied actors is balanced when the product of its signs is positive: three \
            friends, or two friends with a common enemy ("the enemy of my enemy is my friend").

            JSON: {"triads": 516, "balanced": 271, "balanced_share": 0.525, "most_unbalanced": [{"actors": [actor, actor, actor], "ties": [[a, b, w], [b, c, w], [a, c, w]], "magnitude": 37.2}], "split": {"frustration": 447.5, "frustrated_ties": 114, "blocs": [[actor…], [actor…]]}}.
            """)

    @Option(help: "How many unbalanced triads to list.") var top: Int = 10
    @Option(help: "Random seed for the split's local search.") var seed: UInt64 = 42
    @Option(help: "text | json") var format: OutputFormat = .text
    @OptionGroup var source: GraphSourceOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        var clock = Stopwatch()
        let graph = try source.load(&clock)
        let view = graph.signed.undirectedView()
        let balance = StructuralBalance(view, limit: max(0, top))
        let split = StructuralBalance.twoBlocSplit(view, seed: seed)
        clock.lap("compute_s")
        func sign(_ w: Double) -> String { w > 0 ? "+" : "−" }
        switch format {
        case .json:
            let doc: [String: Any] = [
                "triads": balance.triadCount, "balanced": balance.balancedCount, "balanced_share": balance.balancedShare,
                "most_unbalanced": balance.mostUnbalanced.map { t in
                    ["actors": [t.a, t.b, t.c].map { graph.json($0) },
                     "ties": [[graph.labels[t.a], graph.labels[t.b], t.ab], [graph.labels[t.b], graph.labels[t.c], t.bc],
                              [graph.labels[t.a], graph.labels[t.c], t.ac]],
                     "magnitude": t.magnitude] as [String: Any]
                },
                "split": ["frustration": split.frustration, "frustrated_ties": split.frustratedTies,
                          "blocs": [(0..<view.nodeCount).filter { split.side[$0] && view.outDegree($0) > 0 }.map { graph.json($0) },
                                    (0..<view.nodeCount).filter { !split.side[$0] && view.outDegree($0) > 0 }.map { graph.json($0) }]] as [String: Any],
            ]
            print(orderedJSON(doc, keyOrder: ["triads", "balanced", "balanced_share", "most_unbalanced", "split", "actors", "ties",
                                              "magnitude", "frustration", "frustrated_ties", "blocs", "id", "name", "kind"]))
        case .text:
            print("\(balance.triadCount) triads, \(balance.balancedCount) balanced (\(String(format: "%.1f", balance.balancedShare * 100)) %)")
            if !balance.mostUnbalanced.isEmpty { print("Most unbalanced triads:") }
            for (i, t) in balance.mostUnbalanced.enumerated() {
                print("\(i + 1). \(graph.display(t.a)) \(sign(t.ab)) \(graph.display(t.b)) \(sign(t.bc)) \(graph.display(t.c)) \(sign(t.ac)) \(graph.display(t.a))  (strength \(formatScore(t.magnitude)))")
            }
            print("Best two-bloc split: \(split.frustratedTies) frustrated tie\(split.frustratedTies == 1 ? "" : "s") (weight \(formatScore(split.frustration)) of \(formatScore(split.totalWeight)))")
        }
        if source.timings { clock.report() }
    }
}
