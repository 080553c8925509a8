/// An output format Graphviz renders in process.
public enum GraphvizFormat: String, CaseIterable, Sendable {
    case svg, png, pdf

    /// The `-T` name handed to `gvRenderData` (PNG and PDF through the cairo plugin).
    var deviceName: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        }
    }
}

/// A Graphviz layout engine.
public enum GraphvizEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo
    /// Positions taken as given from each node's `pos` (in points), edges routed: `neato -n`.
    case nop
    /// Node positions and edge splines (`pos`, `lp`) taken as given: `neato -n2`.
    case nop2
}
