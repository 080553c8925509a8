import Foundation
import XCTest

/// `statecraft build`, `import` and `export` run as the user runs them: the built binary, real files.
final class InterchangeCommandTests: XCTestCase {
    static let packageRoot = CLIRunner.packageRoot

    /// Runs the built binary from the package root.
    func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(args, in: Self.packageRoot)
        return (r.status, r.stdout, r.stderr)
    }

    func scratch() -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    func write(_ bytes: [UInt8], _ name: String, _ dir: URL) -> String {
        let p = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }

    func testBuildBadInputIsOneLineErrorAndNoStore() throws {
        let dir = scratch()
        let db = dir.appendingPathComponent("s.sqlite").path
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("none"), withIntermediateDirectories: true)
        let cases: [(String, String)] = [
            (dir.appendingPathComponent("missing.txt").path, "no such file"),
            (dir.appendingPathComponent("none").path, "no articles"),
            (write([], "empty.txt", dir), "empty"),
            (write([0x41, 0, 0x42], "bin.txt", dir), "binary"),
            (write([0x43, 0x61, 0x66, 0xE9, 0x20, 0x78], "latin.txt", dir), "UTF-8"),
            (write(Array("{\"id\":\"1\",\"text\":\"Russia and China held talks.\"}\n{oops\n".utf8), "bad.jsonl", dir), "bad.jsonl:2"),
        ]
        for (path, expected) in cases {
            let r = try run(["build", path, "--db", db])
            XCTAssertEqual(r.status, 1, path)
            XCTAssertTrue(r.err.contains(expected), "\(path): \(r.err)")
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, "one line: \(r.err)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: db), "nothing stored, not even an empty store")
        }
    }

    func testBuildTwiceSkipsAndExportsEveryFormat() throws {
        let dir = scratch()
        let db = dir.appendingPathComponent("s.sqlite").path
        let first = try run(["build", "Data/articles", "--db", db])
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertTrue(first.out.contains("articles: 1 added, 0 skipped"), first.out)
        XCTAssertTrue(first.out.contains(" actors"), first.out)
        let second = try run(["build", "Data/articles", "--db", db])
        XCTAssertTrue(second.out.contains("articles: 0 added, 1 skipped"), second.out)
        XCTAssertTrue(second.out.contains("events: 0 added"), second.out)
        for format in ["json", "graphml", "gexf", "dot"] {
            let out = dir.appendingPathComponent("g.\(format)").path
            let r = try run(["export", "--format", format, "-o", out, "--db", db])
            XCTAssertEqual(r.status, 0, r.err)
            let text = try String(contentsOfFile: out, encoding: .utf8)
            XCTAssertTrue(text.contains("PRK"), "\(format) names North Korea")
        }
        let csv = try run(["export", "--format", "csv", "-o", dir.appendingPathComponent("t.csv").path, "--db", db])
        XCTAssertEqual(csv.status, 0, csv.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("t-nodes.csv").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("t-edges.csv").path))
        let pact = try run(["export", "--format", "json", "--kind", "pact", "--db", db])
        XCTAssertTrue(pact.out.contains("\"dominantKind\":\"pact\""), pact.out)
        XCTAssertFalse(pact.out.contains("\"dominantKind\":\"visit\""))
        let bad = try run(["export", "-o", "/nonexistent-dir/x.json", "--db", db])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.err.contains("/nonexistent-dir"), bad.err)
    }

    func testImportGDELTReportsAndImportCSVChecksColumnsFirst() throws {
        let sample = Self.packageRoot.appendingPathComponent("../shared/data/events/gdelt1-sample.tsv").standardized.path
        guard FileManager.default.fileExists(atPath: sample) else { throw XCTSkip("\(sample) is absent") }
        let dir = scratch()
        let db = dir.appendingPathComponent("g.sqlite").path
        let r = try run(["import", "gdelt", sample, "--db", db])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("710 rows:") && r.out.contains("without two country actors"), r.out)
        let again = try run(["import", "gdelt", sample, "--db", db])
        XCTAssertTrue(again.out.contains(": 0 imported"), again.out)
        let zip = write(Array("PK\u{5}\u{6}".utf8) + [UInt8](repeating: 0, count: 18), "empty.zip", dir)
        let z = try run(["import", "gdelt", zip, "--db", db])
        XCTAssertEqual(z.status, 1)
        XCTAssertTrue(z.err.contains("no GDELT export"), z.err)

        let csv = write(Array("a,b,c\nRussia,North Korea,pact\n".utf8), "e.csv", dir)
        let other = dir.appendingPathComponent("c.sqlite").path
        let c = try run(["import", "csv", csv, "--source", "a", "--target", "b", "--kind", "kind", "--db", other])
        XCTAssertEqual(c.status, 1)
        XCTAssertTrue(c.err.contains("no column 'kind'"), c.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: other), "the store is not even opened")
        let ok = try run(["import", "csv", csv, "--source", "a", "--target", "b", "--kind", "c", "--db", other])
        XCTAssertEqual(ok.status, 0, ok.err)
        XCTAssertTrue(ok.out.contains("1 imported"), ok.out)

        // Unknown actor names: listed, nothing imported unless --unknown says otherwise.
        let unknown = write(Array("a,b,c\nAtlantis,Russia,attack\nRussia,China,talks\n".utf8), "u.csv", dir)
        let u = try run(["import", "csv", unknown, "--source", "a", "--target", "b", "--kind", "c", "--db", other])
        XCTAssertEqual(u.status, 1)
        XCTAssertTrue(u.err.contains("1 actor name not in the dictionary: 'Atlantis' (1 row); nothing imported"), u.err)
        let skipped = try run(["import", "csv", unknown, "--source", "a", "--target", "b", "--kind", "c", "--db", other, "--unknown", "skip"])
        XCTAssertEqual(skipped.status, 0, skipped.err)
        XCTAssertTrue(skipped.out.contains("1 imported, 1 naming an actor not in the dictionary (skipped)")
                      && skipped.out.contains("'Atlantis' (1 row)"), skipped.out)
        let bad = try run(["import", "csv", unknown, "--source", "a", "--target", "b", "--kind", "c", "--db", other, "--unknown", "maybe"])
        XCTAssertEqual(bad.status, 64)
    }
}
