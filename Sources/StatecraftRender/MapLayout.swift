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

    /// The layout for a map when the user names none: a dyad reads best left to right
    /// (`dot`), small and medium graphs with `neato` (stress majorisation: distances
    /// mean something), large ones with `sfdp` (multilevel force-directed, near-linear).
    public static func automatic(for map: RelationMap) -> MapLayout {
        if case .dyad = map.view.focus { return .dot }
        if map.nodes.count > 80 || map.edges.count > 300 { return .sfdp }
        return .neato
    }
}
