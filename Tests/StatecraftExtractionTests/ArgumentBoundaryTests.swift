import StatecraftCore
import XCTest

/// Where an argument stops: a place inside another phrase is no co-possessor, citizens are not their state,
/// a pronoun opening a relative clause is no object, and aid reaches a place only as a force sent there.
final class ArgumentBoundaryTests: XCTestCase {
    func testPlaceInAnotherPhraseIsNoConjunctOfThePossessor() {
        let e = Fixture.events("They agreed on US support for militias in Syria, and Turkey's detention of a US citizen.", date: "2018-10-12")
        XCTAssertFalse(e.contains { $0.source.id == "SYR" }, Fixture.describe(e))
        XCTAssertTrue(Fixture.has(e, "TUR", "USA", .coercion), Fixture.describe(e))
        let g = Fixture.events("Relations were strained by Riyadh's cold war with Qatar and Ankara's alliance with Iran.", date: "2018-10-12")
        XCTAssertFalse(g.contains { $0.source.id == "QAT" || $0.target.id == "QAT" && $0.kind == .pact }, Fixture.describe(g))
        XCTAssertTrue(g.contains { Set([$0.source.id, $0.target.id]) == ["TUR", "IRN"] && $0.kind == .pact }, Fixture.describe(g))
        // Coordinated adjectives after a preposition still share the noun.
        let f = Fixture.events("Trump expressed his disappointment with Russian and Iranian support for Assad.", date: "2018-04-14")
        XCTAssertTrue(Fixture.has(f, "RUS", "SYR", .support), Fixture.describe(f))
    }

    func testCitizensBackingAGroupAreNotTheirState() {
        let e = Fixture.events("British citizens backing Islamic State in Syria had only themselves to blame.", date: "2017-10-23")
        XCTAssertFalse(e.contains { $0.source.id == "GBR" }, Fixture.describe(e))
    }

    func testPronounOpeningARelativeClauseIsNoObject() {
        let e = Fixture.events("Moscow allowed the Turkish strikes in airspace it controls.", date: "2018-01-22")
        XCTAssertFalse(Fixture.has(e, "TUR", "RUS", .attack), Fixture.describe(e))
    }

    func testAidToAGroupInsideAStateIsNotAidToTheState() {
        let e = Fixture.events("Relations were strained over US assistance to Kurdish militia within Syria.", date: "2018-01-22")
        XCTAssertFalse(e.contains { $0.target.id == "SYR" }, Fixture.describe(e))
        let f = Fixture.events("The UN sent a peacekeeping force to Liberia.", date: "2004-01-22")
        XCTAssertTrue(Fixture.has(f, "UN", "LBR", .aid), Fixture.describe(f))
    }

    func testPreparingToSpeakIsNoMobilisation() {
        let e = Fixture.events("The US president prepared to claim the end of the caliphate in Syria.", date: "2019-03-20")
        XCTAssertFalse(e.contains { $0.kind == .mobilization }, Fixture.describe(e))
    }

    func testRejectingChargesIsNotARejectionOfTheirSubject() {
        let e = Fixture.events("ElBaradei strongly rejects charges of collaboration with Iran.", date: "2004-11-20")
        XCTAssertFalse(e.contains { $0.kind == .rejection && $0.target.id == "IRN" }, Fixture.describe(e))
    }
}
