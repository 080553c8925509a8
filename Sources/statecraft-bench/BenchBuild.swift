import ArgumentParser
import Foundation
import StatecraftStore

/// `statecraft-bench build`: corpus build throughput (articles/s) on one core and on all,
/// on the Guardian sample (249 articles) plus the AG News test split (7,600 items).
///
/// Each run is a child `statecraft build` into a new store: `--jobs 1` pinned to one CPU with
/// `taskset` (when installed), then `--jobs N` on all cores. Not a test: numbers vary with load.
struct BenchBuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Benchmark corpus build (Guardian + AG News): articles/s on one core and on all cores.")

    @Option(help: ArgumentHelp("The Guardian sample (CSV with text and date columns).", valueName: "FILE"))
    var guardian = "../shared/data/corpora/guardian-sample.csv"

    @Option(help: ArgumentHelp("The AG News test split (CSV without header: class, title, description).", valueName: "FILE"))
    var agnews = "../shared/data/corpora/agnews-test.csv"

    @Option(help: ArgumentHelp("Scratch directory for the stores.", valueName: "DIR"))
    var dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-bench-build").path

    func run() throws {
        for f in [guardian, agnews] where !FileManager.default.fileExists(atPath: f) {
            throw CLIError("\(f): no such file (run from the package root)")
        }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let exe = try StatecraftBinary.path()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let taskset = ["/usr/bin/taskset", "/bin/taskset"].first { FileManager.default.isExecutableFile(atPath: $0) }
        print("corpus: \(guardian) (249 articles) + \(agnews) (7,600 items, title + description, --date 2004-08-01)")
        var rates: [Int: Double] = [:]
        for jobs in Array(Set([1, cores])).sorted() {
            let db = "\(dir)/build-\(jobs).sqlite"
            for s in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + s) }
            // Two runs into one store: the same process flags as a user would type.
            var args = [exe, "build", guardian, "--jobs", "\(jobs)", "--db", db]
            var args2 = [exe, "build", agnews, "--no-header", "--text-column", "2", "--text-column", "3",
                         "--title-column", "2", "--date", "2004-08-01", "--jobs", "\(jobs)", "--db", db]
            if jobs == 1, let taskset {
                args = [taskset, "-c", "0"] + args
                args2 = [taskset, "-c", "0"] + args2
            }
            let r1 = try BenchGDELT.measure(args[0], Array(args.dropFirst()))
            let r2 = try BenchGDELT.measure(args2[0], Array(args2.dropFirst()))
            guard r1.status == 0, r2.status == 0 else { throw CLIError("build failed: \((r1.output + r2.output).suffix(300))") }
            let c = try EventStore(path: db).counts()
            let wall = r1.wall + r2.wall
            // The build phase alone (after start-up and the validation pass), as the command reports it.
            let phase = [r1.output, r2.output].compactMap { out -> Double? in
                guard let line = out.split(separator: "\n").first(where: { $0.hasPrefix("time: ") }) else { return nil }
                return Double(line.dropFirst(6).split(separator: " ")[0])
            }.reduce(0, +)
            rates[jobs] = Double(c.articles) / phase
            print(String(format: "--jobs %d%@: %d articles, %d events; processes %.2f s wall (%.2f s cpu, peak %.0f MB); "
                         + "extract+store phase %.2f s: %.0f articles/s",
                         jobs, jobs == 1 && taskset != nil ? " (pinned to 1 CPU)" : "", c.articles, c.events, wall,
                         r1.cpu + r2.cpu, max(r1.peakMB, r2.peakMB), phase, rates[jobs]!))
        }
        if let one = rates[1], let all = rates[cores], cores > 1 {
            print(String(format: "speed-up with %d cores: %.2fx", cores, all / one))
        }
    }
}
