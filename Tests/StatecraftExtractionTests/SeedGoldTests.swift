import Foundation
import StatecraftCore
import StatecraftData
import StatecraftExtraction
import XCTest

/// The seed article against `../shared/eval/seed-gold.jsonl`, scored natively with score.py's rules.
final class SeedGoldTests: XCTestCase {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared").standardized

    func extractor() throws -> EventExtractor {
        EventExtractor(dictionary: try ActorDictionary(contentsOf: BundledData.actorsURL),
                       ontology: try RelationOntology(contentsOf: BundledData.relationsURL))
    }

    func testSeedGoldRecallPrecisionForbidden() throws {
        let gold = Self.shared.appendingPathComponent("eval/seed-gold.jsonl")
        guard FileManager.default.fileExists(atPath: gold.path) else {
            throw XCTSkip("\(gold.path) is absent: the shared evaluation data is not mounted")
        }
        let scorer = GoldScorer()
        let records = try scorer.records(contentsOf: gold)
        let x = try extractor()
        var predictions: [String: [Event]] = [:]
        for r in records { predictions[r.article.id] = x.extract(r.article).events }
        let s = scorer.score(records, predictions: predictions)
        XCTAssertEqual(s.recall, 1.0, "misses: \(s.misses)")
        XCTAssertGreaterThanOrEqual(s.precision, 0.9, "noise: \(s.noise)")
        XCTAssertEqual(s.forbidden, 0, "noise: \(s.noise)")
    }

    func testBundledSeedArticleReadsLikeTheGoldRecord() throws {
        let url = BundledData.articlesURL.appendingPathComponent("putin-hanoi-2024-06-20.txt")
        let article = try PlainTextArticleReader().read(contentsOf: url)
        XCTAssertEqual(article.date, Day("2024-06-20"))
        XCTAssertEqual(article.title, "Putin does not rule out sending arms to N.Korea, US 'incredibly' concerned")
        XCTAssertTrue(article.url?.hasPrefix("https://www.theaustralian.com.au/") ?? false)
        XCTAssertFalse(article.text.contains("burs-pdw"))
        XCTAssertFalse(article.text.contains("- Pact with Vietnam -"))
        XCTAssertFalse(article.text.contains("NewsBite"))
        // The title and caption lines appear once.
        XCTAssertEqual(article.text.components(separatedBy: "is greeted by his Vietnamese counterpart").count, 2)
        let events = try extractor().extract(article).events
        let pact = events.first { $0.kind == .pact && Set([$0.source.id, $0.target.id]) == ["RUS", "PRK"] }
        XCTAssertEqual(pact?.modality, .asserted)
        XCTAssertFalse(events.contains { $0.kind == .armsSupply && $0.source.id == "RUS" && $0.target.id == "PRK" && $0.modality == .asserted })
        for e in events {
            XCTAssertFalse(e.evidence.isEmpty)
            XCTAssertFalse(e.trigger.isEmpty)
        }
    }
}
