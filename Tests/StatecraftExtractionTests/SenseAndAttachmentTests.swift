import StatecraftCore
import XCTest

/// Word senses and attachments a strict reader checks: what is given, whom "by" names, what "fight for" means,
/// whose officials sit at an organisation, and which year a trigger belongs to.
final class SenseAndAttachmentTests: XCTestCase {
    func testGivingPraiseIsSupportNotAid() {
        let e = Fixture.events("Putin welcomed the pullout, giving Trump the praise he craves.", date: "2018-12-25")
        XCTAssertTrue(Fixture.has(e, "RUS", "USA", .support), Fixture.describe(e))
        XCTAssertFalse(e.contains { $0.kind == .aid }, Fixture.describe(e))
    }

    func testWelcomingAWinIsSupportNotHosting() {
        let e = Fixture.events("Berlusconi and Putin said they welcome the Bush win.", date: "2004-11-05")
        XCTAssertFalse(e.contains { $0.kind == .visit }, Fixture.describe(e))
        XCTAssertTrue(Fixture.has(e, "RUS", "USA", .support), Fixture.describe(e))
    }

    func testAgentAfterByIsTheHeadNotAPlace() {
        let e = Fixture.events("An Australian journalist was seized by militants in Iraq.", date: "2004-11-05")
        XCTAssertFalse(e.contains { $0.source.id == "IRQ" }, Fixture.describe(e))
    }

    func testFightingForAGroupIsNoAttackOnIt() {
        let e = Fixture.events("Converts who leave Britain to fight for Isis are guilty of horrific acts.", date: "2017-10-23")
        XCTAssertFalse(e.contains { $0.kind == .attack }, Fixture.describe(e))
    }

    func testPossessorsOfficialsAtAnOrganisation() {
        let e = Fixture.events("North Korea said its U.N. diplomats met U.S. officials in New York.", date: "2004-11-05")
        XCTAssertFalse(e.contains { $0.source.id == "UN" || $0.target.id == "UN" }, Fixture.describe(e))
        XCTAssertTrue(e.contains { Set([$0.source.id, $0.target.id]) == ["PRK", "USA"] && $0.kind == .talks }, Fixture.describe(e))
    }

    func testEarlierYearByTheTriggerIsHistory() {
        let e = Fixture.events("Ties soured after the 2015 shooting down of a Russian jet by Turkey.", date: "2018-02-10")
        XCTAssertFalse(e.contains { $0.kind == .attack }, Fixture.describe(e))
    }

    func testClaimThatIsAlleged() {
        let e = Fixture.events("Yakovenko disputes the UK claim that the OPCW backed Britain's analysis.", date: "2018-04-12")
        XCTAssertFalse(e.contains { $0.kind == .support && $0.modality == .asserted }, Fixture.describe(e))
    }
}
