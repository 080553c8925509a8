/// How a map is laid out: on the globe (`geo`) or by one of Graphviz's engines.
public enum MapLayout: String, CaseIterable, Sendable {
    case geo, dot, neato, fdp, sfdp, circo

    /// The Graphviz engine that runs the layout (`geo` pins nodes: `neato -n`).
    public var engine: GraphvizEngine {
        switch self {
        case .geo: return .nop
        case .dot: return .dot
        case .neato: return .neato
        case .fdp: return .fdp
        case .sfdp: return .sfdp
        case .circo: return .circo
        }
    }

    /// The layout for a map when the user names none: `dot` while edges carry labels (up to
    /// 40 edges: it places labels as part of the layout, so none overlaps another or a node;
    /// neato puts them at edge midpoints, where a hub's labels collide), `neato` for medium
    /// graphs (stress majorisation: distances mean something), `sfdp` for large ones
    /// (multilevel force-directed, near-linear).
    public static func automatic(for map: RelationMap) -> MapLayout {
        if case .dyad = map.view.focus { return .dot }
        if map.nodes.count > 80 || map.edges.count > 300 { return .sfdp }
        if map.edges.count <= 40 { return .dot }
        return .neato
    }
}
