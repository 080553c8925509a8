import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftStore

/// `statecraft-bench gdelt`: GDELT import at scale, side by side with the pandas peer
/// (`../shared/bench/text`: read_csv + groupby of the same 1,000,000-row file).
///
/// Builds GDELT 1.0 files the way the peer does (the sample's 58-column rows cycled, fresh
/// GLOBALEVENTIDs from 900000000), imports each into a new store in a child process under
/// `/usr/bin/time -v` (wall time, CPU time, peak RSS), then times the store queries behind
/// `ties` and `relations` on the largest store. Not a test: numbers vary with machine load.
struct BenchGDELT: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gdelt",
        abstract: "Benchmark GDELT import (time and peak memory from 10k to 1M rows) against pandas.")

    @Option(parsing: .upToNextOption, help: "Row counts to build and import.")
    var rows: [Int] = [10_000, 100_000, 1_000_000]

    @Option(help: ArgumentHelp("The GDELT 1.0 sample the rows are cycled from.", valueName: "FILE"))
    var sample = "../shared/data/events/gdelt1-sample.tsv"

    @Option(help: ArgumentHelp("The peer's results (pandas).", valueName: "FILE"))
    var peer = "../shared/bench/text/results_gdelt.json"

    @Option(help: ArgumentHelp("Scratch directory for the files and stores.", valueName: "DIR"))
    var dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-bench-gdelt").path

    @Flag(help: "Make every SOURCEURL distinct (the peer's second variant).")
    var uniqueURL = false

    @Option(help: "Query repetitions (the median is reported).")
    var repeats = 7

    @Flag(help: "Also import each file zipped (deflate, by python3's zipfile), as GDELT publishes its exports.")
    var zip = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: sample) else { throw CLIError("\(sample): no such file (run from the package root)") }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let tails = try Self.sampleTails(sample)
        let exe = try StatecraftBinary.path()
        var peerSeconds = 9.02, peerRSS = 963.1
        if let data = FileManager.default.contents(atPath: peer),
           let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let m = json["median"] as? [String: Any] {
            peerSeconds = (m["read_plus_agg_s"] as? Double) ?? peerSeconds
            peerRSS = (m["maxrss_MB_time_v"] as? Double) ?? peerRSS
        }
        print(String(format: "peer (pandas read_csv + groupby, 1M rows): %.2f s, %.0f MB peak", peerSeconds, peerRSS))
        print("rows       MB      wall s   cpu s   peak MB   rows/s     events")
        var lastStore: String?
        for n in rows.sorted() {
            let file = "\(dir)/gdelt-\(n)\(uniqueURL ? "-uurl" : "").tsv"
            if !FileManager.default.fileExists(atPath: file) { try Self.write(rows: n, tails: tails, uniqueURL: uniqueURL, to: file) }
            let db = "\(dir)/store-\(n).sqlite"
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            let r = try Self.measure(exe, ["import", "gdelt", file, "--db", db])
            guard r.status == 0 else { throw CLIError("import failed: \(r.output.suffix(300))") }
            let events = try EventStore(path: db).counts().events
            let mb = Double((try FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0) / 1e6
            print(String(format: "%-9d %6.1f  %7.2f  %6.2f  %8.1f  %9.0f  %7d", n, mb, r.wall, r.cpu, r.peakMB,
                         Double(n) / r.wall, events))
            if zip {
                let zipped = "\(dir)/gdelt-\(n)\(uniqueURL ? "-uurl" : "").zip"
                if !FileManager.default.fileExists(atPath: zipped) { try Self.zip(file, to: zipped) }
                let zdb = "\(dir)/store-\(n)-zip.sqlite"
                for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: zdb + suffix) }
                let z = try Self.measure(exe, ["import", "gdelt", zipped, "--db", zdb])
                guard z.status == 0 else { throw CLIError("zip import failed: \(z.output.suffix(300))") }
                let zmb = Double((try FileManager.default.attributesOfItem(atPath: zipped)[.size] as? NSNumber)?.intValue ?? 0) / 1e6
                let zevents = try EventStore(path: zdb).counts().events
                print(String(format: "%-9@ %6.1f  %7.2f  %6.2f  %8.1f  %9.0f  %7d", "  zip", zmb, z.wall, z.cpu, z.peakMB,
                             Double(n) / z.wall, zevents))
                for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: zdb + suffix) }
            }
            if n == rows.max() {
                lastStore = db
                print(String(format: "1M-row ratio: time %.2f of pandas (target <= 0.5), memory %.2f of pandas (target <= 0.25)",
                             r.wall / peerSeconds, r.peakMB / peerRSS))
            }
        }
        guard let db = lastStore else { return }
        let store = try EventStore(path: db)
        func median(_ body: () throws -> Void) rethrows -> Double {
            var times: [Double] = []
            for _ in 0..<repeats {
                let t = Date()
                try body()
                times.append(Date().timeIntervalSince(t) * 1000)
            }
            return times.sorted()[times.count / 2]
        }
        let ties = try median { _ = DyadScore.rank(try store.tieTotals()).prefix(10) }
        let top = DyadScore.rank(try store.tieTotals()).first
        let (a, b) = (top?.a.id ?? "USA", top?.b.id ?? "RUS")
        let relations = try median {
            _ = try store.tieTotals(between: a, and: b)
            _ = try store.events(between: a, and: b, perTie: 3)
        }
        print(String(format: "queries on the largest store (median of %d, in process): ties %.1f ms; relations %@-%@ %.1f ms",
                     repeats, ties, a, b, relations))
        // The commands themselves, process start included, with their peak memory.
        let out = "\(dir)/events-out"
        for args in [["ties", "--db", db], ["relations", a, b, "--db", db],
                     ["timeline", a, b, "--by", "week", "--format", "json", "--db", db],
                     ["timeline", a, "--by", "month", "--db", db],
                     ["timeline", a, b, "--format", "svg", "-o", out + ".svg", "--db", db],
                     ["export", "--events", "--format", "csv", "-o", out + ".csv", "--db", db],
                     ["export", "--events", "--format", "jsonl", "-o", out + ".jsonl", "--db", db]] {
            let r = try Self.measure(exe, args)
            let written = args.firstIndex(of: "-o").map { args[$0 + 1] }
            let size = written.flatMap { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? NSNumber)?.intValue }
            print(String(format: "statecraft %@: %@ in %.2f s, %.0f MB peak (whole process)%@",
                         args.prefix(while: { $0 != "--db" }).joined(separator: " "),
                         r.status == 0 ? "answered" : "failed", r.wall, r.peakMB,
                         size.map { String(format: "; %.0f MB written", Double($0) / 1e6) } ?? ""))
        }
        for suffix in [".svg", ".csv", ".jsonl"] { try? FileManager.default.removeItem(atPath: out + suffix) }
    }

    /// Fields 2...58 of the sample's 58-column rows.
    static func sampleTails(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").filter { $0.filter { $0 == "\t" }.count == 57 }.map {
            String($0[$0.index(after: $0.firstIndex(of: "\t")!)...])
        }
    }

    static func write(rows: Int, tails: [String], uniqueURL: Bool, to path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let h = FileHandle(forWritingAtPath: path) else { throw CLIError("\(path): cannot be written") }
        defer { try? h.close() }
        var buf = ""
        for i in 0..<rows {
            let id = 900_000_000 + i
            buf += "\(id)\t\(tails[i % tails.count])\(uniqueURL ? "#\(id)" : "")\n"
            if buf.utf8.count > 1 << 22 { h.write(Data(buf.utf8)); buf = "" }
        }
        h.write(Data(buf.utf8))
    }

    /// Zips `file` into `archive` (one deflated entry named like a GDELT export) with python3's zipfile.
    static func zip(_ file: String, to archive: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED); z.write(sys.argv[2], 'export.CSV'); z.close()",
                       archive, file]
        do { try p.run() } catch { throw CLIError("python3 is needed to zip \(file)") }
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CLIError("python3 could not zip \(file)") }
    }

    struct Measured { let status: Int32; let wall: Double; let cpu: Double; let peakMB: Double; let output: String }

    /// Runs `exe args` under `/usr/bin/time -v` when available.
    static func measure(_ exe: String, _ args: [String]) throws -> Measured {
        let time = "/usr/bin/time"
        let useTime = FileManager.default.isExecutableFile(atPath: time)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: useTime ? time : exe)
        p.arguments = useTime ? ["-v", exe] + args : args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let start = Date()
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        var wall = Date().timeIntervalSince(start), cpu = 0.0, peak = 0.0
        for line in e.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            let value = t.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if t.hasPrefix("Maximum resident set size") { peak = (Double(value) ?? 0) / 1024 }
            if t.hasPrefix("User time") || t.hasPrefix("System time") { cpu += Double(value) ?? 0 }
            if t.hasPrefix("Elapsed (wall clock)") {
                let parts = t.components(separatedBy: "): ").last?.split(separator: ":").compactMap { Double($0) } ?? []
                if !parts.isEmpty { wall = parts.reduce(0) { $0 * 60 + $1 } }
            }
        }
        return Measured(status: p.terminationStatus, wall: wall, cpu: cpu, peakMB: peak,
                        output: String(decoding: o, as: UTF8.self) + e)
    }
}
