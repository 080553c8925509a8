@testable import StatecraftExplorer
import StatecraftCore
import XCTest

final class ViewParametersTests: XCTestCase {
    func testQueryStringsDecodeLikeForms() {
        let q = QueryParameters("q=north+korea&kind=pact,visit&kind=aid&since=&x=%3Cb%3E")
        XCTAssertEqual(q["q"], "north korea")
        XCTAssertEqual(q.all("kind"), ["pact", "visit", "aid"])
        XCTAssertNil(q["since"], "an empty field is absent")
        XCTAssertEqual(q["x"], "<b>")
    }

    func testViewRoundTripsThroughItsQuery() throws {
        let view = try ViewParameters(QueryParameters("until=2024-12-31&since=2024-01-01&kind=Pact&actorKind=state&minStrength=2.5&layout=geo&depth=2&top=5"))
        XCTAssertEqual(view.kinds, [.pact])
        XCTAssertEqual(view.query, "since=2024-01-01&until=2024-12-31&kind=pact&actorKind=state&minStrength=2.5&layout=geo&depth=2&top=5")
        XCTAssertEqual(try ViewParameters(QueryParameters(view.query)), view)
        XCTAssertEqual(ViewParameters().suffix, "")
    }

    func testBadValuesNameTheirParameter() {
        for (query, name) in [("since=2024-13-01", "since"), ("minStrength=nan", "minStrength"), ("top=x", "top"),
                              ("depth=0", "depth"), ("kind=hug", "kind")] {
            XCTAssertThrowsError(try ViewParameters(QueryParameters(query))) { error in
                XCTAssertEqual((error as? ExplorerError)?.status, 400)
                XCTAssertTrue((error as? ExplorerError)?.message.hasPrefix("parameter '\(name)'") == true, query)
            }
        }
    }
}
