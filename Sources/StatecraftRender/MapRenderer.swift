import Foundation
import StatecraftCore

/// The door of the render module: events in, a finished map out (SVG, PNG, PDF or DOT).
public struct MapRenderer: Sendable {
    /// What `render` can produce.
    public enum Format: String, CaseIterable, Sendable {
        case svg, png, pdf, dot
    }

    public var writer: DOTWriter
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
        let layout = layout ?? MapLayout.automatic(for: map)
        return try render(graph: writer.write(map, layout: layout), of: map, layout: layout, format: format)
    }

    /// The same from the first pass's DOT text (``DOTWriter/write(_:layout:)`` of `map`).
    public func render(graph dot: String, of map: RelationMap, layout: MapLayout, format: Format) throws -> Data {
        let positioned = try GraphvizRenderer.shared.layOut(dot: dot, engine: layout.engine)
        let decorated = writer.decorate(positioned, map: map, layout: layout)
        switch format {
        case .dot: return Data(decorated.utf8)
        case .svg:
            let svg = try GraphvizRenderer.shared.render(dot: decorated, format: .svg, engine: .nop2)
            let labelled = map.edges.count <= writer.maxLabelledEdges && layout != .geo
            return labelled ? Self.withLabelsOnTop(svg) : svg
        case .png: return try GraphvizRenderer.shared.render(dot: decorated, format: .png, engine: .nop2)
        case .pdf: return try GraphvizRenderer.shared.render(dot: decorated, format: .pdf, engine: .nop2)
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
        let lines = [UInt8](svg).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        func starts(_ line: ArraySlice<UInt8>, _ prefix: String) -> Bool { line.starts(with: prefix.utf8) }
        func contains(_ line: ArraySlice<UInt8>, _ needle: String) -> Bool {
            let n = Array(needle.utf8)
            guard line.count >= n.count else { return false }
            var i = line.startIndex
            while i + n.count <= line.endIndex {
                if line[i] == n[0], line[i..<(i + n.count)].elementsEqual(n) { return true }
                i += 1
            }
            return false
        }
        var labels: [ArraySlice<UInt8>] = []
        var kept: [ArraySlice<UInt8>] = []
        var inEdge = false, inSVGTag = false, styled = false
        let style = ArraySlice("<style>.edge-labels text { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }</style>".utf8)
        for line in lines {
            if starts(line, "<g id="), contains(line, " class=\"") { inEdge = contains(line, " class=\"edge\"") }
            if inEdge, starts(line, "<text ") { labels.append(line); continue }
            kept.append(line)
            if starts(line, "<svg ") { inSVGTag = true }
            if inSVGTag, !styled, line.last == UInt8(ascii: ">") {
                kept.append(style)
                styled = true
                inSVGTag = false
            }
        }
        guard !labels.isEmpty,
              let close = kept.lastIndex(where: { $0.elementsEqual("</svg>".utf8) }), close > 0,
              kept[close - 1].elementsEqual("</g>".utf8) else { return svg }
        kept.insert(contentsOf: [ArraySlice("<g class=\"edge-labels\">".utf8)] + labels + [ArraySlice("</g>".utf8)], at: close - 1)
        return Data(kept.joined(separator: [UInt8(ascii: "\n")]))
    }

    /// The map laid out and decorated, as DOT with every position set.
    public func decoratedDOT(_ map: RelationMap, layout: MapLayout? = nil) throws -> String {
        String(decoding: try render(map, layout: layout, format: .dot), as: UTF8.self)
    }
}
