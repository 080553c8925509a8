import Foundation
import StatecraftAnalysis

/// Who is central: one measure over the analysis graph, highest first, as `centrality` prints it.
///
/// Values follow NetworkX (strength = `G.degree(weight)`, PageRank `alpha=0.85`, betweenness
/// normalised by (n-1)(n-2), closeness over incoming distances). JSON:
/// `{"measure": M, "scores": [{"id": …, "score": …}]}`, highest first.
public struct CentralityReport {
    /// The measures `centrality --measure` and `/api/centrality?measure=` accept.
    public enum Measure: String, CaseIterable, Sendable {
        case strength, degree, pagerank, betweenness, closeness, eigenvector
    }

    public let measure: Measure
    /// Node labels (actor ids, or edge-list node names).
    public let labels: NodeLabels
    /// One score per node, by node id.
    public let scores: [Double]
    /// Node ids, highest score first (ties by label), cut to `top`.
    public let order: [Int]

    /// Computes `measure` on `graph` (``AnalysisGraph/directed``): `weighted` uses tie strengths
    /// (distance 1/strength for betweenness and closeness), `undirected` the undirected view.
    public init(measure: Measure, graph: AnalysisGraph, weighted: Bool = false, undirected: Bool = false,
                direction: Centrality.Direction = .total, threads: Int = defaultThreadCount, top: Int? = nil) throws {
        let g = graph.directed
        let base = undirected ? g.undirectedView() : g
        let valued = weighted ? base : base.withUnitWeights()
        let scores: [Double]
        switch measure {
        case .strength: scores = undirected ? Centrality.undirectedStrength(base) : Centrality.strength(base, direction: direction)
        case .degree: scores = undirected ? Centrality.undirectedDegree(base) : Centrality.degree(base, direction: direction)
        case .pagerank: scores = try Centrality.checkedPageRank(valued)
        case .eigenvector: scores = try Centrality.eigenvector(valued)
        case .betweenness: scores = try Centrality.betweenness(base, weighted: weighted, threads: threads)
        case .closeness: scores = try Centrality.closeness(base, weighted: weighted, threads: threads)
        }
        var order = Array(0..<scores.count)
        let labels = graph.labels
        order.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : labels[$0] < labels[$1] }
        if let top { order = Array(order.prefix(top)) }
        self.measure = measure
        self.labels = labels
        self.scores = scores
        self.order = order
    }

    /// The 1-based rank and score of a node (nil when it is not in the graph).
    public func rank(of label: String) -> (rank: Int, score: Double)? {
        guard let id = labels.id(of: label) else { return nil }
        let higher = scores.indices.filter { scores[$0] > scores[id] || (scores[$0] == scores[id] && labels[$0] < label) }.count
        return (higher + 1, scores[id])
    }

    /// `{"measure": M, "scores": [{"id": …, "score": …}]}`, highest first.
    public var json: String {
        let doc: [String: Any] = ["measure": measure.rawValue,
                                  "scores": order.map { ["id": labels[$0], "score": scores[$0]] as [String: Any] }]
        return orderedJSON(doc, keyOrder: ["measure", "scores", "id", "score"])
    }
}
