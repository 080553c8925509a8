import Foundation
import XCTest

/// The pages: overview, actor, dyad and search, with their maps, tables and controls.
final class ExplorerPagesTests: XCTestCase {
    func testOverviewShowsCountsMapTiesAndSearch() async throws {
        try await ExplorerFixture.test { client in
            let page = try await ExplorerFixture.get(client, "/")
            XCTAssertEqual(page.status, 200)
            XCTAssertEqual(page.type, "text/html; charset=utf-8")
            XCTAssertTrue(page.body.contains("2 articles"), "counts")
            XCTAssertTrue(page.body.contains("events from 2024-03-02 to 2024-06-20"), "period")
            XCTAssertTrue(page.body.contains("<svg"), "inline map")
            XCTAssertFalse(page.body.contains("<?xml"), "no XML prolog inside HTML")
            XCTAssertTrue(page.body.contains("id=\"actor-search\""), "search box")
            XCTAssertTrue(page.body.contains("href=\"/relations/PRK/RUS\""), "ties table links the dyad")
            XCTAssertTrue(page.body.contains("<script src=\"/assets/explorer.js\" defer></script>"))
        }
    }

    func testMapNodesAndEdgesLinkToPagesKeepingTheView() async throws {
        try await ExplorerFixture.test { client in
            let page = try await ExplorerFixture.get(client, "/?since=2024-06-01&kind=pact&kind=armsSupply")
            XCTAssertEqual(page.status, 200)
            XCTAssertTrue(page.body.contains("xlink:href=\"/actors/RUS?since=2024-06-01&amp;kind=armsSupply&amp;kind=pact\""), "node link")
            XCTAssertTrue(page.body.contains("xlink:href=\"/relations/PRK/RUS?since=2024-06-01&amp;kind=armsSupply&amp;kind=pact\""), "edge link")
            XCTAssertTrue(page.body.contains("xlink:title=\""), "tooltips")
            XCTAssertTrue(page.body.contains("Evidence ("), "evidence in the tooltip")
            XCTAssertTrue(page.body.contains("<option value=\"pact\" selected>"), "the controls show the view")
        }
    }

    func testPeriodChangesTheMap() async throws {
        try await ExplorerFixture.test { client in
            let june = try await ExplorerFixture.get(client, "/?since=2024-06-01")
            let march = try await ExplorerFixture.get(client, "/?until=2024-03-31")
            XCTAssertTrue(june.body.contains("xlink:href=\"/actors/PRK?since=2024-06-01\""), "June has the seed's actors")
            XCTAssertFalse(march.body.contains("/actors/PRK"), "March has only the hostile article's tie")
            XCTAssertTrue(march.body.contains("/actors/EVIL"))
        }
    }

    func testActorPageHasNeighbourhoodTiesCentralityAndTimeline() async throws {
        try await ExplorerFixture.test { client in
            let page = try await ExplorerFixture.get(client, "/actors/PRK")
            XCTAssertEqual(page.status, 200)
            XCTAssertTrue(page.body.contains("<h1>North Korea</h1>"))
            XCTAssertTrue(page.body.contains("<h2>Neighbourhood</h2><div class=\"map\"><svg"))
            XCTAssertTrue(page.body.contains("href=\"/relations/PRK/RUS\""), "ties ranked, the actor first")
            XCTAssertTrue(page.body.contains("PageRank"))
            XCTAssertTrue(page.body.contains("<svg class=\"timeline\""))
            XCTAssertTrue(page.body.contains("2024-06: "), "a bar for June 2024")
            XCTAssertTrue(page.body.contains("name=\"depth\""), "depth control")
            let deeper = try await ExplorerFixture.get(client, "/actors/PRK?depth=2")
            XCTAssertTrue(deeper.body.contains("/actors/VNM"), "depth 2 reaches Russia's partners")
            XCTAssertFalse(page.body.contains("/actors/VNM?") || page.body.contains("/actors/VNM\""), "depth 1 does not")
        }
    }

    func testActorPagesResolveNamesAndAliases() async throws {
        try await ExplorerFixture.test { client in
            for name in ["prk", "North%20Korea", "DPRK"] {
                let page = try await ExplorerFixture.get(client, "/actors/\(name)")
                XCTAssertEqual(page.status, 200, name)
                XCTAssertTrue(page.body.contains("<h1>North Korea</h1>"), name)
            }
        }
    }

    func testRelationPageShowsTiesEvidenceSourcesAndPaths() async throws {
        try await ExplorerFixture.test { client in
            let page = try await ExplorerFixture.get(client, "/relations/RUS/PRK")
            XCTAssertEqual(page.status, 200)
            XCTAssertTrue(page.body.contains("<h1>Russia — North Korea</h1>"))
            XCTAssertTrue(page.body.contains("cooperative"))
            XCTAssertTrue(page.body.contains("<span class=\"kind\">pact</span>"))
            XCTAssertTrue(page.body.contains("signed a mutual defence pact"), "evidence sentence")
            XCTAssertTrue(page.body.contains("<span class=\"modality possible\">possible</span>"), "modality")
            XCTAssertTrue(page.body.contains("href=\"https://www.theaustralian.com.au/"), "link to the source article")
            XCTAssertTrue(page.body.contains("· 2024-06-20"), "dates")
            XCTAssertTrue(page.body.contains("<svg class=\"timeline\""))
            XCTAssertTrue(page.body.contains("<h2>Indirect paths</h2>"))
        }
    }

    func testSearchRedirectsToTheActorKeepingTheView() async throws {
        try await ExplorerFixture.test { client in
            try await client.execute(uri: "/search?q=north+korea&since=2024-01-01", method: .get) { response in
                XCTAssertEqual(response.status.code, 303)
                XCTAssertEqual(response.headers[.location], "/actors/PRK?since=2024-01-01")
            }
        }
    }

    func testAssetsAreServedWithTheirTypes() async throws {
        try await ExplorerFixture.test { client in
            let css = try await ExplorerFixture.get(client, "/assets/explorer.css")
            XCTAssertEqual(css.status, 200)
            XCTAssertEqual(css.type, "text/css; charset=utf-8")
            let js = try await ExplorerFixture.get(client, "/assets/explorer.js")
            XCTAssertEqual(js.type, "text/javascript; charset=utf-8")
            XCTAssertTrue(js.body.contains("/api/actors"))
            XCTAssertFalse(js.body.contains("innerHTML"), "suggestions go in as text")
        }
    }
}
