import StatecraftCore
import XCTest

/// Readings a strict reader of real news rejects: plans coded as facts, judgments coded as acts,
/// co-sources coded as partners, places and hyphenated modifiers coded as parties.
final class RealNewsReadingTests: XCTestCase {
    func testAnnouncedWithdrawalIsOnlyPromised() {
        let e = Fixture.events("Donald Trump has announced a rapid troop withdrawal from Syria.", date: "2018-12-20")
        XCTAssertFalse(e.contains { $0.kind == .concession && $0.modality == .asserted }, Fixture.describe(e))
        let f = Fixture.events("On the eve of a UN Security Council visit to Nairobi, members are split.", date: "2004-11-17")
        XCTAssertFalse(f.contains { $0.kind == .visit && $0.modality == .asserted }, Fixture.describe(f))
    }

    func testPartOfACountryIsAPlace() {
        let e = Fixture.events("The Pentagon is concerned about a Russian threat to attack an area of eastern Syria.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.target.id == "SYR" }, Fixture.describe(e))
        let f = Fixture.events("Germany sends three planes to Sudan's troubled Darfur region.", date: "2004-08-01")
        XCTAssertFalse(f.contains { $0.target.id == "SDN" }, Fixture.describe(f))
        // "as part of" is no place.
        let g = Fixture.events("Erdogan, as part of his growing cooperation with Russia, met Putin.", date: "2018-01-20")
        XCTAssertTrue(g.contains { $0.source.id == "TUR" && $0.target.id == "RUS" }, Fixture.describe(g))
    }

    func testJudgmentsAndMetaphorsAreNoActs() {
        let e = Fixture.events("Trump threatens British interests and international peace.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .threat }, Fixture.describe(e))
        let f = Fixture.events("The United States escalated its trade war with China.", date: "2019-05-10")
        XCTAssertFalse(f.contains { $0.kind == .attack }, Fixture.describe(f))
    }

    func testCoSourcesAreNotPartners() {
        let e = Fixture.events("The regime, bolstered by support from Moscow and Tehran, advanced.", date: "2018-04-10")
        XCTAssertFalse(e.contains { ["RUS", "IRN"].contains($0.source.id) && ["RUS", "IRN"].contains($0.target.id) }, Fixture.describe(e))
    }

    func testHyphenatedModifierAndParticipleAgentAreNoParties() {
        let e = Fixture.events("Turkey warned it would act if the US and EU-backed Kurdish forces are given a role.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.target.id == "USA" }, Fixture.describe(e))
        let f = Fixture.events("Britain Charges Cleric Sought by US for Aiding Terrorism.", date: "2004-10-19")
        XCTAssertFalse(f.contains { $0.target.id == "USA" }, Fixture.describe(f))
    }

    func testHostingAnotherStatesBasesIsNoVisit() {
        let e = Fixture.events("Cyprus had hosted the United Kingdom's sovereign base areas for decades.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .visit }, Fixture.describe(e))
    }

    func testTrainingAnotherForceIsAid() {
        let e = Fixture.events("The US will train the Iraqi army.", date: "2015-04-10")
        XCTAssertTrue(Fixture.has(e, "USA", "IRQ", .aid), Fixture.describe(e))
        let f = Fixture.events("North Korea has trained 500 hackers capable of cyber attacks against the United States.", date: "2013-01-10")
        XCTAssertFalse(f.contains { $0.kind == .aid }, Fixture.describe(f))
    }
}
