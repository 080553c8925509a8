import StatecraftCore
import XCTest

/// Argument frames that hold for classes of triggers: parentheses never hide a clause, light verbs in the
/// progressive, nominal acts and their patients, hosts of forces, harm verbs, directives, exercises.
final class ArgumentFrameTests: XCTestCase {
    func testShortParentheticalsAreReadPast() {
        for s in ["Turkey (Ankara) condemned Israel on Monday.", "Egypt on Sunday (June 16) condemned Israel.",
                  "Egypt (L) condemned Israel's strikes.", "Jordan's foreign ministry (MFA) condemned Israel."] {
            let e = Fixture.events(s)
            XCTAssertTrue(e.contains { $0.target.id == "ISR" && $0.kind == .criticism }, s + ": " + Fixture.describe(e))
        }
        let f = Fixture.events("Canada (which had long resisted) imposed sanctions (June 16) on Iran.")
        XCTAssertTrue(Fixture.has(f, "CAN", "IRN", .sanctions), Fixture.describe(f))
    }

    func testAParentheticalNamingAnActorKeepsTheName() {
        let e = Fixture.events("Ankara launched an offensive last month against the Kurdish People's Protection Units (YPG) in Afrin.", date: "2018-02-01")
        XCTAssertTrue(Fixture.has(e, "TUR", "YPG", .attack), Fixture.describe(e))
    }

    func testLightVerbsInTheProgressive() {
        let cases: [(String, String, String, RelationKind)] = [
            ("Brazilian President Lula is making a three-day state visit to China.", "BRA", "CHN", .visit),
            ("The Chinese foreign minister is paying an official visit to Egypt.", "CHN", "EGY", .visit),
            ("Japan's prime minister is holding talks with Australia this week.", "JPN", "AUS", .talks),
            ("Kenya was making a visit to Ethiopia when the news broke.", "KEN", "ETH", .visit),
        ]
        for (s, a, b, k) in cases {
            let e = Fixture.events(s, date: "2025-06-01")
            XCTAssertTrue(Fixture.has(e, a, b, k), s + ": " + Fixture.describe(e))
        }
    }

    func testTheNominalActsPatientFollowsOf() {
        // The patient after "of" comes from the parse (SyntacticRolesTests.testTheNominalActsPatientFollowsOf).
        // The agent reading stays for acts that are not done to someone.
        let g = Fixture.events("Russia demanded the withdrawal of US troops from Syria.")
        XCTAssertFalse(g.contains { $0.source.id == "RUS" && $0.target.id == "SYR" }, Fixture.describe(g))
    }

    func testHostingForcesIsNoVisit() {
        for s in ["Djibouti hosts French troops at a base near the capital.", "Poland hosted American forces near its border.",
                  "Qatar will host British soldiers next year."] {
            let e = Fixture.events(s)
            XCTAssertFalse(e.contains { $0.kind == .visit }, s + ": " + Fixture.describe(e))
        }
        let e = Fixture.events("Egypt hosted the Jordanian king on Sunday.")
        XCTAssertTrue(Fixture.has(e, "JOR", "EGY", .visit), Fixture.describe(e))
    }

    func testHarmingAFriendlyActIsNotThatAct() {
        for s in ["The dispute damages cooperation between India and Pakistan.",
                  "The row has damaged cooperation between Japan and South Korea.",
                  "The spat undermined the ceasefire agreement between Armenia and Azerbaijan.",
                  "Hungary's veto jeopardised talks between Serbia and Kosovo."] {
            let e = Fixture.events(s)
            XCTAssertFalse(e.contains { $0.kind == .cooperation || $0.kind == .pact || $0.kind == .talks }, s + ": " + Fixture.describe(e))
        }
    }

    func testTellingSomeoneToActIsADemandNotTheAct() {
        let cases: [(String, String, String, String)] = [
            ("Trump tells Iran to make a deal.", "2025-06-01", "USA", "IRN"),
            ("Biden told North Korea to return to talks.", "2023-06-01", "USA", "PRK"),
            ("Macron told Russia to sign a ceasefire agreement.", "2024-06-01", "FRA", "RUS"),
        ]
        for (s, d, a, b) in cases {
            let e = Fixture.events(s, date: d)
            XCTAssertTrue(Fixture.has(e, a, b, .demand), s + ": " + Fixture.describe(e))
            XCTAssertFalse(e.contains { $0.kind == .pact && $0.modality == .asserted }, s + ": " + Fixture.describe(e))
        }
    }

    func testTheAudienceOfASpeechIsNotItsTarget() {
        let e = Fixture.events("Macron tells UN that Russia must withdraw from Ukraine.")
        XCTAssertTrue(Fixture.has(e, "FRA", "RUS", .demand), Fixture.describe(e))
        XCTAssertFalse(e.contains { $0.target.id == "UN" }, Fixture.describe(e))
        let f = Fixture.events("Lula told the UN General Assembly that Israel must stop its offensive.", date: "2024-09-24")
        XCTAssertFalse(f.contains { $0.target.id == "UN" }, Fixture.describe(f))
    }

    func testTheAudienceOfAJudgmentIsNotItsTarget() {
        for (s, a, b) in [("Erdogan tells UN General Assembly Israel is an aggressor.", "TUR", "ISR"),
                          ("Lavrov told the Security Council that Ukraine's government was illegitimate.", "RUS", "UKR"),
                          ("Iran told the IAEA that Israel was reckless.", "IRN", "ISR")] {
            let e = Fixture.events(s)
            XCTAssertFalse(e.contains { ["UN", "IAEA"].contains($0.target.id) }, s + ": " + Fixture.describe(e))
            XCTAssertTrue(Fixture.has(e, a, b, .criticism), s + ": " + Fixture.describe(e))
        }
    }

    func testBriefingAndPetitioning() {
        let e = Fixture.events("Russia briefed China on the talks.")
        XCTAssertTrue(Fixture.has(e, "RUS", "CHN", .talks), Fixture.describe(e))
        let f = Fixture.events("Ukraine petitioned the ICJ over the invasion.")
        XCTAssertTrue(Fixture.has(f, "UKR", "ICJ", .demand), Fixture.describe(f))
    }

    func testWarGamesAreAShowOfForceNotAnAttack() {
        for s in ["China held war games around Taiwan on Saturday.", "Russia staged war games near Finland's border.",
                  "Iran launched naval drills near the Strait of Hormuz."] {
            let e = Fixture.events(s)
            XCTAssertFalse(e.contains { $0.kind == .attack }, s + ": " + Fixture.describe(e))
        }
        let e = Fixture.events("China held war games around Taiwan on Saturday.")
        XCTAssertTrue(Fixture.has(e, "CHN", "TWN", .mobilization), Fixture.describe(e))
    }

    func testPhrasesAddedToTheLexicon() {
        let cases: [(String, String, String, RelationKind)] = [
            ("China fired water cannon at the Philippines on Saturday.", "CHN", "PHL", .attack),
            ("North Korea fired missiles at Japan.", "PRK", "JPN", .attack),
            ("Sweden joined NATO in March.", "SWE", "NATO", .cooperation),
            ("Finland joined NATO last year.", "FIN", "NATO", .cooperation),
            ("Iran vowed retaliation against Israel.", "IRN", "ISR", .threat),
            ("Hezbollah vowed revenge against Israel.", "HEZBOLLAH", "ISR", .threat),
        ]
        for (s, a, b, k) in cases {
            let e = Fixture.events(s)
            XCTAssertTrue(Fixture.has(e, a, b, k), s + ": " + Fixture.describe(e))
        }
        // "join" is strict: only an actor right after it, and a subject of its own or through a controlling verb.
        let e = Fixture.events("France joined the talks with Iran.")
        XCTAssertFalse(e.contains { $0.kind == .cooperation }, Fixture.describe(e))
        for s in ["The schoolgirl left the UK to join Isis.", "A teenager fled France in 2015 to join Islamic State.",
                  "Corbyn urged the UK not to join any US-led action against Syria."] {
            let f = Fixture.events(s, date: "2019-02-01")
            XCTAssertFalse(f.contains { $0.kind == .cooperation }, s + ": " + Fixture.describe(f))
        }
        let g = Fixture.events("Ukraine plans to join NATO.")
        XCTAssertTrue(Fixture.has(g, "UKR", "NATO", .cooperation), Fixture.describe(g))
    }

    func testGeneratedVerbsNeedBothPartiesNamedPlainly() {
        let e = Fixture.events("Trump has consistently denigrated Nato.", date: "2018-07-01")
        XCTAssertTrue(Fixture.has(e, "USA", "NATO", .criticism), Fixture.describe(e))
        let f = Fixture.events("Kenya thanked Japan for its help.")
        XCTAssertTrue(Fixture.has(f, "KEN", "JPN", .support), Fixture.describe(f))
        // A question states nothing; a pronoun is no plainly named party.
        for s in ["Will Kenya thank Japan for its help?", "He apparently maintained ties with Israel.", "Kenya said it thanked Japan."] {
            let g = Fixture.events(s)
            XCTAssertFalse(g.contains { $0.kind == .support }, s + ": " + Fixture.describe(g))
        }
        // A possessor, an adjective or a name modifying a noun after the verb is no target.
        for s in ["Pompeo lauded the UAE's recognition of Israel.", "Turkey agreed to curb Iranian oil imports.",
                  "Iran and Syria would respect the UN resolution."] {
            let g = Fixture.events(s, date: "2019-01-01")
            XCTAssertFalse(g.contains { ["ARE", "IRN", "UN"].contains($0.target.id) && [.support, .coercion].contains($0.kind) }, s + ": " + Fixture.describe(g))
        }
    }
}
