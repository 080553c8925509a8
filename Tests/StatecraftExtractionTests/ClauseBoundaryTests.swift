import StatecraftCore
import XCTest

/// Subjects and objects stay inside their own clause and noun phrase.
final class ClauseBoundaryTests: XCTestCase {
    func testObjectStopsAtTheNextClausesSubject() {
        let e = Fixture.events("Russia is backing the government and the United States supports some opposition forces.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .support && $0.source.id == "RUS" && $0.target.id == "USA" }, Fixture.describe(e))
        XCTAssertFalse(e.contains { $0.kind == .support && $0.source.id == "USA" && $0.target.id == "RUS" }, Fixture.describe(e))
        let f = Fixture.events("Russia is backing Syria and Iran.", date: "2018-04-10")
        XCTAssertTrue(Fixture.has(f, "RUS", "IRN", .support), Fixture.describe(f))
    }

    func testPlaceCompoundsAreNoActors() {
        let e = Fixture.events("Officials in Ankara said Turkey would welcome a takeover of YPG-controlled areas.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.target.id == "YPG" }, Fixture.describe(e))
    }

    func testAgentlessPassiveTakesNoAgentFromAnotherClause() {
        let e = Fixture.events("After Isis were expelled, the rebels returned to some areas retaken by the Turkey-backed Free Syrian Army.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.source.id == "TUR" }, Fixture.describe(e))
    }

    func testRelativeClauseHeadIsNoPassivePatient() {
        let e = Fixture.events("The militia led the campaign against Islamic State that was backed by the United States.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .support && $0.source.id == "USA" }, Fixture.describe(e))
    }

    func testAnotherNounPhraseBlocksADistantSubject() {
        let e = Fixture.events("The US-led coalition closed in and their father sent them to Turkey.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.source.id == "USA" }, Fixture.describe(e))
        let f = Fixture.events("British aircraft using precision guided missiles killed 4 Iraqis in an attack.", date: "2003-04-10")
        XCTAssertTrue(Fixture.has(f, "GBR", "IRQ", .attack), Fixture.describe(f))
    }

    func testMidSentencePossessiveNeedsAnAntecedentInReach() {
        let e = Fixture.events("Syria signed a deal with Iran. The opposition said it had set no preconditions and its call for new elections with Russia was an opinion.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.source.id == "SYR" && $0.kind == .demand }, Fixture.describe(e))
        let f = Fixture.events("Syria signed a deal with Iran. Its foreign ministry then criticised Turkey.", date: "2018-04-10")
        XCTAssertTrue(Fixture.has(f, "SYR", "TUR", .criticism), Fixture.describe(f))
    }

    func testPreparingToArriveIsAPlannedVisit() {
        let e = Fixture.events("German Chancellor Gerhard Schroeder was preparing to arrive in China on Monday.", date: "2004-08-15")
        XCTAssertFalse(e.contains { $0.kind == .mobilization }, Fixture.describe(e))
        XCTAssertTrue(Fixture.has(e, "DEU", "CHN", .visit, .intended), Fixture.describe(e))
    }
}
