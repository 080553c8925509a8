import StatecraftCore
import XCTest

final class ModalityTests: XCTestCase {
    func testHedgeIsPossibleNotAsserted() {
        let e = Fixture.events("Putin said he does not rule out sending weapons to North Korea.")
        XCTAssertTrue(Fixture.has(e, "RUS", "PRK", .armsSupply, .possible), Fixture.describe(e))
        XCTAssertFalse(Fixture.has(e, "RUS", "PRK", .armsSupply, .asserted), Fixture.describe(e))
        XCTAssertFalse(e.contains { $0.kind == .rejection }, "a negated 'rule out' is a hedge: \(Fixture.describe(e))")
    }

    func testPledgeIsIntendedAndAgree() {
        let e = Fixture.events("Russia and Vietnam pledged to deepen ties.")
        let coop = e.first { $0.kind == .cooperation }
        XCTAssertEqual(coop?.modality, .intended, Fixture.describe(e))
        XCTAssertEqual(coop?.plover, .agree)
    }

    func testAccusationMakesTheActAlleged() {
        let e = Fixture.events("Washington accused North Korea of supplying missiles to Russia.")
        XCTAssertTrue(Fixture.has(e, "USA", "PRK", .accusation, .asserted), Fixture.describe(e))
        XCTAssertTrue(Fixture.has(e, "PRK", "RUS", .armsSupply, .alleged), Fixture.describe(e))
    }

    func testNegationIsDenied() {
        let e = Fixture.events("France did not send weapons to Ukraine.")
        XCTAssertTrue(Fixture.has(e, "FRA", "UKR", .armsSupply, .denied), Fixture.describe(e))
    }
}
