/// The formats `statecraft export` writes.
public enum GraphExportFormat: String, CaseIterable, Sendable {
    /// `{"nodes": [...], "links": [...]}` for D3, with the same graph as Cytoscape.js `elements`.
    case json
    /// GraphML with actor and tie attributes (yEd, Gephi, NetworkX, igraph).
    case graphml
    /// GEXF 1.3 (Gephi).
    case gexf
    /// Two RFC 4180 tables: nodes and edges (pandas, R).
    case csv
    /// Graphviz DOT, every string escaped.
    case dot
    /// JSON Lines: the event table only (`export --events`).
    case jsonl
}
