import Foundation
import XCTest

/// Every numeric option is bounded, every bad value is refused with a message that says why,
/// and misspelt commands and kinds get a suggestion.
final class OptionBoundsTests: XCTestCase {
    var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        let r = try cli.run(["build", CLIRunner.packageRoot.appendingPathComponent("Data/articles").path, "--db", cli.db])
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    override func tearDown() { cli.cleanUp() }

    /// Runs and expects a refusal whose first line says `message`.
    func refuses(_ args: [String], _ message: String, environment: [String: String] = [:],
                 file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try cli.run(args, environment: environment)
        XCTAssertNotEqual(r.status, 0, "\(args)", file: file, line: line)
        XCTAssertTrue(r.stdout.isEmpty, "\(args): \(r.stdout)", file: file, line: line)
        let first = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(first.hasPrefix("Error: ") && first.contains(message), "\(args): \(r.stderr)", file: file, line: line)
    }

    func testOutOfRangeValuesAreRefused() throws {
        let db = ["--db", cli.db]
        for r in ["nan", "inf", "-1", "0"] { try refuses(["blocs", "--resolution", r] + db, "--resolution must be") }
        try refuses(["balance", "--top", "0"] + db, "--top must be at least 1")
        try refuses(["ties", "--top", "-1"] + db, "--top must be at least 1")
        try refuses(["ties", "--half-life", "inf"] + db, "'inf' is invalid for '--half-life")
        try refuses(["blocs", "--half-life", "1e400d"] + db, "is invalid for '--half-life")
        try refuses(["render", "--actor", "Russia", "--depth", "100000000"] + db, "--depth must be 1...1000")
        try refuses(["path", "Russia", "Vietnam", "--k", "30000"] + db, "--k must be 1...1000")
        try refuses(["build", "Data/articles", "--batch-size", "1000000000"] + db, "--batch-size must be 1...100000")
        try refuses(["centrality", "--measure", "betweenness", "--threads", "100000"] + db, "--threads must be 1...256")
        try refuses(["ties", "--wait", "nan"] + db, "--wait must be")
        let empty = cli.directory.appendingPathComponent("empty.jsonl").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        try refuses(["evaluate", "--gold", empty], "no gold records")
    }

    func testDeepEgoNetworkStopsAtTheLastReachableActor() throws {
        let r = try cli.run(["render", "--actor", "Russia", "--depth", "1000", "--format", "dot", "--db", cli.db])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("n-PRK"), "the ego network is drawn")
    }

    func testHugeMemoryLimitIsNoLimit() throws {
        let edges = cli.directory.appendingPathComponent("e.tsv")
        try Data("A\tB\t1\nB\tC\t2\n".utf8).write(to: edges)
        let r = try cli.run(["centrality", "--measure", "degree", "--edges", edges.path], environment: ["STATECRAFT_MAX_MEMORY": "1e30"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("B"), r.stdout)
    }

    func testMisspeltCommandsAndKindsGetASuggestion() throws {
        try refuses(["relatons", "Russia", "Vietnam"], "unknown command 'statecraft relatons'; did you mean relations?")
        try refuses(["import", "gdlt", "x"], "did you mean gdelt?")
        try refuses(["ties", "--kind", "sanction", "--db", cli.db], "did you mean sanctions?")
        try refuses(["render", "--kind", "atack", "--db", cli.db], "did you mean attack?")
        try refuses(["export", "--kind", "Sanction", "--db", cli.db], "did you mean sanctions?")
        XCTAssertEqual(try cli.run(["ties", "--kind", "ArmsSupply", "--db", cli.db]).status, 0, "any case is accepted")
    }
}
