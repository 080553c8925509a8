import StatecraftCore
import XCTest

final class DirectionTests: XCTestCase {
    func testCoordinatedListGivesOneEventPerActor() {
        let e = Fixture.events("The United States, Britain and the European Union announced new sanctions on Russia.")
        for s in ["USA", "GBR", "EU"] { XCTAssertTrue(Fixture.has(e, s, "RUS", .sanctions, .asserted), Fixture.describe(e)) }
    }

    func testPossessiveWithPartner() {
        let e = Fixture.events("South Korea condemned North Korea. Officials discussed Russia's treaty with the North.")
        XCTAssertTrue(e.contains { $0.kind == .pact && Set([$0.source.id, $0.target.id]) == ["RUS", "PRK"] }, Fixture.describe(e))
    }

    func testVisitorIsTheSource() {
        let e = Fixture.events("Joe Biden visited Hanoi in September.", date: "2023-09-10")
        XCTAssertTrue(Fixture.has(e, "USA", "VNM", .visit), Fixture.describe(e))
    }

    func testArmsSupplierPossessorReceives() {
        let e = Fixture.events("Russia has been Vietnam's main arms supplier for decades.")
        XCTAssertTrue(Fixture.has(e, "RUS", "VNM", .armsSupply, .asserted), Fixture.describe(e))
    }
}
