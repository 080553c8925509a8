import StatecraftCore
import XCTest
@testable import StatecraftRender

/// How large a map may be: the cap on views too large to read, and the layouts refused on
/// graphs they cannot lay out in bounded time.
final class MapSizeLimitTests: XCTestCase {
    /// A star of `n` spokes around a hub, strongest spoke first, plus a ring among the spokes.
    func events(_ n: Int) -> [Event] {
        let hub = Actor(id: "HUB", name: "Hub", kind: .state)
        var out: [Event] = []
        for i in 0..<n {
            let a = Actor(id: String(format: "A%04d", i), name: "Actor \(i)", kind: .state)
            let b = Actor(id: String(format: "A%04d", (i + 1) % n), name: "Actor \((i + 1) % n)", kind: .state)
            out.append(Event(source: hub, target: a, kind: .attack, plover: .assault, modality: .asserted, weight: -10 + Double(i) / Double(n),
                             date: nil, article: "x", sentence: i, evidence: "e", trigger: "t"))
            out.append(Event(source: a, target: b, kind: .talks, plover: .consult, modality: .asserted, weight: 0.1,
                             date: nil, article: "x", sentence: n + i, evidence: "e", trigger: "t"))
        }
        return out
    }

    func testCapKeepsTheStrongestTiesWithinTheLegibleSize() {
        let dyads = MapView().selectDyads(from: events(1000))
        let cap = try! XCTUnwrap(MapSizeLimit.cap(dyads))
        let shown = dyads.prefix(cap)
        XCTAssertLessThanOrEqual(Set(shown.flatMap { [$0.a.id, $0.b.id] }).count, MapSizeLimit.legibleActors)
        XCTAssertLessThanOrEqual(cap, MapSizeLimit.legibleTies)
        if cap < MapSizeLimit.legibleTies {
            XCTAssertGreaterThan(Set(dyads.prefix(cap + 1).flatMap { [$0.a.id, $0.b.id] }).count, MapSizeLimit.legibleActors,
                                 "one more tie would be too many")
        }
        XCTAssertNil(MapSizeLimit.cap(MapView().selectDyads(from: events(40))), "a small view is not capped")
    }

    func testLayoutsAreRefusedAboveTheirBound() {
        XCTAssertNil(MapSizeLimit.refusal(layout: .circo, actors: 100, edges: 200))
        let circo = try! XCTUnwrap(MapSizeLimit.refusal(layout: .circo, actors: 3766, edges: 9000))
        XCTAssertTrue(circo.hasPrefix("the circo layout cannot place 3766 actors and 9000 edges in bounded time"), circo)
        XCTAssertNotNil(MapSizeLimit.refusal(layout: .dot, actors: 3766, edges: 9000))
        XCTAssertNil(MapSizeLimit.refusal(layout: .sfdp, actors: 3766, edges: 9000), "sfdp is multilevel: it always finishes")
    }
}
