import Foundation
import StatecraftCore
import StatecraftStore
import XCTest
@testable import StatecraftInterchange

final class GDELTImporterTests: XCTestCase {
    let importer = GDELTImporter(cameo: Fixtures.cameo, dictionary: Fixtures.dictionary)

    /// The rows of a tab-separated file, split the plain way (the oracle for the byte parser).
    func rows(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    func countryID(_ code: String) -> String? {
        if let c = Fixtures.cameo.country(code: code) { return c.id }
        if let a = Fixtures.dictionary.actor(id: code), a.kind == .state { return a.id }
        return nil
    }

    /// What the sample should yield, computed with string splitting and the table.
    func expectedEvents(_ rows: [[String]]) -> Int {
        rows.filter { r in
            guard let a = countryID(r[7]), let b = countryID(r[17]), a != b else { return false }
            return Fixtures.cameo.code(r[26])?.kind != nil
        }.count
    }

    func testSampleBothLayouts() throws {
        let path = try Fixtures.sharedFile("data/events/gdelt1-sample.tsv")
        let all = try rows(path)
        XCTAssertEqual(Set(all.map(\.count)), [57, 58], "the sample has historical and daily rows")
        let store = try Fixtures.store()
        let report = try importer.importFile(path, into: store)
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.rows, all.count)
        XCTAssertEqual(report.bad, 0, "\(report.problems)")
        XCTAssertEqual(report.imported, expectedEvents(all))
        XCTAssertEqual(report.imported + report.withoutActorPair + report.selfTies + report.withoutKind, all.count)
        XCTAssertGreaterThan(expectedEvents(all.filter { $0.count == 57 }), 0, "57-column rows are imported too")
        XCTAssertEqual(try store.counts().events, report.imported)

        // Both layouts' events: URL evidence for daily rows, the export line for historical ones.
        let events = try store.events()
        XCTAssertTrue(events.contains { $0.evidence.hasPrefix("http") })
        XCTAssertTrue(events.contains { $0.evidence.hasPrefix("GDELT event ") })
        // Tie totals stay in step with events.
        XCTAssertEqual(try store.tieTotals().reduce(0) { $0 + $1.events }, report.imported)

        // Re-importing adds nothing.
        let again = try importer.importFile(path, into: store)
        XCTAssertEqual(again.imported, 0)
        XCTAssertEqual(again.alreadyStored, report.imported)
        XCTAssertEqual(try store.counts().events, report.imported)
    }

    func testRowMappingCodesActorsWeightsAndHostedVisits() throws {
        let path = try Fixtures.sharedFile("data/events/gdelt1-sample.tsv")
        let all = try rows(path)
        let store = try Fixtures.store()
        _ = try importer.importFile(path, into: store)
        let events = try store.events()
        // A hosted visit (043, USA hosts CHN): CHN visits USA.
        let hosted = try XCTUnwrap(all.first { $0.count == 58 && $0[26] == "043" && $0[7] == "USA" && $0[17] == "CHN" })
        let visit = try XCTUnwrap(events.first { $0.evidence == hosted[57] && $0.kind == .visit })
        XCTAssertEqual(visit.source.id, "CHN")
        XCTAssertEqual(visit.target.id, "USA")
        XCTAssertEqual(visit.weight, Double(hosted[30]))
        XCTAssertEqual(visit.date, Day(hosted[1]))
        XCTAssertEqual(visit.plover, .consult)
        XCTAssertTrue(visit.trigger.hasPrefix("CAMEO 043"))
        // An "express intent" row is intended, not asserted.
        if let intent = all.first(where: { r in
            r.count == 58 && r[26].hasPrefix("03") && countryID(r[7]) != nil && countryID(r[17]) != nil
                && countryID(r[7]) != countryID(r[17]) && Fixtures.cameo.code(r[26])?.kind != nil
        }) {
            XCTAssertTrue(events.contains { $0.evidence == intent[57] && $0.modality == .intended })
        }
    }

    func testWeightByMentions() throws {
        let path = try Fixtures.sharedFile("data/events/gdelt1-sample.tsv")
        let all = try rows(path)
        let store = try Fixtures.store()
        _ = try GDELTImporter(cameo: Fixtures.cameo, dictionary: Fixtures.dictionary, weight: .mentions).importFile(path, into: store)
        let hosted = try XCTUnwrap(all.first { $0.count == 58 && $0[26] == "043" && $0[7] == "USA" && $0[17] == "CHN" })
        let e = try XCTUnwrap(try store.events().first { $0.evidence == hosted[57] })
        XCTAssertEqual(e.weight, Double(hosted[31]), "weight = NumMentions (positive Goldstein)")
    }

    /// A 61-column GDELT 2.0 file built from the sample's daily rows and the 2.0 column list.
    func testGDELT2Layout() throws {
        let columns = try String(contentsOfFile: try Fixtures.sharedFile("data/events/gdelt2-columns.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        XCTAssertEqual(columns.count, 61)
        let v1 = try String(contentsOfFile: try Fixtures.sharedFile("data/events/gdelt1-columns.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map(String.init)
        XCTAssertEqual(v1.count, 58)
        let daily = try rows(try Fixtures.sharedFile("data/events/gdelt1-sample.tsv")).filter { $0.count == 58 }
        // Place each 1.0 field under its 2.0 name; ADM2 codes empty; DATEADDED with a time of day.
        var lines: [String] = []
        for r in daily {
            let byName = Dictionary(uniqueKeysWithValues: zip(v1, r))
            let fields = columns.map { name -> String in
                if name == "DATEADDED" { return (byName[name] ?? "") + "150000" }
                return byName[name] ?? ""
            }
            lines.append(fields.joined(separator: "\t"))
        }
        let dir = Fixtures.tempDir()
        let path = Fixtures.write(lines.joined(separator: "\n") + "\n", "20160728150000.export.CSV", in: dir)
        let store = try Fixtures.store()
        let report = try importer.importFile(path, into: store)
        XCTAssertEqual(report.bad, 0, "\(report.problems)")
        XCTAssertEqual(report.rows, daily.count)
        XCTAssertEqual(report.imported, expectedEvents(daily))
        let urls = Set(daily.map { $0[57] })
        XCTAssertTrue(try store.events().allSatisfy { urls.contains($0.evidence) }, "SOURCEURL is read from column 61")
    }

    func testBadRowsAreCountedWithLineNumbersAndGoodRowsImported() throws {
        let sample = try rows(try Fixtures.sharedFile("data/events/gdelt1-sample.tsv"))
        let good = sample.filter { r in
            r.count == 58 && countryID(r[7]) != nil && countryID(r[17]) != nil && countryID(r[7]) != countryID(r[17])
                && Fixtures.cameo.code(r[26])?.kind != nil
        }.prefix(3).map { $0 }
        XCTAssertEqual(good.count, 3)
        var badGoldstein = good[1]; badGoldstein[30] = "n/a"; badGoldstein[0] = "1"
        var unknownCode = good[1]; unknownCode[26] = "999"; unknownCode[0] = "2"
        let wrongCount = Array(good[1].prefix(40))
        let truncated = Array(good[2].prefix(20))
        let text = "\u{FEFF}" + [good[0], badGoldstein, unknownCode, wrongCount, good[1]].map { $0.joined(separator: "\t") }
            .joined(separator: "\r\n") + "\r\n" + truncated.joined(separator: "\t")
        let dir = Fixtures.tempDir()
        let path = Fixtures.write(text, "bad.CSV", in: dir)
        let store = try Fixtures.store()
        let report = try importer.importFile(path, into: store)
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.rows, 6)
        XCTAssertEqual(report.imported, 2, "the first row (despite the BOM) and the fifth")
        XCTAssertEqual(report.bad, 4)
        XCTAssertEqual(report.problems.map(\.line), [2, 3, 4, 6])
        XCTAssertTrue(report.problems[0].problem.contains("GoldsteinScale"))
        XCTAssertTrue(report.problems[1].problem.contains("unknown CAMEO event code '999'"))
        XCTAssertTrue(report.problems[2].problem.contains("40 columns"))
        XCTAssertTrue(report.problems[3].problem.contains("truncated"))
        XCTAssertTrue(report.notes.contains { $0.contains("byte-order mark") })
        XCTAssertTrue(report.notes.contains { $0.contains("CRLF") })
        XCTAssertTrue(report.lines.joined(separator: "\n").contains("line 3: unknown CAMEO"))
        XCTAssertEqual(try store.counts().events, 2)
    }

    func testZippedExportsAndBrokenZips() throws {
        let sample = try Fixtures.sharedFile("data/events/gdelt1-sample.tsv")
        let dir = Fixtures.tempDir()
        try Fixtures.python("""
            import zipfile, sys
            src, d = sys.argv[1], sys.argv[2]
            with zipfile.ZipFile(d + '/20160728.export.CSV.zip', 'w', zipfile.ZIP_DEFLATED) as z:
                z.write(src, '20160728.export.CSV')
            with zipfile.ZipFile(d + '/readme.zip', 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('README.md', 'no export here')
            b = bytearray(open(d + '/20160728.export.CSV.zip', 'rb').read())
            for i in range(len(b) // 2, len(b) // 2 + 40): b[i] ^= 0xFF
            open(d + '/damaged.zip', 'wb').write(b)
            """, [sample, dir.path])
        let plainStore = try Fixtures.store(), zipStore = try Fixtures.store()
        let plain = try importer.importFile(sample, into: plainStore)
        let zipped = try importer.importFile(dir.appendingPathComponent("20160728.export.CSV.zip").path, into: zipStore)
        XCTAssertNil(zipped.failure)
        XCTAssertEqual(zipped.imported, plain.imported)
        XCTAssertTrue(Set(try zipStore.tieTotals()) == Set(try plainStore.tieTotals()), "same ties from the zip as from the plain file")

        let store = try Fixtures.store()
        let none = try importer.importFile(dir.appendingPathComponent("readme.zip").path, into: store)
        XCTAssertTrue(none.failure?.contains("no GDELT export") == true, "\(String(describing: none.failure))")
        let damaged = try importer.importFile(dir.appendingPathComponent("damaged.zip").path, into: store)
        XCTAssertNotNil(damaged.failure, "a damaged archive is reported")
        XCTAssertEqual(try store.counts().events, 0, "nothing half-committed from a file that failed midway")
    }

    func testMissingAndEmptyFiles() throws {
        let dir = Fixtures.tempDir()
        let store = try Fixtures.store()
        XCTAssertEqual(try importer.importFile(dir.appendingPathComponent("nope.CSV").path, into: store).failure, "no such file")
        XCTAssertEqual(try importer.importFile(Fixtures.write("", "empty.CSV", in: dir), into: store).failure, "empty file")
        let binary = try importer.importFile(Fixtures.write([0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 10, 0, 0], "image.CSV", in: dir), into: store)
        XCTAssertTrue(binary.failure?.hasPrefix("not a GDELT event export") == true, "\(String(describing: binary.failure))")
    }
}
