import Foundation
import StatecraftCore
import StatecraftData
@testable import StatecraftExtraction
import XCTest

/// The trigger lexicon as data: the bundled files load, layers override and exclude, bad files name the entry.
final class TriggerLexiconTests: XCTestCase {
    static let dictionary = try! ActorDictionary(contentsOf: BundledData.actorsURL)
    static let ontology = try! RelationOntology(contentsOf: BundledData.relationsURL)

    func extractor(_ lexicon: TriggerLexicon) -> EventExtractor {
        EventExtractor(dictionary: Self.dictionary, ontology: Self.ontology, lexicon: lexicon)
    }

    func events(_ x: EventExtractor, _ text: String, date: String = "2024-06-20") -> [Event] {
        x.extract(Article(id: "t", date: Day(date), text: text)).events
    }

    func layer(_ json: String) throws -> TriggerLexicon {
        var lex = try TriggerLexicon.bundled()
        try lex.add(data: Data(json.utf8), file: "user.json")
        return lex
    }

    func testBundledLexiconLoadsBothLayers() throws {
        let lex = try TriggerLexicon.bundled()
        XCTAssertEqual(lex.layerSizes.count, 2)
        XCTAssertGreaterThan(lex.layerSizes[0], 1000, "generated layer")
        XCTAssertGreaterThan(lex.layerSizes[1], 400, "curated layer")
    }

    func testPhraseSyntaxExpands() {
        XCTAssertEqual(Set(TriggerLexicon.expand("sign+ pact*").map { $0.joined(separator: " ") }),
                       ["sign pact", "sign pacts", "signs pact", "signs pacts", "signed pact", "signed pacts", "signing pact", "signing pacts"])
        XCTAssertTrue(TriggerLexicon.expand("send+|sent aid").contains(["sent", "aid"]))
        XCTAssertTrue(TriggerLexicon.expand("a|the visit").contains(["the", "visit"]))
    }

    func testUserLayerAddsAPhrase() throws {
        let before = events(Fixture.extractor, "Germany stonewalled Hungary on Monday.")
        XCTAssertFalse(Fixture.has(before, "DEU", "HUN", .criticism), Fixture.describe(before))
        let x = extractor(try layer(#"{"entries": [{"kind": "criticism", "pos": "verb", "role": "event", "phrases": ["stonewall+"]}]}"#))
        let after = events(x, "Germany stonewalled Hungary on Monday.")
        XCTAssertTrue(Fixture.has(after, "DEU", "HUN", .criticism), Fixture.describe(after))
        let other = events(x, "Japan stonewalls China.")
        XCTAssertTrue(Fixture.has(other, "JPN", "CHN", .criticism), Fixture.describe(other))
    }

    func testUserLayerOverridesABundledReading() throws {
        let x = extractor(try layer(#"{"entries": [{"kind": "talks", "pos": "verb", "role": "event", "phrases": ["condemn+"]}]}"#))
        let e = events(x, "France condemned Iran on Tuesday.")
        XCTAssertTrue(Fixture.has(e, "FRA", "IRN", .talks), Fixture.describe(e))
        XCTAssertFalse(Fixture.has(e, "FRA", "IRN", .criticism), Fixture.describe(e))
    }

    func testExcludeRemovesAPhraseFromLowerLayers() throws {
        let x = extractor(try layer(#"{"entries": [], "exclude": ["condemn+"]}"#))
        let e = events(x, "France condemned Iran on Tuesday.")
        XCTAssertFalse(e.contains { $0.kind == .criticism }, Fixture.describe(e))
    }

    func testBadFilesNameTheFileAndTheEntry() {
        var lex = TriggerLexicon()
        func problem(_ json: String) -> String {
            do { try lex.add(data: Data(json.utf8), file: "mine.json"); return "" } catch { return "\(error)" }
        }
        XCTAssertTrue(problem(#"{"entries": [{"kind": "atack", "pos": "verb", "role": "event", "phrases": ["x+"]}]}"#)
            .hasPrefix("mine.json: entry entries[0] (\"x+\"): unknown kind 'atack'"))
        XCTAssertTrue(problem(#"{"entries": [{"kind": "attack", "pos": "adverb", "role": "event", "phrases": ["x"]}]}"#).contains("pos must be verb or noun"))
        XCTAssertTrue(problem(#"{"entries": [{"pos": "verb", "role": "control", "control": "maybe", "phrases": ["x"]}]}"#).contains("role control needs control"))
        XCTAssertTrue(problem(#"{"entries": [{"kind": "attack", "pos": "verb", "role": "event", "phrases": ["+x"]}]}"#).contains("not a valid phrase"))
        XCTAssertTrue(problem(#"{"entries": [{"pos": "verb", "role": "event", "phrases": ["x"]}]}"#).contains("needs a kind"))
        XCTAssertTrue(problem("not json").hasPrefix("mine.json: "))
        XCTAssertTrue(problem(#"{"entries": [{"kind": "attack", "pos": "verb", "phrases": ["x"]}]}"#).contains("missing field 'role'"))
    }

    func testAnEntryFrameIsReadAndABadOneNamesTheEntry() throws {
        var lex = TriggerLexicon()
        try lex.add(data: Data(#"{"entries": [{"kind": "aid", "pos": "verb", "role": "event", "phrases": ["obtain+ help"], "frame": ["source obl case=from"]}]}"#.utf8), file: "ok.json")
        XCTAssertEqual(lex.entries.first?.spec.frame, "source obl case=from")
        for bad in [#"["source"]"#, #"["agent nsubj"]"#, #"["source nsubj voice=middle"]"#, "[]", #"["trigger obj pos=noun"]"#] {
            var l = TriggerLexicon()
            let json = #"{"entries": [{"kind": "aid", "pos": "verb", "role": "event", "phrases": ["obtain+ help"], "frame": "# + bad + "}]}"
            XCTAssertThrowsError(try l.add(data: Data(json.utf8), file: "mine.json"), bad) { error in
                XCTAssertTrue("\(error)".contains("mine.json") && "\(error)".contains("obtain+ help") && "\(error)".contains("frame"), "\(error)")
            }
        }
    }
}
