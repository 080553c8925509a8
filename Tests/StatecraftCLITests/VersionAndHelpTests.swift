import Foundation
import XCTest

/// `statecraft --version` names the libraries in use; help still works through the custom entry point.
final class VersionAndHelpTests: XCTestCase {
    func testVersionNamesGraphvizAndSQLite() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["--version"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, r.stdout)
        XCTAssertTrue(lines[0].hasPrefix("statecraft "), r.stdout)
        XCTAssertNotNil(lines[1].range(of: #"^Graphviz \d+\.\d+"#, options: .regularExpression), r.stdout)
        XCTAssertNotNil(lines[2].range(of: #"^SQLite 3\.\d+"#, options: .regularExpression), r.stdout)
        if let dot = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map({ "\($0)/dot" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: dot)
            p.arguments = ["-V"]
            let err = Pipe()
            p.standardError = err
            try p.run()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            let installed = lines[1].split(separator: " ")[1]
            XCTAssertTrue(text.contains("version \(installed)"), "the library is the installed Graphviz: \(text)")
        }
    }

    func testHelpStillPrintsAndExitsZero() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for args in [["--help"], ["ties", "--help"], ["import"], ["help", "render"]] {
            let r = try cli.run(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("USAGE:"), "\(args): \(r.stdout)")
        }
    }

    func testHelpListsTheUsersCommandsAndTheBenchmarksAreATool() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let help = try cli.run(["--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertFalse(help.stdout.contains("bench"), help.stdout)
        for command in ["build", "relations", "ties", "render", "extract", "serve", "import", "export", "parse"] {
            XCTAssertTrue(help.stdout.contains("  \(command)"), "\(command) missing from --help")
        }
        XCTAssertNotEqual(try cli.run(["bench", "graph"]).status, 0, "bench is no statecraft command")
        let bench = try cli.run(["--help"], executable: CLIRunner.product("statecraft-bench"))
        XCTAssertEqual(bench.status, 0, bench.stderr)
        for command in ["graph", "extract", "gdelt", "build", "render", "parse", "spark", "external"] {
            XCTAssertTrue(bench.stdout.contains("  \(command)"), "statecraft-bench \(command) missing: \(bench.stdout)")
        }
        let typo = try cli.run(["grahp"], executable: CLIRunner.product("statecraft-bench"))
        XCTAssertEqual(typo.status, 1)
        XCTAssertTrue(typo.stderr.contains("did you mean graph?"), typo.stderr)
    }
}
