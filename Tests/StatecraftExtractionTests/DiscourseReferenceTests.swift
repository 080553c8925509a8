import StatecraftCore
import XCTest

/// The discourse rules of `DiscourseReference.swift`, each on constructed variants (other actors, tenses,
/// paraphrases) and with negative cases.
final class DiscourseReferenceTests: XCTestCase {
    private func pair(_ e: [Event], _ a: String, _ b: String, _ k: RelationKind) -> Bool {
        e.contains { $0.kind == k && Set([$0.source.id, $0.target.id]) == [a, b] }
    }

    // MARK: Definite descriptions with an id list

    func testTheKingdomIsTheKingdomLastNamed() {
        for (s, k) in [("Saudi Arabia", "SAU"), ("Jordan", "JOR"), ("Morocco", "MAR")] {
            let e = Fixture.events("\(s) condemned Iran on Monday. The kingdom also accused Israel of violating the truce.")
            XCTAssertTrue(Fixture.has(e, k, "ISR", .accusation), "\(s): " + Fixture.describe(e))
        }
        // Future tense, a sentence in between.
        let e = Fixture.events("Thailand recalled its envoy. Talks were cancelled. The kingdom will impose sanctions on Cambodia.")
        XCTAssertTrue(e.contains { $0.source.id == "THA" && $0.target.id == "KHM" && $0.kind == .sanctions }, Fixture.describe(e))
    }

    func testTheKingdomNeedsAKingdom() {
        // France and Iran are no kingdoms: "the kingdom" resolves to nothing.
        let e = Fixture.events("France condemned Iran on Monday. The kingdom also accused Israel of violating the truce.")
        XCTAssertFalse(e.contains { $0.kind == .accusation && $0.target.id == "ISR" }, Fixture.describe(e))
    }

    func testTheIslandIsAnIslandState() {
        let e = Fixture.events("China sent warships near Taiwan. The island accused Beijing of intimidation.")
        XCTAssertTrue(Fixture.has(e, "TWN", "CHN", .accusation), Fixture.describe(e))
        let f = Fixture.events("Turkey sent warships near Cyprus. The island protested to Ankara.")
        XCTAssertTrue(f.contains { $0.source.id == "CYP" && $0.target.id == "TUR" }, Fixture.describe(f))
    }

    func testTheBlocIsABloc() {
        let e = Fixture.events("The EU met in Brussels. The bloc imposed sanctions on Russia.")
        XCTAssertTrue(Fixture.has(e, "EU", "RUS", .sanctions), Fixture.describe(e))
        let f = Fixture.events("China imposed tariffs on European brandy after the bloc approved tariffs on Chinese cars. ASEAN leaders met.")
        XCTAssertFalse(f.contains { $0.source.id == "ASEAN" }, Fixture.describe(f))
        // No bloc in the discourse: nothing.
        let g = Fixture.events("Russia met Iran. The bloc imposed sanctions on Belarus.")
        XCTAssertFalse(g.contains { $0.kind == .sanctions }, Fixture.describe(g))
    }

    func testTheAllianceIsNATO() {
        let e = Fixture.events("Sweden applied to join NATO. The alliance criticised Russia for its threats.")
        XCTAssertTrue(Fixture.has(e, "NATO", "RUS", .criticism), Fixture.describe(e))
    }

    // MARK: Definite descriptions by kind

    func testTheCountryIsTheLastSubjectState() {
        let e = Fixture.events("Vietnam is at odds with China over the islands. The country has deepened ties with Russia.")
        XCTAssertTrue(pair(e, "VNM", "RUS", .cooperation), Fixture.describe(e))
        let f = Fixture.events("Argentina rejected the claim. The government accused Britain of ignoring the UN.")
        XCTAssertTrue(Fixture.has(f, "ARG", "GBR", .accusation), Fixture.describe(f))
    }

    func testTheMinistryAndTheJunta() {
        let e = Fixture.events("Myanmar was not represented at the summit. The ministry rejected the ASEAN decision.")
        XCTAssertTrue(e.contains { $0.source.id == "MMR" && $0.target.id == "ASEAN" }, Fixture.describe(e))
        let f = Fixture.events("Mali expelled the French ambassador. The junta accused France of interference.")
        XCTAssertTrue(Fixture.has(f, "MLI", "FRA", .accusation), Fixture.describe(f))
    }

    func testAmbiguousOrAbsentAntecedentResolvesToNothing() {
        // Two states in this sentence before "the country": ambiguous.
        let e = Fixture.events("Russia and Ukraine met in Istanbul, and the country later accused Poland of sabotage.")
        XCTAssertFalse(e.contains { $0.kind == .accusation && $0.target.id == "POL" }, Fixture.describe(e))
        // Nothing said before: nothing.
        let f = Fixture.events("The government accused Poland of sabotage.")
        XCTAssertFalse(f.contains { $0.target.id == "POL" }, Fixture.describe(f))
        // Too far back (window of two sentences).
        let g = Fixture.events("Chile signed a deal. Markets rose. Prices fell. Analysts were surprised. The government accused Peru of fraud.")
        XCTAssertFalse(g.contains { $0.target.id == "PER" }, Fixture.describe(g))
    }

    func testADescriptionWithItsOwnNameIsNoReference() {
        // "of Mali" names the organ's state; an apposition names the president.
        let e = Fixture.events("France criticised Russia. Ecowas called on the military leaders of Mali to hold elections.")
        XCTAssertFalse(e.contains { $0.source.id == "ECOWAS" && $0.target.id == "FRA" }, Fixture.describe(e))
        let f = Fixture.events("France criticised Russia. The SDF is fighting the president, Bashar al-Assad, in the east.")
        XCTAssertFalse(f.contains { $0.target.id == "FRA" }, Fixture.describe(f))
    }

    // MARK: Pronouns

    func testTheyAreThePairOfThePreviousSentence() {
        let e = Fixture.events("Turkey and Greece held talks in Athens. They signed a defence agreement.")
        XCTAssertTrue(pair(e, "TUR", "GRC", .pact), Fixture.describe(e))
        let f = Fixture.events("France and Germany criticised Iran. They urged Tehran to cooperate with inspectors.")
        XCTAssertTrue(Fixture.has(f, "FRA", "IRN", .demand) && Fixture.has(f, "DEU", "IRN", .demand), Fixture.describe(f))
    }

    func testTheyIsNotTheAttackerAndItsVictim() {
        // The two actors of "Iran attacked Israel" are no "they".
        let e = Fixture.events("Iran attacked Israel on Sunday. They also threatened the United States.")
        XCTAssertFalse(e.contains { $0.source.id == "ISR" && $0.target.id == "USA" }, Fixture.describe(e))
    }

    func testTheyWithNoAntecedentIsNobody() {
        let e = Fixture.events("Markets fell sharply on Monday. They threatened the United States.")
        XCTAssertTrue(e.isEmpty, Fixture.describe(e))
    }
}

extension DiscourseReferenceTests {
    func testTheGroupIsTheNonStateGroupLastSubject() {
        let e = Fixture.events("Hezbollah fired rockets on Sunday. The group accused Israel of violating the ceasefire.")
        XCTAssertTrue(Fixture.has(e, "HEZBOLLAH", "ISR", .accusation), Fixture.describe(e))
        // A state is no group.
        let f = Fixture.events("Iran fired missiles on Sunday. The group accused Israel of violating the ceasefire.")
        XCTAssertFalse(f.contains { $0.kind == .accusation }, Fixture.describe(f))
    }

    func testSentenceInitialItOnlyBeforeAVerbOfSaying() {
        let e = Fixture.events("Argentina's foreign ministry issued a statement. It accused Britain of ignoring the UN.")
        XCTAssertTrue(Fixture.has(e, "ARG", "GBR", .accusation), Fixture.describe(e))
        // "It has refused …" is not resolved.
        let f = Fixture.events("Russia vetoed the resolution. It has refused to halt the attacks on Ukraine.")
        XCTAssertFalse(f.contains { $0.sentence == 1 && $0.source.id == "RUS" }, Fixture.describe(f))
    }

    // MARK: Pair expressions

    func testAPairInsideAPrepositionalPhraseIsNoAntecedentOfThePair() {
        for (a, b, c, d) in [("Japan", "South Korea", "North Korea", "Russia"), ("France", "Germany", "China", "Iran")] {
            let e = Fixture.events("\(a) and \(b) met in Paris. The two sides share concerns over \(c) and \(d). "
                + "During the talks, the two leaders agreed to hold a summit.")
            XCTAssertFalse(e.contains { [c, d].contains(Fixture.name($0.source.id)) && $0.kind == .talks }, Fixture.describe(e))
        }
        // A subject pair still is one.
        let f = Fixture.events("India and China met at the border. The two sides agreed to hold talks.")
        XCTAssertFalse(f.contains { $0.kind == .talks && !Set(["IND", "CHN"]).isSuperset(of: [$0.source.id, $0.target.id]) }, Fixture.describe(f))
    }
}
