import StatecraftCore
import XCTest

final class VoiceAndListTests: XCTestCase {
    func testPassiveWithAgent() {
        let e = Fixture.events("Iran was sanctioned by the European Union on Monday.")
        XCTAssertTrue(Fixture.has(e, "EU", "IRN", .sanctions, .asserted), Fixture.describe(e))
        XCTAssertFalse(e.contains { $0.source.id == "IRN" }, Fixture.describe(e))
    }

    func testTalksBetweenIsReciprocal() {
        let e = Fixture.events("Talks between India and Pakistan resumed on Tuesday.")
        XCTAssertTrue(e.contains { $0.kind == .talks && Set([$0.source.id, $0.target.id]) == ["IND", "PAK"] }, Fixture.describe(e))
    }

    func testCoordinatedTargets() {
        let e = Fixture.events("China warned Japan and South Korea against joining the exercises.")
        XCTAssertTrue(Fixture.has(e, "CHN", "JPN", .warning), Fixture.describe(e))
        XCTAssertTrue(Fixture.has(e, "CHN", "KOR", .warning), Fixture.describe(e))
    }

    func testCommaWithoutConjunctionIsNotAList() {
        let e = Fixture.events("Putin does not rule out sending arms to N.Korea, US concerned")
        XCTAssertFalse(e.contains { $0.target.id == "USA" }, Fixture.describe(e))
    }
}
