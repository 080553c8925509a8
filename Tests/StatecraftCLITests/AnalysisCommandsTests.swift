import Foundation
import StatecraftCore
import StatecraftStore
import XCTest

/// The analysis commands end to end: the built `statecraft` binary on a store written through
/// `EventStore` and on edge lists.
final class AnalysisCommandsTests: XCTestCase {
    func statecraft(_ args: [String], env: [String: String] = [:]) throws -> CLIRunner.Result {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        return try cli.run(args, environment: env)
    }

    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-analysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    static func actor(_ id: String, _ name: String) -> Actor { Actor(id: id, name: name, kind: .state) }
    static let rus = actor("RUS", "Russia"), prk = actor("PRK", "North Korea"), kor = actor("KOR", "South Korea")
    static let usa = actor("USA", "United States"), ukr = actor("UKR", "Ukraine"), chn = actor("CHN", "China")

    static func event(_ s: Actor, _ t: Actor, _ kind: RelationKind, _ plover: PLOVERCategory, _ weight: Double, _ day: String,
                      _ article: String, _ sentence: Int, _ evidence: String, modality: Modality = .asserted) -> Event {
        Event(source: s, target: t, kind: kind, plover: plover, modality: modality, weight: weight, date: Day(day),
              article: article, sentence: sentence, evidence: evidence, trigger: kind.rawValue)
    }

    /// Two articles: January (Russia–North Korea pact, sanctions, protests) and March (war, aid, sanctions on Russia).
    static let events: [[Event]] = [
        [event(rus, prk, .pact, .agree, 8, "2024-01-10", "a1", 0, "Russia and North Korea signed a mutual defence pact."),
         event(rus, prk, .armsSupply, .aid, 7, "2024-01-10", "a1", 1, "Putin does not rule out sending arms to North Korea.", modality: .possible),
         event(usa, prk, .sanctions, .sanction, -8, "2024-01-10", "a1", 2, "Washington imposed sanctions on Pyongyang."),
         event(kor, prk, .protest, .protest, -5, "2024-01-10", "a1", 3, "Seoul protested to the North."),
         event(usa, kor, .cooperation, .cooperate, 6, "2024-01-10", "a1", 4, "The US and South Korea held joint drills."),
         event(chn, rus, .talks, .consult, 3, "2024-01-10", "a1", 5, "China and Russia held talks.")],
        [event(usa, rus, .sanctions, .sanction, -8, "2024-03-15", "a2", 0, "The United States sanctioned Russian banks."),
         event(rus, ukr, .attack, .assault, -10, "2024-03-15", "a2", 1, "Russian forces shelled Kharkiv in Ukraine."),
         event(usa, ukr, .aid, .aid, 7, "2024-03-15", "a2", 2, "Washington sent aid to Kyiv."),
         event(usa, kor, .talks, .consult, 3, "2024-03-15", "a2", 3, "US and South Korean envoys met in Seoul."),
         event(kor, ukr, .support, .support, 3.5, "2024-03-15", "a2", 4, "Seoul backed Ukraine.")],
    ]

    func makeStore() throws -> String {
        let path = dir.appendingPathComponent("s.sqlite").path
        let store = try EventStore(path: path)
        _ = try store.ingest(Self.events.enumerated().map { i, evs in
            ArticleIngest(article: ArticleRecord(hash: "a\(i + 1)", title: "t\(i)", url: nil, date: evs[0].date, sourcePath: nil),
                          events: evs)
        })
        return path
    }

    func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    func testCentralityFromStoreFollowsTheJSONContract() throws {
        let db = try makeStore()
        let r = try statecraft(["centrality", "--measure", "strength", "--format", "json", "--db", db, "--timings"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let doc = try json(r.stdout)
        XCTAssertEqual(doc["measure"] as? String, "strength")
        let scores = doc["scores"] as! [[String: Any]]
        XCTAssertEqual(Set(scores.map { $0["id"] as! String }), ["RUS", "PRK", "KOR", "USA", "UKR", "CHN"])
        let values = scores.map { ($0["score"] as! NSNumber).doubleValue }
        XCTAssertEqual(values, values.sorted(by: >), "highest first")
        // USA's strength (in + out): the sum of its events' contributions (TieStrength), each counted
        // once, a symmetric kind too (half on each arc): the sum of its dyads' strengths in `ties`.
        let m = TieStrength()
        let usaEvents = Self.events.flatMap { $0 }.filter { $0.source.id == "USA" || $0.target.id == "USA" }
        let expected = usaEvents.reduce(0.0) { $0 + m.contribution(of: $1) }
        let usa = scores.first { $0["id"] as? String == "USA" }!
        XCTAssertEqual((usa["score"] as! NSNumber).doubleValue, expected, accuracy: 1e-9)
        // --timings: one JSON line on stderr.
        let timing = try json(r.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertNotNil(timing["load_s"] as? Double)
        XCTAssertNotNil(timing["compute_s"] as? Double)

        let top = try statecraft(["centrality", "--measure", "pagerank", "--top", "2", "--format", "json", "--db", db])
        XCTAssertEqual((try json(top.stdout)["scores"] as! [Any]).count, 2)
    }

    func testPathShowsEachHopWithKindsAndEvidence() throws {
        let db = try makeStore()
        let r = try statecraft(["path", "Pyongyang", "ukraine", "--db", db])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("1. North Korea (PRK) → "), r.stdout)
        XCTAssertTrue(r.stdout.contains("Ukraine (UKR)"), r.stdout)
        let j = try statecraft(["path", "PRK", "UKR", "--k", "3", "--by", "hops", "--format", "json", "--db", db])
        XCTAssertEqual(j.status, 0, j.stderr)
        let doc = try json(j.stdout)
        let paths = doc["paths"] as! [[String: Any]]
        XCTAssertFalse(paths.isEmpty)
        let lengths = paths.map { ($0["length"] as! NSNumber).doubleValue }
        XCTAssertEqual(lengths, lengths.sorted())
        for p in paths {
            let hops = p["hops"] as! [[String: Any]]
            XCTAssertEqual(hops.count, (p["nodes"] as! [Any]).count - 1)
            for h in hops {
                let ev = h["evidence"] as! [String: Any]
                let sentences = Set(Self.events.flatMap { $0 }.map(\.evidence))
                XCTAssertTrue(sentences.contains(ev["sentence"] as! String))
                XCTAssertFalse((h["kinds"] as! [Any]).isEmpty)
                XCTAssertEqual(Set((h["source"] as! [String: Any]).keys), ["id", "name", "kind"])
            }
        }
        // The strongest evidence of the RUS–PRK hop is the pact, not the possible arms supply.
        let rp = try statecraft(["path", "RUS", "PRK", "--format", "json", "--db", db])
        let hop = ((try json(rp.stdout)["paths"] as! [[String: Any]])[0]["hops"] as! [[String: Any]])[0]
        XCTAssertEqual((hop["evidence"] as! [String: Any])["kind"] as? String, "pact")
    }

    func testUnknownActorsAndMissingStoreAreOneLineErrors() throws {
        let db = try makeStore()
        let unknown = try statecraft(["path", "Atlantis", "Russia", "--db", db])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.hasPrefix("Error: unknown actor 'Atlantis'"), unknown.stderr)
        XCTAssertEqual(unknown.stderr.trimmingCharacters(in: .newlines).split(separator: "\n").count, 1)
        let absent = try statecraft(["path", "Vietnam", "Russia", "--db", db])
        XCTAssertEqual(absent.status, 1)
        XCTAssertTrue(absent.stderr.contains("Vietnam (VNM) has no ties"), absent.stderr)
        let noStore = try statecraft(["blocs", "--db", dir.appendingPathComponent("none.sqlite").path])
        XCTAssertEqual(noStore.status, 1)
        XCTAssertTrue(noStore.stderr.contains("no store here yet"), noStore.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("none.sqlite").path), "no store created")
    }

    func testBlocsBalanceAndChangesOnTheStore() throws {
        let db = try makeStore()
        let blocs = try statecraft(["blocs", "--format", "json", "--db", db])
        XCTAssertEqual(blocs.status, 0, blocs.stderr)
        let b = try json(blocs.stdout)
        XCTAssertEqual(b["method"] as? String, "louvain")
        XCTAssertNotNil(b["modularity"] as? Double)
        let signed = try json(try statecraft(["blocs", "--signed", "--format", "json", "--db", db]).stdout)
        let groups = (signed["blocs"] as! [[String: Any]]).map { Set(($0["members"] as! [[String: Any]]).map { $0["id"] as! String }) }
        // Friends and foes: Russia and North Korea against the United States, South Korea and Ukraine.
        let camp = groups.first { $0.contains("RUS") }!
        XCTAssertTrue(camp.contains("PRK"))
        XCTAssertTrue(camp.isDisjoint(with: ["USA", "KOR", "UKR"]), "\(groups)")

        let balance = try json(try statecraft(["balance", "--format", "json", "--db", db]).stdout)
        XCTAssertGreaterThan(balance["triads"] as! Int, 0)
        XCTAssertEqual(balance["balanced"] as? Int, balance["triads"] as? Int, "this toy world is balanced")

        let changes = try statecraft(["changes", "--from", "2024-01-01..2024-01-31", "--to", "2024-03-01..2024-03-31",
                                      "--format", "json", "--db", db])
        XCTAssertEqual(changes.status, 0, changes.stderr)
        let c = try json(changes.stdout)
        let rose = (c["rose"] as! [[String: Any]]).map { "\(($0["source"] as! [String: Any])["id"]!)-\(($0["target"] as! [String: Any])["id"]!)" }
        let fell = (c["fell"] as! [[String: Any]]).map { "\(($0["source"] as! [String: Any])["id"]!)-\(($0["target"] as! [String: Any])["id"]!)" }
        XCTAssertEqual(rose.first, "RUS-UKR", "the attack is the largest rise")
        XCTAssertEqual(fell.first, "PRK-RUS", "the pact drops out of the later period")
        let since = try statecraft(["centrality", "--measure", "degree", "--format", "json", "--since", "2024-03-01", "--db", db])
        XCTAssertFalse((try json(since.stdout)["scores"] as! [[String: Any]]).contains { $0["id"] as? String == "PRK" })
    }

    func testEdgeListModeAndItsErrors() throws {
        let good = dir.appendingPathComponent("g.tsv")
        try "a\tb\t2\nb\tc\t1\nc\ta\t4\n".write(to: good, atomically: true, encoding: .utf8)
        let r = try statecraft(["centrality", "--measure", "closeness", "--weighted", "--format", "json", "--edges", good.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual((try json(r.stdout)["scores"] as! [Any]).count, 3)
        let bad = dir.appendingPathComponent("bad.tsv")
        try "a\tb\t2\nb\tc\n".write(to: bad, atomically: true, encoding: .utf8)
        let e = try statecraft(["centrality", "--measure", "pagerank", "--edges", bad.path])
        XCTAssertEqual(e.status, 1)
        XCTAssertTrue(e.stderr.hasPrefix("Error: \(bad.path):2: "), e.stderr)
        let empty = dir.appendingPathComponent("empty.tsv")
        try "".write(to: empty, atomically: true, encoding: .utf8)
        XCTAssertTrue(try statecraft(["blocs", "--edges", empty.path]).stderr.contains("empty file"))
        let huge = try statecraft(["centrality", "--measure", "degree", "--edges", good.path], env: ["STATECRAFT_MAX_MEMORY": "10"])
        XCTAssertEqual(huge.status, 1)
        XCTAssertTrue(huge.stderr.contains("graph too large"), huge.stderr)
        let negative = dir.appendingPathComponent("neg.tsv")
        try "a\tb\t-2\nb\tc\t1\n".write(to: negative, atomically: true, encoding: .utf8)
        let pr = try statecraft(["centrality", "--measure", "pagerank", "--weighted", "--edges", negative.path])
        XCTAssertEqual(pr.status, 1)
        XCTAssertTrue(pr.stderr.contains("negative weights"), pr.stderr)
        let unknown = try statecraft(["path", "a", "zz", "--edges", good.path])
        XCTAssertTrue(unknown.stderr.contains("node 'zz' is not in the graph"), unknown.stderr)
        let dated = try statecraft(["changes", "--from", "2024-01-01..2024-01-31", "--to", "2024-03-01..2024-03-31", "--edges", good.path])
        XCTAssertNotEqual(dated.status, 0)
    }

    /// `statecraft-bench ARGS`.
    func bench(_ args: [String]) throws -> CLIRunner.Result {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        return try cli.run(args, executable: CLIRunner.product("statecraft-bench"))
    }

    func testBenchExternalSpeaksThePeersProtocol() throws {
        let good = dir.appendingPathComponent("g.tsv")
        try "n0\tn1\t2\nn1\tn2\t1\nn2\tn0\t4\nn2\tn3\t1\n".write(to: good, atomically: true, encoding: .utf8)
        for (algo, key) in [("pagerank", "vector"), ("scc", "membership"), ("k_shortest_paths", "paths"), ("sssp_dijkstra", "vector")] {
            let r = try bench(["external", "--graph", good.path, "--algo", algo, "--repeat", "2", "--budget", "10",
                                    "--source", "n0", "--target", "n3", "--k", "2", "--cutoff", "3", "--seed", "42", "--threads", "1"])
            XCTAssertEqual(r.status, 0, r.stderr)
            let doc = try json(String(r.stdout.split(separator: "\n").last!))
            XCTAssertEqual((doc["times_s"] as! [Any]).count, 2, algo)
            XCTAssertNotNil(doc["load_s"] as? Double)
            XCTAssertNotNil((doc["result"] as! [String: Any])[key], algo)
        }
        let un = try bench(["external", "--graph", good.path, "--algo", "leiden", "--source", "n0", "--target", "n3"])
        XCTAssertEqual(try json(un.stdout)["status"] as? String, "unsupported")
    }
}
