import Foundation
import XCTest

/// `relations` and `ties` on a store built from the bundled seed article.
final class QueryCommandTests: XCTestCase {
    var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        let seed = CLIRunner.packageRoot.appendingPathComponent("Data/articles").path
        let built = try cli.run(["build", seed, "--db", cli.db])
        XCTAssertEqual(built.status, 0, built.stderr)
    }

    override func tearDown() { cli.cleanUp() }

    func testTiesRankRussiaNorthKoreaFirst() throws {
        let r = try cli.run(["ties", "--db", cli.db, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let ties = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertFalse(ties.isEmpty)
        let first = ties[0]
        let ids = [(first["source"] as? [String: Any])?["id"] as? String, (first["target"] as? [String: Any])?["id"] as? String]
        XCTAssertEqual(Set(ids.compactMap { $0 }), ["RUS", "PRK"])
        XCTAssertNotNil(first["strength"] as? Double)
        XCTAssertNotNil(first["kinds"] as? [String])
        // Strongest first.
        let strengths = ties.compactMap { $0["strength"] as? Double }
        XCTAssertEqual(strengths, strengths.sorted(by: >))
    }

    func testRelationsShowPactPossibleArmsAllegedSupplyAndVisitWithEvidence() throws {
        let r = try cli.run(["relations", "russia", "DPRK", "--db", cli.db, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let events = try XCTUnwrap(doc["events"] as? [[String: Any]])
        func has(_ s: String, _ t: String, _ kind: String, _ modalities: Set<String>) -> Bool {
            events.contains {
                ($0["source"] as? [String: Any])?["id"] as? String == s && ($0["target"] as? [String: Any])?["id"] as? String == t
                    && $0["kind"] as? String == kind && modalities.contains($0["modality"] as? String ?? "")
            }
        }
        XCTAssertTrue(has("RUS", "PRK", "pact", ["asserted"]) || has("PRK", "RUS", "pact", ["asserted"]))
        XCTAssertTrue(has("RUS", "PRK", "armsSupply", ["possible", "hypothetical", "intended"]))
        XCTAssertFalse(has("RUS", "PRK", "armsSupply", ["asserted"]), "a possibility must not become a fact")
        XCTAssertTrue(has("PRK", "RUS", "armsSupply", ["alleged"]))
        XCTAssertTrue(has("RUS", "PRK", "visit", ["asserted"]))
        for e in events {
            let evidence = try XCTUnwrap(e["evidence"] as? String)
            XCTAssertFalse(evidence.isEmpty)
            let article = try XCTUnwrap(e["article"] as? [String: Any])
            XCTAssertNotNil(article["id"] as? String)
            XCTAssertNotNil(e["weight"] as? Double)
        }
        let text = try cli.run(["relations", "Russia", "North Korea", "--db", cli.db])
        XCTAssertTrue(text.stdout.contains("Russia → North Korea"), text.stdout)
        XCTAssertTrue(text.stdout.contains("possible"), text.stdout)
    }

    /// Sentence numbers have one base (0, the headline) in text and JSON alike.
    func testSentenceNumbersAreTheSameInTextAndJSON() throws {
        let r = try cli.run(["relations", "Russia", "North Korea", "--all", "--db", cli.db, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let events = try XCTUnwrap(doc["events"] as? [[String: Any]])
        let text = try cli.run(["relations", "Russia", "North Korea", "--all", "--db", cli.db]).stdout
        let printed = Set(text.components(separatedBy: "] sentence ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) })
        let stored = Set(events.compactMap { $0["sentence"] as? Int })
        XCTAssertFalse(stored.isEmpty)
        XCTAssertEqual(printed, stored, text)
        XCTAssertTrue(stored.contains(0), "the headline is sentence 0")
    }

    func testUnknownActorSuggestsNearest() throws {
        let r = try cli.run(["relations", "Russia", "Nroth Korea", "--db", cli.db])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("North Korea (PRK)"), r.stderr)
        XCTAssertEqual(r.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count, 1, r.stderr)
    }

    func testQueriesDoNotCreateAStore() throws {
        let missing = cli.directory.appendingPathComponent("none.sqlite").path
        let r = try cli.run(["ties", "--db", missing])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
    }

    func testStoreFromEnvironment() throws {
        let r = try cli.run(["ties", "--top", "1"], environment: ["STATECRAFT_DB": cli.db])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Russia"), r.stdout)
    }
}
