@testable import StatecraftExplorer
import XCTest

final class HTMLTests: XCTestCase {
    func testEscapeCoversMarkupAndAttributes() {
        XCTAssertEqual(HTML.escape("<a href=\"x\" onclick='y'>&amp;</a>"),
                       "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
        XCTAssertEqual(HTML.escape("a\u{1}b\u{85}c"), "a b c")
    }

    func testOnlyWebURLsBecomeLinks() {
        XCTAssertNotNil(HTML.externalURL("https://example.org/a?b=1&c=2"))
        XCTAssertNotNil(HTML.externalURL("HTTP://example.org"))
        for bad in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "//evil.example", "/local",
                    "vbscript:x", "https://", "java\nscript:alert(1)"] {
            XCTAssertNil(HTML.externalURL(bad), bad)
        }
        XCTAssertEqual(HTML.sourceLink("javascript:alert(1)", text: "t"), "t <span class=\"muted\">(javascript:alert(1))</span>")
        XCTAssertEqual(HTML.sourceLink("https://e.org/?a=1&b=\"2", text: "<t>").prefix(30), "<a href=\"https://e.org/?a=1&am")
    }

    func testPathSegmentsEncodeEverythingButUnreserved() {
        XCTAssertEqual(HTML.pathSegment("EVIL\"><script>"), "EVIL%22%3E%3Cscript%3E")
        XCTAssertEqual(HTML.pathSegment("North Korea/x"), "North%20Korea%2Fx")
    }
}
