import Foundation
import StatecraftCore
import StatecraftExplorer
import StatecraftStore
import XCTest

/// The explorer reads the store and never writes it; a build into the same store while it
/// serves shows up on the next request.
final class ReadOnlyStoreTests: XCTestCase {
    func testServingLeavesTheStoreUntouchedAndSeesConcurrentWrites() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.sqlite").path
        try ExplorerFixture.build(into: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let app = try Explorer(storePath: path).application(port: 0)
        try await app.test(.router) { client in
            let first = try await ExplorerFixture.get(client, "/")
            XCTAssertTrue(first.body.contains("2 articles"))
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "reading wrote nothing")

            // A writer adds an article while the explorer serves.
            let writer = try EventStore(path: path)
            let actor = Actor(id: "FRA", name: "France", kind: .state)
            let other = Actor(id: "DEU", name: "Germany", kind: .state)
            let event = Event(source: actor, target: other, kind: .talks, plover: .consult, modality: .asserted, weight: 1,
                              date: Day("2024-07-01"), article: "late", sentence: 0, evidence: "France and Germany held talks.",
                              trigger: "talks")
            let pages = Task {
                try await withThrowingTaskGroup(of: Int.self) { group in
                    for _ in 0..<8 { group.addTask { try await ExplorerFixture.get(client, "/api/ties").status } }
                    return try await group.reduce(into: [Int]()) { $0.append($1) }
                }
            }
            try writer.ingest([.init(article: .init(hash: "late", title: "Late", url: nil, date: Day("2024-07-01"), sourcePath: nil),
                                     events: [event])])
            let statuses = try await pages.value
            XCTAssertEqual(statuses, Array(repeating: 200, count: 8))
            let after = try await ExplorerFixture.get(client, "/")
            XCTAssertTrue(after.body.contains("3 articles"), "the new article shows up")
            XCTAssertTrue(after.body.contains("/actors/FRA"), "and its tie is on the map (the cached map was for the old version)")
        }
    }

    func testOpeningNeverCreatesAStore() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("none-\(UUID().uuidString).sqlite").path
        XCTAssertThrowsError(try Explorer(storePath: path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
