import StatecraftCore
import XCTest

/// Clauses opened by a wish, a proposal or a future time state plans, not facts.
final class ClauseMoodTests: XCTestCase {
    func testFutureWhenClauseIsIntended() {
        let e = Fixture.events("The summit will open on Monday when French President Jacques Chirac visits Germany.", date: "2004-08-15")
        XCTAssertTrue(Fixture.has(e, "FRA", "DEU", .visit, .intended), Fixture.describe(e))
        XCTAssertFalse(Fixture.has(e, "FRA", "DEU", .visit, .asserted), Fixture.describe(e))
    }

    func testPastWhenClauseStaysAsserted() {
        let e = Fixture.events("The summit opened on Monday when French President Jacques Chirac visited Germany.", date: "2004-08-15")
        XCTAssertTrue(Fixture.has(e, "FRA", "DEU", .visit, .asserted), Fixture.describe(e))
    }

    func testRecommendThatClauseIsIntended() {
        let e = Fixture.events("The report will recommend that the European Union open negotiations with Turkey.", date: "2004-08-15")
        XCTAssertTrue(Fixture.has(e, "EU", "TUR", .talks, .intended), Fixture.describe(e))
        XCTAssertFalse(Fixture.has(e, "EU", "TUR", .talks, .asserted), Fixture.describe(e))
    }

    func testStoppingAttacksDoesNotDenyThem() {
        let e = Fixture.events("Egypt moved to halt Israeli attacks on Lebanon.", date: "2004-08-15")
        XCTAssertFalse(e.contains { $0.kind == .attack && $0.modality == .denied }, Fixture.describe(e))
        let f = Fixture.events("There was no Israeli attack on Lebanon.", date: "2004-08-15")
        XCTAssertFalse(f.contains { $0.kind == .attack && $0.modality == .asserted }, Fixture.describe(f))
    }
}

/// A negated verb before "any" negates the event noun it governs.
final class NegatedAnyTests: XCTestCase {
    func testNotAnyAttackIsDenied() {
        let e = Fixture.events("I do not recall any Syrian terrorist attacks on London.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .attack && $0.modality == .asserted }, Fixture.describe(e))
        let f = Fixture.events("Officials recalled Syrian attacks on Lebanon.", date: "2018-04-10")
        XCTAssertTrue(Fixture.has(f, "SYR", "LBN", .attack, .asserted), Fixture.describe(f))
    }
}
