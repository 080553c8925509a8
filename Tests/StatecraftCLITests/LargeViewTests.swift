import Foundation
import XCTest

/// `render` on a store too large to draw legibly: the ICEWS sample (`../shared/data/events`,
/// imported as edges: 3,766 actors) once gave a 14,264 × 7,623 px hairball without a word, and
/// `circo` or `dot` on it never finished.
final class LargeViewTests: XCTestCase {
    nonisolated(unsafe) static var cli: CLIRunner?
    nonisolated(unsafe) static var db: String?

    override class func setUp() {
        guard let shared = CLIRunner.shared,
              FileManager.default.fileExists(atPath: shared.appendingPathComponent("data/events/icews05-15-test.tsv").path),
              let runner = try? CLIRunner() else { return }
        let store = runner.directory.appendingPathComponent("icews.sqlite").path
        let r = try? runner.run(["import", "edges", shared.appendingPathComponent("data/events/icews05-15-test.tsv").path, "--db", store])
        guard r?.status == 0 else { return }
        (cli, db) = (runner, store)
    }

    override class func tearDown() { cli?.cleanUp() }

    func store() throws -> (CLIRunner, String) {
        guard let cli = Self.cli, let db = Self.db else {
            throw XCTSkip("../shared/data/events/icews05-15-test.tsv or the statecraft binary is absent")
        }
        return (cli, db)
    }

    func testALargeViewIsCappedWithAWarningProposingTop() throws {
        let (cli, db) = try store()
        let out = cli.directory.appendingPathComponent("capped.dot").path
        let r = try cli.run(["render", "--db", db, "-o", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("warning: the view has "), r.stderr)
        XCTAssertTrue(r.stderr.contains("more than a map shows legibly") && r.stderr.contains("--top N") && r.stderr.contains("--all"), r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "one line")
        let dot = try String(contentsOfFile: out, encoding: .utf8)
        let nodes = dot.split(separator: "\n").filter { $0.contains("id=\"n-") }.count
        XCTAssertLessThanOrEqual(nodes, 150)
        XCTAssertGreaterThan(nodes, 50)
    }

    func testAnExplicitTopDrawsWithoutWarning() throws {
        let (cli, db) = try store()
        let r = try cli.run(["render", "--db", db, "--top", "40", "--format", "dot"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
    }

    func testLayoutsThatCannotFinishAreRefused() throws {
        let (cli, db) = try store()
        for layout in ["circo", "dot"] {
            let r = try cli.run(["render", "--db", db, "--all", "--layout", layout, "--format", "dot"])
            XCTAssertEqual(r.status, 1, layout)
            XCTAssertTrue(r.stderr.hasPrefix("Error: the \(layout) layout cannot place "), r.stderr)
            XCTAssertTrue(r.stderr.contains("--top N"), r.stderr)
            XCTAssertEqual(r.output.count, 0)
        }
        let both = try cli.run(["render", "--db", db, "--all", "--top", "5"])
        XCTAssertEqual(both.status, 64)
    }
}
