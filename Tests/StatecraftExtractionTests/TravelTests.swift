import StatecraftCore
import XCTest

/// Travel for talks: who travels holds the talks; the capital a leader arrives in is the state visited.
final class TravelTests: XCTestCase {
    func testTalksOneTravelsForAreTheTravellers() {
        let e = Fixture.events("Putin flew to Beijing on Monday for talks with Xi Jinping.", date: "2024-05-16")
        XCTAssertTrue(e.contains { Set([$0.source.id, $0.target.id]) == ["RUS", "CHN"] && $0.kind == .talks }, Fixture.describe(e))
        let f = Fixture.events("U.S. and Russian negotiators return to Geneva this week for talks on limiting missiles.", date: "2000-01-01")
        XCTAssertTrue(f.contains { Set([$0.source.id, $0.target.id]) == ["RUS", "USA"] && $0.kind == .talks }, Fixture.describe(f))
    }

    func testArrivingInACapitalVisitsItsState() {
        let e = Fixture.events("US Secretary of State Colin Powell arrives in Seoul today for a two-day visit.", date: "2004-10-25")
        XCTAssertTrue(Fixture.has(e, "USA", "KOR", .visit), Fixture.describe(e))
        // Elsewhere a capital after "in" stays a place.
        let f = Fixture.events("Russia and China held talks in Seoul on Monday.", date: "2004-10-25")
        XCTAssertFalse(f.contains { $0.target.id == "KOR" || $0.source.id == "KOR" }, Fixture.describe(f))
    }
}
