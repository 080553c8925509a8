import StatecraftAnalysis
import StatecraftCore

/// The importance that sizes a map's nodes: weighted PageRank (damping 0.85, as
/// `nx.pagerank`) on the directed graph of the map's events, scaled so the most central
/// actor has 1.
///
/// Each event adds its contribution to tie strength as weight from its source to its
/// target; a symmetric kind (pact, talks, cooperation) adds it both ways. An actor is
/// central when important actors act on it, which is what a reader of a relations map
/// asks of its biggest nodes.
enum MapCentrality {
    static func scores(dyads: [Dyad], measure: TieStrength, symmetric: (RelationKind) -> Bool) -> [String: Double] {
        var ids = Set<String>()
        for d in dyads { ids.insert(d.a.id); ids.insert(d.b.id) }
        let order = ids.sorted()
        let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var edges: [WeightedEdge] = []
        for d in dyads {
            for e in d.events {
                let w = measure.contribution(of: e)
                guard w > 0, let s = index[e.source.id], let t = index[e.target.id] else { continue }
                edges.append(WeightedEdge(source: s, target: t, weight: w))
                if symmetric(e.kind) { edges.append(WeightedEdge(source: t, target: s, weight: w)) }
            }
        }
        let rank = Centrality.pageRank(WeightedDigraph(nodeCount: order.count, edges: edges), damping: 0.85)
        guard let top = rank.max(), top > 0 else {
            return Dictionary(uniqueKeysWithValues: order.map { ($0, 1.0) })
        }
        return Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, rank[$0] / top) })
    }
}
