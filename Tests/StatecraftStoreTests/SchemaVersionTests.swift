import Foundation
import GRDB
import StatecraftCore
import XCTest
@testable import StatecraftStore

/// The schema is created once under concurrency, read-only opens never write, and a store held
/// by another writer is reported as busy.
final class SchemaVersionTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    static func article(_ hash: String) -> ArticleIngest {
        let rus = Actor(id: "RUS", name: "Russia", kind: .state), prk = Actor(id: "PRK", name: "North Korea", kind: .state)
        return ArticleIngest(article: ArticleRecord(hash: hash, title: nil, url: nil, date: nil, sourcePath: nil), events: [
            Event(source: rus, target: prk, kind: .pact, plover: .agree, modality: .asserted, weight: 8, date: nil,
                  article: hash, sentence: 0, evidence: "e", trigger: "t"),
        ])
    }

    func testWritersOpeningANewStoreTogetherCreateTheSchemaOnce() throws {
        for round in 0..<6 {
            let path = dir.appendingPathComponent("race-\(round).sqlite").path
            let errors = NSLock()
            nonisolated(unsafe) var failures: [String] = []
            DispatchQueue.concurrentPerform(iterations: 8) { i in
                do {
                    _ = try EventStore(path: path).ingest([Self.article("h\(i)")])
                } catch {
                    errors.lock(); failures.append("\(error)"); errors.unlock()
                }
            }
            XCTAssertEqual(failures, [], "round \(round)")
            let store = try EventStore(path: path, readOnly: true)
            XCTAssertEqual(try store.counts().articles, 8)
        }
    }

    func testReadOnlyOpenNeverMigratesAndSaysTheStoreIsOlder() throws {
        let path = dir.appendingPathComponent("v1.sqlite").path
        try Schema.migrator.migrate(try DatabaseQueue(path: path), upTo: "v1: articles, actors, events, ties")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try EventStore(path: path, readOnly: true)) { error in
            XCTAssertTrue("\(error)".contains("older version"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "the file is not touched")
        // A writer upgrades it and records the version for any SQLite tool.
        _ = try EventStore(path: path)
        let store = try EventStore(path: path, readOnly: true)
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, SchemaVersion.current)
        XCTAssertThrowsError(try store.ingest([Self.article("h")]), "a read-only store refuses writes")
    }

    func testANewerUserVersionIsRefused() throws {
        let path = dir.appendingPathComponent("new.sqlite").path
        _ = try EventStore(path: path)
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
        for readOnly in [true, false] {
            XCTAssertThrowsError(try EventStore(path: path, readOnly: readOnly)) { error in
                XCTAssertTrue("\(error)".contains("newer Statecraft"), "\(error)")
            }
        }
    }

    func testAWriterHeldTooLongIsReportedAsBusy() throws {
        let path = dir.appendingPathComponent("busy.sqlite").path
        _ = try EventStore(path: path)
        let holder = try DatabaseQueue(path: path)
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        Thread {
            try? holder.inDatabase { db in
                try db.execute(sql: "BEGIN EXCLUSIVE")
                started.signal()
                release.wait()
                try db.execute(sql: "COMMIT")
            }
        }.start()
        started.wait()
        defer { release.signal() }
        XCTAssertThrowsError(try EventStore(path: path, busyTimeout: 0.2).ingest([Self.article("h")])) { error in
            XCTAssertEqual("\(error)", "\(path): store busy: another process is writing it (waited 0.2 s; "
                           + "wait longer with --wait SECONDS or STATECRAFT_BUSY_TIMEOUT)")
        }
    }
}
