import Foundation
import XCTest

/// `statecraft extract --articles` then `statecraft import events`, as a pipeline user runs them.
final class ImportEventsCommandTests: XCTestCase {
    static let records = """
        {"id":"a1","title":"Pact","date":"2024-06-19","outlet":"Wire","text":"Russia and North Korea signed a mutual defence pact. Putin does not rule out sending arms to North Korea."}
        {"id":"a2","date":"2024-06-20","text":"The weather was mild in Paris."}
        {"id":"a3","date":"2024-06-21","text":"China criticised Japan over the islands. The United States imposed sanctions on Iran."}
        """

    func testImportedExtractOutputAnswersAsBuildAndAgainAddsNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let dir = cli.directory
        try Data(Self.records.utf8).write(to: dir.appendingPathComponent("records.jsonl"))
        XCTAssertEqual(try cli.run(["build", "records.jsonl", "--db", "built.sqlite"]).status, 0)
        let extracted = try cli.run(["extract", "records.jsonl", "--articles"])
        XCTAssertEqual(extracted.status, 0, extracted.stderr)
        XCTAssertEqual(extracted.stdout.split(separator: "\n").filter { $0.hasPrefix("{\"article\":") }.count, 3)
        try extracted.output.write(to: dir.appendingPathComponent("events.jsonl"))
        let first = try cli.run(["import", "events", "events.jsonl", "--db", "loaded.sqlite"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("articles: 3 added, 0 skipped"), first.stdout)
        let again = try cli.run(["import", "events", "events.jsonl", "--db", "loaded.sqlite"])
        XCTAssertTrue(again.stdout.contains("articles: 0 added, 3 skipped"), again.stdout)
        XCTAssertTrue(again.stdout.contains("events: 0 added"), again.stdout)
        for query in [["ties", "--format", "json"], ["relations", "Russia", "North Korea", "--format", "json"],
                      ["export", "--format", "json"]] {
            let b = try cli.run(query + ["--db", "built.sqlite"]), l = try cli.run(query + ["--db", "loaded.sqlite"])
            XCTAssertEqual(b.status, 0, b.stderr)
            XCTAssertEqual(b.stdout, l.stdout, query.joined(separator: " "))
        }
        // Standard input works as a pipeline stage.
        let piped = try cli.run(["extract", "-", "--articles"], stdin: Data(Self.records.utf8))
        XCTAssertEqual(piped.stdout, extracted.stdout)
    }

    func testBadLineIsOneLineErrorAndNoStore() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let dir = cli.directory
        try Data(Self.records.utf8).write(to: dir.appendingPathComponent("records.jsonl"))
        var lines = try cli.run(["extract", "records.jsonl", "--articles"]).stdout.split(separator: "\n").map(String.init)
        lines[1] = "{\"doc\": oops"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("bad.jsonl"))
        for (path, expected) in [("bad.jsonl", "bad.jsonl:2: not valid JSON"), ("missing.jsonl", "no such file")] {
            let r = try cli.run(["import", "events", path, "--db", "s.sqlite"])
            XCTAssertEqual(r.status, 1)
            XCTAssertTrue(r.stderr.contains(expected), r.stderr)
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("s.sqlite").path))
        }
    }
}
