import Foundation
import StatecraftCore
import StatecraftExtraction
import XCTest

final class BadInputTests: XCTestCase {
    func testVeryLongSentenceWithoutPunctuationIsCutAndWarned() {
        let text = String(repeating: "Russia and China and officials talked about many things ", count: 2000)
        let r = Fixture.extractor.extract(Article(id: "long", text: text))
        XCTAssertTrue(r.warnings.contains { $0.contains("over-long") }, "\(r.warnings)")
        XCTAssertGreaterThan(r.sentenceCount, 10)
    }

    func testHTMLRemnantsAreSkipped() {
        let r = Fixture.extractor.extract(Article(id: "h", text: "<p>Russia <b>signed</b> a pact with North Korea.</p>&nbsp;"))
        XCTAssertTrue(r.warnings.contains { $0.contains("HTML") }, "\(r.warnings)")
        XCTAssertTrue(r.events.contains { $0.kind == .pact }, Fixture.describe(r.events))
    }

    func testNonEnglishTextIsSkippedWithAWarning() {
        let r = Fixture.extractor.extract(Article(id: "ru", text: "Россия и Северная Корея подписали договор о взаимной обороне в Пхеньяне."))
        XCTAssertTrue(r.events.isEmpty)
        XCTAssertTrue(r.warnings.contains { $0.contains("not in English") }, "\(r.warnings)")
    }

    func testAllCapsHeadlineDoesNotCrash() {
        let r = Fixture.extractor.extract(Article(id: "c", text: "RUSSIA SIGNS PACT WITH NORTH KOREA"))
        XCTAssertGreaterThanOrEqual(r.sentenceCount, 1)
    }

    func testInvalidUTF8AndBinaryAreTypedErrors() {
        XCTAssertThrowsError(try PlainTextArticleReader.decode(Data([0x52, 0xFF, 0xFE, 0x41]), file: "x.txt")) {
            XCTAssertEqual($0 as? ArticleReadError, .invalidUTF8(file: "x.txt"))
        }
        XCTAssertThrowsError(try PlainTextArticleReader.decode(Data([0x52, 0x00, 0x41]), file: "b.bin")) {
            XCTAssertEqual($0 as? ArticleReadError, .binary(file: "b.bin"))
        }
        XCTAssertThrowsError(try PlainTextArticleReader.decode(Data(), file: "e.txt")) {
            XCTAssertEqual($0 as? ArticleReadError, .empty(file: "e.txt"))
        }
    }

    func testMalformedJSONLNamesTheLine() {
        let text = "{\"id\":\"a\",\"text\":\"x\"}\n{not json}\n"
        XCTAssertThrowsError(try JSONLRecordReader().records(in: text, file: "f.jsonl")) {
            XCTAssertEqual(($0 as? ArticleReadError)?.description.hasPrefix("f.jsonl:2:"), true)
        }
    }

    /// Word soup from actor names, triggers, pronouns and punctuation, in every order: no crash, events well formed.
    func testRandomWordSoupNeverCrashes() {
        let words = ["Russia", "North", "Korea", "the", "North", "'s", "he", "his", "it", "its", "they", "Putin", "Kim",
                     "Washington", "in", "Hanoi", "to", "Pyongyang", "signed", "pact", "with", "accused", "of", "supplying",
                     "arms", "not", "rule", "out", "does", "sanctions", "on", "and", ",", ".", "\"", "(", ")", "-", "'",
                     "was", "by", "between", "talks", "if", "would", "threatened", "to", "Isis", "Hamas", "Russian",
                     "troops", "President", "the", "two", "countries", "both", "sides", "who", "which", "that", "said",
                     "U.S.", "US", "us", "UN", "EU", "G7", "visit", "aid", "war", "Ukraine", "Kyiv", "called", "on", "must",
                     "former", "King", "X", "al", "bin", "1939", "2024", "Monday", "grave", "concern", "reckless", ";", ":"]
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        for doc in 0..<400 {
            let n = 1 + next() % 120
            var text = ""
            for _ in 0..<n { text += words[next() % words.count] + (next() % 7 == 0 ? "\n" : " ") }
            let r = Fixture.extractor.extract(Article(id: "soup\(doc)", date: Day("2024-06-20"), text: text))
            for e in r.events {
                XCTAssertNotEqual(e.source.id, e.target.id)
                XCTAssertFalse(e.evidence.isEmpty)
                XCTAssertLessThan(e.sentence, max(1, r.sentenceCount))
            }
        }
    }

    /// Random bytes decoded leniently (invalid sequences replaced) still extract without crashing.
    func testRandomBytesNeverCrash() {
        var seed: UInt64 = 7
        for doc in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<(doc * 13 % 700) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(UInt8(truncatingIfNeeded: seed >> 40))
            }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = Fixture.extractor.extract(Article(id: "bytes\(doc)", text: text))
        }
    }
}
