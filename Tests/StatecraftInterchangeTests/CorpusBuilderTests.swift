import Foundation
import StatecraftCore
import StatecraftData
import StatecraftExtraction
import StatecraftStore
import XCTest
@testable import StatecraftInterchange

final class CorpusBuilderTests: XCTestCase {
    static let extractor = EventExtractor(dictionary: Fixtures.dictionary, ontology: Fixtures.ontology)
    var extractor: EventExtractor { Self.extractor }

    func build(_ paths: [String], into store: EventStore, jobs: Int = 2, batch: Int = 3) throws -> BuildSummary {
        let b = CorpusBuilder(reader: CorpusReader(defaultDate: Day("2024-06-20")), extractor: extractor, store: store,
                              jobs: jobs, batchSize: batch)
        let files = try CorpusReader.files(for: paths)
        _ = try b.validate(files)
        return try b.build(files)
    }

    func corpus() -> URL {
        let dir = Fixtures.tempDir()
        var lines: [String] = []
        let sentences = ["Russia and North Korea signed a mutual defence pact.", "China criticised Japan over the islands.",
                         "The United States imposed sanctions on Iran.", "France and Germany held talks in Paris.",
                         "Vietnam hosted Putin for a state visit."]
        for i in 0..<20 {
            lines.append("{\"id\":\"r\(i)\",\"date\":\"2024-06-\(10 + i % 10)\",\"text\":\"\(sentences[i % 5]) Item \(i).\"}")
        }
        Fixtures.write(lines.joined(separator: "\n"), "records.jsonl", in: dir)
        try! FileManager.default.copyItem(at: BundledData.articlesURL, to: dir.appendingPathComponent("articles"))
        return dir
    }

    func testBuildIsIdempotentAndSameWithOneOrTwoJobs() throws {
        let dir = corpus()
        let one = try Fixtures.store(), two = try Fixtures.store()
        let s1 = try build([dir.path], into: one, jobs: 1)
        let s2 = try build([dir.path], into: two, jobs: 2)
        XCTAssertEqual(s1.articlesRead, 21)
        XCTAssertEqual(s1.articlesAdded, 21)
        XCTAssertGreaterThan(s1.eventsAdded, 20)
        XCTAssertEqual(s2.articlesAdded, s1.articlesAdded)
        XCTAssertEqual(s2.eventsAdded, s1.eventsAdded)
        XCTAssertEqual(Set(try one.tieTotals()), Set(try two.tieTotals()), "parallel extraction stores the same graph")
        XCTAssertEqual(try one.counts().events, s1.eventsAdded)
        // The articles carry their content hash, title and source.
        let stored = try one.articles()
        XCTAssertTrue(stored.allSatisfy { $0.hash.count == 64 })
        XCTAssertTrue(stored.contains { $0.sourcePath?.hasSuffix("records.jsonl:3") == true })
        // Re-running skips everything.
        let again = try build([dir.path], into: one)
        XCTAssertEqual(again.articlesAdded, 0)
        XCTAssertEqual(again.articlesSkipped, 21)
        XCTAssertEqual(try one.counts().events, s1.eventsAdded)
    }

    func testResumesAfterAPartialRun() throws {
        let dir = corpus()
        let store = try Fixtures.store()
        // A first run that stopped after some batches: only the JSONL file was committed.
        _ = try build([dir.appendingPathComponent("records.jsonl").path], into: store)
        let s = try build([dir.path], into: store)
        XCTAssertEqual(s.articlesAdded, 1, "only the article not yet stored")
        XCTAssertEqual(s.articlesSkipped, 20)
    }

    func testBadInputLeavesTheStoreAsItWas() throws {
        let dir = corpus()
        let store = try Fixtures.store()
        _ = try build([dir.appendingPathComponent("articles").path], into: store)
        let before = try store.counts()
        // A good file and, later in the run, a malformed JSONL line: nothing of the run is stored.
        Fixtures.write("{\"id\":\"z\",\"text\":\"Russia threatened Ukraine.\"}\n{\"id\":\"y\",", "zz-bad.jsonl", in: dir)
        let b = CorpusBuilder(reader: CorpusReader(), extractor: extractor, store: store, jobs: 2, batchSize: 2)
        let files = try CorpusReader.files(for: [dir.path])
        XCTAssertThrowsError(try b.validate(files)) { XCTAssertTrue("\($0)".contains("zz-bad.jsonl:2"), "\($0)") }
        let after = try store.counts()
        XCTAssertEqual(after.articles, before.articles)
        XCTAssertEqual(after.events, before.events)
    }
}
