import StatecraftCore
import XCTest

/// Passives whose agent is no known actor, and idioms of opportunity, give no event of their own.
final class AgentAndIdiomTests: XCTestCase {
    func testPassiveWithUnknownAgentIsNoSupport() {
        let e = Fixture.events("Israeli tanks and troops backed by helicopter gunships stormed a camp, killing 10 Palestinians.", date: "2004-08-15")
        XCTAssertFalse(e.contains { $0.kind == .support }, Fixture.describe(e))
        let f = Fixture.events("Kurdish forces were backed by the United States.", date: "2018-04-10")
        XCTAssertFalse(f.contains { $0.kind == .support && $0.source.id != "USA" }, Fixture.describe(f))
    }

    func testSeizingAChanceSeizesNobody() {
        let e = Fixture.events("Seizing a chance to normalise relations, Putin praised the United States.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .coercion }, Fixture.describe(e))
        XCTAssertTrue(Fixture.has(e, "RUS", "USA", .support), Fixture.describe(e))
    }
}
