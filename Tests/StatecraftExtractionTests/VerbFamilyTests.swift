import StatecraftCore
import XCTest

/// The verb families and nominal triggers of `Data/lexicon.json` broadened from PETRARCH2's verb groups: each family
/// on other actors, tenses and paraphrases, with the readings it must not take.
final class VerbFamilyTests: XCTestCase {
    private func pair(_ e: [Event], _ a: String, _ b: String, _ k: RelationKind) -> Bool {
        e.contains { $0.kind == k && Set([$0.source.id, $0.target.id]) == [a, b] }
    }

    func testLightVerbAndNominalStrike() {
        for (text, s, t) in [("Israel carried out airstrikes on Syria on Tuesday.", "ISR", "SYR"),
                             ("The United States conducted strikes against Iran last week.", "USA", "IRN"),
                             ("Turkey launches air strikes on Iraq.", "TUR", "IRQ"),
                             ("Pakistan has carried out attacks on Afghanistan.", "PAK", "AFG")] {
            let e = Fixture.events(text)
            XCTAssertTrue(Fixture.has(e, s, t, .attack), text + ": " + Fixture.describe(e))
        }
    }

    func testOtherAttackVerbs() {
        for (text, s, t) in [("Russia bombarded Ukraine overnight.", "RUS", "UKR"),
                             ("Israeli forces pounded Lebanon on Sunday.", "ISR", "LBN"),
                             ("Indian troops opened fire on Pakistan.", "IND", "PAK")] {
            let e = Fixture.events(text)
            XCTAssertTrue(Fixture.has(e, s, t, .attack), text + ": " + Fixture.describe(e))
        }
    }

    func testStrikingADealIsAPactNotAnAttack() {
        for text in ["Japan struck a deal with South Korea on Monday.", "Japan strikes a deal with South Korea.",
                     "Japan and South Korea sealed a deal on Monday."] {
            let e = Fixture.events(text)
            XCTAssertTrue(pair(e, "JPN", "KOR", .pact), text + ": " + Fixture.describe(e))
            XCTAssertFalse(e.contains { $0.kind == .attack }, text + ": " + Fixture.describe(e))
        }
    }

    func testCriticismFamilies() {
        for (text, s, t) in [("China hit out at Japan on Friday.", "CHN", "JPN"),
                             ("Iran lashed out at Britain.", "IRN", "GBR"),
                             ("Turkey took aim at Greece over the islands.", "TUR", "GRC"),
                             ("Germany reprimanded Hungary.", "DEU", "HUN")] {
            let e = Fixture.events(text)
            XCTAssertTrue(Fixture.has(e, s, t, .criticism), text + ": " + Fixture.describe(e))
        }
    }

    func testSpeakingToACounterpartIsTalks() {
        for (text, a, b) in [("Blinken spoke to Wang Yi on Monday.", "USA", "CHN"),
                             ("Macron talked with Putin by phone.", "FRA", "RUS"),
                             ("Scholz held a phone call with Zelensky.", "DEU", "UKR"),
                             ("Japan held talks with India in Delhi.", "JPN", "IND")] {
            let e = Fixture.events(text, date: "2024-06-20")
            XCTAssertTrue(pair(e, a, b, .talks), text + ": " + Fixture.describe(e))
        }
    }

    func testPayingAVisitTo() {
        for (text, s, t) in [("Modi paid a visit to Russia in July.", "IND", "RUS"),
                             ("Erdogan made an official visit to Greece.", "TUR", "GRC")] {
            let e = Fixture.events(text, date: "2024-06-20")
            XCTAssertTrue(Fixture.has(e, s, t, .visit), text + ": " + Fixture.describe(e))
        }
    }

    func testExpellingOrRecallingEnvoysIsProtestNotSanctions() {
        for (text, s, t) in [("Moldova expelled 45 Russian diplomats.", "MDA", "RUS"),
                             ("Poland expels diplomats of Belarus.", "POL", "BLR"),
                             ("Mali expelled the French ambassador on Monday.", "MLI", "FRA")] {
            let e = Fixture.events(text)
            XCTAssertTrue(e.contains { $0.source.id == s && $0.target.id == t && ($0.kind == .protest || $0.kind == .coercion) },
                          text + ": " + Fixture.describe(e))
            XCTAssertFalse(Fixture.has(e, s, t, .sanctions), text + ": " + Fixture.describe(e))
        }
    }

    func testTariffsAndBansOnAStateAreSanctions() {
        for (text, s, t) in [("China imposed tariffs on Australia.", "CHN", "AUS"),
                             ("The US slapped sanctions on Venezuela on Friday.", "USA", "VEN"),
                             ("India banned imports from Pakistan.", "IND", "PAK"),
                             ("The EU will raise tariffs on China.", "EU", "CHN")] {
            let e = Fixture.events(text)
            XCTAssertTrue(Fixture.has(e, s, t, .sanctions), text + ": " + Fixture.describe(e))
        }
    }

    func testPraiseFamiliesAreSupport() {
        for (text, s, t) in [("Kishida hailed South Korea for its decision.", "JPN", "KOR"),
                             ("France congratulated Senegal on the election.", "FRA", "SEN"),
                             ("Ukraine thanked Germany for the tanks.", "UKR", "DEU")] {
            let e = Fixture.events(text, date: "2023-03-20")
            XCTAssertTrue(Fixture.has(e, s, t, .support), text + ": " + Fixture.describe(e))
        }
    }
}
