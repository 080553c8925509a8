import StatecraftCore
import XCTest

/// Possessive pronouns, between-phrases, participle agents and private groups resolve to the right actor or to none.
final class ReferenceAndAgentTests: XCTestCase {
    func testBetweenAnActorAndAnUnknownPartyIsNoPair() {
        let e = Fixture.events("What happens next will depend on negotiations between Russia and forces that see Moscow as an ally.", date: "2018-04-10")
        XCTAssertTrue(e.isEmpty, Fixture.describe(e))
        let f = Fixture.events("Talks between Russia and Turkey resumed.", date: "2018-04-10")
        XCTAssertTrue(Fixture.has(f, "RUS", "TUR", .talks), Fixture.describe(f))
    }

    func testWelcomingSomeonesMoveIsNoVisit() {
        let e = Fixture.events("The Saudi leadership has welcomed Trump's move to reimpose sanctions on Iran.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .visit }, Fixture.describe(e))
        let f = Fixture.events("The Saudi king welcomed Putin to Riyadh.", date: "2018-04-10")
        XCTAssertTrue(Fixture.has(f, "RUS", "SAU", .visit), Fixture.describe(f))
    }

    func testPossessiveItsTakesTheNearestCandidate() {
        let e = Fixture.events("Ankara has been angered by the YPG's expansion in northern Syria and its alliance with the United States.", date: "2018-04-10")
        XCTAssertFalse(e.contains { ($0.source.id == "TUR" || $0.source.id == "SYR") && $0.kind == .pact }, Fixture.describe(e))
        let f = Fixture.events("The announcement came as Turkey was preparing to send its military into Syria.", date: "2018-04-10")
        XCTAssertTrue(f.contains { $0.source.id == "TUR" && $0.target.id == "SYR" }, Fixture.describe(f))
        XCTAssertFalse(f.contains { $0.target.id == "TUR" }, Fixture.describe(f))
    }

    func testPassivePatientIsNotAPlaceInAnotherConjunct() {
        let e = Fixture.events("The YPG is not a terrorist group in the UK and is supported by the US military.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.target.id == "GBR" }, Fixture.describe(e))
    }

    func testParticipleAgentDoesNotDoThePurpose() {
        let e = Fixture.events("The Syrian Democratic Forces, raised by Washington to fight Isis, said the move was dangerous.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.source.id == "USA" && $0.kind == .attack }, Fixture.describe(e))
    }

    func testMercenariesAreNotTheirState() {
        let e = Fixture.events("Up to 200 Russian mercenaries were killed by a US counterattack.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.target.id == "RUS" }, Fixture.describe(e))
    }
}
