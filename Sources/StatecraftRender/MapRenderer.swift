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
    public func render(_ map: RelationMap, layout: MapLayout? = nil, format: Format) throws -> Data {
        let layout = layout ?? MapLayout.automatic(for: map)
        let dot = writer.write(map, layout: layout)
        switch format {
        case .dot: return Data(dot.utf8)
        case .svg: return try GraphvizRenderer.shared.render(dot: dot, format: .svg, engine: layout.engine)
        case .png: return try GraphvizRenderer.shared.render(dot: dot, format: .png, engine: layout.engine)
        case .pdf: return try GraphvizRenderer.shared.render(dot: dot, format: .pdf, engine: layout.engine)
        }
    }
}
