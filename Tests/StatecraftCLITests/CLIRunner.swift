import Foundation
import XCTest

/// Runs the built `statecraft` executable as a user would, in a scratch directory.
struct CLIRunner {
    struct Result {
        let status: Int32
        /// Standard output as bytes (PNG and PDF renders are binary).
        let output: Data
        let stderr: String
        var stdout: String { String(decoding: output, as: UTF8.self) }
    }

    /// The package root (for `Data/` and `../shared`).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, when it exists beside the package.
    static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("eval").path) ? url : nil
    }

    /// The `statecraft` executable in the products directory the tests were built into.
    static var executable: URL { product("statecraft") }

    /// An executable product (`statecraft`, `statecraft-bench`) in the products directory the tests were built into.
    static func product(_ name: String) -> URL {
        let bundle = Bundle(for: Marker.self).bundleURL
        let candidates = [Bundle.main.bundleURL, bundle.deletingLastPathComponent(), bundle]
            .map { $0.appendingPathComponent(name) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    final class Marker {}

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }

    var db: String { directory.appendingPathComponent("test.sqlite").path }

    /// Runs `statecraft ARGS` in `workingDirectory` (the scratch directory by default); with
    /// `stdoutPath`, standard output goes to that file (such as `/dev/full`) instead of a pipe.
    /// `executable` is another product to run instead (`statecraft-bench`).
    @discardableResult
    func run(_ args: [String], stdin: Data? = nil, environment: [String: String] = [:],
             in workingDirectory: URL? = nil, stdoutPath: String? = nil, executable: URL = CLIRunner.executable) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw XCTSkip("no \(executable.lastPathComponent) executable at \(executable.path)")
        }
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.currentDirectoryURL = workingDirectory ?? directory
        var env = ProcessInfo.processInfo.environment
        env["STATECRAFT_DB"] = nil
        for (k, v) in environment { env[k] = v }
        p.environment = env
        // stderr goes to a file, stdout through a pipe: neither can block the child.
        let errURL = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let out = Pipe(), input = Pipe()
        let outFile = try stdoutPath.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) }
        p.standardOutput = outFile ?? out
        p.standardError = errHandle
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        if outFile != nil { try out.fileHandleForWriting.close() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        try outFile?.close()
        p.waitUntilExit()
        try errHandle.close()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        try? FileManager.default.removeItem(at: errURL)
        return Result(status: p.terminationStatus, output: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}
