import Foundation
import StatecraftCore
import StatecraftStore
import XCTest
@testable import StatecraftInterchange

final class CSVEventImporterTests: XCTestCase {
    func importer(_ c: CSVEventImporter.Columns, unknown: UnknownActorPolicy = .create) -> CSVEventImporter {
        CSVEventImporter(cameo: Fixtures.cameo, dictionary: Fixtures.dictionary, ontology: Fixtures.ontology, columns: c,
                         unknownActors: unknown)
    }

    func testKindsAsNamesCodesAndDescriptions() throws {
        let dir = Fixtures.tempDir()
        let path = Fixtures.write("""
            from,to,what,when,w
            Russia,North Korea,pact,2024-06-19,8
            "United States","Russia","163","2024-02-23",
            France,Germany,Make a visit,2024-01-01,
            Germany,France,Host a visit,2024-01-02,3.5
            Russia,Russia,visit,2024-01-01,
            Russia,Atlantis Rebels,attack,2024-03-01,-9
            Russia,Japan,made up kind,2024-01-01,
            Russia,Japan,visit,yesterday,
            """, "events.csv", in: dir)
        let store = try Fixtures.store()
        let r = try importer(.init(source: "from", target: "to", kind: "what", date: "when")).importFile(path, into: store)
        XCTAssertEqual(r.rows, 8)
        XCTAssertEqual(r.imported, 5)
        XCTAssertEqual(r.selfTies, 1)
        XCTAssertEqual(r.problems.map(\.line), [8, 9])
        let events = try store.events()
        XCTAssertTrue(events.contains { $0.source.id == "RUS" && $0.target.id == "PRK" && $0.kind == .pact })
        XCTAssertTrue(events.contains { $0.source.id == "USA" && $0.target.id == "RUS" && $0.kind == .sanctions })
        XCTAssertEqual(events.filter { $0.source.id == "FRA" && $0.target.id == "DEU" && $0.kind == .visit }.count, 2,
                       "France visits Germany, and Germany hosts France")
        XCTAssertTrue(events.contains { $0.target.kind == .nonstate && $0.kind == .attack })
        XCTAssertTrue(events.allSatisfy { $0.weight == Fixtures.ontology[$0.kind].weight }, "no --weight: the kind's weight")

        let weighted = try Fixtures.store()
        let path2 = Fixtures.write("a,b,k,w\nRussia,North Korea,pact,8\nRussia,Japan,threat,-7.5\n", "w.csv", in: dir)
        _ = try importer(.init(source: "a", target: "b", kind: "k", weight: "w")).importFile(path2, into: weighted)
        XCTAssertEqual(Set(try weighted.events().map(\.weight)), [8, -7.5])
    }

    func testMissingColumnIsAnErrorBeforeAnythingIsRead() throws {
        let dir = Fixtures.tempDir()
        let path = Fixtures.write("from,to,what\nRussia,North Korea,pact\n", "e.csv", in: dir)
        let store = try Fixtures.store()
        XCTAssertThrowsError(try importer(.init(source: "from", target: "to", kind: "kind")).importFile(path, into: store)) {
            let m = "\($0)"
            XCTAssertTrue(m.contains("e.csv") && m.contains("no column 'kind'") && m.contains("--kind"), m)
        }
        XCTAssertEqual(try store.counts().events, 0)
        XCTAssertEqual(try store.counts().articles, 0)
    }

    /// A table naming actors the dictionary does not know: "Atlantis" twice, a misspelt state once.
    func unknownActorsTable() -> String {
        Fixtures.write("""
            from,to,what
            Russia,North Korea,pact
            Atlantis,Russia,attack
            France,Atlantis,visit
            Germny,France,talks
            Military (Russia),Ukraine,attack
            """, "unknown.csv", in: Fixtures.tempDir())
    }

    func testUnknownActorNamesFailTheFileByDefaultListingThem() throws {
        let store = try Fixtures.store()
        let importer = CSVEventImporter(cameo: Fixtures.cameo, dictionary: Fixtures.dictionary, ontology: Fixtures.ontology,
                                        columns: .init(source: "from", target: "to", kind: "what"))
        XCTAssertEqual(importer.unknownActors, .fail)
        let r = try importer.importFile(unknownActorsTable(), into: store)
        let failure = try XCTUnwrap(r.failure)
        XCTAssertTrue(failure.hasPrefix("2 actor names not in the dictionary: 'Atlantis' (2 rows), 'Germny' (1 row); nothing imported"), failure)
        XCTAssertTrue(failure.contains("--unknown create") && failure.contains("--unknown skip"), failure)
        XCTAssertEqual(try store.counts().events, 0)
        XCTAssertEqual(try store.counts().articles, 0, "nothing committed, so the file can be imported again with a choice")
    }

    func testUnknownActorNamesSkipped() throws {
        let store = try Fixtures.store()
        let r = try importer(.init(source: "from", target: "to", kind: "what"), unknown: .skip).importFile(unknownActorsTable(), into: store)
        XCTAssertNil(r.failure)
        XCTAssertEqual(r.imported, 2, "Russia–North Korea and the Russian military's attack on Ukraine")
        XCTAssertEqual(r.withUnknownActor, 3)
        XCTAssertEqual(r.unresolved, ["Atlantis": 2, "Germny": 1])
        XCTAssertTrue(r.summary.contains("3 naming an actor not in the dictionary (skipped)"), r.summary)
        XCTAssertTrue(r.lines.contains { $0.contains("2 actor names not in the dictionary (their rows left out): 'Atlantis' (2 rows), 'Germny' (1 row)") },
                      "\(r.lines)")
        XCTAssertTrue(try store.events().allSatisfy { $0.source.kind != .nonstate && $0.target.kind != .nonstate })
    }

    func testUnknownActorNamesCreatedAsNonStateActors() throws {
        let store = try Fixtures.store()
        let r = try importer(.init(source: "from", target: "to", kind: "what"), unknown: .create).importFile(unknownActorsTable(), into: store)
        XCTAssertEqual(r.imported, 5)
        XCTAssertEqual(r.unresolved, ["Atlantis": 2, "Germny": 1])
        XCTAssertTrue(r.lines.contains { $0.contains("(added as non-state actors): 'Atlantis' (2 rows)") }, "\(r.lines)")
        let atlantis = try XCTUnwrap(try store.events().first { $0.source.id == "ATLANTIS" })
        XCTAssertEqual(atlantis.source.kind, .nonstate)
    }
}
