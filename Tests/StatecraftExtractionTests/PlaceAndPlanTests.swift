import StatecraftCore
import XCTest

/// Places stay places (lists of capitals, regions of a country) and planned or possible events stay plans.
final class PlaceAndPlanTests: XCTestCase {
    func testListOfCapitalsAfterInIsAllPlaces() {
        let e = Fixture.events("Hariri has been lobbying in Washington, Brussels and London to urge more pressure on Russia.", date: "2018-04-10")
        XCTAssertFalse(e.contains { ["USA", "EU", "GBR"].contains($0.source.id) }, Fixture.describe(e))
    }

    func testRegionOfACountryIsAPlaceNotATarget() {
        let e = Fixture.events("Turkey will launch a military operation against the Kurds in northern Syria within days.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.target.id == "SYR" }, Fixture.describe(e))
        let f = Fixture.events("The IAEA has sent inspectors to a plant in central Iran.", date: "2018-04-10")
        XCTAssertTrue(Fixture.has(f, "IAEA", "IRN", .investigation), Fixture.describe(f))
    }

    func testCabinetMeetingIsNoTalks() {
        let e = Fixture.events("Theresa May has called an emergency cabinet meeting to discuss joint action with France.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .talks }, Fixture.describe(e))
    }

    func testNounsOfPlannedOrPotentialEvents() {
        let e = Fixture.events("A three-way summit between Russia, Turkey and Iran to be held in Tehran on Friday was described as a last chance.", date: "2018-04-10")
        XCTAssertTrue(Fixture.has(e, "RUS", "TUR", .talks, .intended), Fixture.describe(e))
        XCTAssertFalse(e.contains { $0.modality == .asserted }, Fixture.describe(e))
        let f = Fixture.events("A potential US withdrawal from Syria alarmed Turkey.", date: "2018-04-10")
        XCTAssertFalse(f.contains { $0.kind == .concession && $0.modality == .asserted }, Fixture.describe(f))
    }

    func testEvenIfIsNoCondition() {
        let e = Fixture.events("The EU remains supportive of the deal, even if it criticises Iran's missile programme.", date: "2018-04-10")
        XCTAssertTrue(Fixture.has(e, "EU", "IRN", .criticism, .asserted), Fixture.describe(e))
        let f = Fixture.events("Russia will strike Ukraine if Kyiv joins NATO.", date: "2018-04-10")
        XCTAssertFalse(Fixture.has(f, "RUS", "UKR", .attack, .asserted), Fixture.describe(f))
    }

    func testJudgmentIsAboutAnActorNotAnAdjective() {
        let e = Fixture.events("Germany supports Western efforts to show that the use of chemical weapons is unacceptable, Merkel said.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .criticism }, Fixture.describe(e))
        let f = Fixture.events("Britain and France said Iran's missile tests were unacceptable.", date: "2018-04-10")
        XCTAssertTrue(Fixture.has(f, "GBR", "IRN", .criticism), Fixture.describe(f))
    }
}
