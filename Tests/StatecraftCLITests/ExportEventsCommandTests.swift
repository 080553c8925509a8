import Foundation
import XCTest

/// `statecraft export --events`: the event table, every field, through Python's csv module and
/// (when installed) pandas; JSON Lines; GEXF edges with start and end.
final class ExportEventsCommandTests: XCTestCase {
    static let columns = [
        "event", "fact", "source", "source_name", "source_kind", "target", "target_name", "target_kind",
        "kind", "plover", "modality", "weight", "date", "date_precision", "background",
        "article", "title", "url", "outlet", "article_date", "sentence", "evidence", "trigger", "mentions",
        "articles", "sources",
    ]

    func built() throws -> CLIRunner {
        let cli = try CLIRunner()
        try Data(TimelineCommandTests.records.utf8).write(to: cli.directory.appendingPathComponent("records.jsonl"))
        XCTAssertEqual(try cli.run(["build", "records.jsonl", "--db", cli.db]).status, 0)
        return cli
    }

    func python(_ script: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        do { try p.run() } catch { throw XCTSkip("python3 is not available") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testCSVAndJSONLinesHaveEveryFieldOfEveryEvent() throws {
        let cli = try built()
        defer { cli.cleanUp() }
        let csvPath = cli.directory.appendingPathComponent("events.csv").path
        let r = try cli.run(["export", "--events", "--format", "csv", "-o", csvPath, "--db", cli.db])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("exported 7 events"), r.stderr)
        let check = try python("""
            import csv, sys, json
            rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
            print(json.dumps({"columns": list(rows[0].keys()), "rows": rows}))
            """, [csvPath])
        XCTAssertEqual(check.status, 0, check.output)
        let doc = try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as! [String: Any]
        XCTAssertEqual(doc["columns"] as? [String], Self.columns)
        let rows = doc["rows"] as! [[String: String]]
        XCTAssertEqual(rows.count, 7, "every stored event: the two reports of each June fact, the July pact, two background attacks")
        let pact = rows.first { $0["kind"] == "pact" && $0["date"] == "2024-06-18" }!
        XCTAssertEqual(pact["source"], "RUS"); XCTAssertEqual(pact["target_name"], "North Korea")
        XCTAssertEqual(pact["date_precision"], "day"); XCTAssertEqual(pact["background"], "false")
        XCTAssertEqual(pact["articles"], "1"); XCTAssertEqual(pact["sources"], "2")
        XCTAssertEqual(pact["evidence"], "On Tuesday, Russia and North Korea signed a mutual defence pact.")
        XCTAssertEqual(pact["article_date"], "2024-06-20"); XCTAssertEqual(pact["sentence"], "0")
        XCTAssertEqual(rows.filter { $0["kind"] == "pact" && $0["date"] == "2024-06-18" }.map { $0["fact"] }.count, 2)
        XCTAssertEqual(Set(rows.filter { $0["kind"] == "pact" && $0["date"] == "2024-06-18" }.map { $0["fact"]! }).count, 1,
                       "the two reports share their fact")
        let history = rows.filter { $0["background"] == "true" }
        XCTAssertEqual(history.map { $0["date"]! }, ["2022", "2022"])
        XCTAssertEqual(history.first?["date_precision"], "year")
        XCTAssertEqual(rows.first { $0["date"] == "2024-07" }?["date_precision"], "month")

        // JSON Lines on standard output: the same rows, the same keys.
        let jsonl = try cli.run(["export", "--events", "--format", "jsonl", "--db", cli.db])
        XCTAssertEqual(jsonl.status, 0, jsonl.stderr)
        let lines = jsonl.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 7)
        for line in lines {
            let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            XCTAssertEqual(Set(o.keys), Set(Self.columns))
        }
        // --kind and the period narrow it.
        let pacts = try cli.run(["export", "--events", "--format", "jsonl", "--kind", "pact", "--since", "2024-07-01", "--db", cli.db])
        XCTAssertEqual(pacts.stdout.split(separator: "\n").count, 1)
    }

    /// Round trip through pandas with every field (skipped where pandas is not installed).
    func testRoundTripThroughPandas() throws {
        guard (try? python("import pandas", []))?.status == 0 else { throw XCTSkip("pandas is not installed") }
        let cli = try built()
        defer { cli.cleanUp() }
        let csvPath = cli.directory.appendingPathComponent("events.csv").path
        let jsonlPath = cli.directory.appendingPathComponent("events.jsonl").path
        XCTAssertEqual(try cli.run(["export", "--events", "--format", "csv", "-o", csvPath, "--db", cli.db]).status, 0)
        XCTAssertEqual(try cli.run(["export", "--events", "--format", "jsonl", "-o", jsonlPath, "--db", cli.db]).status, 0)
        let r = try python("""
            import sys, pandas as pd
            c = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
            j = pd.read_json(sys.argv[2], lines=True, dtype=False)
            assert list(c.columns) == sys.argv[3].split(','), list(c.columns)
            assert list(j.columns) == list(c.columns), list(j.columns)
            assert len(c) == len(j) == 7, (len(c), len(j))
            import numpy as np
            def text(v):
                if v is None or (isinstance(v, float) and v != v): return ''
                if isinstance(v, (bool, np.bool_)): return 'true' if v else 'false'
                if isinstance(v, float) and v == int(v): return str(int(v))
                return str(v)
            for col in c.columns:
                for a, b in zip(c[col], j[col]):
                    assert a == text(b), (col, a, b)
            assert (c['articles'].astype(int) >= 1).all() and (c['sources'].astype(int) >= 1).all()
            print('ok', len(c))
            """, [csvPath, jsonlPath, Self.columns.joined(separator: ",")])
        XCTAssertEqual(r.status, 0, r.output)
        XCTAssertTrue(r.output.contains("ok 7"), r.output)
    }

    func testBadCombinationsAndGEXFTime() throws {
        let cli = try built()
        defer { cli.cleanUp() }
        let dot = try cli.run(["export", "--events", "--format", "dot", "--db", cli.db])
        XCTAssertNotEqual(dot.status, 0)
        XCTAssertTrue(dot.stderr.contains("csv or jsonl"), dot.stderr)
        XCTAssertNotEqual(try cli.run(["export", "--format", "jsonl", "--db", cli.db]).status, 0)
        // A failed write leaves no half-written file: /dev/full.
        let full = try cli.run(["export", "--events", "--db", cli.db], stdoutPath: "/dev/full")
        XCTAssertEqual(full.status, 1)
        let gexf = try cli.run(["export", "--format", "gexf", "--db", cli.db])
        XCTAssertTrue(gexf.stdout.contains("mode=\"dynamic\" timeformat=\"date\""), gexf.stdout)
        XCTAssertTrue(gexf.stdout.contains("start=\"2024-06-18\" end=\"2024-07-01\""), gexf.stdout)
    }
}
