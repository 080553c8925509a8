import StatecraftCore
import XCTest

/// Possessors, plural pronouns, modal-followed nouns and people of a state.
final class PossessorAndPronounTests: XCTestCase {
    func testPossessorBeforeAnOrganisationModifierOwnsTheNoun() {
        let e = Fixture.events("Russia has wielded its UN Security Council veto six times to shield the Assad regime.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.source.id == "UN" }, Fixture.describe(e))
        XCTAssertTrue(e.contains { $0.source.id == "RUS" && $0.kind == .rejection }, Fixture.describe(e))
    }

    func testTheirTakesTheNearerPluralAgent() {
        let e = Fixture.events("The European Union and Turkey inched toward an agreement as EU leaders softened their demands on Cyprus.", date: "2004-12-17")
        XCTAssertFalse(e.contains { $0.source.id == "TUR" && $0.kind == .demand }, Fixture.describe(e))
    }

    func testNounBeforeAModalIsNoVerb() {
        let e = Fixture.events("I hope the US attacks would target Syria.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .attack && $0.modality == .asserted }, Fixture.describe(e))
    }

    func testCoordinatedPredicateEndsTheObject() {
        let e = Fixture.events("Blair, who has pushed for progress on peace talks and is one of the United States' closest allies, will meet Bush.", date: "2004-08-15")
        XCTAssertFalse(e.contains { $0.kind == .demand && $0.target.id == "USA" }, Fixture.describe(e))
    }

    func testAStatesKurdsAreNotTheState() {
        let e = Fixture.events("Trump said the US would devastate Turkey economically if it attacked Syria's Kurds.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.target.id == "SYR" }, Fixture.describe(e))
    }

    func testRespectivelyIsNotUntangled() {
        let e = Fixture.events("Putin and Erdogan, who have backed the Syrian government and rebels respectively, will meet in Tehran.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .support }, Fixture.describe(e))
    }

    func testAddresseeFollowsTheUrgingVerb() {
        let e = Fixture.events("The US had vowed to ask its allies to surrender weapons once the fight against Isis had been completed.", date: "2018-04-10")
        XCTAssertFalse(e.contains { $0.kind == .demand }, Fixture.describe(e))
        let f = Fixture.events("The United States urged Turkey to show restraint.", date: "2018-04-10")
        XCTAssertTrue(Fixture.has(f, "USA", "TUR", .demand), Fixture.describe(f))
    }

    func testWestBankIsNotTheWest() {
        let e = Fixture.events("Israel arrested a West Bank leader on Wednesday.", date: "2004-08-15")
        XCTAssertFalse(e.contains { $0.target.id == "WEST" }, Fixture.describe(e))
    }
}
