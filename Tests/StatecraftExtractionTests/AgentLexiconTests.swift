import StatecraftCore
import StatecraftData
import XCTest
@testable import StatecraftExtraction

/// Agent nouns as data (`Data/agents.json`): state organs stand for their state, non-state groups and people do not.
final class AgentLexiconTests: XCTestCase {
    func testBundledFileLoadsAndHasEachMeaning() throws {
        let lex = try AgentLexicon(contentsOf: BundledData.agentsURL)
        XCTAssertGreaterThan(lex.agents.count, 1000)
        let byPhrase = Dictionary(lex.agents.map { ($0.phrase, $0.meaning) }, uniquingKeysWith: { a, _ in a })
        for p in ["coast guard", "military", "foreign ministry", "embassy", "drone", "warship", "air force", "troops", "officials"] {
            XCTAssertEqual(byPhrase[p], .state, p)
        }
        for p in ["rebels", "insurgents", "militants"] { XCTAssertEqual(byPhrase[p], .nonstate, p) }
        for p in ["protesters", "civilians", "students", "fishing vessels"] { XCTAssertEqual(byPhrase[p], .people, p) }
        XCTAssertTrue(lex.references.contains { $0.phrase == "the kingdom" && $0.actors.contains("SAU") })
        XCTAssertEqual(AgentLexicon.bundled.agents.count, lex.agents.count)
    }

    func testABrokenAgentsFileIsAOneLineError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agents-\(UUID().uuidString).json")
        try Data(#"{"agents": [{"phrase": "army"}]}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try AgentLexicon(contentsOf: url)) { error in
            XCTAssertTrue("\(error)".hasPrefix(url.path), "\(error)")
        }
    }

    func testDemonymAndStateOrganIsTheState() {
        let cases: [(String, String, String, RelationKind)] = [
            ("A Russian drone struck a Ukrainian hospital on Tuesday.", "RUS", "UKR", .attack),
            ("Russian drones have struck Ukrainian power plants.", "RUS", "UKR", .attack),
            ("An Iranian warship attacked a Saudi tanker.", "IRN", "SAU", .attack),
            ("The French military attacked Islamic State positions in Syria.", "FRA", "ISIS", .attack),
            ("Israel's defence ministry accused Iran of arming Hezbollah.", "ISR", "IRN", .accusation),
            ("U.S. forces attacked Houthi targets in Yemen.", "USA", "HOUTHIS", .attack),
            ("China's foreign ministry will criticise Japan.", "CHN", "JPN", .criticism),
            ("Indian air force jets attacked Pakistan on Tuesday.", "IND", "PAK", .attack),
        ]
        for (text, s, t, k) in cases {
            let e = Fixture.events(text)
            XCTAssertTrue(e.contains { $0.source.id == s && $0.target.id == t && $0.kind == k }, text + " → " + Fixture.describe(e))
        }
    }

    func testRebelsProtestersAndCitizensAreNotTheState() {
        let cases = [
            "Syrian rebels attacked Turkey.",
            "Syrian rebel forces attacked Turkish troops.",
            "Afghan insurgents attacked Pakistan.",
            "Iranian protesters condemned Israel.",
            "Chinese fishing vessels rammed a Philippine ship.",
            "Russian citizens criticised Ukraine.",
        ]
        for text in cases {
            let e = Fixture.events(text)
            let state: (String) -> Bool = { ["SYR", "AFG", "IRN", "CHN", "RUS"].contains($0) }
            XCTAssertFalse(e.contains { state($0.source.id) && $0.kind != .protest }, text + " → " + Fixture.describe(e))
        }
        // The state they fight is not the group's target either: "Turkey attacked Syrian rebels" is no attack on Syria.
        let e = Fixture.events("Turkey attacked Syrian rebels near the border.")
        XCTAssertFalse(e.contains { $0.target.id == "SYR" }, Fixture.describe(e))
    }
}

extension AgentLexiconTests {
    func testANonStateGroupKeepsItsOwnMembers() {
        let e = Fixture.events("Washington supports the Syrian Kurdish YPG militia, which Ankara regards as a terror group.")
        XCTAssertTrue(e.contains { $0.source.id == "USA" && $0.target.id == "YPG" && $0.kind == .support }, Fixture.describe(e))
    }
}
