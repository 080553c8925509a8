import StatecraftCore
import XCTest

final class CoreferenceTests: XCTestCase {
    func testHeResolvesToTheLeaderInTheSentence() {
        let e = Fixture.events("Putin arrived on Monday. He warned Japan against new sanctions.")
        XCTAssertTrue(Fixture.has(e, "RUS", "JPN", .warning), Fixture.describe(e))
    }

    func testTheTwoCountriesIsThePairLastSeenTogether() {
        let e = Fixture.events("Russia and Vietnam held talks in Hanoi. The two countries pledged to deepen cooperation.")
        XCTAssertTrue(e.contains { $0.kind == .cooperation && Set([$0.source.id, $0.target.id]) == ["RUS", "VNM"] }, Fixture.describe(e))
    }

    func testTheNorthInAKoreanContext() {
        let e = Fixture.events("South Korea protested. Seoul condemned Russia's treaty with the North.")
        XCTAssertTrue(e.contains { $0.kind == .pact && Set([$0.source.id, $0.target.id]) == ["RUS", "PRK"] }, Fixture.describe(e))
        // Without a Korean context "the North" is nobody.
        let f = Fixture.events("France condemned Russia's treaty with the North.")
        XCTAssertFalse(f.contains { $0.target.id == "PRK" || $0.source.id == "PRK" }, Fixture.describe(f))
    }

    func testTitledLeaderAndCounterpart() {
        let e = Fixture.events("Russian President Vladimir Putin was greeted by his Vietnamese counterpart To Lam.")
        XCTAssertTrue(e.contains { $0.kind == .visit && $0.source.id == "RUS" && $0.target.id == "VNM" }, Fixture.describe(e))
    }

    func testMetonymAsActorButCapitalAfterInIsAPlace() {
        let e = Fixture.events("The Kremlin criticised Washington.")
        XCTAssertTrue(Fixture.has(e, "RUS", "USA", .criticism), Fixture.describe(e))
        let f = Fixture.events("Pyongyang accused Seoul of spying.")
        XCTAssertTrue(Fixture.has(f, "PRK", "KOR", .accusation), Fixture.describe(f))
    }

    func testReportedSpeechSubjectIsTheEmbeddedActor() {
        let e = Fixture.events("The minister said Iran would send weapons to Syria.")
        XCTAssertTrue(Fixture.has(e, "IRN", "SYR", .armsSupply, .intended), Fixture.describe(e))
    }
}
