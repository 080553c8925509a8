import Foundation
import StatecraftCore
import StatecraftStore
import XCTest
@testable import StatecraftInterchange

final class EdgeListImporterTests: XCTestCase {
    let importer = EdgeListImporter(cameo: Fixtures.cameo, dictionary: Fixtures.dictionary, ontology: Fixtures.ontology)

    func testActorsResolveThroughTheDictionary() {
        let r = ActorResolver(dictionary: Fixtures.dictionary, countries: Fixtures.cameo.countries)
        let day = Day("2013-04-23")
        XCTAssertEqual(r.resolve("Foreign Affairs (France)", on: day).id, "FRA")
        XCTAssertEqual(r.resolve("Military (Russia)", on: day).id, "RUS")
        XCTAssertEqual(r.resolve("France", on: day).id, "FRA")
        // Sub-state actors roll up to their state, keeping their sector.
        let citizen = r.resolution("Citizen (India)", on: day)
        XCTAssertEqual(citizen.actor.id, "IND")
        XCTAssertEqual(citizen.sector, .civilians)
        XCTAssertEqual(r.resolution("Police (Nigeria)", on: day).sector, .police)
        XCTAssertEqual(r.resolution("Armed Rebel (Mali)", on: day).actor.id, "MLI")
        XCTAssertEqual(r.resolution("Armed Rebel (Mali)", on: day).sector, .rebels)
        XCTAssertNil(r.resolution("France", on: day).sector, "the state itself has no sector")
        XCTAssertEqual(r.resolve("Children (Palestinian Territory, Occupied)", on: day).id, "PSE", "gazetteer order read back")
        XCTAssertEqual(r.resolve("Citizen (Atlantis)", on: day).kind, .nonstate, "no state to roll up to")
        // Without roll-up only the state's organs are the state.
        let keep = ActorResolver(dictionary: Fixtures.dictionary, countries: Fixtures.cameo.countries, rollUp: false)
        XCTAssertEqual(keep.resolve("Military (Russia)", on: day).id, "RUS")
        let separate = keep.resolve("Citizen (India)", on: day)
        XCTAssertEqual(separate.kind, .nonstate, "citizens kept apart from the state")
        XCTAssertEqual(separate.id, "CITIZEN_INDIA")
    }

    func testRolledUpEventsKeepTheirSectorsInTheTrigger() throws {
        let dir = Fixtures.tempDir()
        let path = Fixtures.write("Police (Nigeria)\tAccuse\tCitizen (Australia)\t2013-04-23\n"
                                  + "Police (Nigeria)\tAccuse\tAustralia\t2013-04-24\n", "roll.tsv", in: dir)
        let store = try Fixtures.store()
        let report = try importer.importFile(path, into: store)
        XCTAssertNil(report.failure)
        let events = try store.events()
        XCTAssertEqual(events.count, 2)
        XCTAssertTrue(events.allSatisfy { $0.source.id == "NGA" && $0.target.id == "AUS" })
        XCTAssertTrue(events.contains { $0.trigger.hasSuffix("· police → civilians") }, "\(events.map(\.trigger))")
        XCTAssertTrue(events.contains { $0.trigger.hasSuffix("· police → state") }, "\(events.map(\.trigger))")
        XCTAssertTrue(report.notes.contains { $0.contains("3 actor names, 2 actors") }, "\(report.notes)")
    }

    func testOfficeholdersResolveOnlyWhileInOffice() throws {
        let r = ActorResolver(dictionary: Fixtures.dictionary, countries: Fixtures.cameo.countries)
        guard let usa = Fixtures.dictionary.entry(id: "USA"),
              let biden = usa.leaders.first(where: { $0.name.contains("Biden") && $0.role == .headOfState }),
              let from = biden.from else {
            throw XCTSkip("the dictionary has no dated Biden presidency")
        }
        XCTAssertEqual(r.resolve(biden.name, on: from).id, "USA")
        // Before any office the dictionary gives him (president, vice-president...), he is not the state.
        let terms = usa.leaders.filter { $0.name == biden.name }
        guard terms.allSatisfy({ $0.from != nil }), let first = terms.compactMap(\.from).min() else {
            throw XCTSkip("an undated Biden term")
        }
        let before = Day(year: first.year - 1, month: 1, day: 1)
        XCTAssertNotEqual(r.resolve(biden.name, on: before).id, "USA", "not the state before taking office")
    }

    func testICEWSExtract() throws {
        let source = try Fixtures.sharedFile("data/events/icews05-15-test.tsv")
        let lines = try String(contentsOfFile: source, encoding: .utf8).split(separator: "\n").prefix(500)
        let dir = Fixtures.tempDir()
        let path = Fixtures.write(lines.joined(separator: "\n") + "\n", "icews.tsv", in: dir)
        let store = try Fixtures.store()
        let report = try importer.importFile(path, into: store)
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.bad, 0, "\(report.problems)")
        XCTAssertEqual(report.rows, 500)
        XCTAssertEqual(report.imported + report.selfTies + report.withoutKind, 500)
        // Roll-up makes events within one country ("Police (Australia)" → "City Mayor (Australia)")
        // self-ties, counted and not imported.
        XCTAssertGreaterThan(report.imported, 250)
        XCTAssertGreaterThan(report.selfTies, 50)
        // Rows whose relation is a public statement or comment are counted, never imported.
        let statements = lines.filter { Fixtures.cameo.code(named: String($0.split(separator: "\t")[1]))?.kind == nil }.count
        XCTAssertGreaterThan(lines.filter { $0.split(separator: "\t")[1] == "Make statement" }.count, 0)
        XCTAssertEqual(report.withoutKind, statements)
        // A consult between two states, direction and date kept.
        let events = try store.events()
        if let line = lines.first(where: { $0.hasPrefix("China\tConsult\tJapan\t") }) {
            let date = Day(String(line.split(separator: "\t")[3]))
            XCTAssertTrue(events.contains { $0.source.id == "CHN" && $0.target.id == "JPN" && $0.kind == .talks && $0.date == date })
        }
        XCTAssertTrue(events.allSatisfy { $0.weight == Fixtures.ontology[$0.kind].weight })
        // Importing the same file again adds nothing.
        let again = try importer.importFile(path, into: store)
        XCTAssertEqual(again.imported, 0)
        XCTAssertEqual(try store.counts().events, report.imported)
    }

    func testBadLinesAreReported() throws {
        let dir = Fixtures.tempDir()
        let text = "China\tMake a visit\tJapan\t2010-01-02\nChina\tDance wildly\tJapan\t2010-01-02\n"
            + "China\tMake a visit\tJapan\n" + "China\tHost a visit\tJapan\tsoon\n" + "Japan\tHost a visit\tChina\t2010-01-03"
        let store = try Fixtures.store()
        let report = try importer.importFile(Fixtures.write(text, "e.tsv", in: dir), into: store)
        XCTAssertEqual(report.imported, 2)
        XCTAssertEqual(report.problems.map(\.line), [2, 3, 4])
        XCTAssertTrue(report.problems[0].problem.contains("unknown relation"))
        let events = try store.events()
        XCTAssertEqual(events.filter { $0.kind == .visit && $0.source.id == "CHN" && $0.target.id == "JPN" }.count, 2,
                       "China visits Japan; Japan hosting China is also China's visit")
    }
}
