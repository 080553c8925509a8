import StatecraftAnalysis
import StatecraftCore

/// The importance that sizes a map's nodes: weighted PageRank (damping 0.85, as
/// `nx.pagerank`) on the directed graph of the map's events (``TieGraph``: each event's
/// contribution from its source to its target, a symmetric kind split half each way),
/// scaled so the most central actor has 1. An actor is central when important actors act
/// on it, which is what a reader of a relations map asks of its biggest nodes.
enum MapCentrality {
    static func scores(ties: TieGraph) -> [String: Double] {
        let order = ties.actors.map(\.id)
        let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var edges: [WeightedEdge] = []
        for arc in ties.arcs where arc.strength > 0 {
            edges.append(WeightedEdge(source: index[arc.source.id]!, target: index[arc.target.id]!, weight: arc.strength))
        }
        let rank = Centrality.pageRank(WeightedDigraph(nodeCount: order.count, edges: edges), damping: 0.85)
        guard let top = rank.max(), top > 0 else {
            return Dictionary(uniqueKeysWithValues: order.map { ($0, 1.0) })
        }
        return Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, rank[$0] / top) })
    }
}
