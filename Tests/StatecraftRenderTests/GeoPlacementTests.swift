import Foundation
import StatecraftCore
import XCTest
@testable import StatecraftRender

/// The geo layout where actors crowd: Europe on a world map (the UK once landed in the Sahara and
/// Italy above France), and non-state groups, which sit by the state they operate from.
final class GeoPlacementTests: XCTestCase {
    let writer = DOTWriter(ontology: SeedFixture.ontology,
                           coordinates: SeedFixture.coordinates.withBases(of: SeedFixture.dictionary))

    /// Twenty European states: more than fit at their capitals on a world map. (All 34 of Europe's
    /// larger states do not fit without an inset: some then land inside other countries.)
    static let europe = ["GBR", "IRL", "FRA", "DEU", "ITA", "ESP", "PRT", "NLD", "BEL", "CHE", "AUT", "POL", "CZE",
                         "GRC", "SWE", "NOR", "FIN", "UKR", "RUS", "TUR"]

    /// Each European state sanctions Russia, talks with the next, and the US and China deal with many of them;
    /// the four groups act against states of their region.
    func crowdedEvents(groups: Bool) -> [Event] {
        var events: [Event] = []
        for (i, id) in Self.europe.enumerated() where id != "RUS" {
            events.append(SeedFixture.event(id, "RUS", .sanctions, sentence: i, "\(id) sanctions Russia."))
            let next = Self.europe[(i + 1) % Self.europe.count]
            if next != id { events.append(SeedFixture.event(id, next, .talks, sentence: 100 + i, "\(id) talks to \(next).")) }
            if i % 3 == 0 { events.append(SeedFixture.event("USA", id, .visit, sentence: 200 + i, "USA visits \(id).")) }
            if i % 4 == 0 { events.append(SeedFixture.event("CHN", id, .cooperation, sentence: 300 + i, "China and \(id).")) }
        }
        if groups {
            events += [
                SeedFixture.event("HAMAS", "ISR", .attack, sentence: 400, "Hamas attacks Israel."),
                SeedFixture.event("HEZBOLLAH", "ISR", .attack, sentence: 401, "Hezbollah attacks Israel."),
                SeedFixture.event("IRN", "HEZBOLLAH", .armsSupply, sentence: 402, "Iran arms Hezbollah."),
                SeedFixture.event("ISIS", "SYR", .attack, sentence: 403, "Islamic State attacks Syria."),
                SeedFixture.event("WAGNER", "UKR", .attack, sentence: 404, "Wagner attacks Ukraine."),
                SeedFixture.event("HOUTHIS", "USA", .attack, sentence: 405, "The Houthis attack the US."),
            ]
        }
        return events
    }

    func placement(_ events: [Event]) -> (GeoPlacement, RelationMap) {
        let map = RelationMap(events: events, view: MapView(), ontology: SeedFixture.ontology)
        return (writer.geoPlacement(map), map)
    }

    func testNoActorIsDrawnInsideAnotherCountry() throws {
        let (geo, map) = placement(crowdedEvents(groups: true))
        XCTAssertGreaterThan(map.nodes.count, 25)
        for n in map.nodes {
            let id = n.actor.id
            let at = try XCTUnwrap(geo.positions[id], id)
            let home = try XCTUnwrap(geo.homes[id], "\(id) has a place on the map")
            guard let inside = GeoPlacement.country(at: at, in: geo.countries) else { continue }  // at sea
            let own: Set<String> = [id, writer.coordinates.bases[id], GeoPlacement.country(at: home, in: geo.countries)]
                .reduce(into: []) { if let c = $1 { $0.insert(c) } }
            XCTAssertTrue(own.contains(inside), "\(id) is drawn inside \(inside)")
        }
    }

    func testCrowdedActorsStayNearHomeAndKeepTheirOrder() throws {
        let (geo, _) = placement(crowdedEvents(groups: false))
        func at(_ id: String) -> (x: Double, y: Double) { geo.positions[id]! }
        for id in Self.europe {
            let (p, h) = (at(id), geo.homes[id]!)
            XCTAssertLessThanOrEqual(hypot(p.x - h.x, p.y - h.y), GeoPlacement.maxShift + 1, id)
        }
        XCTAssertGreaterThan(at("FIN").y, at("GRC").y, "Finland stays north of Greece")
        XCTAssertLessThan(at("PRT").x, at("TUR").x)
    }

    func testNoTwoLabelsOverlap() throws {
        let map = RelationMap(events: crowdedEvents(groups: true), view: MapView(), ontology: SeedFixture.ontology)
        let geo = writer.geoPlacement(map)
        let boxes = map.nodes.map { n -> (String, Double, Double) in
            let size = MapStyle.fontSize(centrality: n.centrality / (map.nodes.map(\.centrality).max() ?? 1), geo: true)
            return (n.actor.id, DOTWriter.estimatedWidth(writer.nodeLabel(n), fontSize: size), max(23, size * 1.25 + 8))
        }
        var overlaps: [String] = []
        for i in 0..<boxes.count {
            for j in (i + 1)..<boxes.count {
                let (a, aw, ah) = boxes[i], (b, bw, bh) = boxes[j]
                let (p, q) = (geo.positions[a]!, geo.positions[b]!)
                if abs(p.x - q.x) < (aw + bw) / 2, abs(p.y - q.y) < (ah + bh) / 2 { overlaps.append("\(a)/\(b)") }
            }
        }
        XCTAssertEqual(overlaps, [])
    }

    func testNonStateGroupsSitByTheirBase() throws {
        let (geo, _) = placement(crowdedEvents(groups: true))
        for (group, base) in [("HAMAS", "PSE"), ("HEZBOLLAH", "LBN"), ("ISIS", "SYR"), ("WAGNER", "RUS"), ("HOUTHIS", "YEM")] {
            XCTAssertEqual(writer.coordinates.bases[group], base)
            let p = try XCTUnwrap(geo.positions[group]), h = try XCTUnwrap(geo.homes[group])
            XCTAssertGreaterThan(p.y, 0, "\(group) is on the map, not in the row under it")
            XCTAssertLessThanOrEqual(hypot(p.x - h.x, p.y - h.y), GeoPlacement.maxShift + 1, group)
        }
        XCTAssertNil(writer.coordinates.positions["HAMAS"], "a group has no position of its own")
    }

    func testMovedLabelsAreJoinedToTheirHomeByALeaderLine() {
        let (geo, _) = placement(crowdedEvents(groups: true))
        let moved = geo.positions.filter { id, p in
            guard let h = geo.homes[id] else { return false }
            return hypot(p.x - h.x, p.y - h.y) > 30
        }
        XCTAssertFalse(moved.isEmpty, "Europe is too crowded for every label to sit on its capital")
        XCTAssertTrue(geo.background.contains("E "), "home dots")
        XCTAssertTrue(geo.background.contains("S 17 -setlinewidth(0.8)"), "leader lines")
    }
}
