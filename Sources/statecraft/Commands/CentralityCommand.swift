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

    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case strength, degree, pagerank, betweenness, closeness, eigenvector
    }

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
        let scores: [Double]
        do { scores = try compute(graph.directed) } catch let e as GraphInputError { throw CLIError(e.description) }
        clock.lap("compute_s")
        var order = Array(0..<scores.count)
        order.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : graph.labels[$0] < graph.labels[$1] }
        if let top { order = Array(order.prefix(top)) }
        switch format {
        case .json:
            let doc: [String: Any] = ["measure": measure.rawValue,
                                      "scores": order.map { ["id": graph.labels[$0], "score": scores[$0]] as [String: Any] }]
            print(orderedJSON(doc, keyOrder: ["measure", "scores", "id", "score"]))
        case .text:
            let label = [weighted && measure != .strength && measure != .degree ? "weighted" : nil,
                         undirected ? "undirected" : nil,
                         (measure == .strength || measure == .degree) && !undirected ? direction.rawValue : nil,
                         measure.rawValue].compactMap { $0 }.joined(separator: " ")
            print("\(label) (\(scores.count) nodes)")
            let width = String(order.count).count
            for (rank, v) in order.enumerated() {
                let r = String(rank + 1).leftPadded(to: width)
                print("\(r). \(graph.display(v))  \(formatScore(scores[v]))")
            }
        }
        if source.timings { clock.report() }
    }

    private func compute(_ g: WeightedDigraph) throws -> [Double] {
        let base = undirected ? g.undirectedView() : g
        let valued = weighted ? base : base.withUnitWeights()
        switch measure {
        case .strength: return undirected ? Centrality.undirectedStrength(base) : Centrality.strength(base, direction: direction)
        case .degree: return undirected ? Centrality.undirectedDegree(base) : Centrality.degree(base, direction: direction)
        case .pagerank: return try Centrality.checkedPageRank(valued)
        case .eigenvector: return try Centrality.eigenvector(valued)
        case .betweenness: return try Centrality.betweenness(base, weighted: weighted, threads: threads)
        case .closeness: return try Centrality.closeness(base, weighted: weighted, threads: threads)
        }
    }
}

extension Centrality.Direction: ExpressibleByArgument {}

func formatScore(_ x: Double) -> String {
    if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    return String(format: abs(x) >= 0.001 || x == 0 ? "%.4f" : "%.4e", x)
}

/// Pretty JSON with keys in a chosen order (JSONSerialization sorts or scrambles them).
func orderedJSON(_ value: Any, keyOrder: [String], indent: String = "") -> String {
    let inner = indent + "  "
    switch value {
    case let d as [String: Any]:
        if d.isEmpty { return "{}" }
        let keys = d.keys.sorted { a, b in
            let ia = keyOrder.firstIndex(of: a) ?? Int.max, ib = keyOrder.firstIndex(of: b) ?? Int.max
            return ia != ib ? ia < ib : a < b
        }
        let body = keys.map { "\(inner)\(JSONOutput.string($0)): \(orderedJSON(d[$0]!, keyOrder: keyOrder, indent: inner))" }
        return "{\n" + body.joined(separator: ",\n") + "\n\(indent)}"
    case let a as [Any]:
        if a.isEmpty { return "[]" }
        return "[\n" + a.map { inner + orderedJSON($0, keyOrder: keyOrder, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
    case let s as String: return JSONOutput.string(s)
    case let b as Bool: return b ? "true" : "false"
    case let i as Int: return String(i)
    case let x as Double: return JSONOutput.number(x)
    case is NSNull: return "null"
    default: return JSONOutput.string("\(value)")
    }
}

