import Foundation
import StatecraftCore

/// The door of the render module: events in, a finished map out (SVG, PNG, PDF or DOT).
public struct MapRenderer: Sendable {
    /// What `render` can produce.
    public enum Format: String, CaseIterable, Sendable {
        case svg, png, pdf, dot
    }

    public let writer: DOTWriter
    public let measure: TieStrength

    public init(ontology: RelationOntology, coordinates: MapCoordinates, measure: TieStrength = TieStrength()) {
        writer = DOTWriter(ontology: ontology, coordinates: coordinates)
        self.measure = measure
    }

    /// The map of `events` seen through `view`.
    public func map(of events: [Event], view: MapView) -> RelationMap {
        RelationMap(events: events, view: view, ontology: writer.ontology, measure: measure)
    }

    /// Renders `map` with `layout` (automatic when nil) in `format`.
    ///
    /// Two passes through the one Graphviz context: the layout engine places the graph,
    /// then the decorated, fully positioned DOT (title, legend, background) is rendered.
    /// `.dot` returns that decorated DOT, which the `dot` program renders the same way.
    public func render(_ map: RelationMap, layout: MapLayout? = nil, format: Format) throws -> Data {
        let dot = try decoratedDOT(map, layout: layout)
        switch format {
        case .dot: return Data(dot.utf8)
        case .svg: return Self.withLabelsOnTop(try GraphvizRenderer.shared.render(dot: dot, format: .svg, engine: .nop2))
        case .png: return try GraphvizRenderer.shared.render(dot: dot, format: .png, engine: .nop2)
        case .pdf: return try GraphvizRenderer.shared.render(dot: dot, format: .pdf, engine: .nop2)
        }
    }

    /// The SVG with edge labels lifted above every edge and given a white halo
    /// (`paint-order: stroke`), so a label stays readable where another tie crosses it.
    ///
    /// Graphviz draws each label with its own edge, so later edges cross earlier labels.
    /// The `<text>` lines of edge groups (Graphviz writes one element a line, its content
    /// escaped) move, in order, to a last group; a fixed style element follows the opening
    /// `<svg>` tag. Nothing from the data is added.
    static func withLabelsOnTop(_ svg: Data) -> Data {
        let text = String(decoding: svg, as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        var labels: [String] = []
        var inEdge = false
        var kept: [String] = []
        var inSVGTag = false, styled = false
        for line in lines {
            if line.hasPrefix("<g id="), line.contains(" class=\"") {
                inEdge = line.contains(" class=\"edge\"")
            }
            if inEdge, line.hasPrefix("<text ") {
                labels.append(line)
                continue
            }
            kept.append(line)
            if line.hasPrefix("<svg ") { inSVGTag = true }
            if inSVGTag, !styled, line.hasSuffix(">") {
                kept.append("<style>.edge-labels text { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }</style>")
                styled = true
                inSVGTag = false
            }
        }
        guard !labels.isEmpty, let close = kept.lastIndex(of: "</svg>"), close > 0, kept[close - 1] == "</g>" else {
            return svg
        }
        kept.insert(contentsOf: ["<g class=\"edge-labels\">"] + labels + ["</g>"], at: close - 1)
        lines = kept
        return Data(lines.joined(separator: "\n").utf8)
    }

    /// The map laid out and decorated, as DOT with every position set.
    public func decoratedDOT(_ map: RelationMap, layout: MapLayout? = nil) throws -> String {
        let layout = layout ?? MapLayout.automatic(for: map)
        let positioned = try GraphvizRenderer.shared.layOut(dot: writer.write(map, layout: layout), engine: layout.engine)
        return writer.decorate(positioned, map: map, layout: layout)
    }
}
