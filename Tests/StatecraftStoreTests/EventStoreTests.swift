import Foundation
import StatecraftCore
import XCTest
@testable import StatecraftStore

final class EventStoreTests: XCTestCase {
    let rus = Actor(id: "RUS", name: "Russia", kind: .state)
    let prk = Actor(id: "PRK", name: "North Korea", kind: .state)
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func event(_ kind: RelationKind, _ modality: Modality, weight: Double, article: String, sentence: Int = 0) -> Event {
        Event(source: rus, target: prk, kind: kind, plover: .agree, modality: modality, weight: weight,
              date: Day("2024-06-19"), article: article, sentence: sentence, evidence: "Russia and North Korea signed a pact.",
              trigger: "signed a pact")
    }

    func item(_ hash: String, _ events: [Event]) -> ArticleIngest {
        ArticleIngest(article: ArticleRecord(hash: hash, title: "T", url: nil, date: Day("2024-06-20"), sourcePath: "a.txt"),
                      events: events)
    }

    func testIngestIsIdempotentPerArticleHash() throws {
        let store = try EventStore(path: dir.appendingPathComponent("s.sqlite").path)
        let first = try store.ingest([item("h1", [event(.pact, .asserted, weight: 8, article: "h1")])])
        XCTAssertEqual(first.articlesAdded, 1)
        XCTAssertEqual(first.eventsAdded, 1)
        let second = try store.ingest([item("h1", [event(.pact, .asserted, weight: 8, article: "h1")])])
        XCTAssertEqual(second.articlesAdded, 0)
        XCTAssertEqual(second.articlesSkipped, 1)
        XCTAssertEqual(try store.counts().events, 1)
        XCTAssertEqual(try store.tieTotals().count, 1)
    }

    func testReopenKeepsDataAndEvidence() throws {
        let path = dir.appendingPathComponent("s.sqlite").path
        try EventStore(path: path).ingest([item("h1", [event(.armsSupply, .possible, weight: 7, article: "h1", sentence: 4)])])
        let events = try EventStore(path: path).events(between: "PRK", and: "RUS")
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events.first?.modality, .possible)
        XCTAssertEqual(events.first?.sentence, 4)
        XCTAssertEqual(events.first?.evidence, "Russia and North Korea signed a pact.")
        XCTAssertEqual(events.first?.article, "h1")
        XCTAssertEqual(events.first?.source.name, "Russia")
    }

    func testFailedIngestLeavesStoreAsItWas() throws {
        let store = try EventStore(path: dir.appendingPathComponent("s.sqlite").path)
        try store.ingest([item("h1", [event(.pact, .asserted, weight: 8, article: "h1")])])
        // A NaN weight violates NOT NULL (SQLite stores NaN as NULL): the whole batch must roll back.
        let bad = item("h3", [event(.pact, .asserted, weight: .nan, article: "h3")])
        XCTAssertThrowsError(try store.ingest([item("h2", [event(.talks, .asserted, weight: 3, article: "h2")]), bad]))
        XCTAssertEqual(try store.counts().articles, 1)
        XCTAssertEqual(try store.counts().events, 1)
        XCTAssertEqual(try store.tieTotals().map(\.kind), [.pact])
    }

    func testTotalsMatchEventAggregation() throws {
        let store = try EventStore(path: dir.appendingPathComponent("s.sqlite").path)
        try store.ingest([
            item("h1", [event(.pact, .asserted, weight: 8, article: "h1"), event(.armsSupply, .possible, weight: 7, article: "h1")]),
            item("h2", [event(.pact, .asserted, weight: 8, article: "h2"), event(.armsSupply, .denied, weight: 7, article: "h2")]),
        ])
        let fromTotals = DyadScore.rank(try store.tieTotals())
        let fromEvents = DyadScore.rank(RelationGraph(events: try store.events()))
        XCTAssertEqual(fromTotals.count, 1)
        XCTAssertEqual(fromTotals[0].strength, fromEvents[0].strength, accuracy: 1e-9)
        XCTAssertEqual(fromTotals[0].net, fromEvents[0].net, accuracy: 1e-9)
        // One asserted pact (two articles report it the same day: one fact, FactRule) + one possible
        // arms supply (7 × 0.3) + a denied one (0).
        XCTAssertEqual(fromTotals[0].strength, 8 + 2.1, accuracy: 1e-9)
    }

    func testCorruptFileIsAOneLineError() throws {
        let path = dir.appendingPathComponent("bad.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try EventStore(path: path)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("bad.sqlite"), text)
            XCTAssertFalse(text.contains("\n"), text)
        }
    }

    func testMissingDirectoryIsAnError() {
        XCTAssertThrowsError(try EventStore(path: dir.appendingPathComponent("nope/s.sqlite").path))
    }

    func testPeriodFilter() throws {
        let store = try EventStore(path: dir.appendingPathComponent("s.sqlite").path)
        try store.ingest([item("h1", [event(.pact, .asserted, weight: 8, article: "h1")])])
        XCTAssertEqual(try store.events(since: Day("2024-06-20")).count, 0)
        XCTAssertEqual(try store.events(since: Day("2024-06-19"), until: Day("2024-06-19")).count, 1)
    }
}
