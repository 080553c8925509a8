import StatecraftCore
import StatecraftData
@testable import StatecraftExtraction
import XCTest

/// Agent words have one source (`Data/agents.json`), courts, watchdogs and armed groups resolve, and the
/// non-state groups of current news are never their country.
final class AgentWordsTests: XCTestCase {
    func testStateWordsComeFromTheAgentsFile() throws {
        let lex = try AgentLexicon(contentsOf: BundledData.agentsURL)
        let words = Set(lex.stateWords)
        for w in ["troops", "military", "ministry", "foreign", "side", "coast", "guard", "officials", "media", "naval"] {
            XCTAssertTrue(words.contains(w), w)
        }
        for w in ["rebels", "protesters", "students", "militia", "firms"] { XCTAssertFalse(words.contains(w), w) }
    }

    func testAgentWordsFromPETRARCHMakeTheAdjectiveTheState() {
        for (text, s, t) in [("Chinese naval vessels fired water cannon at Philippine boats.", "CHN", "PHL"),
                             ("The Saudi kingdom condemned Israel on Monday.", "SAU", "ISR"),
                             ("Russian lawmakers condemned Moldova.", "RUS", "MDA")] {
            let e = Fixture.events(text)
            XCTAssertTrue(e.contains { $0.source.id == s && $0.target.id == t }, text + ": " + Fixture.describe(e))
        }
    }

    func testTheCourtAndTheWatchdogReferBack() {
        let e = Fixture.events("South Africa brought a case against Israel at the ICJ. The court criticised Israel on Friday.")
        XCTAssertTrue(e.contains { $0.source.id == "ICJ" && $0.target.id == "ISR" }, Fixture.describe(e))
        let f = Fixture.events("Iran curbed IAEA inspections. The watchdog criticised Iran on Thursday.")
        XCTAssertTrue(Fixture.has(f, "IAEA", "IRN", .criticism), Fixture.describe(f))
        // No court in the discourse: nothing.
        let g = Fixture.events("Russia met Iran. The court condemned Ukraine.")
        XCTAssertFalse(g.contains { $0.kind == .criticism }, Fixture.describe(g))
    }

    func testTheUNCourtIsTheICJNotTheUN() {
        for text in ["Gambia filed a case at the UN court against Myanmar.", "The top United Nations court ordered Russia to halt its invasion."] {
            let e = Fixture.events(text)
            XCTAssertFalse(e.contains { $0.source.id == "UN" || $0.target.id == "UN" }, text + ": " + Fixture.describe(e))
        }
    }

    func testArmedGroupsAreNotTheirCountry() {
        for (text, group) in [("M23 rebels attacked Congolese troops near Goma.", "M23"),
                              ("Islamic Jihad fired rockets at Israel on Friday.", "PIJ"),
                              ("JNIM attacked Malian soldiers on Sunday.", "JNIM")] {
            let e = Fixture.events(text)
            XCTAssertTrue(e.contains { $0.source.id == group && $0.kind == .attack }, text + ": " + Fixture.describe(e))
            XCTAssertFalse(e.contains { ["RWA", "PSE", "COD", "MLI"].contains($0.source.id) && $0.kind == .attack }, text + ": " + Fixture.describe(e))
        }
    }

    func testAGroupsOwnFightersAreNeverItsCountry() {
        for text in ["Houthi fighters seized a Saudi ship.", "Hezbollah militants fired rockets at Israel.",
                     "Hamas gunmen attacked Israel on Saturday."] {
            let e = Fixture.events(text)
            XCTAssertFalse(e.contains { ["YEM", "LBN", "PSE"].contains($0.source.id) }, text + ": " + Fixture.describe(e))
        }
    }
}
