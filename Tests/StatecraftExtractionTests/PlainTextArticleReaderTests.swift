import XCTest
@testable import StatecraftExtraction

/// The plain-text reader splits lines on bytes: CRLF files get their outlet dropped and their title found.
final class PlainTextArticleReaderTests: XCTestCase {
    func testCRLFLinesAreLines() {
        let a = PlainTextArticleReader().parse("NewsBite\r\nRussia and China hold talks\r\nRussia and China held talks on Monday.\r\n", id: "x")
        XCTAssertEqual(a.title, "Russia and China hold talks")
        XCTAssertFalse(a.text.contains("NewsBite"), a.text)
    }

    func testNULBytesAreBinary() {
        XCTAssertThrowsError(try PlainTextArticleReader.decode(Data([0x41, 0, 0x42]), file: "f.txt"))
        XCTAssertEqual(try PlainTextArticleReader.decode(Data("ok".utf8), file: "f.txt"), "ok")
    }
}
