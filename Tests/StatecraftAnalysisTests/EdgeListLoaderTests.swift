import Foundation
import XCTest
@testable import StatecraftAnalysis

final class EdgeListLoaderTests: XCTestCase {
    func testIdsByFirstAppearanceCommentsBlankLinesAndCRLF() throws {
        let lg = try EdgeListLoader.parse(text: "# header\r\nb\ta\t1.5\r\n\r\na\tc\t-2e-1\nc\tb\t3")
        XCTAssertEqual(lg.labels.names, ["b", "a", "c"])
        XCTAssertEqual(lg.graph.weight(from: 0, to: 1), 1.5)
        XCTAssertEqual(lg.graph.weight(from: 1, to: 2), -0.2)
        XCTAssertEqual(lg.graph.weight(from: 2, to: 0), 3)
    }

    func testDecimalWeightsParseExactlyAsFoundationDoes() throws {
        for text in ["0.1", "9.9999", "1234.5678", "0.0001", "7", "-3.25", "1e3", "2.5E-3", "+4.0"] {
            let lg = try EdgeListLoader.parse(text: "a\tb\t\(text)\n")
            XCTAssertEqual(lg.graph.outWeights[0], Double(text)!, text)
        }
    }

    func testMalformedLinesNameTheLine() {
        let cases: [(String, Int, String)] = [
            ("a\tb\t1\na\tb\n", 2, "found 2 fields"),
            ("a\tb\t1\n\n# c\nx\ty\tz\n", 4, "weight 'z'"),
            ("a\tb\tnan\n", 1, "not a finite number"),
            ("a\tb\tinf\n", 1, "not a finite number"),
            ("a\tb\t1\na\tb\t1e308\n", 2, "beyond ±1e12"),
            ("a\tb\t-2e12\n", 1, "beyond ±1e12"),
            ("a\t\t1\n", 1, "empty node name"),
            ("a b 1\n", 1, "found 1 field"),
            ("a\tb\t1\t2\n", 1, "found 4 fields"),
        ]
        for (text, line, message) in cases {
            XCTAssertThrowsError(try EdgeListLoader.parse(text: text, path: "g.tsv")) { error in
                guard case let GraphInputError.malformed(path, l, _) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(path, "g.tsv")
                XCTAssertEqual(l, line, text)
                XCTAssertTrue("\(error)".hasPrefix("g.tsv:\(line): "), "\(error)")
                XCTAssertTrue("\(error)".contains(message), "\(error) should mention \(message)")
            }
        }
    }

    func testEmptyMissingAndDirectoryInputs() throws {
        XCTAssertThrowsError(try EdgeListLoader.parse(text: "", path: "e.tsv")) { XCTAssertEqual($0 as? GraphInputError, .empty(path: "e.tsv")) }
        XCTAssertThrowsError(try EdgeListLoader.parse(text: "# only a comment\n\n", path: "e.tsv")) {
            XCTAssertEqual($0 as? GraphInputError, .empty(path: "e.tsv"))
        }
        XCTAssertThrowsError(try EdgeListLoader.load(path: "/nonexistent/x.tsv")) {
            XCTAssertEqual("\($0)", "/nonexistent/x.tsv: no such file")
        }
        XCTAssertThrowsError(try EdgeListLoader.load(path: NSTemporaryDirectory())) { XCTAssertTrue("\($0)".contains("is a directory")) }
    }

    func testTooLargeIsRefusedBeforeLoading() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(getpid()).tsv")
        let text = (0..<20_000).map { "n\($0)\tn\($0 + 1)\t1.0" }.joined(separator: "\n")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try EdgeListLoader.load(path: url.path, memoryLimit: 1 << 20)) { error in
            guard case let GraphInputError.tooLarge(_, estimate, limit) = error else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(estimate, limit)
            XCTAssertTrue("\(error)".contains("STATECRAFT_MAX_MEMORY"))
        }
        XCTAssertEqual(try EdgeListLoader.load(path: url.path, memoryLimit: 1 << 30).graph.edgeCount, 20_000)
        XCTAssertEqual(EdgeListLoader.parseSize("2G"), 2 << 30)
        XCTAssertEqual(EdgeListLoader.parseSize("512M"), 512 << 20)
        XCTAssertNil(EdgeListLoader.parseSize("lots"))
    }

    func testUnknownNodeInQuery() throws {
        let lg = try EdgeListLoader.parse(text: "a\tb\t1\n")
        XCTAssertThrowsError(try lg.node("zz")) { XCTAssertEqual("\($0)", "node 'zz' is not in the graph") }
    }
}

final class EdgeListLoaderUnicodeTests: XCTestCase {
    func testNamesWrittenTwoWaysAreAnError() {
        // "é" precomposed and decomposed: different bytes, equal Swift strings.
        XCTAssertThrowsError(try EdgeListLoader.parse(text: "caf\u{E9}\tx\t1\ncafe\u{301}\ty\t1\n", path: "u.tsv")) { error in
            XCTAssertTrue("\(error)".hasPrefix("u.tsv:2: "), "\(error)")
        }
        XCTAssertEqual(try EdgeListLoader.parse(text: "caf\u{E9}\tx\t1\ncaf\u{E9}\ty\t1\n").labels.count, 3)
    }
}
