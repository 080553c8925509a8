import ArgumentParser
import Foundation
import StatecraftAnalysis

/// `statecraft centrality --measure M [--weighted] [--undirected] [--top N] [--format text|json]`.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Who is central: strength, degree, PageRank, betweenness, closeness or eigenvector centrality.",
        discussion: """
            Values follow NetworkX: strength = G.degree(weight), PageRank = nx.pagerank(alpha=0.85), \
            betweenness normalised by (n-1)(n-2), closeness over incoming distances (Wasserman-Faust); \
            --weighted makes betweenness and closeness use the distance 1/strength and PageRank and \
            eigenvector centrality use the strengths (strength is always weighted, degree never). \
            JSON: {"measure": M, "scores": [{"id": …, "score": …}]}, highest first.
            """)

    typealias Measure = CentralityReport.Measure

    @Option(help: "strength | degree | pagerank | betweenness | closeness | eigenvector") var measure: Measure
    @Flag(help: "Use tie strengths (distance 1/strength for betweenness and closeness).") var weighted = false
    @Flag(help: "Use the undirected view (reciprocal ties summed).") var undirected = false
    @Option(help: "For strength and degree: in, out or total (directed graph).") var direction: Centrality.Direction = .total
    @Option(help: "Only the N highest.") var top: Int?
    @Option(help: "Threads for betweenness and closeness (default: all cores).") var threads: Int = defaultThreadCount
    @Option(help: "text | json") var format: OutputFormat = .text
    @OptionGroup var source: GraphSourceOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if !(1...256).contains(threads) { throw ValidationError("--threads must be 1...256") }
    }

    func run() throws {
        var clock = Stopwatch()
        let graph = try source.load(&clock)
        let report: CentralityReport
        do {
            report = try CentralityReport(measure: measure, graph: graph, weighted: weighted, undirected: undirected,
                                          direction: direction, threads: threads, top: top)
        } catch let e as GraphInputError { throw CLIError(e.description) }
        clock.lap("compute_s")
        switch format {
        case .json:
            print(report.json)
        case .text:
            let label = [weighted && measure != .strength && measure != .degree ? "weighted" : nil,
                         undirected ? "undirected" : nil,
                         (measure == .strength || measure == .degree) && !undirected ? direction.rawValue : nil,
                         measure.rawValue].compactMap { $0 }.joined(separator: " ")
            print("\(label) (\(report.scores.count) nodes)")
            let width = String(report.order.count).count
            for (rank, v) in report.order.enumerated() {
                let r = String(rank + 1).leftPadded(to: width)
                print("\(r). \(graph.display(v))  \(formatScore(report.scores[v]))")
            }
        }
        if source.timings { clock.report() }
    }
}

extension CentralityReport.Measure: ExpressibleByArgument {}
extension Centrality.Direction: ExpressibleByArgument {}

func formatScore(_ x: Double) -> String {
    if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    return String(format: abs(x) >= 0.001 || x == 0 ? "%.4f" : "%.4e", x)
}
