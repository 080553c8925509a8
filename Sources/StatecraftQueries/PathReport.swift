import Foundation
import StatecraftAnalysis
import StatecraftCore

/// How A is connected to B: the `k` best simple paths, each hop with its kinds and best
/// evidence, as `path` prints them.
///
/// JSON: `{"from": A, "to": B, "by": "strength", "paths": [{"length", "nodes": [A, …, B],
/// "hops": [{"source", "target", "strength", "kinds": [{"kind","events","strength"}],
/// "evidence": {"sentence","article","kind","modality","date","source","target"}}]}]}`.
public struct PathReport {
    /// What "best" means: smallest Σ 1/strength, or fewest ties.
    public enum By: String, CaseIterable, Sendable { case strength, hops }

    public let graph: AnalysisGraph
    public let from: Int, to: Int
    public let by: By
    public let paths: [GraphPath]
    /// Per path, per hop: `source`, `target`, `strength` (or `weight`), `kinds`, `evidence`,
    /// and the node ids `_s`, `_t` (left out of the JSON).
    public let hops: [[[String: Any]]]

    /// From the store ties count in either direction; with an edge list, edges are directed
    /// unless `undirected`. Throws ``QueryError`` for unknown or identical ends.
    public init(graph: AnalysisGraph, from fromName: String, to toName: String, k: Int = 1, by: By = .strength,
                undirected: Bool = false) throws {
        let a = try graph.node(fromName), b = try graph.node(toName)
        if a == b { throw QueryError("\(fromName) and \(toName) are the same node") }
        let g = graph.isStore || undirected ? graph.directed.undirectedView() : graph.directed
        let paths = try ShortestPaths.kShortestSimplePaths(g, from: a, to: b, k: k, metric: by == .hops ? .hops : .inverseWeight)
        self.graph = graph
        self.from = a
        self.to = b
        self.by = by
        self.paths = paths
        hops = paths.map { p in (0..<(p.nodes.count - 1)).map { Self.hop(graph, g, p.nodes[$0], p.nodes[$0 + 1]) } }
    }

    public var json: String {
        let doc: [String: Any] = [
            "from": graph.json(from), "to": graph.json(to), "by": by.rawValue,
            "paths": zip(paths, hops).map { p, h in
                ["length": p.length, "nodes": p.nodes.map { graph.json($0) },
                 "hops": h.map { $0.filter { !$0.key.hasPrefix("_") } }] as [String: Any]
            },
        ]
        return orderedJSON(doc, keyOrder: ["from", "to", "by", "paths", "length", "nodes", "hops", "source", "target",
                                           "strength", "weight", "kinds", "evidence", "id", "name", "kind", "article",
                                           "sentence", "date", "modality"])
    }

    /// One hop: its ends, strength, and (store mode) its kinds and best evidence.
    private static func hop(_ graph: AnalysisGraph, _ g: WeightedDigraph, _ s: Int, _ t: Int) -> [String: Any] {
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
