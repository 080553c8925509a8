import Foundation
import XCTest

/// The tool as `make install` lays it out (the binary with its resource bundles in `libexec/statecraft`,
/// linked from `bin/`), run from another directory; and a binary copied without its data, which must stop
/// with a one-line error instead of crashing.
final class InstalledBinaryTests: XCTestCase {
    var prefix: URL!

    override func setUpWithError() throws {
        prefix = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-prefix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: prefix) }

    /// Copies the built executable (and, with `bundles`, its resource bundles) into `prefix/libexec/statecraft`,
    /// links it from `prefix/bin/statecraft` and returns the link.
    func install(bundles: Bool) throws -> URL {
        let fm = FileManager.default
        let built = CLIRunner.executable
        guard fm.isExecutableFile(atPath: built.path) else { throw XCTSkip("no statecraft executable at \(built.path)") }
        let libexec = prefix.appendingPathComponent("libexec/statecraft"), bin = prefix.appendingPathComponent("bin")
        try fm.createDirectory(at: libexec, withIntermediateDirectories: true)
        try fm.createDirectory(at: bin, withIntermediateDirectories: true)
        try fm.copyItem(at: built, to: libexec.appendingPathComponent("statecraft"))
        if bundles {
            for name in ["Statecraft_StatecraftData.resources", "Statecraft_StatecraftExplorer.resources"] {
                try fm.copyItem(at: built.deletingLastPathComponent().appendingPathComponent(name), to: libexec.appendingPathComponent(name))
            }
        }
        let link = bin.appendingPathComponent("statecraft")
        try fm.createSymbolicLink(atPath: link.path, withDestinationPath: "../libexec/statecraft/statecraft")
        return link
    }

    func testInstalledToolFindsItsDataBesideItself() throws {
        let exe = try install(bundles: true)
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // STATECRAFT_DATA points nowhere: only the bundles beside the binary can serve.
        let env = ["STATECRAFT_DATA": "/nonexistent/statecraft-data", "STATECRAFT_SYNTAX": "off"]
        let record = #"{"id":"x","date":"2024-06-19","text":"Russia and North Korea signed a mutual defence pact."}"#
        let extract = try cli.run(["extract", "-"], stdin: Data((record + "\n").utf8), environment: env, executable: exe)
        XCTAssertEqual(extract.status, 0, extract.stderr)
        XCTAssertTrue(extract.stdout.contains(#""kind":"pact""#), extract.stdout)
        let article = cli.directory.appendingPathComponent("a.txt")
        try "Wire\nPact\n\nRussia and North Korea signed a mutual defence pact on Wednesday.\n".write(to: article, atomically: true, encoding: .utf8)
        XCTAssertEqual(try cli.run(["build", article.path, "--db", cli.db], environment: env, executable: exe).status, 0)
        let render = try cli.run(["render", "--db", cli.db, "--layout", "geo", "-o", "map.svg"], environment: env, executable: exe)
        XCTAssertEqual(render.status, 0, render.stderr)
        let svg = try String(contentsOf: cli.directory.appendingPathComponent("map.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("North Korea"))
    }

    func testCopiedBinaryWithoutDataStopsWithAnError() throws {
        let exe = try install(bundles: false)
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["extract", "-"], stdin: Data(#"{"id":"x","text":"Russia warned Japan."}"#.utf8),
                            environment: ["STATECRAFT_DATA": "/nonexistent/statecraft-data"], executable: exe)
        XCTAssertEqual(r.status, 1, "a clean error, not a signal: \(r.stderr)")
        XCTAssertTrue(r.stderr.contains("/nonexistent/statecraft-data"), r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
    }
}
