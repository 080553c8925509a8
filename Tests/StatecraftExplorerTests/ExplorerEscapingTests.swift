import Foundation
import XCTest

/// Article text never becomes markup or script: hostile titles, URLs, sentences and actor
/// names come out as text on every page, map and API answer.
final class ExplorerEscapingTests: XCTestCase {
    /// Markup the hostile fixture would inject if anything were left unescaped.
    static let injected = ["<script>alert", "<img src=x", "onerror=alert(2)>", "\"onmouseover=alert", "href=\"javascript:",
                           "xlink:href=\"javascript:", "<b>sanctioned</b>"]

    func testHostileTextStaysTextOnEveryPage() async throws {
        try await ExplorerFixture.test { client in
            for uri in ["/", "/actors/EVIL", "/actors/RUS", "/relations/RUS/EVIL", "/relations/EVIL/RUS?evidence=all",
                        "/?layout=geo", "/actors/EVIL?layout=circo", "/map.svg?actor=EVIL", "/relations/RUS/EVIL?kind=sanctions"] {
                let page = try await ExplorerFixture.get(client, uri)
                XCTAssertEqual(page.status, 200, uri)
                for bad in Self.injected {
                    XCTAssertFalse(page.body.contains(bad), "\(uri) contains \(bad)")
                }
                // The page's own scripts only: one external script tag, no inline handlers.
                if page.type?.hasPrefix("text/html") == true {
                    XCTAssertEqual(page.body.components(separatedBy: "<script").count - 1, 1, uri)
                }
            }
        }
    }

    func testHostileEvidenceIsShownAsWrittenAndTheURLIsNoLink() async throws {
        try await ExplorerFixture.test { client in
            let page = try await ExplorerFixture.get(client, "/relations/RUS/EVIL")
            XCTAssertTrue(page.body.contains("&lt;script&gt;alert(&#39;sentence&#39;)&lt;/script&gt;"), "the sentence, as text")
            XCTAssertTrue(page.body.contains("&amp;amp; &amp;lt;b&amp;gt;"), "entities in article text are shown as written")
            XCTAssertTrue(page.body.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), "the title, as text")
            XCTAssertTrue(page.body.contains("(javascript:alert(&#39;url&#39;))"), "the URL shown, not linked")
            XCTAssertTrue(page.body.contains("Evil &quot;Corp&quot; &lt;script&gt;"), "the actor's name, as text")
        }
    }

    func testHostileTextInJSONStaysData() async throws {
        try await ExplorerFixture.test { client in
            let r = try await ExplorerFixture.get(client, "/api/relations/RUS/EVIL")
            XCTAssertEqual(r.type, "application/json; charset=utf-8")
            let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.body.utf8)) as? [String: Any])
            let events = try XCTUnwrap(doc["events"] as? [[String: Any]])
            XCTAssertEqual(events.first?["evidence"] as? String, ExplorerFixture.hostileSentence)
        }
    }

    func testHostileQueryParametersAreEscaped() async throws {
        try await ExplorerFixture.test { client in
            let page = try await ExplorerFixture.get(client, "/actors/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            XCTAssertEqual(page.status, 404)
            XCTAssertFalse(page.body.contains("<script>alert(1)"))
            let bad = try await ExplorerFixture.get(client, "/?since=%22%3E%3Cscript%3E")
            XCTAssertEqual(bad.status, 400)
            XCTAssertFalse(bad.body.contains("\"><script>"))
        }
    }

    func testEverySecurityHeaderIsSet() async throws {
        try await ExplorerFixture.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                let csp = response.headers[.init("Content-Security-Policy")!]
                XCTAssertTrue(csp?.contains("script-src 'self'") == true)
                XCTAssertEqual(response.headers[.init("X-Content-Type-Options")!], "nosniff")
            }
        }
    }
}
