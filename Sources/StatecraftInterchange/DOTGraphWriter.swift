import StatecraftCore

/// Writes an ``ExportGraph`` as Graphviz DOT: every id, label and tooltip is a quoted,
/// escaped string (article text is untrusted). Edge colour by family, width by strength,
/// dashed when not every event is asserted.
public enum DOTGraphWriter {
    public static func write(_ g: ExportGraph) -> String {
        let q = TextEscaping.dot
        var out = "digraph statecraft {\n  graph [overlap=false, splines=true];\n"
        // The maps' font (see MapStyle.font in StatecraftRender): the same layout wherever `make deps` ran.
        out += "  node [shape=ellipse, fontname=\"Liberation Sans,Arial,Helvetica,sans-serif\"];\n"
        out += "  edge [fontname=\"Liberation Sans,Arial,Helvetica,sans-serif\", fontsize=9];\n"
        let maxStrength = g.links.map(\.strength).max() ?? 1
        for n in g.nodes {
            out += "  \(q(n.actor.id)) [label=\(q(n.actor.name)), tooltip=\(q("\(n.actor.name) (\(n.actor.kind.rawValue))"))];\n"
        }
        for l in g.links {
            let family = g.family(of: l)
            let color: String
            switch family {
            case .cooperation: color = "#2b8cbe"
            case .conflict: color = "#e34a33"
            case .neutral: color = "#969696"
            }
            let width = 1 + 4 * (maxStrength > 0 ? l.strength / maxStrength : 0)
            var attrs = [
                "label=\(q(l.kindList.replacingOccurrences(of: ";", with: ", ")))",
                "color=\(q(color))", "penwidth=\(TextEscaping.number((width * 100).rounded() / 100))",
                "strength=\(q(TextEscaping.number(l.strength)))",
            ]
            if !l.isFactual { attrs.append("style=dashed") }
            if let e = l.evidence { attrs.append("tooltip=\(q(e))") }
            out += "  \(q(l.source.id)) -> \(q(l.target.id)) [\(attrs.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }
}
