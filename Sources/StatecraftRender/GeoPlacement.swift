import Foundation

/// Places actors for the `geo` layout: states (and organisations with a seat) at their
/// coordinates in the Robinson projection, cropped to the region the actors span; actors
/// without coordinates in a row under the map. Nodes that would overlap are pushed
/// apart (a few points, deterministically) so every label stays readable; the map keeps
/// its shape because only overlapping neighbours move.
///
/// Also draws the map's background (sea, graticule, degree labels) as xdot operations
/// for Graphviz's `_background` attribute, in the same coordinates (points, y up).
struct GeoPlacement {
    /// A node to place, with its estimated size in points.
    struct Box {
        let id: String
        let width: Double
        let height: Double
    }

    /// Width of the map frame in points: about the width of a report page shown at 1,280 px.
    static let mapWidth = 1100.0
    static let maxMapHeight = 640.0
    /// Gap kept between nodes.
    static let gap = 8.0

    let positions: [String: (x: Double, y: Double)]
    /// xdot drawing operations for `_background`.
    let background: String
    /// Lower-left and upper-right corners of everything drawn, for invisible anchor nodes.
    let corners: [(x: Double, y: Double)]

    /// `ties`: pairs of ids joined by an edge, kept further apart so the edge between them shows.
    init(boxes: [Box], coordinates: MapCoordinates, ties: Set<[String]> = []) {
        let located = boxes.filter { coordinates[$0.id] != nil }
        let unlocated = boxes.filter { coordinates[$0.id] == nil }

        // The region: the actors' extent with a margin, at least 70° by 40°.
        let lats = located.map { coordinates[$0.id]!.latitude }
        let lons = located.map { coordinates[$0.id]!.longitude }
        var latMin = (lats.min() ?? -40) - 12, latMax = (lats.max() ?? 60) + 12
        var lonMin = (lons.min() ?? -120) - 22, lonMax = (lons.max() ?? 150) + 22
        if latMax - latMin < 40 { let c = (latMax + latMin) / 2; latMin = c - 20; latMax = c + 20 }
        if lonMax - lonMin < 70 { let c = (lonMax + lonMin) / 2; lonMin = c - 35; lonMax = c + 35 }
        latMin = max(-85, latMin); latMax = min(85, latMax)
        lonMin = max(-180, lonMin); lonMax = min(180, lonMax)

        // Projected bounds of the region's outline, and the scale that fits the frame.
        let outline = Self.outline(latMin, latMax, lonMin, lonMax)
        let pts = outline.map { RobinsonProjection.project(latitude: $0.0, longitude: $0.1) }
        let xMin = pts.map(\.x).min()!, xMax = pts.map(\.x).max()!
        let yMin = pts.map(\.y).min()!, yMax = pts.map(\.y).max()!
        let scale = min(Self.mapWidth / (xMax - xMin), Self.maxMapHeight / (yMax - yMin))
        func project(_ lat: Double, _ lon: Double) -> (x: Double, y: Double) {
            let p = RobinsonProjection.project(latitude: lat, longitude: lon)
            return ((p.x - xMin) * scale, (p.y - yMin) * scale)
        }
        let frameWidth = (xMax - xMin) * scale, frameHeight = (yMax - yMin) * scale

        // Actors at their coordinates, then pushed apart where they overlap.
        var pos: [String: (x: Double, y: Double)] = [:]
        for b in located {
            let c = coordinates[b.id]!
            pos[b.id] = project(c.latitude, c.longitude)
        }
        Self.separate(located, ties: ties, &pos)

        // The rest in rows under the map.
        var x = 0.0, y = -40.0
        let rowHeight = (unlocated.map(\.height).max() ?? 0) + 14
        var rowBottom = y
        for b in unlocated {
            if x > 0, x + b.width > frameWidth { x = 0; y -= rowHeight }
            pos[b.id] = (x + b.width / 2, y)
            rowBottom = y - b.height / 2
            x += b.width + 24
        }

        positions = pos
        let allX = pos.values.map(\.x), allY = pos.values.map(\.y)
        corners = [(min(0, (allX.min() ?? 0) - 60), min(-10, rowBottom - 6, (allY.min() ?? 0) - 30)),
                   (max(frameWidth, (allX.max() ?? 0) + 60), max(frameHeight, (allY.max() ?? 0) + 30))]
        background = Self.drawing(latMin, latMax, lonMin, lonMax, highlight: Set(located.map(\.id)), project: project)
    }

    /// The region's outline as (lat, lon) samples, counter-clockwise from the south-west corner.
    static func outline(_ latMin: Double, _ latMax: Double, _ lonMin: Double, _ lonMax: Double) -> [(Double, Double)] {
        var out: [(Double, Double)] = []
        for lon in stride(from: lonMin, through: lonMax, by: 2.5) { out.append((latMin, lon)) }
        for lat in stride(from: latMin, through: latMax, by: 2.5) { out.append((lat, lonMax)) }
        for lon in stride(from: lonMax, through: lonMin, by: -2.5) { out.append((latMax, lon)) }
        for lat in stride(from: latMax, through: latMin, by: -2.5) { out.append((lat, lonMin)) }
        out.append((latMin, lonMin))
        return out
    }

    /// Gap kept between two tied nodes: room for the edge and its arrowhead.
    static let tiedGap = 34.0

    /// Moves overlapping boxes apart along the axis that needs the smaller move, half each,
    /// until none overlap (or 400 rounds). Tied boxes keep ``tiedGap`` between them.
    /// Deterministic: pairs in id order.
    static func separate(_ boxes: [Box], ties: Set<[String]>, _ pos: inout [String: (x: Double, y: Double)]) {
        let list = boxes.sorted { $0.id < $1.id }
        for _ in 0..<400 {
            var moved = false
            for i in 0..<list.count {
                for j in (i + 1)..<list.count {
                    let a = list[i], b = list[j]
                    let pa = pos[a.id]!, pb = pos[b.id]!
                    let dx = pb.x - pa.x, dy = pb.y - pa.y
                    let g = ties.contains([a.id, b.id]) ? tiedGap : gap
                    let ox = (a.width + b.width) / 2 + g - abs(dx)
                    let oy = (a.height + b.height) / 2 + g - abs(dy)
                    guard ox > 0.01, oy > 0.01 else { continue }
                    moved = true
                    if ox * 0.6 < oy {  // moving sideways costs labels more room: prefer vertical unless much cheaper
                        let s = dx > 0 || (dx == 0 && a.id < b.id) ? 1.0 : -1.0
                        pos[a.id]!.x -= s * ox / 2
                        pos[b.id]!.x += s * ox / 2
                    } else {
                        let s = dy > 0 || (dy == 0 && a.id < b.id) ? 1.0 : -1.0
                        pos[a.id]!.y -= s * oy / 2
                        pos[b.id]!.y += s * oy / 2
                    }
                }
            }
            if !moved { break }
        }
    }

    /// Sea, countries (those on the map tinted), graticule every 15°/30° and degree
    /// labels, as xdot operations.
    static func drawing(_ latMin: Double, _ latMax: Double, _ lonMin: Double, _ lonMax: Double,
                        highlight: Set<String>, project: (Double, Double) -> (x: Double, y: Double)) -> String {
        var d = XDotDrawing()
        d.fill("#e6eff8")
        d.stroke("#c9d6e3")
        d.polygon(outline(latMin, latMax, lonMin, lonMax).map { project($0.0, $0.1) })
        d.style("setlinewidth(0.6)")
        for country in WorldOutlines.countries {
            let on = highlight.contains(country.id)
            for ring in country.rings {
                let clipped = clip(ring, latMin: latMin, latMax: latMax, lonMin: lonMin, lonMax: lonMax)
                guard clipped.count >= 3 else { continue }
                d.fill(on ? "#f3ead3" : "#fbfbf8")
                d.stroke(on ? "#cdbf9e" : "#cfd3cb")
                d.polygon(clipped.map { project($0.lat, $0.lon) })
            }
        }
        d.style("setlinewidth(1)")
        d.stroke("#d3dde7")
        let lonStep = lonMax - lonMin > 150 ? 30.0 : 15.0
        var labels: [(String, (x: Double, y: Double), Int)] = []
        var lon = (lonMin / lonStep).rounded(.up) * lonStep
        while lon <= lonMax - 1e-9 {
            d.line(stride(from: latMin, through: latMax, by: 2.5).map { project($0, lon) })
            let p = project(latMin, lon)
            labels.append((Self.degrees(lon, positive: "E", negative: "W"), (p.x, p.y - 12), 0))
            lon += lonStep
        }
        var lat = (latMin / 15).rounded(.up) * 15
        while lat <= latMax - 1e-9 {
            d.line(stride(from: lonMin, through: lonMax, by: 2.5).map { project(lat, $0) })
            let p = project(lat, lonMin)
            labels.append((Self.degrees(lat, positive: "N", negative: "S"), (p.x + 4, p.y + 3), -1))
            lat += 15
        }
        for (text, p, align) in labels { d.text(text, x: p.x, y: p.y, size: 9, colour: "#8a9bab", align: align) }
        return d.text
    }

    /// A ring clipped to the region (Sutherland–Hodgman against each side, in degrees).
    static func clip(_ ring: [(lon: Double, lat: Double)], latMin: Double, latMax: Double, lonMin: Double,
                     lonMax: Double) -> [(lon: Double, lat: Double)] {
        typealias P = (lon: Double, lat: Double)
        func edge(_ pts: [P], inside: (P) -> Bool, cross: (P, P) -> P) -> [P] {
            guard let last = pts.last else { return [] }
            var out: [P] = []
            var prev = last
            for p in pts {
                if inside(p) {
                    if !inside(prev) { out.append(cross(prev, p)) }
                    out.append(p)
                } else if inside(prev) {
                    out.append(cross(prev, p))
                }
                prev = p
            }
            return out
        }
        func atLon(_ x: Double) -> (P, P) -> P { { a, b in (x, a.lat + (b.lat - a.lat) * (x - a.lon) / (b.lon - a.lon)) } }
        func atLat(_ y: Double) -> (P, P) -> P { { a, b in (a.lon + (b.lon - a.lon) * (y - a.lat) / (b.lat - a.lat), y) } }
        var pts = ring
        pts = edge(pts, inside: { $0.lon >= lonMin }, cross: atLon(lonMin))
        pts = edge(pts, inside: { $0.lon <= lonMax }, cross: atLon(lonMax))
        pts = edge(pts, inside: { $0.lat >= latMin }, cross: atLat(latMin))
        pts = edge(pts, inside: { $0.lat <= latMax }, cross: atLat(latMax))
        return pts
    }

    static func degrees(_ v: Double, positive: String, negative: String) -> String {
        if abs(v) < 1e-9 { return "0°" }
        return "\(Int(abs(v).rounded()))°" + (v > 0 ? positive : negative)
    }
}
