import StatecraftCore
import XCTest

/// What is not an interstate relation stays out; non-state groups stay themselves.
final class ScopeTests: XCTestCase {
    func testNonStateGroupIsNotItsCountry() {
        let e = Fixture.events("Hamas threatened Israel on Monday.")
        XCTAssertTrue(e.contains { $0.source.kind == .nonstate && $0.target.id == "ISR" && $0.kind == .threat }, Fixture.describe(e))
        XCTAssertFalse(e.contains { $0.source.id == "PSE" }, Fixture.describe(e))
        let f = Fixture.events("Isis attacked Iraqi troops near Mosul.")
        XCTAssertTrue(f.contains { $0.source.kind == .nonstate && $0.target.id == "IRQ" }, Fixture.describe(f))
        XCTAssertFalse(f.contains { $0.source.id == "IRQ" || $0.source.id == "SYR" }, Fixture.describe(f))
    }

    func testHistoryLessonIsDiscarded() {
        let e = Fixture.events("Germany invaded Poland in 1939.", date: "2024-05-01")
        XCTAssertTrue(e.isEmpty, Fixture.describe(e))
    }

    func testCompanyDealIsDiscarded() {
        let e = Fixture.events("Shares rose after the merger deal between American and Chinese firms lifted quarterly profits.")
        XCTAssertTrue(e.isEmpty, Fixture.describe(e))
    }

    func testRepeatedMentionsAreOneFact() {
        let e = Fixture.events("Russia attacked Ukraine. Later, Russia attacked Ukraine again.")
        let attacks = e.filter { $0.kind == .attack && $0.source.id == "RUS" && $0.target.id == "UKR" }
        XCTAssertEqual(attacks.count, 1, Fixture.describe(e))
        XCTAssertEqual(attacks.first?.mentions, 2)
    }

    func testEveryEventCarriesEvidenceAndPLOVER() {
        let e = Fixture.events("Japan protested to China over the incursion. China rejected the protest.")
        XCTAssertFalse(e.isEmpty)
        for event in e {
            XCTAssertFalse(event.evidence.isEmpty)
            XCTAssertFalse(event.trigger.isEmpty)
            XCTAssertTrue(event.evidence.contains(event.trigger.components(separatedBy: " … ").last!), event.trigger)
        }
    }
}
