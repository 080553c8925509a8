import StatecraftCore
import XCTest

/// A verb inside an object relative clause has the clause's head noun as its object, never an actor from earlier.
final class RelativeClauseTests: XCTestCase {
    func testRelativeClauseVerbTakesNoActorFromPreviousSentence() {
        let e = Fixture.events("Japan and Brazil signed a trade pact. Analysts said the vote might breach treaties that Japan itself has supported.")
        XCTAssertTrue(Fixture.has(e, "JPN", "BRA", .pact), Fixture.describe(e))
        XCTAssertFalse(e.contains { $0.kind == .support }, Fixture.describe(e))
    }

    func testSupportWithNamedObjectStillCounts() {
        let e = Fixture.events("Japan and Brazil signed a trade pact. Japan has supported Brazil ever since.")
        XCTAssertTrue(Fixture.has(e, "JPN", "BRA", .support), Fixture.describe(e))
    }
}
