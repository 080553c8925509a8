import Foundation
import StatecraftExplorer
import XCTest

/// Errors are pages with a status and a content type, never crashes.
final class ExplorerErrorTests: XCTestCase {
    func testUnknownActorIs404WithCloseNames() async throws {
        try await ExplorerFixture.test { client in
            let page = try await ExplorerFixture.get(client, "/actors/Rusia")
            XCTAssertEqual(page.status, 404)
            XCTAssertEqual(page.type, "text/html; charset=utf-8")
            XCTAssertTrue(page.body.contains("unknown actor &#39;Rusia&#39;"))
            XCTAssertTrue(page.body.contains("href=\"/actors/RUS\">Russia</a>"), "suggestion")
            let api = try await ExplorerFixture.get(client, "/api/relations/Rusia/PRK")
            XCTAssertEqual(api.status, 404)
            XCTAssertEqual(api.type, "application/json; charset=utf-8")
            XCTAssertTrue(api.body.contains("\"RUS\""))
        }
    }

    func testBadParametersAre400NamingThem() async throws {
        try await ExplorerFixture.test { client in
            for (uri, name) in [("/?since=yesterday", "since"), ("/?since=2024-06-01&until=2024-01-01", "until"),
                                ("/actors/RUS?depth=9", "depth"), ("/?kind=hugs", "kind"), ("/?minStrength=-1", "minStrength"),
                                ("/?layout=spiral", "layout"), ("/?actorKind=planet", "actorKind"), ("/api/ties?top=0", "top"),
                                ("/relations/RUS/PRK?evidence=0", "evidence"), ("/search", "q")] {
                let page = try await ExplorerFixture.get(client, uri)
                XCTAssertEqual(page.status, 400, uri)
                XCTAssertTrue(page.body.contains("parameter &#39;\(name)&#39;") || page.body.contains("parameter '\(name)'"), uri)
                XCTAssertNotNil(page.type, uri)
            }
        }
    }

    func testUnknownPathAndSameActorDyad() async throws {
        try await ExplorerFixture.test { client in
            let missing = try await ExplorerFixture.get(client, "/nowhere")
            XCTAssertEqual(missing.status, 404)
            XCTAssertEqual(missing.type, "text/html; charset=utf-8")
            let same = try await ExplorerFixture.get(client, "/relations/RUS/Russia")
            XCTAssertEqual(same.status, 400)
        }
    }

    func testMissingStoreIsAnErrorNotACrash() throws {
        XCTAssertThrowsError(try Explorer(storePath: "/nonexistent/dir/x.sqlite"))
    }
}
