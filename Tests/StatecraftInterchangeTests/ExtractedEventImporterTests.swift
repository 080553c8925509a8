import Foundation
import StatecraftCore
import StatecraftData
import StatecraftExtraction
import StatecraftStore
import XCTest
@testable import StatecraftInterchange

/// `import events`: extract's output into the store exactly as `build` stores the same records.
final class ExtractedEventImporterTests: XCTestCase {
    /// JSONL records: the corpus of the builder tests, plus the bundled seed article as one record.
    func records() throws -> String {
        let sentences = ["Russia and North Korea signed a mutual defence pact.", "China criticised Japan over the islands.",
                         "The United States imposed sanctions on Iran.", "France and Germany held talks in Paris.",
                         "The weather was mild."]
        var lines = (0..<20).map { i in
            "{\"id\":\"r\(i)\",\"date\":\"2024-06-\(10 + i % 10)\",\"outlet\":\"Wire\",\"text\":\"\(sentences[i % 5]) Item \(i).\"}"
        }
        lines.append("{\"id\":\"dup\",\"date\":\"2024-06-10\",\"outlet\":\"Wire\",\"text\":\"\(sentences[0]) Item 0.\"}")
        let seed = try FileManager.default.contentsOfDirectory(at: BundledData.articlesURL, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        for url in seed {
            let a = try PlainTextArticleReader().read(contentsOf: url, date: nil)
            let object: [String: Any] = ["id": a.id, "title": a.title ?? NSNull(), "url": a.url ?? NSNull(),
                                         "date": a.date?.description ?? NSNull(), "text": a.text]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything a store says about its articles, events and ties, without row ids.
    func contents(_ store: EventStore) throws -> ([String], [String], [TieTotal]) {
        let articles = try store.articles().map { "\($0.hash) \($0.title ?? "-") \($0.url ?? "-") \($0.date?.description ?? "-") \($0.outlet ?? "-")" }
        let events = try store.events().map {
            "\($0.article) \($0.source.id) \($0.target.id) \($0.kind) \($0.plover) \($0.modality) \($0.weight) \($0.date?.description ?? "-") \($0.sentence) \($0.mentions) \($0.trigger) \($0.evidence)"
        }
        return (articles.sorted(), events.sorted(), try store.tieTotals().sorted { "\($0)" < "\($1)" })
    }

    func extractOutput(_ records: String, in dir: URL) throws -> String {
        let inPath = Fixtures.write(records, "records.jsonl", in: dir)
        let outPath = Fixtures.write("", "events.jsonl", in: dir)
        let out = FileHandle(forWritingAtPath: outPath)!
        try ExtractStage(extractor: ExtractStageTests.extractor, articleLines: true)
            .run(input: FileHandle(forReadingAtPath: inPath)!, name: inPath, write: { try out.write(contentsOf: $0) })
        try out.close()
        return outPath
    }

    func importing(_ paths: [String], into store: EventStore, batch: Int = 4) throws -> EventsImportSummary {
        let importer = ExtractedEventImporter(batchSize: batch)
        let files = try ExtractedEventImporter.files(for: paths)
        _ = try importer.validate(files)
        return try importer.importFiles(files, into: store)
    }

    func testImportStoresWhatBuildStoresAndAgainAddsNothing() throws {
        let dir = Fixtures.tempDir()
        let records = try records()
        let events = try extractOutput(records, in: dir)
        let built = try Fixtures.store(), loaded = try Fixtures.store()
        let builder = CorpusBuilder(reader: CorpusReader(), extractor: ExtractStageTests.extractor, store: built, jobs: 2, batchSize: 3)
        let files = try CorpusReader.files(for: [dir.appendingPathComponent("records.jsonl").path])
        _ = try builder.build(files)
        let s = try importing([events], into: loaded)
        XCTAssertEqual(s.articlesRead, 22)
        XCTAssertEqual(s.articlesAdded, 21, "the duplicate text is stored once")
        XCTAssertGreaterThan(s.eventsAdded, 20)
        let (a1, e1, t1) = try contents(built), (a2, e2, t2) = try contents(loaded)
        XCTAssertEqual(a1, a2)
        XCTAssertEqual(e1, e2)
        XCTAssertEqual(t1, t2)
        XCTAssertTrue(a2.contains { $0.hasSuffix(" Wire") }, "the outlet is stored")
        XCTAssertTrue(try loaded.articles().contains { $0.sourcePath == "r3" }, "the record id is the article's source")
        let again = try importing([events], into: loaded)
        XCTAssertEqual(again.articlesAdded, 0)
        XCTAssertEqual(again.eventsAdded, 0)
        XCTAssertEqual(try contents(loaded).1, e1)
    }

    func testDirectoriesSkipSparkMarkersAndArticlesMaySpanNoOrder() throws {
        let dir = Fixtures.tempDir()
        let events = try extractOutput(try records(), in: dir)
        let out = dir.appendingPathComponent("out/date=2024-06-10")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Lines of one file in reverse article order (each article's lines still before its article line).
        let text = String(decoding: FileManager.default.contents(atPath: events)!, as: UTF8.self)
        var groups: [[Substring]] = [[]]
        for line in text.split(separator: "\n") {
            groups[groups.count - 1].append(line)
            if line.hasPrefix("{\"article\":") { groups.append([]) }
        }
        Fixtures.write(groups.reversed().joined().joined(separator: "\n") + "\n", "part-00000.txt", in: out)
        Fixtures.write("", "_SUCCESS", in: dir.appendingPathComponent("out"))
        Fixtures.write("", ".part-00000.txt.crc", in: out)
        XCTAssertEqual(try ExtractedEventImporter.files(for: [dir.appendingPathComponent("out").path]).count, 1)
        let store = try Fixtures.store()
        XCTAssertEqual(try importing([dir.appendingPathComponent("out").path], into: store).articlesAdded, 21)
    }

    func testBadLinesNameFileAndLine() throws {
        let dir = Fixtures.tempDir()
        let events = try extractOutput(try records(), in: dir)
        let lines = String(decoding: FileManager.default.contents(atPath: events)!, as: UTF8.self).split(separator: "\n").map(String.init)
        let eventLine = lines.firstIndex { $0.hasPrefix("{\"doc\":") }!
        let articleLine = lines.firstIndex { $0.hasPrefix("{\"article\":") }!
        func variant(_ change: (inout [String]) -> Void) -> String {
            var l = lines
            change(&l)
            return Fixtures.write(l.joined(separator: "\n") + "\n", "bad-\(UUID().uuidString).jsonl", in: dir)
        }
        let cases: [(String, String)] = [
            (variant { $0[eventLine] = "{oops" }, ":\(eventLine + 1): not valid JSON"),
            (variant { $0[eventLine] = $0[eventLine].replacingOccurrences(of: "\"kind\":\"", with: "\"kind\":\"x") }, ":\(eventLine + 1): unknown kind"),
            (variant { $0.remove(at: eventLine) }, ":\(articleLine): article"),
            (variant { $0.insert($0[eventLine], at: eventLine) }, ":\(articleLine + 2): article"),
            (variant { $0.removeLast() }, "without its article line"),
            (variant { $0[eventLine] = "{\"doc\":\"x\",\"kind\":\"pact\"}" }, "missing field 'article'"),
        ]
        for (path, expected) in cases {
            XCTAssertThrowsError(try ExtractedEventImporter().validate([path])) { e in
                XCTAssertTrue("\(e)".hasPrefix(path) && "\(e)".contains(expected), "\(expected): \(e)")
            }
        }
    }
}
