import StatecraftCore
import XCTest

/// Clause edges: a coordinated clause ends a noun's object, a noun right after "says" is the reported clause's
/// subject, and a group named by a state's adjective ("Syrian terrorist", "Iranian militia units") is no state.
final class ClauseEdgeTests: XCTestCase {
    func testCoordinatedClauseEndsTheNounsObject() {
        let e = Fixture.events("Though Syria has objected to the Turkish invasion and Russia had urged restraint, neither has acted.", date: "2018-02-10")
        XCTAssertFalse(Fixture.has(e, "TUR", "RUS", .attack), Fixture.describe(e))
    }

    func testNounAfterSaysIsNotTheSpeakersAct() {
        let e = Fixture.events("Russia also says demands for Iranian militia units to leave Syria are unrealistic.", date: "2018-06-10")
        XCTAssertFalse(e.contains { $0.kind == .demand && $0.source.id == "RUS" }, Fixture.describe(e))
        let f = Fixture.events("She says any attack against Syria would be reckless.", date: "2018-04-12")
        XCTAssertFalse(f.contains { $0.kind == .attack }, Fixture.describe(f))
    }

    func testGroupNamedByAStatesAdjectiveIsNoState() {
        let e = Fixture.events("Britain will not tolerate any Syrian terrorist attacks on London.", date: "2004-06-10")
        XCTAssertFalse(e.contains { $0.source.id == "SYR" }, Fixture.describe(e))
        let f = Fixture.events("Washington's support for the YPG militia angered Ankara.", date: "2018-01-20")
        XCTAssertTrue(f.contains { $0.source.id == "USA" && $0.target.id == "YPG" && $0.kind == .support }, Fixture.describe(f))
    }
}
