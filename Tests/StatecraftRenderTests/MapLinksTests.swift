import StatecraftCore
import StatecraftRender
import XCTest

/// Clickable maps: nodes and edges carry Graphviz URLs; a link DOT could not carry is left out.
final class MapLinksTests: XCTestCase {
    private func writer(_ links: MapLinks) -> DOTWriter {
        var w = DOTWriter(ontology: SeedFixture.ontology, coordinates: SeedFixture.coordinates)
        w.links = links
        return w
    }

    func testNodesAndEdgesLinkWithEntitiesForAmpersands() {
        let map = RelationMap(events: SeedFixture.events, view: MapView(), ontology: SeedFixture.ontology, measure: TieStrength())
        let dot = writer(MapLinks(node: { "/actors/\($0)?a=1&b=2" }, edge: { "/relations/\($0)/\($1)" })).write(map, layout: .dot)
        XCTAssertTrue(dot.contains("URL=\"/actors/PRK?a=1&amp;b=2\", target=\"_top\""))
        XCTAssertTrue(dot.contains("URL=\"/relations/PRK/RUS\""))
    }

    func testLinksDOTCannotCarryAreLeftOut() {
        let map = RelationMap(events: SeedFixture.hostileEvents, view: MapView(), ontology: SeedFixture.ontology, measure: TieStrength())
        let dot = writer(MapLinks(node: { "/actors/\($0)" }, edge: { "/relations/\($0)/\($1)" })).write(map, layout: .dot)
        XCTAssertFalse(dot.contains("URL=\"/actors/EVIL"), "a link with a raw quote never reaches DOT")
        XCTAssertTrue(dot.contains("URL=\"/actors/RUS\""))
    }
}
