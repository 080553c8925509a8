import StatecraftCore
import StatecraftExtraction
import XCTest

/// The native scorer follows score.py's matching rules.
final class GoldScorerTests: XCTestCase {
    func event(_ s: Actor, _ t: Actor, _ k: RelationKind, _ p: PLOVERCategory, _ m: Modality = .asserted, doc: String = "d") -> Event {
        Event(source: s, target: t, kind: k, plover: p, modality: m, weight: 0, date: nil, article: doc, sentence: 0,
              evidence: "e", trigger: "t")
    }

    let usa = Actor(id: "USA", name: "United States", kind: .state)
    let pak = Actor(id: "PAK", name: "Pakistan", kind: .state)
    let un = Actor(id: "UN", name: "United Nations", kind: .igo)
    let rus = Actor(id: "RUS", name: "Russia", kind: .state)
    let prk = Actor(id: "PRK", name: "North Korea", kind: .state)

    func gold(_ s: [String], _ t: [String], plover: String? = nil, kinds: [String]? = nil, reciprocal: Bool = false,
              status: String = "required", modality: [String]? = nil) -> GoldScorer.GoldEvent {
        GoldScorer.GoldEvent(source: s, target: t, kinds: kinds, plover: plover, reciprocal: reciprocal, status: status, modality: modality)
    }

    func testSymmetricCategoriesMatchEitherDirectionOthersDoNot() {
        let agree = gold(["USA"], ["PAK"], plover: "AGREE")
        XCTAssertTrue(GoldScorer.matches(agree, .init(event(pak, usa, .pact, .agree))))
        let aid = gold(["USA"], ["PAK"], plover: "AID")
        XCTAssertTrue(GoldScorer.matches(aid, .init(event(usa, pak, .aid, .aid))))
        XCTAssertFalse(GoldScorer.matches(aid, .init(event(pak, usa, .aid, .aid))))
        let pact = gold(["RUS"], ["PRK"], kinds: ["pact"])
        XCTAssertTrue(GoldScorer.matches(pact, .init(event(prk, rus, .pact, .support))))
    }

    func testEquivalentCategoriesIGOAndReciprocal() {
        XCTAssertTrue(GoldScorer.matches(gold(["USA"], ["PAK"], plover: "DISAPPROVE"), .init(event(usa, pak, .criticism, .accuse))))
        XCTAssertTrue(GoldScorer.matches(gold(["USA"], ["PAK"], plover: "DEMAND"), .init(event(usa, pak, .demand, .request))))
        XCTAssertTrue(GoldScorer.matches(gold(["USA"], ["PAK"], plover: "FIGHT"), .init(event(usa, pak, .attack, .assault))))
        XCTAssertTrue(GoldScorer.matches(gold(["IGO"], ["PAK"], plover: "AID"), .init(event(un, pak, .aid, .aid))))
        XCTAssertFalse(GoldScorer.matches(gold(["IGO"], ["PAK"], plover: "AID"), .init(event(usa, pak, .aid, .aid))))
        let rec = gold(["USA", "PAK"], [], plover: "CONSULT", reciprocal: true)
        XCTAssertTrue(GoldScorer.matches(rec, .init(event(pak, usa, .talks, .consult))))
        XCTAssertFalse(GoldScorer.matches(rec, .init(event(usa, rus, .talks, .consult))))
    }

    func testModalityRestrictionAndForbiddenCounting() {
        let record = GoldScorer.Record(article: Article(id: "d", text: "x"), gold: [
            gold(["RUS"], ["PRK"], kinds: ["armsSupply"], modality: ["possible"]),
            gold(["RUS"], ["PRK"], kinds: ["armsSupply"], status: "forbidden", modality: ["asserted"]),
        ])
        let s = GoldScorer().score([record], predictions: ["d": [
            event(rus, prk, .armsSupply, .aid, .asserted), event(rus, prk, .armsSupply, .aid, .asserted),
            event(rus, prk, .armsSupply, .aid, .possible),
        ]])
        // Duplicates count once: two distinct predictions, one forbidden, one correct.
        XCTAssertEqual(s.predicted, 2)
        XCTAssertEqual(s.forbidden, 1)
        XCTAssertEqual(s.correct, 1)
        XCTAssertEqual(s.found, 1)
        XCTAssertEqual(s.recall, 1.0)
        XCTAssertEqual(s.precision, 0.5)
    }

    /// A floor under the PLOVER development scores, so a change that breaks general rules shows.
    func testPLOVERDevelopmentScoresDoNotRegress() throws {
        let url = SeedGoldTests.shared.appendingPathComponent("eval/plover-dev.jsonl")
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("\(url.path) is absent") }
        let scorer = GoldScorer()
        let records = try scorer.records(contentsOf: url)
        var predictions: [String: [Event]] = [:]
        for r in records { predictions[r.article.id] = Fixture.extractor.extract(r.article).events }
        let s = scorer.score(records, predictions: predictions)
        XCTAssertGreaterThanOrEqual(s.recall, 0.68, "misses: \(s.misses)")
        XCTAssertGreaterThanOrEqual(s.precision, 0.85, "noise: \(s.noise)")
        XCTAssertEqual(s.forbidden, 0)
    }
}
