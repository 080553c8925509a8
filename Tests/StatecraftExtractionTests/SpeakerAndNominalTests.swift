import StatecraftCore
import XCTest

/// A verb of saying before a definite nominal event ("called the agreement", "said the talks") speaks about the
/// event: its subject is no party to it. Announcing or confirming a deal still makes the announcer a party.
final class SpeakerAndNominalTests: XCTestCase {
    func testCommentingOnTheAgreementMakesNoParty() {
        for (text, speaker) in [("Charles Michel called the agreement between Armenia and Azerbaijan a very important development.", "EU"),
                                ("Germany said the deal between Serbia and Kosovo was fragile.", "DEU"),
                                ("Japan described the talks between China and India as useful.", "JPN")] {
            let e = Fixture.events(text, date: "2023-09-28")
            XCTAssertFalse(e.contains { ($0.source.id == speaker || $0.target.id == speaker) && [.pact, .talks].contains($0.kind) },
                           text + ": " + Fixture.describe(e))
        }
    }

    func testAnnouncingTheDealStillMakesAParty() {
        let e = Fixture.events("Russia announced the agreement with Iran on Monday.")
        XCTAssertTrue(e.contains { $0.kind == .pact && Set([$0.source.id, $0.target.id]) == ["RUS", "IRN"] }, Fixture.describe(e))
    }
}
