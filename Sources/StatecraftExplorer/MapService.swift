import Foundation
import StatecraftCore
import StatecraftRender

/// Maps for the pages and `/map.svg`: the view's events drawn through the one Graphviz owner
/// (``GraphvizRenderer/shared``), nodes linked to actor pages and edges to dyad pages (keeping
/// the view's parameters), tooltips carrying the evidence; cached per store version and view.
/// A view with no `top` that is too large to read is cut to its strongest ties
/// (``MapSizeLimit/cap(_:)``), and a layout that cannot place the map in bounded time is a 400.
struct MapService: Sendable {
    let state: ExplorerState

    /// What a map shows when the request names no `top`: the overview keeps the strongest ties readable.
    static let overviewTop = 60

    /// The map as a standalone SVG document, or nil when nothing matches the view.
    func svg(_ focus: MapView.Focus, view: ViewParameters, defaultTop: Int? = nil) throws -> String? {
        let key = "\(focus)|\(view.key)|\(defaultTop.map(String.init) ?? "")"
        let svg = try state.cachedMap(key) {
            let events = try state.events(view)
            var renderer = state.renderer
            let suffix = view.suffix
            renderer.writer.links = MapLinks(
                node: { "/actors/" + HTML.pathSegment($0) + suffix },
                edge: { "/relations/" + HTML.pathSegment($0) + "/" + HTML.pathSegment($1) + suffix })
            var mapView = view.mapView(focus, defaultTop: defaultTop)
            if mapView.top == nil { mapView.top = MapSizeLimit.cap(mapView.selectDyads(from: events, measure: renderer.measure)) }
            let map = renderer.map(of: events, view: mapView)
            guard !map.nodes.isEmpty else { return "" }
            let layout = view.layout ?? MapLayout.automatic(for: map)
            if let why = MapSizeLimit.refusal(layout: layout, actors: map.nodes.count, edges: map.edges.count) {
                throw ExplorerError(status: 400, title: "Map too large for this layout", message: why + " (layout=sfdp, or top=N)")
            }
            do {
                let data = try renderer.render(map, layout: layout, format: .svg)
                return String(decoding: data, as: UTF8.self)
            } catch let e as GraphvizError {
                throw ExplorerError(status: 500, title: "Map failed", message: e.description)
            }
        }
        return svg.isEmpty ? nil : svg
    }

    /// The map for embedding in a page: the `<svg>` element without the XML prolog and doctype,
    /// scaled to the page's width; a note when nothing matches.
    func inline(_ focus: MapView.Focus, view: ViewParameters, defaultTop: Int? = nil) throws -> String {
        guard let svg = try svg(focus, view: view, defaultTop: defaultTop), let start = svg.range(of: "<svg") else {
            return "<p class=\"empty\">No ties match this view: widen the period or clear the filters.</p>"
        }
        return "<div class=\"map\">" + svg[start.lowerBound...] + "</div>"
    }
}
