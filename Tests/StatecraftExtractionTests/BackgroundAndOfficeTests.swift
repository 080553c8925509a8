import StatecraftCore
import XCTest

/// What a sentence looks back on is not the day's news; a control verb does not reach into a relative clause;
/// an office held on the article's day outranks an old title.
final class BackgroundAndOfficeTests: XCTestCase {
    func testYearsAgoAndEarlierYearFramesAreHistory() {
        let e = Fixture.events("Less than a year ago, the enclave was declared a safe zone in a deal between Russia, Iran and Turkey.", date: "2018-02-20")
        XCTAssertFalse(e.contains { $0.kind == .pact }, Fixture.describe(e))
        let f = Fixture.events("In 2013, Obama threatened Syria with strikes.", date: "2018-02-20")
        XCTAssertTrue(f.isEmpty, Fixture.describe(f))
        // A "since … ago" phrase dates only itself.
        let g = Fixture.events("Israeli helicopters attacked a Hamas camp on Tuesday, the deadliest raid since fighting broke out four years ago.", date: "2004-09-07")
        XCTAssertTrue(Fixture.has(g, "ISR", "HAMAS", .attack), Fixture.describe(g))
    }

    func testControlDoesNotReachIntoARelativeClause() {
        let e = Fixture.events("Pakistan vows to track down an inmate who leads a group that kidnapped two Chinese engineers.", date: "2004-10-15")
        XCTAssertFalse(e.contains { $0.source.id == "PAK" && $0.target.id == "CHN" }, Fixture.describe(e))
    }

    func testOfficeHeldOnTheDayWins() {
        let e = Fixture.events("The African Union's outgoing chief Nkosazana Dlamini-Zuma condemned the US travel ban.", date: "2017-01-31")
        XCTAssertFalse(e.contains { $0.source.id == "ZAF" }, Fixture.describe(e))
    }
}
