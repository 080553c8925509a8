import Foundation
import XCTest

/// A failed import is a failure: non-zero exit, its reason on standard error, nothing committed,
/// no empty store left behind.
final class ImportFailureTests: XCTestCase {
    var cli: CLIRunner!
    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    func file(_ name: String, _ text: String) throws -> String {
        let p = cli.directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: p))
        return p
    }

    func testEdgeListWhoseEveryRowIsBadFailsAndCommitsNothing() throws {
        let bad = try file("bad.tsv", "Russia\tMake a visit\tChina\tnot a date\nfoo\tbar\n")
        let r = try cli.run(["import", "edges", bad, "--db", cli.db])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("not an edge list") && r.stderr.contains("line 1"), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("\n") && r.stderr.split(separator: "\n").last!.hasPrefix("Error: "), r.stderr)
        XCTAssertFalse(r.stdout.contains("not an edge list"), "the reason is on standard error: \(r.stdout)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.db), "no empty store left behind")

        // Into an existing store: it keeps what it had and gains no empty article.
        let good = try file("good.tsv", "Russia\tMake a visit\tChina\t2024-05-16\n")
        XCTAssertEqual(try cli.run(["import", "edges", good, "--db", cli.db]).status, 0)
        let again = try cli.run(["import", "edges", bad, good, "--db", cli.db])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("1 of 2 files could not be imported (first: ") && again.stderr.contains("bad.tsv"), again.stderr)
        let ties = try cli.run(["export", "--format", "json", "--db", cli.db])
        XCTAssertEqual(ties.status, 0, ties.stderr)
    }

    func testCSVWithOnlyBadRowsOrOnlyAHeaderFails() throws {
        let header = try file("h.csv", "a,b,k\n")
        let r = try cli.run(["import", "csv", header, "--source", "a", "--target", "b", "--kind", "k", "--db", cli.db])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("no data rows"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.db))
        let bad = try file("b.csv", "a,b,k\nRussia,China,nonsense\n")
        let b = try cli.run(["import", "csv", bad, "--source", "a", "--target", "b", "--kind", "k", "--db", cli.db])
        XCTAssertEqual(b.status, 1)
        XCTAssertTrue(b.stderr.contains("unknown kind 'nonsense'"), b.stderr)
    }

    func testFailedGDELTImportIntoANewPathLeavesNoStore() throws {
        let junk = try file("20240101.export.CSV", "this is not\ta GDELT export\n")
        let r = try cli.run(["import", "gdelt", junk, "--db", cli.db])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("not a GDELT event export"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.db))
    }

    func testBusyTimeoutIsValidated() throws {
        let r = try cli.run(["ties", "--db", cli.db], environment: ["STATECRAFT_BUSY_TIMEOUT": "soon"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("STATECRAFT_BUSY_TIMEOUT must be a number"), r.stderr)
        let w = try cli.run(["ties", "--db", cli.db, "--wait", "-1"])
        XCTAssertTrue(w.stderr.contains("--wait must be"), w.stderr)
    }
}
