import StatecraftCore
import XCTest

/// People and places that are not the state: a national, a bare plural demonym, a region of a country;
/// acts recalled from before ("previously") and demands addressed through the act they call for.
final class PeopleAndPlaceTests: XCTestCase {
    func testANationalIsNotTheState() {
        let e = Fixture.events("Police arrested a Briton at the airport, Zimbabwe said.", date: "2004-08-01")
        XCTAssertFalse(e.contains { $0.target.id == "GBR" }, Fixture.describe(e))
        // A demonym before a name or a compound still names the state.
        let f = Fixture.events("Israel bombed an Iranian Revolutionary Guard base near Homs.", date: "2019-01-20")
        XCTAssertTrue(Fixture.has(f, "ISR", "IRN", .attack), Fixture.describe(f))
    }

    func testBarePluralDemonymIsPeopleNotGovernment() {
        let e = Fixture.events("Afghans Vow to Kill UN Hostage if Demands Not Met.", date: "2004-11-01")
        XCTAssertFalse(e.contains { $0.source.id == "AFG" }, Fixture.describe(e))
        let f = Fixture.events("Other Britons killed fighting Isis in the past year include a press officer.", date: "2018-01-01")
        XCTAssertFalse(f.contains { $0.source.id == "GBR" }, Fixture.describe(f))
        // The determined plural speaks for the state.
        let g = Fixture.events("The Russians rejected the American proposal on Monday.", date: "2018-01-01")
        XCTAssertTrue(Fixture.has(g, "RUS", "USA", .rejection), Fixture.describe(g))
    }

    func testRegionOfACountryAfterAPossessiveIsAPlace() {
        let e = Fixture.events("Turkey warned against a Russian-led attack on Syria's Idlib province.", date: "2018-09-01")
        XCTAssertFalse(e.contains { $0.target.id == "SYR" }, Fixture.describe(e))
    }

    func testPreviouslyRecalledActIsNoNews() {
        let e = Fixture.events("Turkey, which has previously demanded Assad step down, blamed the Syrian regime for the attack.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .demand }, Fixture.describe(e))
        XCTAssertTrue(Fixture.has(e, "TUR", "SYR", .accusation), Fixture.describe(e))
    }

    func testDemandForAWithdrawalIsNotAddressedToThePlace() {
        let e = Fixture.events("Trump's call for the withdrawal of US troops from Syria surprised allies.", date: "2018-12-20")
        XCTAssertFalse(e.contains { $0.kind == .demand && $0.target.id == "SYR" }, Fixture.describe(e))
        let f = Fixture.events("Serbia demanded a meeting of the U.N. Security Council.", date: "2000-01-01")
        XCTAssertTrue(Fixture.has(f, "SRB", "UN", .demand), Fixture.describe(f))
    }

    func testVerbAfterSaysHasNoSubjectOfItsOwn() {
        let e = Fixture.events("Turkey sent troops to confront Kurdish militias that it says threaten its sovereignty.", date: "2018-12-20")
        XCTAssertFalse(e.contains { $0.kind == .threat }, Fixture.describe(e))
    }

    func testAnActorsFellowMembersStandForTheOrganisation() {
        let e = Fixture.events("Greece demanded that its European Community partners refuse to recognize Macedonia.", date: "1993-01-01")
        XCTAssertTrue(Fixture.has(e, "GRC", "EU", .demand), Fixture.describe(e))
        // Without the possessor the members are not the organisation.
        let f = Fixture.events("Nato allies agreed to a new plan with Russia.", date: "2004-01-01")
        XCTAssertFalse(f.contains { $0.source.id == "NATO" }, Fixture.describe(f))
    }
}
