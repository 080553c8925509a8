import StatecraftCore
import XCTest

/// Words of war used figuratively or for deals are no attacks.
final class FigurativeTriggerTests: XCTestCase {
    func testColdAndTradeWarsAreNotAttacks() {
        for s in ["Relations were strained by Riyadh's cold war with Qatar.",
                  "China's trade war with the United States hurt exports.",
                  "Britain and France fought a war of words over fishing."] {
            let e = Fixture.events(s, date: "2019-04-10")
            XCTAssertFalse(e.contains { $0.kind == .attack }, s + " → " + Fixture.describe(e))
        }
        let war = Fixture.events("Russia's war against Ukraine entered its third year.", date: "2024-03-01")
        XCTAssertTrue(Fixture.has(war, "RUS", "UKR", .attack), Fixture.describe(war))
    }

    func testStrikingADealIsNoStrike() {
        let e = Fixture.events("Turkey has struck a rapprochement with Syria.", date: "2019-04-10")
        XCTAssertFalse(e.contains { $0.kind == .attack }, Fixture.describe(e))
        let f = Fixture.events("Turkey struck Syria with artillery on Monday.", date: "2019-04-10")
        XCTAssertTrue(Fixture.has(f, "TUR", "SYR", .attack), Fixture.describe(f))
    }

    func testHeadlinePlaceBeforeNounIsNoSubject() {
        let e = Fixture.events("Kabul Bombings Kill Two German Soldiers.", date: "2004-08-15")
        XCTAssertFalse(e.contains { $0.source.id == "AFG" }, Fixture.describe(e))
    }
}
