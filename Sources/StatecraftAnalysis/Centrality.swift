/// Node centrality measures, each matching a NetworkX call (named in each method's documentation).
///
/// Scores are indexed by node id. Weighted distance-based measures (betweenness, closeness)
/// use the distance `1/weight`: a strong tie is a short one. Measures that are undefined for
/// negative weights throw ``GraphInputError/undefined(measure:reason:)``.
public enum Centrality {
    /// Which edges of a node count.
    public enum Direction: String, Sendable, CaseIterable {
        case `in`, out, total
    }

    /// Weighted degree: the sum of edge weights (`G.in_degree` / `G.out_degree` /
    /// `G.degree(weight="weight")` in NetworkX; a self-loop counts in both `in` and `out`).
    public static func strength(_ g: WeightedDigraph, direction: Direction = .total) -> [Double] {
        var s = [Double](repeating: 0, count: g.nodeCount)
        for u in 0..<g.nodeCount {
            if direction != .in { for e in g.outOffsets[u]..<g.outOffsets[u + 1] { s[u] += g.outWeights[e] } }
            if direction != .out { for e in g.inOffsets[u]..<g.inOffsets[u + 1] { s[u] += g.inWeights[e] } }
        }
        return s
    }

    /// Edge counts (`G.in_degree()` / `G.out_degree()` / `G.degree()`), parallel edges merged.
    public static func degree(_ g: WeightedDigraph, direction: Direction = .total) -> [Double] {
        (0..<g.nodeCount).map { u in
            Double((direction != .in ? g.outDegree(u) : 0) + (direction != .out ? g.inDegree(u) : 0))
        }
    }

    /// Strength on an undirected view (``WeightedDigraph/undirectedView()``): each tie counted once,
    /// a self-loop twice, as `nx.Graph.degree(weight="weight")`.
    public static func undirectedStrength(_ view: WeightedDigraph) -> [Double] {
        var s = strength(view, direction: .out)
        for u in 0..<view.nodeCount { if let w = view.weight(from: u, to: u) { s[u] += w } }
        return s
    }

    /// Degree on an undirected view: neighbours, a self-loop counting twice (`nx.Graph.degree()`).
    public static func undirectedDegree(_ view: WeightedDigraph) -> [Double] {
        (0..<view.nodeCount).map { u in Double(view.outDegree(u) + (view.weight(from: u, to: u) != nil ? 1 : 0)) }
    }

    static func requireNonNegative(_ g: WeightedDigraph, _ measure: String) throws {
        if g.hasNegativeWeight {
            throw GraphInputError.undefined(measure: measure, reason: "the graph has negative weights (use the unsigned strengths)")
        }
    }
}
