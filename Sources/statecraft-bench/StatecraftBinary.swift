import Foundation
import StatecraftCommandSupport

/// The `statecraft` executable the benchmarks run as a user would: `$STATECRAFT_BIN`, or the one
/// built beside `statecraft-bench` (`swift build -c release --product statecraft-bench` builds both).
enum StatecraftBinary {
    static func path() throws -> String {
        if let given = ProcessInfo.processInfo.environment["STATECRAFT_BIN"], !given.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: given) else {
                throw CLIError("STATECRAFT_BIN=\(given): not an executable file")
            }
            return given
        }
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                     ?? CommandLine.arguments[0]).standardizedFileURL
        let beside = me.deletingLastPathComponent().appendingPathComponent("statecraft").path
        guard FileManager.default.isExecutableFile(atPath: beside) else {
            throw CLIError("\(beside): no statecraft executable beside statecraft-bench (swift build -c release --product statecraft), or set STATECRAFT_BIN")
        }
        return beside
    }
}
