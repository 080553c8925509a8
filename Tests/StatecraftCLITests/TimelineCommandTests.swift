import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `statecraft timeline`: JSON against hand-counted events, text, CSV and SVG, errors.
final class TimelineCommandTests: XCTestCase {
    /// Hand count, Russia–North Korea: the pact of Tuesday 2024-06-18 (two near-identical reports: one
    /// fact) and the possible arms supply of 2024-06-20 in June; the pact "in July" (a month date) in July;
    /// the 2022 invasion of Ukraine is background and counts nothing.
    static let records = """
        {"id":"a1","title":"Pact","date":"2024-06-20","outlet":"Wire","text":"On Tuesday, Russia and North Korea signed a mutual defence pact. Putin does not rule out sending arms to North Korea. North Korea has backed Russia since Russia's invasion of Ukraine in 2022."}
        {"id":"a2","title":"Pact copy","date":"2024-06-20","outlet":"Daily","text":"On Tuesday, Russia and North Korea signed a mutual defence pact. Putin does not rule out sending arms to North Korea. North Korea has backed Russia since Russia's invasion of Ukraine in 2022. (Reuters)"}
        {"id":"a3","date":"2024-08-05","outlet":"Other","text":"Russia and North Korea signed a mutual defence pact in July."}
        """

    func built() throws -> CLIRunner {
        let cli = try CLIRunner()
        try Data(Self.records.utf8).write(to: cli.directory.appendingPathComponent("records.jsonl"))
        let b = try cli.run(["build", "records.jsonl", "--db", cli.db])
        XCTAssertEqual(b.status, 0, b.stderr)
        return cli
    }

    func json(_ r: CLIRunner.Result) throws -> [String: Any] {
        XCTAssertEqual(r.status, 0, r.stderr)
        return try JSONSerialization.jsonObject(with: r.output) as! [String: Any]
    }

    func testJSONAgainstHandCountedEvents() throws {
        let cli = try built()
        defer { cli.cleanUp() }
        let doc = try json(try cli.run(["timeline", "Russia", "North Korea", "--format", "json", "--db", cli.db]))
        XCTAssertEqual(doc["by"] as? String, "month")
        XCTAssertEqual((doc["a"] as? [String: Any])?["id"] as? String, "RUS")
        XCTAssertEqual((doc["b"] as? [String: Any])?["id"] as? String, "PRK")
        let periods = doc["periods"] as! [[String: Any]]
        XCTAssertEqual(periods.map { $0["start"] as? String }, ["2024-06-01", "2024-07-01"])
        XCTAssertEqual(periods.map { $0["end"] as? String }, ["2024-06-30", "2024-07-31"])
        XCTAssertEqual(periods.map { $0["events"] as? Int }, [2, 1])
        XCTAssertEqual(periods[0]["kinds"] as? [String: Int], ["pact": 1, "armsSupply": 1])
        XCTAssertEqual(periods[1]["kinds"] as? [String: Int], ["pact": 1])
        XCTAssertEqual(periods[0]["strength"] as? Double ?? 0, 8 + 7 * 0.3, accuracy: 1e-9)
        // The periods add up to the (dated, not background) events relations --all lists.
        let relations = try json(try cli.run(["relations", "Russia", "North Korea", "--all", "--format", "json", "--db", cli.db]))
        let listed = (relations["events"] as! [[String: Any]]).filter { $0["background"] as? Bool == false }
        XCTAssertEqual(listed.count, periods.reduce(0) { $0 + ($1["events"] as! Int) })
        XCTAssertEqual(relations["eventCount"] as? Int, 3)
        // Weeks start on Monday: 2024-06-17 holds both June events.
        let weeks = try json(try cli.run(["timeline", "RUS", "PRK", "--by", "week", "--format", "json", "--db", cli.db]))
        let w = weeks["periods"] as! [[String: Any]]
        XCTAssertEqual(w.first?["start"] as? String, "2024-06-17")
        XCTAssertEqual(w.first?["events"] as? Int, 2)
        XCTAssertEqual(w.last?["start"] as? String, "2024-07-01")
        XCTAssertEqual(w.count, 3)
        // --kind, and one actor's timeline (b null); background counts only with --with-background.
        let pacts = try json(try cli.run(["timeline", "RUS", "PRK", "--kind", "pact", "--format", "json", "--db", cli.db]))
        XCTAssertEqual((pacts["periods"] as! [[String: Any]]).map { $0["events"] as? Int }, [1, 1])
        let russia = try json(try cli.run(["timeline", "Russia", "--by", "year", "--format", "json", "--db", cli.db]))
        XCTAssertTrue(russia["b"] is NSNull)
        XCTAssertEqual((russia["periods"] as! [[String: Any]]).map { $0["events"] as? Int }, [3])
        let withHistory = try json(try cli.run(["timeline", "Russia", "--by", "year", "--format", "json", "--with-background",
                                                "--db", cli.db]))
        XCTAssertEqual((withHistory["periods"] as! [[String: Any]]).map { $0["start"] as? String }, ["2022-01-01", "2023-01-01", "2024-01-01"])
        XCTAssertEqual((withHistory["periods"] as! [[String: Any]]).map { $0["events"] as? Int }, [2, 0, 3], "two reports of the 2022 invasion: background events are not grouped into facts")
    }

    func testTextCSVAndSVG() throws {
        let cli = try built()
        defer { cli.cleanUp() }
        let text = try cli.run(["timeline", "Russia", "North Korea", "--db", cli.db])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("2024-06"), text.stdout)
        XCTAssertTrue(text.stdout.contains("█"), text.stdout)
        let csv = try cli.run(["timeline", "Russia", "North Korea", "--format", "csv", "--db", cli.db])
        XCTAssertEqual(csv.stdout.split(separator: "\n").first, "start,end,events,strength,net,armsSupply,pact,asserted,possible")
        let svgPath = cli.directory.appendingPathComponent("t.svg").path
        let svg = try cli.run(["timeline", "Russia", "North Korea", "--format", "svg", "-o", svgPath, "--db", cli.db])
        XCTAssertEqual(svg.status, 0, svg.stderr)
        let data = try Data(contentsOf: URL(fileURLWithPath: svgPath))
        XCTAssertNoThrow(try XMLDocument(data: data))
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("pact 2024-06-18"))
    }

    func testErrors() throws {
        let cli = try built()
        defer { cli.cleanUp() }
        let unknown = try cli.run(["timeline", "Atlantis", "--db", cli.db])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr.split(separator: "\n").count, 1, unknown.stderr)
        XCTAssertNotEqual(try cli.run(["timeline", "RUS", "--by", "day", "--db", cli.db]).status, 0)
        XCTAssertNotEqual(try cli.run(["timeline", "RUS", "--kind", "hug", "--db", cli.db]).status, 0)
        let same = try cli.run(["timeline", "RUS", "Russia", "--db", cli.db])
        XCTAssertEqual(same.status, 1)
        let missing = try cli.run(["timeline", "RUS", "--db", "nope.sqlite"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("nope.sqlite").path))
    }
}
