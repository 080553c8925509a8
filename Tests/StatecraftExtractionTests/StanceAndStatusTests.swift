import StatecraftCore
import XCTest

/// Attitudes, inquiries, shelved plans and backed measures are not acts done; an act dated to an earlier year in
/// its own clause is history unless the present still runs from it.
final class StanceAndStatusTests: XCTestCase {
    func testStandingConcernIsNoCriticism() {
        let e = Fixture.events("Turkey has national security concerns over the YPG.", date: "2018-01-20")
        XCTAssertFalse(e.contains { $0.kind == .criticism }, Fixture.describe(e))
        let f = Fixture.events("Turkey expressed concern over the YPG on Monday.", date: "2018-01-20")
        XCTAssertTrue(Fixture.has(f, "TUR", "YPG", .criticism), Fixture.describe(f))
    }

    func testInquiryNamedAfterAStateIsIntoIt() {
        let e = Fixture.events("As the Russia investigation closes in on Trump, his mood soured.", date: "2018-04-14")
        XCTAssertFalse(e.contains { $0.kind == .investigation && $0.source.id == "RUS" }, Fixture.describe(e))
    }

    func testShelvedAndBackedMeasuresAreNotDone() {
        let e = Fixture.events("The United Nations has shelved efforts to draft a treaty with the United States.", date: "2004-11-20")
        XCTAssertFalse(e.contains { $0.kind == .pact && $0.modality == .asserted }, Fixture.describe(e))
        let f = Fixture.events("African leaders backed immediate UN sanctions against Ivory Coast.", date: "2004-11-15")
        XCTAssertFalse(e.contains { $0.kind == .sanctions && $0.modality == .asserted } || f.contains { $0.kind == .sanctions && $0.modality == .asserted },
                       Fixture.describe(f))
    }

    func testEarlierYearInTheClauseIsHistory() {
        let e = Fixture.events("The British government cut off diplomatic relations with Syria in 2012.", date: "2017-11-02")
        XCTAssertFalse(e.contains { $0.kind == .sanctions }, Fixture.describe(e))
        let f = Fixture.events("The two countries came to blows in November, 2015 when Turkey shot down a Russian jet.", date: "2018-04-03")
        XCTAssertFalse(f.contains { $0.kind == .attack }, Fixture.describe(f))
        // The present runs from it: still news of the relation.
        let g = Fixture.events("They have drawn closer since Russia's invasion of Ukraine in 2022 isolated Putin.", date: "2024-06-20")
        XCTAssertTrue(Fixture.has(g, "RUS", "UKR", .attack), Fixture.describe(g))
    }

    func testInfinitiveOfMovementEndsTheObject() {
        let e = Fixture.events("UN peacekeepers have fired on troops trying to enter the Democratic Republic of Congo from Rwanda.", date: "2004-06-10")
        XCTAssertFalse(e.contains { $0.target.id == "COD" }, Fixture.describe(e))
    }
}
