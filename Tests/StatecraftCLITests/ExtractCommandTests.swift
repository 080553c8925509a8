import Foundation
import XCTest

/// `statecraft extract` and `statecraft evaluate` run as the user runs them: the built binary, real files.
final class ExtractCommandTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `statecraft` binary next to the test bundle.
    var binary: URL {
        var dir = Bundle(for: Self.self).bundleURL
        while dir.pathExtension == "xctest" || dir.lastPathComponent.hasSuffix(".xctest") { dir.deleteLastPathComponent() }
        return dir.appendingPathComponent("statecraft")
    }

    func run(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("no statecraft binary at \(binary.path)") }
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = Self.packageRoot
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
        inp.fileHandleForWriting.closeFile()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func testExtractPrintsTheContractKeysInOrder() throws {
        let record = #"{"id":"r1","text":"The United States, Britain and the European Union announced new sanctions on Russia.","date":"2024-06-20","extra":1}"#
        let r = try run(["extract", "-"], stdin: record + "\n")
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, r.out)
        let keys = ["\"doc\":", "\"sentence\":", "\"source\":{\"id\":", "\"target\":{\"id\":", "\"kind\":", "\"plover\":",
                    "\"modality\":", "\"weight\":", "\"trigger\":", "\"evidence\":"]
        for line in lines {
            var position = line.startIndex
            for k in keys {
                guard let r = line.range(of: k, range: position..<line.endIndex) else { return XCTFail("\(k) missing or out of order in \(line)") }
                position = r.upperBound
            }
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            XCTAssertEqual(object["doc"] as? String, "r1")
            XCTAssertEqual((object["target"] as? [String: Any])?["id"] as? String, "RUS")
            XCTAssertEqual(object["kind"] as? String, "sanctions")
        }
    }

    func testMalformedLineNamesFileAndLineAndFails() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-extract-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("bad.jsonl")
        try Data("{\"id\":\"a\",\"text\":\"Russia attacked Ukraine.\"}\n{\"id\": \"b\", \"text\": \n".utf8).write(to: file)
        let r = try run(["extract", file.path])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.err.contains("bad.jsonl:2:"), r.err)
        XCTAssertEqual(r.err.split(separator: "\n").count, 1, r.err)
    }

    func testSeedGoldThroughTheCLIAndScorePy() throws {
        let gold = Self.packageRoot.appendingPathComponent("../shared/eval/seed-gold.jsonl").standardized
        guard FileManager.default.fileExists(atPath: gold.path) else { throw XCTSkip("shared evaluation data is absent") }
        let r = try run(["extract", gold.path])
        XCTAssertEqual(r.status, 0, r.err)
        let pred = FileManager.default.temporaryDirectory.appendingPathComponent("seed-pred-\(getpid()).jsonl")
        try Data(r.out.utf8).write(to: pred)
        let py = Process()
        py.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        py.arguments = ["python3", gold.deletingLastPathComponent().appendingPathComponent("score.py").path,
                        "--gold", gold.path, "--pred", pred.path, "--json"]
        let out = Pipe()
        py.standardOutput = out
        do { try py.run() } catch { throw XCTSkip("python3 is not available") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        py.waitUntilExit()
        guard py.terminationStatus == 0, let s = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw XCTSkip("score.py did not run")
        }
        XCTAssertEqual(s["recall"] as? Double, 1.0)
        XCTAssertGreaterThanOrEqual(s["precision"] as? Double ?? 0, 0.9)
        XCTAssertEqual(s["forbidden"] as? Int, 0)
        // The native evaluate command agrees with score.py.
        let e = try run(["evaluate", "--gold", gold.path, "--format", "json"])
        let native = try JSONSerialization.jsonObject(with: Data(e.out.utf8)) as! [String: Any]
        for key in ["recall", "precision", "forbidden", "found", "predicted", "correct"] {
            XCTAssertEqual((native[key] as? NSNumber)?.doubleValue, (s[key] as? NSNumber)?.doubleValue, key)
        }
    }
}
