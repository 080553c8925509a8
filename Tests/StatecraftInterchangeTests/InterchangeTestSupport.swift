import Foundation
import StatecraftCore
import StatecraftData
import StatecraftInterchange
import StatecraftStore
import XCTest

/// Paths, bundled data and scratch space for the interchange tests.
enum Fixtures {
    /// `../shared` beside the package root.
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared").standardized

    /// A file of the shared folder, or a skip with a clear message when it is absent.
    static func sharedFile(_ relative: String) throws -> String {
        let p = shared.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: p) else {
            throw XCTSkip("\(p) is absent (the shared data folder is not beside the package)")
        }
        return p
    }

    static let dictionary = try! ActorDictionary(contentsOf: BundledData.actorsURL)
    static let ontology = try! RelationOntology(contentsOf: BundledData.relationsURL)
    static let cameo = try! CAMEOTable(contentsOf: BundledData.cameoURL)

    /// A fresh scratch directory.
    static func tempDir() -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-interchange-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    /// A new store in a scratch directory.
    static func store() throws -> EventStore {
        try EventStore(path: tempDir().appendingPathComponent("test.sqlite").path)
    }

    /// Writes bytes to a file in `dir`.
    @discardableResult
    static func write(_ bytes: [UInt8], _ name: String, in dir: URL) -> String {
        let p = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }

    @discardableResult
    static func write(_ text: String, _ name: String, in dir: URL) -> String { write(Array(text.utf8), name, in: dir) }

    /// Runs python3 with a script; skips the test when python3 is not installed.
    @discardableResult
    static func python(_ script: String, _ args: [String] = []) throws -> String {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
            + ["/usr/bin/python3", "/usr/local/bin/python3"]
        guard let exe = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("python3 is not installed")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["-c", script] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let errText = String(decoding: errData, as: UTF8.self)
        if p.terminationStatus != 0 {
            if errText.contains("ModuleNotFoundError") { throw XCTSkip("python3 module missing: \(errText.suffix(120))") }
            XCTFail("python3 failed: \(errText)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The path of an executable on PATH, if any.
    static func which(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
