import Foundation
import StatecraftCore
import StatecraftStore
import XCTest

/// `statecraft render` end to end: a store with the seed article's events, the binary, its files.
final class RenderCommandTests: XCTestCase {
    var dir: URL!
    var db: String { dir.appendingPathComponent("seed.sqlite").path }

    /// The `statecraft` binary built beside the test bundle.
    static var binary: URL {
        let bundle = Bundle(for: RenderCommandTests.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent(), Bundle.main.bundleURL,
                          bundle.appendingPathComponent("debug"), bundle.appendingPathComponent("release")]
            .map { $0.appendingPathComponent("statecraft") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("render-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try EventStore(path: db)
        func actor(_ id: String, _ name: String, _ kind: ActorKind = .state) -> Actor { Actor(id: id, name: name, kind: kind) }
        let rus = actor("RUS", "Russia"), prk = actor("PRK", "North Korea"), usa = actor("USA", "United States")
        let vnm = actor("VNM", "Vietnam"), eu = actor("EU", "European Union", .igo)
        func event(_ s: Actor, _ t: Actor, _ k: RelationKind, _ p: PLOVERCategory, _ m: Modality, _ w: Double, _ i: Int, _ text: String) -> Event {
            Event(source: s, target: t, kind: k, plover: p, modality: m, weight: w, date: Day("2024-06-20"), article: "h1",
                  sentence: i, evidence: text, trigger: k.rawValue)
        }
        let events = [
            event(rus, prk, .pact, .agree, .asserted, 8, 5, "Russia and North Korea signed a mutual defence pact."),
            event(rus, prk, .armsSupply, .aid, .possible, 7, 4, "Putin does not rule out sending arms to North Korea."),
            event(prk, rus, .armsSupply, .aid, .alleged, 7, 24, "Washington accuses North Korea of supplying <script>alert(1)</script> missiles."),
            event(usa, rus, .sanctions, .sanction, .asserted, -8, 21, "The United States announced new sanctions."),
            event(eu, rus, .sanctions, .sanction, .asserted, -8, 21, "The European Union announced new sanctions."),
            event(rus, vnm, .visit, .consult, .asserted, 1.9, 15, "Putin's state visit to Vietnam."),
        ]
        _ = try store.ingest([ArticleIngest(article: ArticleRecord(hash: "h1", title: "Seed", url: nil, date: Day("2024-06-20"), sourcePath: "seed.txt"), events: events)])
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    @discardableResult
    func run(_ args: [String]) throws -> (status: Int32, out: Data, err: String) {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = args
        p.currentDirectoryURL = dir
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, o, String(decoding: e, as: UTF8.self))
    }

    func testWritesEachFormatAndTheFileIsReproducible() throws {
        for (name, magic) in [("map.svg", "<?xml"), ("map.png", "\u{89}PNG"), ("map.pdf", "%PDF"), ("map.dot", "digraph")] {
            let path = dir.appendingPathComponent(name).path
            let r = try run(["render", "--db", db, "-o", path])
            XCTAssertEqual(r.status, 0, r.err)
            let first = try Data(contentsOf: URL(fileURLWithPath: path))
            XCTAssertTrue(first.starts(with: Array(magic.unicodeScalars.map { UInt8($0.value) })), name)
            try run(["render", "--db", db, "-o", path])
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), first, "\(name) differs between runs")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testViewsSelectActors() throws {
        func ids(_ args: [String]) throws -> Set<String> {
            let r = try run(["render", "--db", db, "--format", "dot"] + args)
            XCTAssertEqual(r.status, 0, r.err)
            return Set(String(decoding: r.out, as: UTF8.self).matches(of: /id="n-([A-Z]+)"/).map { String($0.1) })
        }
        XCTAssertEqual(try ids(["--dyad", "north korea", "Russia"]), ["RUS", "PRK"])
        XCTAssertEqual(try ids(["--actor", "Vietnam"]), ["RUS", "VNM"])
        XCTAssertEqual(try ids(["--actor", "Vietnam", "--depth", "2"]), ["RUS", "VNM", "PRK", "USA", "EU"])
        XCTAssertEqual(try ids(["--kind", "sanctions"]), ["RUS", "USA", "EU"])
        XCTAssertEqual(try ids(["--top", "1"]), ["RUS", "PRK"])
        XCTAssertEqual(try ids(["--min-strength", "7.9"]), ["RUS", "PRK", "USA", "EU"])
        let none = try run(["render", "--db", db, "--since", "2025-01-01"])
        XCTAssertNotEqual(none.status, 0)
        XCTAssertTrue(none.err.contains("nothing to draw"), none.err)
    }

    func testUnwritableOutputIsOneLineErrorAndWritesNothing() throws {
        let r = try run(["render", "--db", db, "-o", "/nonexistent-dir/map.svg"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertEqual(r.err.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count, 1, r.err)
        XCTAssertTrue(r.err.contains("/nonexistent-dir/map.svg"), r.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/nonexistent-dir/map.svg"))
    }

    func testFailedRenderLeavesExistingFileAlone() throws {
        let path = dir.appendingPathComponent("keep.svg").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let r = try run(["render", "--db", db, "-o", path, "--actor", "Atlantis"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.err.contains("unknown actor 'Atlantis'"), r.err)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old")
    }

    func testMissingStoreIsAnError() throws {
        let r = try run(["render", "--db", dir.appendingPathComponent("none.sqlite").path])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.err.contains("no store"), r.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("none.sqlite").path))
    }

    func testBadOptionsAreRejected() throws {
        XCTAssertNotEqual(try run(["render", "--db", db, "--layout", "spiral"]).status, 0)
        XCTAssertNotEqual(try run(["render", "--db", db, "--kind", "hug"]).status, 0)
        XCTAssertNotEqual(try run(["render", "--db", db, "--dyad", "RUS"]).status, 0)
    }
}
