import Foundation
import StatecraftCore
import XCTest
@testable import StatecraftStore

/// The bulk import session: one transaction, tie totals in step, GDELT ids unique.
final class EventStoreImportTests: XCTestCase {
    struct Boom: Error {}

    func store() throws -> EventStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return try EventStore(path: dir.appendingPathComponent("s.sqlite").path)
    }

    let rus = Actor(id: "RUS", name: "Russia", kind: .state), prk = Actor(id: "PRK", name: "North Korea", kind: .state)

    func event(_ id: Int64?, weight: Double = 8, day: String = "2024-06-19") -> ImportedEvent {
        ImportedEvent(source: rus, target: prk, kind: .pact, plover: .agree, modality: .asserted, weight: weight,
                      date: Day(day), evidence: "https://example.org/\(id ?? 0)", trigger: "CAMEO 057",
                      numMentions: 3, numSources: 2, numArticles: 3, gdeltID: id)
    }

    func testEverythingOrNothing() throws {
        let s = try store()
        XCTAssertThrowsError(try s.importEvents { session in
            let a = try session.articleID(for: ArticleRecord(hash: "a", title: nil, url: nil, date: nil, sourcePath: nil), origin: "gdelt")
            try session.add(event(1), articleID: a)
            throw Boom()
        })
        XCTAssertEqual(try s.counts().events, 0)
        XCTAssertEqual(try s.counts().articles, 0)
        XCTAssertTrue(try s.tieTotals().isEmpty)
    }

    func testTieTotalsInStepAndGDELTIdsUnique() throws {
        let s = try store()
        let added = try s.importEvents { session -> Int in
            let a = try session.articleID(for: ArticleRecord(hash: "a", title: nil, url: nil, date: nil, sourcePath: nil), origin: "gdelt")
            XCTAssertEqual(try session.articleID(for: ArticleRecord(hash: "a", title: nil, url: nil, date: nil, sourcePath: nil),
                                                 origin: "gdelt"), a, "same hash, same article")
            try session.add(event(1, weight: 8, day: "2024-06-19"), articleID: a)
            try session.add(event(2, weight: 6, day: "2024-06-21"), articleID: a)
            XCTAssertFalse(try session.add(event(1), articleID: a), "GLOBALEVENTID 1 is already stored")
            try session.add(event(nil, weight: 2, day: "2024-06-20"), articleID: a)
            return session.eventsAdded
        }
        XCTAssertEqual(added, 3)
        let ties = try s.tieTotals()
        XCTAssertEqual(ties.count, 1)
        XCTAssertEqual(ties[0].events, 3)
        XCTAssertEqual(ties[0].absWeight, 16)
        let dated = try s.tieTotals(kinds: [.pact], since: Day("2024-06-20"))
        XCTAssertEqual(dated.first?.total.events, 2)
        XCTAssertEqual(dated.first?.firstDate, Day("2024-06-20"))
        XCTAssertEqual(try s.tieTotals(kinds: []).first?.lastDate, Day("2024-06-21"))
        // A second session: the running totals add up.
        try s.importEvents { session in
            let a = try session.articleID(for: ArticleRecord(hash: "b", title: nil, url: nil, date: nil, sourcePath: nil), origin: "csv")
            try session.add(event(3, weight: 1, day: "2024-05-01"), articleID: a)
        }
        XCTAssertEqual(try s.tieTotals()[0].events, 4)
        XCTAssertEqual(try s.tieTotals(kinds: []).first?.firstDate, Day("2024-05-01"))
        XCTAssertEqual(try s.articleOrigins(), ["gdelt": 1, "csv": 1])
        XCTAssertEqual(try s.events(between: "PRK", and: "RUS", perTie: 2).map(\.weight), [8, 6],
                       "the two weightiest of the tie, oldest first")
        XCTAssertEqual(try s.events(between: "PRK", and: "RUS").count, 4)
        XCTAssertEqual(try s.storedHashes(among: ["a", "zz", "b"]), ["a", "b"])
    }
}
