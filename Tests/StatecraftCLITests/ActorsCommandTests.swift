import Foundation
import XCTest

/// Runs the built `statecraft actors` as a user would.
final class ActorsCommandTests: XCTestCase {
    private var tempFiles: [URL] = []

    override func tearDown() {
        for url in tempFiles { try? FileManager.default.removeItem(at: url) }
        tempFiles = []
        super.tearDown()
    }

    private func statecraft(_ args: String...) throws -> CLIRunner.Result {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        return try cli.run(args)
    }

    private func tempFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("user-actors-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        tempFiles.append(url)
        return url.path
    }

    func testJSONListsEveryActorWithExactlyTheContractFields() throws {
        let run = try statecraft("actors", "--format", "json")
        XCTAssertEqual(run.status, 0, run.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(rows.count, 230)
        for row in rows { XCTAssertEqual(Set(row.keys), ["id", "name", "kind", "aliases"]) }
        let prk = try XCTUnwrap(rows.first { $0["id"] as? String == "PRK" })
        XCTAssertEqual(prk["name"] as? String, "North Korea")
        XCTAssertEqual(prk["kind"] as? String, "state")
        let aliases = try XCTUnwrap(prk["aliases"] as? [String])
        XCTAssertTrue(aliases.contains("DPRK") && aliases.contains("Pyongyang") && aliases.contains("N.Korea"))
        XCTAssertFalse(aliases.contains("Kim Jong Un"), "people are not aliases of the actor")
        // The JSON keys come in the documented order.
        XCTAssertTrue(run.stdout.contains(#"{"id": "PRK", "name": "North Korea", "kind": "state", "aliases": ["#))
    }

    func testTextHasOneLinePerActor() throws {
        let json = try statecraft("actors", "--format", "json")
        let text = try statecraft("actors")
        XCTAssertEqual(text.status, 0, text.stderr)
        let count = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]).count
        let lines = text.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, count)
        XCTAssertTrue(lines.contains { $0.hasPrefix("PRK ") && $0.contains("North Korea") && $0.contains("DPRK") })
    }

    func testUserDictionaryAppearsInTheListing() throws {
        let path = try tempFile(#"{"actors": [{"id": "SOMALILAND", "name": "Somaliland", "kind": "nonstate", "capital": "Hargeisa"}]}"#)
        let run = try statecraft("actors", "--dictionary", path, "--format", "json")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains(#"{"id": "SOMALILAND", "name": "Somaliland", "kind": "nonstate", "aliases": ["Somaliland", "Hargeisa"]}"#))
    }

    func testCheckPassesOnTheBundledDictionary() throws {
        let run = try statecraft("actors", "--check")
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        let summary = run.stdout.split(separator: "\n").last ?? ""
        XCTAssertTrue(summary.hasPrefix("0 hard, "), run.stdout)
    }

    func testCheckFailsOnHardCollisionsAndOverlaps() throws {
        let path = try tempFile("""
            {"actors": [
              {"id": "COG", "name": "Republic of the Congo", "kind": "state", "adjectives": ["Congolese"]},
              {"id": "USA", "name": "United States", "kind": "state",
               "leaders": [{"name": "Jane Doe", "role": "headOfState", "from": "2024-01-01", "to": "2024-12-31"}]}
            ]}
            """)
        let run = try statecraft("actors", "--check", "--dictionary", path)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stdout.contains("hard  alias 'congolese': names COD and COG"), run.stdout)
        XCTAssertTrue(run.stdout.contains("hard  overlap USA: Joe Biden"), run.stdout)
        XCTAssertTrue(run.stdout.contains("2 hard"), run.stdout)

        let json = try statecraft("actors", "--check", "--format", "json", "--dictionary", path)
        XCTAssertEqual(json.status, 1)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["hard"] as? Int, 2)
    }

    func testMalformedDictionaryIsAOneLineErrorNamingFileAndEntry() throws {
        let path = try tempFile(#"{"actors": [{"id": "XYZ", "name": "Xland", "kind": "country"}]}"#)
        let run = try statecraft("actors", "--dictionary", path)
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.stdout, "")
        let lines = run.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains(path) && run.stderr.contains("XYZ"), run.stderr)

        let missing = try statecraft("actors", "--dictionary", "/nonexistent/actors.json")
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/actors.json"), missing.stderr)
    }
}
