import StatecraftCore
import XCTest

final class ActorResolutionTests: XCTestCase {
    func testCapitalAfterInIsAPlaceNotAnActor() {
        let e = Fixture.events("Putin held talks in Hanoi.")
        XCTAssertFalse(e.contains { $0.target.id == "VNM" }, Fixture.describe(e))
    }

    func testLeaderResolvedByDate() {
        let during = Fixture.events("Biden criticised China.", date: "2022-03-01")
        XCTAssertTrue(Fixture.has(during, "USA", "CHN", .criticism), Fixture.describe(during))
        let after = Fixture.events("Biden criticised China.", date: "2026-03-01")
        XCTAssertFalse(after.contains { $0.source.id == "USA" }, Fixture.describe(after))
    }

    func testStateOrganIsTheState() {
        let e = Fixture.events("Russian troops attacked Ukraine.")
        XCTAssertTrue(Fixture.has(e, "RUS", "UKR", .attack), Fixture.describe(e))
    }

    func testAdjectiveOnAThingIsNotAnActor() {
        let e = Fixture.events("The G7 agreed to use frozen Russian assets to provide a loan to Kyiv.")
        XCTAssertTrue(e.contains { $0.source.id == "G7" && $0.target.id == "UKR" && $0.kind == .aid }, Fixture.describe(e))
        XCTAssertFalse(e.contains { $0.source.id == "RUS" }, Fixture.describe(e))
    }

    func testSportsSentenceIsDiscarded() {
        let e = Fixture.events("Brazil beat Argentina 2-1 in the World Cup final after a late goal.")
        XCTAssertTrue(e.isEmpty, Fixture.describe(e))
    }
}
