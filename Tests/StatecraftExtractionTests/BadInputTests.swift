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
}
