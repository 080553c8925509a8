import Foundation
import StatecraftCore
import StatecraftExtraction
import XCTest
@testable import StatecraftInterchange

/// `extract` as a pipeline stage: records in, event and article lines out, streamed.
final class ExtractStageTests: XCTestCase {
    static let extractor = EventExtractor(dictionary: Fixtures.dictionary, ontology: Fixtures.ontology)

    /// Runs the stage on `input`; returns its output lines.
    static func run(_ input: String, articleLines: Bool = true) throws -> [String] {
        let dir = Fixtures.tempDir()
        let inPath = Fixtures.write(input, "in.jsonl", in: dir)
        var output = Data()
        try ExtractStage(extractor: extractor, articleLines: articleLines)
            .run(input: FileHandle(forReadingAtPath: inPath)!, name: "in.jsonl", write: { output.append($0) })
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static let records = """
        {"id":"a1","title":"Pact","url":"https://example.org/1","date":"2024-06-19","outlet":"Wire","text":"Russia and North Korea signed a mutual defence pact."}
        {"id":"a2","date":"2024-06-20","text":"The weather was mild in Paris."}

        {"id":"a3","text":"   "}
        {"id":4,"date":"2024-06-21","text":"China criticised Japan over the islands. China criticised Japan again."}
        """

    func testEventsCarryTheirArticleAndEachArticleIsClosed() throws {
        let lines = try Self.run(Self.records)
        let objects = lines.map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        // a1: the pact both ways (symmetric), then its article line; a2: only its article line; a3 (no text) nothing.
        let articleLines = objects.filter { $0["doc"] == nil }
        XCTAssertEqual(articleLines.compactMap { ($0["article"] as? [String: Any])?["id"] as? String }, ["a1", "a2", "4"])
        XCTAssertEqual(articleLines.map { $0["events"] as? Int }, [objects.prefix { $0["doc"] != nil }.count, 0, 1])
        let first = objects[0]
        let article = first["article"] as! [String: Any]
        XCTAssertEqual(article["title"] as? String, "Pact")
        XCTAssertEqual(article["url"] as? String, "https://example.org/1")
        XCTAssertEqual(article["outlet"] as? String, "Wire")
        XCTAssertEqual(article["date"] as? String, "2024-06-19")
        XCTAssertEqual(article["hash"] as? String, ContentHash.of("Russia and North Korea signed a mutual defence pact."))
        XCTAssertEqual(first["date"] as? String, "2024-06-19")
        XCTAssertEqual(first["kind"] as? String, "pact")
        // Repeated mentions are one event with a count.
        let criticism = objects.first { $0["kind"] as? String == "criticism" }!
        XCTAssertEqual(criticism["mentions"] as? Int, 2)
        XCTAssertTrue(articleLines[1]["article"].map { ($0 as! [String: Any])["title"] is NSNull } ?? false, "absent fields are null")
    }

    func testSameInputSameOutputAndWithoutArticleLines() throws {
        XCTAssertEqual(try Self.run(Self.records), try Self.run(Self.records))
        let plain = try Self.run(Self.records, articleLines: false)
        XCTAssertTrue(plain.allSatisfy { $0.hasPrefix("{\"doc\":") })
        XCTAssertEqual(plain, try Self.run(Self.records).filter { $0.hasPrefix("{\"doc\":") })
    }

    func testBadInputNamesTheLine() throws {
        let cases: [(String, String)] = [
            ("{\"id\":\"a\",\"text\":\"Russia attacked Ukraine.\"}\n{oops\n", "in.jsonl:2: malformed record"),
            ("{\"id\":\"a\",\"date\":\"June\",\"text\":\"x\"}\n", "in.jsonl:1: malformed record: 'date'"),
            ("\n  \n", "empty input"),
            ("{\"id\":\"a\",\"text\":\"x\u{0}\"}\n", "in.jsonl:1: binary"),
        ]
        for (input, expected) in cases {
            XCTAssertThrowsError(try Self.run(input)) { e in
                XCTAssertTrue("\(e)".contains(expected), "\(input.debugDescription): \(e)")
            }
        }
    }
}
