import Foundation
import XCTest

/// Where the output goes: a failed write is an error, `-o` never replaces a link, a FIFO, a
/// device or a file's permissions, and several files are written together or not at all.
final class OutputSafetyTests: XCTestCase {
    var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        let r = try cli.run(["build", CLIRunner.packageRoot.appendingPathComponent("Data/articles").path, "--db", cli.db])
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    override func tearDown() { cli.cleanUp() }

    func path(_ name: String) -> String { cli.directory.appendingPathComponent(name).path }

    func testEveryFailedWriteToStandardOutputIsAnError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full on this system") }
        let jsonl = path("r.jsonl")
        try Data("{\"id\":\"1\",\"text\":\"Russia signed a defence pact with North Korea.\"}\n".utf8).write(to: URL(fileURLWithPath: jsonl))
        let commands: [[String]] = [
            ["ties"], ["relations", "Russia", "North Korea"], ["centrality", "--measure", "pagerank"], ["render"],
            ["render", "--format", "png"], ["export", "--format", "json"], ["export", "--format", "csv"], ["blocs"],
            ["path", "Russia", "Vietnam"], ["ties", "--format", "json"],
        ].map { $0 + ["--db", cli.db] } + [["actors"]]
        for args in commands {
            let r = try cli.run(args, stdoutPath: "/dev/full")
            XCTAssertEqual(r.status, 1, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr, "Error: standard output: cannot write (No space left on device)\n", "\(args)")
        }
        let x = try cli.run(["extract", jsonl], stdoutPath: "/dev/full")
        XCTAssertEqual(x.status, 1)
        XCTAssertTrue(x.stderr.contains("cannot write"), x.stderr)
    }

    func testOutputFileFollowsLinksAndKeepsPermissions() throws {
        let real = path("real.svg"), link = path("link.svg")
        FileManager.default.createFile(atPath: real, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600])
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.svg")
        let r = try cli.run(["render", "--db", cli.db, "-o", link])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "real.svg", "the link stays a link")
        XCTAssertTrue(try String(contentsOfFile: real, encoding: .utf8).contains("<svg"), "the file it points to is written")
        let mode = try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "permissions kept")
        // A dangling link: the file is created where it points.
        let dangling = path("dangling.dot")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "made.dot")
        XCTAssertEqual(try cli.run(["render", "--db", cli.db, "-o", dangling]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("made.dot")))
        XCTAssertNotNil(try? FileManager.default.destinationOfSymbolicLink(atPath: dangling))
    }

    func testSpecialFilesAreWrittenInPlaceNeverReplaced() throws {
        let fifo = path("fifo")
        guard mkfifo(fifo, 0o644) == 0 else { throw XCTSkip("mkfifo failed") }
        final class Box: @unchecked Sendable { var data = Data() }
        let received = Box(), done = DispatchSemaphore(value: 0)
        Thread {
            received.data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            done.signal()
        }.start()
        let r = try cli.run(["export", "--format", "dot", "--db", cli.db, "-o", fifo])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(done.wait(timeout: .now() + 30), .success)
        XCTAssertTrue(String(decoding: received.data, as: UTF8.self).hasPrefix("digraph"), "the reader got the graph")
        var st = stat()
        XCTAssertEqual(lstat(fifo, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFIFO, "still a FIFO")

        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let full = try cli.run(["render", "--db", cli.db, "-o", "/dev/full"])
        XCTAssertEqual(full.status, 1)
        XCTAssertEqual(full.stderr, "Error: /dev/full: cannot write: No space left on device\n")
        XCTAssertEqual(stat("/dev/full", &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFCHR, "the device is still a device")
        let stdout = try cli.run(["export", "--format", "json", "--db", cli.db, "-o", "/dev/stdout"])
        XCTAssertEqual(stdout.status, 0, stdout.stderr)
        XCTAssertTrue(stdout.stdout.contains("\"links\""), "written to standard output")
    }

    func testCSVTablesAreWrittenTogetherOrNotAtAll() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full on this system") }
        try FileManager.default.createSymbolicLink(atPath: path("t-edges.csv"), withDestinationPath: "/dev/full")
        let r = try cli.run(["export", "--format", "csv", "--db", cli.db, "-o", path("t.csv")])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("t-edges.csv: cannot write"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("t-nodes.csv")), "no nodes table without its edges")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).filter { $0.hasSuffix(".tmp") }, [])
    }

    func testControlCharactersFromDataAreShownEscaped() throws {
        let csv = path("evil.csv")
        try Data("a,b,k\n\u{1B}[2JEvil\u{1B}[41m,Russia,threat\n".utf8).write(to: URL(fileURLWithPath: csv))
        let db = path("evil.sqlite")
        let imported = try cli.run(["import", "csv", csv, "--source", "a", "--target", "b", "--kind", "k", "--db", db,
                                    "--unknown", "create"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        for args in [["ties"], ["relations", "Russia", "\u{1B}[2JEvil\u{1B}[41m"], ["centrality", "--measure", "degree"], ["blocs"]] {
            let r = try cli.run(args + ["--db", db])
            XCTAssertFalse(r.output.contains(0x1B), "\(args): \(r.stdout)")
            XCTAssertFalse(r.stderr.utf8.contains(0x1B), "\(args): \(r.stderr)")
        }
        XCTAssertTrue(try cli.run(["ties", "--db", db]).stdout.contains("\\u001B[2JEvil\\u001B[41m"))
        let error = try cli.run(["relations", "Russia", "\u{1B}[2JNowhere", "--db", db])
        XCTAssertEqual(error.status, 1)
        XCTAssertTrue(error.stderr.contains("\\u001B[2JNowhere"), error.stderr)
        XCTAssertFalse(error.stderr.utf8.contains(0x1B))
        // JSON stays valid JSON with the same strings.
        let json = try cli.run(["ties", "--format", "json", "--db", db])
        let doc = try JSONSerialization.jsonObject(with: json.output) as? [[String: Any]]
        XCTAssertTrue(doc?.contains { "\($0)".contains("Evil") } == true)
    }
}
