import StatecraftCore
import XCTest

/// A country's people protest (PLOVER PROTEST), its government complains (ACCUSE); forces that arrive
/// somewhere mobilise, peacekeepers bring aid; a curfew covers a state's territory; "ethnic X" are no state.
final class PopulationAndForceTests: XCTestCase {
    func testGovernmentProtestIsAnOfficialComplaint() {
        let e = Fixture.events("Serbia lodged an official protest with Albania on Monday.", date: "2000-01-01")
        XCTAssertTrue(e.contains { $0.source.id == "SRB" && $0.target.id == "ALB" && $0.kind == .protest && $0.plover == .accuse }, Fixture.describe(e))
        let f = Fixture.events("Japan protested to China over the intrusion of a submarine.", date: "2004-11-12")
        XCTAssertFalse(f.contains { $0.plover == .protest }, Fixture.describe(f))
    }

    func testAPeopleDemonstratesAgainstAState() {
        let e = Fixture.events("Palestinian youths threw stones during demonstrations against the Israeli military.", date: "2000-01-01")
        XCTAssertTrue(e.contains { $0.source.id == "PSE" && $0.target.id == "ISR" && $0.plover == .protest }, Fixture.describe(e))
        let f = Fixture.events("Thousands of Iranians protested against the United States on Friday.", date: "2000-01-01")
        XCTAssertTrue(f.contains { $0.source.id == "IRN" && $0.target.id == "USA" && $0.plover == .protest }, Fixture.describe(f))
    }

    func testDemonstrateWithoutAPeopleIsNoProtest() {
        let e = Fixture.events("Iran demonstrated its new missile to Russia.", date: "2000-01-01")
        XCTAssertFalse(e.contains { $0.kind == .protest }, Fixture.describe(e))
    }

    func testTroopsArrivingMobiliseAndPeacekeepersAid() {
        let e = Fixture.events("Russian troops arrived in Syria on Monday.", date: "2015-10-01")
        XCTAssertTrue(Fixture.has(e, "RUS", "SYR", .mobilization), Fixture.describe(e))
        XCTAssertFalse(e.contains { $0.kind == .visit }, Fixture.describe(e))
        let f = Fixture.events("The first NATO peacekeeping troops have arrived in Bosnia.", date: "1995-12-10")
        XCTAssertTrue(Fixture.has(f, "NATO", "BIH", .aid), Fixture.describe(f))
        let g = Fixture.events("Turkish military officials travelled to Moscow for talks.", date: "2019-10-01")
        XCTAssertFalse(g.contains { $0.kind == .mobilization }, Fixture.describe(g))
    }

    func testCurfewInAStateTargetsIt() {
        let e = Fixture.events("Serbia lifted a night curfew in Montenegro.", date: "2000-01-01")
        XCTAssertTrue(Fixture.has(e, "SRB", "MNE", .concession), Fixture.describe(e))
        let f = Fixture.events("Israel reimposed a blockade in the West Bank after the shooting.", date: "2000-01-01")
        XCTAssertTrue(Fixture.has(f, "ISR", "PSE", .coercion), Fixture.describe(f))
        // Without a territorial measure a state after "in" stays a place.
        let g = Fixture.events("Serbia arrested two journalists in Montenegro.", date: "2000-01-01")
        XCTAssertFalse(g.contains { $0.target.id == "MNE" }, Fixture.describe(g))
    }

    func testEthnicGroupIsNotTheState() {
        let e = Fixture.events("Ethnic Albanians in south Serbia are demanding a U.N. military presence.", date: "2000-01-01")
        XCTAssertFalse(e.contains { $0.source.id == "ALB" }, Fixture.describe(e))
    }
}
