import Foundation
import StatecraftCore
import StatecraftData
@testable import StatecraftExtraction
import XCTest

/// Modal cues as data (`cues` in `Data/lexicon.json`): the bundled classes load, a user layer adds cues, bad cue
/// classes are named, and each new cue family holds on variants (other actors, tenses, paraphrases).
final class ModalCueTests: XCTestCase {
    static let dictionary = try! ActorDictionary(contentsOf: BundledData.actorsURL)
    static let ontology = try! RelationOntology(contentsOf: BundledData.relationsURL)

    private func modality(_ e: [Event], _ s: String, _ t: String, _ k: RelationKind) -> Modality? {
        e.first { $0.source.id == s && $0.target.id == t && $0.kind == k }?.modality
    }

    func testBundledCueClassesLoad() throws {
        let lex = try TriggerLexicon.bundled()
        let classes = Set(lex.cues.map(\.cue))
        XCTAssertEqual(classes, Set(ModalCue.allCases))
        XCTAssertTrue(lex.cues.contains { $0.phrase == "not rule out" && $0.cue == .possible })
        XCTAssertTrue(lex.cues.contains { $0.phrase == "allegedly" && $0.cue == .alleged })
    }

    func testUserLayerAddsACue() throws {
        let text = "Russia is eyeing to send troops to Belarus."
        XCTAssertNotEqual(modality(Fixture.events(text), "RUS", "BLR", .mobilization), .possible)
        var lex = try TriggerLexicon.bundled()
        try lex.add(data: Data(#"{"entries": [], "cues": {"possible": ["is eyeing to", "are eyeing to"]}}"#.utf8), file: "user.json")
        let x = EventExtractor(dictionary: Self.dictionary, ontology: Self.ontology, lexicon: lex)
        let e = x.extract(Article(id: "t", date: Day("2024-06-20"), text: text)).events
        XCTAssertEqual(modality(e, "RUS", "BLR", .mobilization), .possible, Fixture.describe(e))
        let f = x.extract(Article(id: "t", date: Day("2024-06-20"), text: "China and Russia are eyeing to send troops to Belarus.")).events
        XCTAssertTrue(f.allSatisfy { $0.modality != .asserted }, Fixture.describe(f))
    }

    func testBadCueClassIsNamed() {
        var lex = TriggerLexicon()
        XCTAssertThrowsError(try lex.add(data: Data(#"{"entries": [], "cues": {"maybe": ["could"]}}"#.utf8), file: "mine.json")) {
            XCTAssertTrue("\($0)".contains("mine.json"), "\($0)")
            XCTAssertTrue("\($0)".contains("unknown cue class"), "\($0)")
        }
        XCTAssertThrowsError(try lex.add(data: Data(#"{"entries": [], "cues": {"possible": ["eye+"]}}"#.utf8), file: "mine.json")) {
            XCTAssertTrue("\($0)".contains("plain words only"), "\($0)")
        }
    }

    func testRuledOutIsDeniedButNotRuledOutIsPossible() {
        for (text, s, t) in [("Germany ruled out sending tanks to Ukraine.", "DEU", "UKR"),
                             ("France rules out sending troops to Ukraine.", "FRA", "UKR"),
                             ("Japan has ruled out supplying weapons to Taiwan.", "JPN", "TWN")] {
            let e = Fixture.events(text)
            XCTAssertTrue(e.allSatisfy { $0.modality != .asserted && $0.modality != .intended }, text + ": " + Fixture.describe(e))
            XCTAssertFalse(e.contains { $0.source.id == s && $0.target.id == t && $0.modality == .asserted }, Fixture.describe(e))
        }
        let e = Fixture.events("Putin did not rule out sending arms to North Korea.")
        XCTAssertEqual(modality(e, "RUS", "PRK", .armsSupply), .possible, Fixture.describe(e))
    }

    func testBelievedOrSaidToHaveIsAlleged() {
        for text in ["Iran is believed to have supplied drones to Russia.",
                     "Iran was said to have supplied drones to Russia.",
                     "Iran is thought to have delivered missiles to Russia."] {
            let e = Fixture.events(text)
            XCTAssertEqual(modality(e, "IRN", "RUS", .armsSupply), .alleged, text + ": " + Fixture.describe(e))
        }
    }

    func testPoisedOrScheduledToIsIntended() {
        for text in ["China is poised to impose sanctions on Lithuania.",
                     "Modi is scheduled to visit Russia next month.",
                     "The EU is on track to impose tariffs on China."] {
            let e = Fixture.events(text)
            XCTAssertFalse(e.isEmpty, text)
            XCTAssertTrue(e.allSatisfy { $0.modality == .intended }, text + ": " + Fixture.describe(e))
        }
    }

    func testStoppedShortOfAndYetToAreNotFacts() {
        for text in ["The US stopped short of imposing sanctions on Israel.",
                     "Hungary has yet to ratify Sweden's membership.",
                     "Britain refrained from criticising China."] {
            let e = Fixture.events(text)
            XCTAssertTrue(e.allSatisfy { $0.modality != .asserted }, text + ": " + Fixture.describe(e))
        }
    }

    func testInTheEventOfIsHypothetical() {
        let e = Fixture.events("In the event of an invasion, Japan would impose sanctions on China.")
        XCTAssertFalse(e.contains { $0.source.id == "JPN" && $0.kind == .sanctions && $0.modality == .asserted }, Fixture.describe(e))
        let f = Fixture.events("Poland will send troops to Lithuania only if Russia attacks.")
        XCTAssertFalse(f.contains { $0.source.id == "RUS" && $0.kind == .attack && $0.modality == .asserted }, Fixture.describe(f))
    }
}
