import Foundation
import XCTest

/// Runs the built `statecraft` executable as a user would, in a scratch directory.
struct CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
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
    static var executable: URL {
        let bundle = Bundle(for: Marker.self).bundleURL
        let candidates = [Bundle.main.bundleURL, bundle.deletingLastPathComponent(), bundle]
            .map { $0.appendingPathComponent("statecraft") }
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

    /// Runs `statecraft ARGS` with the scratch directory as working directory.
    @discardableResult
    func run(_ args: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = Self.executable
        p.arguments = args
        p.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["STATECRAFT_DB"] = nil
        for (k, v) in environment { env[k] = v }
        p.environment = env
        // stderr goes to a file, stdout through a pipe: neither can block the child.
        let errURL = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let out = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = errHandle
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try errHandle.close()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        try? FileManager.default.removeItem(at: errURL)
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
