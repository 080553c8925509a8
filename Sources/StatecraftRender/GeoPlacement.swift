import Foundation

/// Places actors for the `geo` layout: states (and organisations with a seat) at their
/// coordinates in the Robinson projection, non-state groups beside the state they operate
/// from (their `base`), cropped to the region the actors span; actors without a place in a
/// row under the map.
///
/// Where actors crowd (Europe on a world map), a label cannot sit on its capital without
/// covering its neighbours. Actors are placed one by one, the most central first: each at
/// its home point if that is free, else at the nearest free point (rings of growing radius,
/// vertical moves preferred) whose centre is at sea or in its own country, never inside
/// another country; a thin leader line then joins the label to a dot at its home. Placement
/// is deterministic (ties broken by id).
///
/// Also draws the map's background (sea, countries, graticule, degree labels, leader lines)
/// as xdot operations for Graphviz's `_background` attribute, in the same coordinates (points, y up).
struct GeoPlacement {
    /// A node to place, with its estimated size in points and its importance (placed first when higher).
    struct Box {
        let id: String
        let width: Double
        let height: Double
        var importance: Double = 0
    }

    /// Width of the map frame in points: about the width of a report page shown at 1,280 px.
    static let mapWidth = 1100.0
    static let maxMapHeight = 640.0
    /// Gap kept between nodes.
    static let gap = 8.0
    /// Gap kept between two tied nodes: room for the edge and its arrowhead.
    static let tiedGap = 34.0
    /// How far (points) a label may move from its home point looking for a free place.
    static let maxShift = 480.0

    let positions: [String: (x: Double, y: Double)]
    /// Home points (projected) of the actors placed on the map, by id.
    let homes: [String: (x: Double, y: Double)]
    /// xdot drawing operations for `_background`.
    let background: String
    /// Lower-left and upper-right corners of everything drawn, for invisible anchor nodes.
    let corners: [(x: Double, y: Double)]
    /// The countries of the region as drawn, for telling where a point falls.
    let countries: [ProjectedCountry]

    /// `ties`: pairs of ids joined by an edge, kept further apart so the edge between them shows.
    init(boxes: [Box], coordinates: MapCoordinates, ties: Set<[String]> = []) {
        let located = boxes.filter { coordinates.home(of: $0.id) != nil }
        let unlocated = boxes.filter { coordinates.home(of: $0.id) == nil }

        // The region: the actors' extent with a margin, at least 70° by 40°.
        let lats = located.map { coordinates.home(of: $0.id)!.latitude }
        let lons = located.map { coordinates.home(of: $0.id)!.longitude }
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
        let drawn: [ProjectedCountry] = WorldOutlines.countries.compactMap { c in
            let rings = c.rings.map { Self.clip($0, latMin: latMin, latMax: latMax, lonMin: lonMin, lonMax: lonMax) }
                .filter { $0.count >= 3 }.map { $0.map { project($0.lat, $0.lon) } }
            return rings.isEmpty ? nil : ProjectedCountry(id: c.id, rings: rings)
        }
        countries = drawn

        // Actors at their home points, or as near as a free place allows.
        var home: [String: (x: Double, y: Double)] = [:]
        for b in located {
            let c = coordinates.home(of: b.id)!
            home[b.id] = project(c.latitude, c.longitude)
        }
        var pos = Self.place(located, homes: home, own: { id in
            var own: Set<String> = [id]
            if let base = coordinates.bases[id] { own.insert(base) }
            if let p = home[id], let c = Self.country(at: p, in: drawn) { own.insert(c) }
            return own
        }, countries: drawn, ties: ties, frame: (frameWidth, frameHeight))

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
        homes = home
        let allX = pos.values.map(\.x), allY = pos.values.map(\.y)
        corners = [(min(0, (allX.min() ?? 0) - 60), min(-10, rowBottom - 6, (allY.min() ?? 0) - 30)),
                   (max(frameWidth, (allX.max() ?? 0) + 60), max(frameHeight, (allY.max() ?? 0) + 30))]
        var leaders: [(from: (x: Double, y: Double), to: (x: Double, y: Double))] = []
        for b in located.sorted(by: { $0.id < $1.id }) {
            let h = home[b.id]!, p = pos[b.id]!
            if abs(p.x - h.x) > b.width / 2 || abs(p.y - h.y) > b.height / 2 { leaders.append((h, p)) }
        }
        background = Self.drawing(latMin, latMax, lonMin, lonMax, highlight: Set(located.map(\.id)),
                                  leaders: leaders, project: project)
    }

    /// A country as drawn: its rings in map points, with their bounding boxes.
    struct ProjectedCountry {
        let id: String
        let rings: [[(x: Double, y: Double)]]
        let bounds: [(minX: Double, minY: Double, maxX: Double, maxY: Double)]

        init(id: String, rings: [[(x: Double, y: Double)]]) {
            self.id = id
            self.rings = rings
            bounds = rings.map { r in (r.map(\.x).min()!, r.map(\.y).min()!, r.map(\.x).max()!, r.map(\.y).max()!) }
        }

        func contains(_ p: (x: Double, y: Double)) -> Bool {
            for (ring, b) in zip(rings, bounds) where p.x >= b.minX && p.x <= b.maxX && p.y >= b.minY && p.y <= b.maxY {
                var inside = false
                var j = ring.count - 1
                for i in 0..<ring.count {
                    let (a, c) = (ring[i], ring[j])
                    if (a.y > p.y) != (c.y > p.y), p.x < (c.x - a.x) * (p.y - a.y) / (c.y - a.y) + a.x { inside.toggle() }
                    j = i
                }
                if inside { return true }
            }
            return false
        }
    }

    /// The country a map point falls in, or nil at sea.
    static func country(at p: (x: Double, y: Double), in countries: [ProjectedCountry]) -> String? {
        countries.first { $0.contains(p) }?.id
    }

    /// Places `boxes` the most important first, each at its home point or the nearest free point
    /// within ``maxShift`` whose centre is at sea or in one of its `own` countries; failing that,
    /// the nearest free point anywhere within reach; failing that, its home.
    static func place(_ boxes: [Box], homes: [String: (x: Double, y: Double)], own: (String) -> Set<String>,
                      countries: [ProjectedCountry], ties: Set<[String]>,
                      frame: (width: Double, height: Double)) -> [String: (x: Double, y: Double)] {
        let order = boxes.sorted { $0.importance != $1.importance ? $0.importance > $1.importance : $0.id < $1.id }
        var placed: [(box: Box, at: (x: Double, y: Double))] = []
        var out: [String: (x: Double, y: Double)] = [:]
        let offsets = candidateOffsets
        for b in order {
            let h = homes[b.id]!
            let mine = own(b.id)
            func free(_ p: (x: Double, y: Double)) -> Bool {
                for (q, at) in placed {
                    let g = ties.contains([b.id, q.id].sorted()) ? tiedGap : gap
                    if abs(p.x - at.x) < (b.width + q.width) / 2 + g, abs(p.y - at.y) < (b.height + q.height) / 2 + g { return false }
                }
                return true
            }
            var fallback: (x: Double, y: Double)?
            var chosen: (x: Double, y: Double)?
            for o in offsets {
                let p = (x: h.x + o.x, y: h.y + o.y)
                guard p.x >= -b.width / 4, p.x <= frame.width + b.width / 4, p.y >= 0, p.y <= frame.height, free(p) else { continue }
                if let c = country(at: p, in: countries), !mine.contains(c) {
                    if fallback == nil { fallback = p }
                    continue
                }
                chosen = p
                break
            }
            let at = chosen ?? fallback ?? h
            placed.append((b, at))
            out[b.id] = at
        }
        return out
    }

    /// Offsets tried around a home point, nearest first; at one distance, vertical moves before
    /// sideways ones (a label is wider than tall), then by angle.
    static let candidateOffsets: [(x: Double, y: Double)] = {
        var out: [(x: Double, y: Double, r: Double, cost: Double)] = [(0, 0, 0, 0)]
        var r = 5.0
        while r <= maxShift {
            let n = r < 60 ? 16 : (r < 150 ? 32 : 64)
            for k in 0..<n {
                let a = Double(k) * 2 * Double.pi / Double(n)
                out.append((r * cos(a), r * sin(a), r, abs(cos(a)) + Double(k) * 1e-6))
            }
            r += r < 60 ? 5 : 8
        }
        return out.sorted { $0.r != $1.r ? $0.r < $1.r : $0.cost < $1.cost }.map { ($0.x, $0.y) }
    }()

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

    /// Sea, countries (those on the map tinted), graticule every 15°/30° and degree
    /// labels, as xdot operations.
    static func drawing(_ latMin: Double, _ latMax: Double, _ lonMin: Double, _ lonMax: Double,
                        highlight: Set<String>, leaders: [(from: (x: Double, y: Double), to: (x: Double, y: Double))] = [],
                        project: (Double, Double) -> (x: Double, y: Double)) -> String {
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
        // Leader lines from a moved label to its home point, under the nodes.
        if !leaders.isEmpty {
            d.style("setlinewidth(0.8)")
            d.stroke("#7d8a96")
            for l in leaders { d.line([l.from, l.to]) }
            d.fill("#5d6a76")
            for l in leaders { d.ellipse(x: l.from.x, y: l.from.y, rx: 2, ry: 2) }
        }
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
