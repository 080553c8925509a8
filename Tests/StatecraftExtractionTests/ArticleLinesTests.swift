import XCTest
@testable import StatecraftExtraction

/// Line clean-up: furniture dropped, repeated lines kept once, white space trimmed the Unicode way,
/// and a one-line article of any length kept whole.
final class ArticleLinesTests: XCTestCase {
    func testFurnitureRepeatsAndWhiteSpace() {
        let text = "Title line\r\n\u{00A0} Title line \u{2003}\nOriginal URL: https://example.org/a\n- Heading -\n"
            + "burs-pdw/mlm\n\nBody sentence. Café au lait.\r\nBody sentence. Cafe\u{301} au lait.\n\n\n"
        let (clean, url, dropped) = ArticleLines.clean(text)
        XCTAssertEqual(url, "https://example.org/a")
        XCTAssertEqual(clean, "Title line\n\nBody sentence. Café au lait.\nBody sentence. Cafe\u{301} au lait.",
                       "repeats found by bytes: the decomposed é is another line")
        XCTAssertEqual(dropped, 4, "the repeated title, the URL line, the heading and the wire credit")
        XCTAssertEqual(Substring(" \t\u{00A0}x y\u{2003}\n").trimmingWhitespace(), "x y")
        XCTAssertEqual(Substring(" \u{00A0} ").trimmingWhitespace(), "")
    }

    func testOneLongLineIsKeptWhole() {
        let line = String(repeating: "Russia and China held talks in Beijing. ", count: 50_000)
        let (clean, _, dropped) = ArticleLines.clean("Outlet\n" + line + "\n")
        XCTAssertEqual(dropped, 0)
        XCTAssertEqual(clean.utf8.count, "Outlet\n".utf8.count + line.utf8.count)
    }
}
