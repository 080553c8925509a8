import Foundation
import XCTest

/// The JSON API: the CLI's contracts (README "Data formats") over HTTP.
final class ExplorerAPITests: XCTestCase {
    private static func json(_ body: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(body.utf8))
    }

    func testTiesHaveTheCLIShape() async throws {
        try await ExplorerFixture.test { client in
            let r = try await ExplorerFixture.get(client, "/api/ties?top=3")
            XCTAssertEqual(r.status, 200)
            XCTAssertEqual(r.type, "application/json; charset=utf-8")
            let ties = try XCTUnwrap(try Self.json(r.body) as? [[String: Any]])
            XCTAssertEqual(ties.count, 3)
            XCTAssertEqual(Set(ties[0].keys), ["source", "target", "strength", "net", "sign", "kinds", "events"])
            XCTAssertEqual((ties[0]["source"] as? [String: Any])?["id"] as? String, "PRK")
            XCTAssertEqual((ties[0]["target"] as? [String: Any])?["id"] as? String, "RUS")
        }
    }

    func testRelationsHaveTheCLIShape() async throws {
        try await ExplorerFixture.test { client in
            let r = try await ExplorerFixture.get(client, "/api/relations/Russia/North%20Korea")
            XCTAssertEqual(r.status, 200)
            let doc = try XCTUnwrap(try Self.json(r.body) as? [String: Any])
            XCTAssertEqual(Set(doc.keys), ["a", "b", "strength", "net", "sign", "eventCount", "ties", "events", "paths"])
            XCTAssertEqual(doc["sign"] as? String, "cooperative")
            let events = try XCTUnwrap(doc["events"] as? [[String: Any]])
            XCTAssertEqual(Set(events[0].keys), ["source", "target", "kind", "plover", "modality", "weight", "date",
                                                "datePrecision", "background", "evidence", "trigger", "sentence", "mentions",
                                                "articles", "sources", "article"])
        }
    }

    func testActorSuggestions() async throws {
        try await ExplorerFixture.test { client in
            let r = try await ExplorerFixture.get(client, "/api/actors?q=korea&limit=5")
            let actors = try XCTUnwrap(try Self.json(r.body) as? [[String: Any]])
            XCTAssertLessThanOrEqual(actors.count, 5)
            XCTAssertEqual(Set(actors[0].keys), ["id", "name", "kind", "aliases"])
            let ids = actors.compactMap { $0["id"] as? String }
            XCTAssertTrue(ids.contains("PRK") && ids.contains("KOR"), "\(ids)")
        }
    }

    func testCentralityAndItsBadMeasure() async throws {
        try await ExplorerFixture.test { client in
            let r = try await ExplorerFixture.get(client, "/api/centrality?measure=pagerank&top=2")
            XCTAssertEqual(r.status, 200)
            let doc = try XCTUnwrap(try Self.json(r.body) as? [String: Any])
            XCTAssertEqual(doc["measure"] as? String, "pagerank")
            let scores = try XCTUnwrap(doc["scores"] as? [[String: Any]])
            XCTAssertEqual(scores.count, 2)
            XCTAssertEqual(scores[0]["id"] as? String, "RUS")
            let bad = try await ExplorerFixture.get(client, "/api/centrality?measure=fame")
            XCTAssertEqual(bad.status, 400)
            XCTAssertTrue(bad.body.contains("parameter 'measure'"))
        }
    }

    func testPathAndTimeline() async throws {
        try await ExplorerFixture.test { client in
            let path = try await ExplorerFixture.get(client, "/api/path/PRK/VNM")
            XCTAssertEqual(path.status, 200)
            let doc = try XCTUnwrap(try Self.json(path.body) as? [String: Any])
            let paths = try XCTUnwrap(doc["paths"] as? [[String: Any]])
            let nodes = (paths.first?["nodes"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
            XCTAssertEqual(nodes, ["PRK", "RUS", "VNM"])

            let timeline = try await ExplorerFixture.get(client, "/api/timeline/RUS/PRK")
            let t = try XCTUnwrap(try Self.json(timeline.body) as? [String: Any])
            let months = try XCTUnwrap(t["months"] as? [[String: Any]])
            XCTAssertEqual(months.map { $0["month"] as? String }, ["2024-06"])
            XCTAssertEqual(Set(months[0].keys), ["month", "events", "strength", "net", "kinds"])
            XCTAssertEqual(t["undated"] as? Int, 0)
        }
    }

    func testMapSVGWithRenderOptions() async throws {
        try await ExplorerFixture.test { client in
            let r = try await ExplorerFixture.get(client, "/map.svg?actor=PRK&layout=neato")
            XCTAssertEqual(r.status, 200)
            XCTAssertEqual(r.type, "image/svg+xml; charset=utf-8")
            XCTAssertTrue(r.body.hasPrefix("<?xml"))
            XCTAssertTrue(r.body.contains("/actors/PRK"))
            let geo = try await ExplorerFixture.get(client, "/map.svg?layout=geo")
            XCTAssertEqual(geo.status, 200)
            let dyad = try await ExplorerFixture.get(client, "/map.svg?a=RUS&b=PRK")
            XCTAssertTrue(dyad.body.contains("every tie"))
        }
    }
}
