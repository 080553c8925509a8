import Foundation
import StatecraftCore
import StatecraftStore
import XCTest
@testable import StatecraftInterchange

/// Weights are bounded at import (|w| ≤ ``EventWeight/limit``) and numbers print finitely.
final class WeightBoundTests: XCTestCase {
    /// A 58-column GDELT 1.0 daily row: RUS → USA, CAMEO 042 (make a visit), the given
    /// GoldsteinScale and NumMentions.
    static func gdeltRow(id: Int, goldstein: String, mentions: String) -> String {
        var f = [String](repeating: "", count: 58)
        f[0] = "\(id)"; f[1] = "20240101"; f[2] = "202401"; f[3] = "2024"; f[4] = "2024.0027"
        f[5] = "RUS"; f[6] = "RUSSIA"; f[7] = "RUS"
        f[15] = "USA"; f[16] = "UNITED STATES"; f[17] = "USA"
        f[25] = "1"; f[26] = "042"; f[27] = "042"; f[28] = "04"; f[29] = "1"
        f[30] = goldstein; f[31] = mentions; f[32] = "1"; f[33] = "1"; f[34] = "1.0"
        f[56] = "20240101"; f[57] = "https://example.org/\(id)"
        return f.joined(separator: "\t")
    }

    func testGoldsteinWithManyIntegerDigitsIsABadRow() throws {
        let huge = String(repeating: "9", count: 23)
        let text = [Self.gdeltRow(id: 1, goldstein: huge, mentions: "3"), Self.gdeltRow(id: 2, goldstein: "1.9", mentions: "3")]
            .joined(separator: "\n") + "\n"
        let path = Fixtures.write(text, "20240101.export.CSV", in: Fixtures.tempDir())
        let store = try Fixtures.store()
        let report = try GDELTImporter(cameo: Fixtures.cameo, dictionary: Fixtures.dictionary).importFile(path, into: store)
        XCTAssertNil(report.failure)
        XCTAssertEqual(report.imported, 1)
        XCTAssertEqual(report.problems.map(\.line), [1])
        XCTAssertTrue(report.problems[0].problem.contains("GoldsteinScale"), report.problems[0].problem)
    }

    func testMentionsBeyondTheBoundAreBadRowsWithWeightByMentions() throws {
        let rows = (1...12).map { Self.gdeltRow(id: $0, goldstein: "1.9", mentions: "999999999999999999") }
            + [Self.gdeltRow(id: 13, goldstein: "-5", mentions: "1000000")]
        let path = Fixtures.write(rows.joined(separator: "\n") + "\n", "20240101.export.CSV", in: Fixtures.tempDir())
        let store = try Fixtures.store()
        let report = try GDELTImporter(cameo: Fixtures.cameo, dictionary: Fixtures.dictionary, weight: .mentions)
            .importFile(path, into: store)
        XCTAssertEqual(report.imported, 1, "the row at the bound is kept")
        XCTAssertEqual(report.bad, 12)
        XCTAssertTrue(report.problems[0].problem.contains("±1000000"), report.problems[0].problem)
        XCTAssertEqual(try store.events().map(\.weight), [-1_000_000])
    }

    func testCSVWeightsBeyondTheBoundAreBadRows() throws {
        let dir = Fixtures.tempDir()
        let path = Fixtures.write("a,b,k,w\nRussia,Japan,threat,1e300\nRussia,Japan,threat,1e308\nRussia,China,pact,-1e6\n"
                                  + "Russia,Iran,pact,inf\n", "w.csv", in: dir)
        let store = try Fixtures.store()
        let importer = CSVEventImporter(cameo: Fixtures.cameo, dictionary: Fixtures.dictionary, ontology: Fixtures.ontology,
                                        columns: .init(source: "a", target: "b", kind: "k", weight: "w"))
        let report = try importer.importFile(path, into: store)
        XCTAssertEqual(report.imported, 1)
        XCTAssertEqual(report.problems.map(\.line), [2, 3, 5])
        XCTAssertTrue(try store.tieTotals().allSatisfy { $0.absWeight.isFinite })
    }

    func testNumbersOfAnyMagnitudePrintWithoutTrapping() {
        XCTAssertEqual(TextEscaping.number(1e300), "1e+300")
        XCTAssertEqual(TextEscaping.number(-2.5e17), "-2.5e+17")
        XCTAssertEqual(TextEscaping.number(.infinity), "INF")
        XCTAssertEqual(TextEscaping.number(-.infinity), "-INF")
        XCTAssertEqual(TextEscaping.number(.nan), "NaN")
        XCTAssertEqual(TextEscaping.number(1_000_000), "1000000")
        XCTAssertEqual(TextEscaping.number(2.25), "2.25")
        XCTAssertEqual(EventWeight.problem(1e6), nil)
        XCTAssertNotNil(EventWeight.problem(1e6 + 1))
        XCTAssertNotNil(EventWeight.problem(.nan))
    }
}
