import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftExtraction
import StatecraftInterchange

/// `statecraft-bench spark`: the Spark job (`Scripts/spark/code_corpus.py`) in local mode on N
/// cores against `build --jobs N`, on the same JSONL corpus (the Guardian sample and the AG News
/// test split, `--copies` times, each copy a distinct text), start-up excluded on both sides:
/// build's extract+store phase as it reports it, the job's time after its SparkSession is up.
/// Prints the per-core rate and what it means for a cluster. Not a test: numbers vary with load.
struct BenchSpark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spark",
        abstract: "Benchmark the Spark job in local mode against build on the same cores (Guardian + AG News).")

    @Option(help: ArgumentHelp("The Guardian sample (CSV with text and date columns).", valueName: "FILE"))
    var guardian = "../shared/data/corpora/guardian-sample.csv"

    @Option(help: ArgumentHelp("The AG News test split (CSV without header: class, title, description).", valueName: "FILE"))
    var agnews = "../shared/data/corpora/agnews-test.csv"

    @Option(help: ArgumentHelp("How many copies of the two corpora (each copy's texts made distinct).", valueName: "N"))
    var copies = 10

    @Option(help: ArgumentHelp("Cores for both: local[N] and --jobs N.", valueName: "N"))
    var cores = 2

    @Option(help: ArgumentHelp("The Python of the PySpark environment (spark-submit beside it).", valueName: "PATH"))
    var python = ".venv-spark/bin/python"

    @Option(help: ArgumentHelp("The Spark job.", valueName: "FILE"))
    var job = "Scripts/spark/code_corpus.py"

    @Option(help: ArgumentHelp("Scratch directory.", valueName: "DIR"))
    var dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-bench-spark").path

    func validate() throws {
        guard copies >= 1, cores >= 1 else { throw ValidationError("--copies and --cores must be at least 1") }
    }

    func run() throws {
        for f in [guardian, agnews, job] where !FileManager.default.fileExists(atPath: f) {
            throw CLIError("\(f): no such file (run from the package root)")
        }
        let sparkSubmit = (python as NSString).deletingLastPathComponent + "/spark-submit"
        guard FileManager.default.isExecutableFile(atPath: sparkSubmit) else {
            throw CLIError("\(sparkSubmit): not found (make spark-deps installs pyspark into .venv-spark)")
        }
        let fm = FileManager.default
        try? fm.removeItem(atPath: dir)
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let exe = try StatecraftBinary.path()
        let corpus = "\(dir)/corpus.jsonl"
        let (articles, bytes) = try writeCorpus(to: corpus)
        print(String(format: "corpus: Guardian sample + AG News test split, %d copies: %d articles, %.1f MB of JSONL",
                     copies, articles, Double(bytes) / 1e6))

        // build --jobs N: its extract+store phase, as it reports it (after start-up and the validation pass).
        let db = "\(dir)/build.sqlite"
        let b = try Self.runProcess(exe, ["build", corpus, "--jobs", "\(cores)", "--db", db], log: "\(dir)/build.log")
        guard b.status == 0 else { throw CLIError("build failed: \(b.tail)") }
        guard let line = b.stdout.split(separator: "\n").first(where: { $0.hasPrefix("time: ") }),
              let buildSeconds = Double(line.dropFirst(6).split(separator: " ")[0]) else {
            throw CLIError("build printed no time line")
        }

        // The Spark job in local mode: its time after the SparkSession is up, as it reports it.
        var env = ProcessInfo.processInfo.environment
        env["PYSPARK_PYTHON"] = python
        env["SPARK_LOCAL_IP"] = env["SPARK_LOCAL_IP"] ?? "127.0.0.1"
        let s = try Self.runProcess(sparkSubmit, ["--master", "local[\(cores)]", "--driver-memory", "2g",
                                                  "--conf", "spark.ui.enabled=false", job, corpus,
                                                  "--output", "\(dir)/spark-out", "--statecraft", exe],
                                    environment: env, log: "\(dir)/spark.log")
        guard s.status == 0, let last = s.stdout.split(separator: "\n").last,
              let summary = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any],
              let sparkSeconds = (summary["total_s"] as? NSNumber)?.doubleValue,
              let coded = (summary["code_and_write_s"] as? NSNumber)?.doubleValue else {
            throw CLIError("the Spark job failed (log: \(dir)/spark.log): \(s.tail)")
        }
        let sparkArticles = (summary["articles"] as? NSNumber)?.intValue ?? 0
        print(String(format: "build --jobs %d: extract+store %.2f s (%.0f articles/s, %.2f MB/s)", cores, buildSeconds,
                     Double(articles) / buildSeconds, Double(bytes) / 1e6 / buildSeconds))
        print(String(format: "spark local[%d]: %d articles; code+write %.2f s, ties in Spark SQL %.2f s, total %.2f s "
                     + "(%.0f articles/s, %.2f MB/s; SparkSession start-up excluded)", cores, sparkArticles, coded,
                     sparkSeconds - coded, sparkSeconds, Double(articles) / sparkSeconds, Double(bytes) / 1e6 / sparkSeconds))
        print(String(format: "spark / build: %.2fx the wall time", sparkSeconds / buildSeconds))
        let perCore = Double(articles) / sparkSeconds / Double(cores)
        print(String(format: "per core: %.0f articles/s (%.2f MB/s)", perCore, Double(bytes) / 1e6 / sparkSeconds / Double(cores)))
        for clusterCores in [64, 256, 1024] {
            let hours = 100_000_000 / (perCore * Double(clusterCores)) / 3600
            print(String(format: "  100 million articles on %4d cores: 1e8 / (%.0f x %d) s = %.2f h", clusterCores, perCore,
                         clusterCores, hours))
        }
    }

    /// The two corpora as JSONL records, `copies` times; copy k > 0 ends each text with "(Copy k.)".
    func writeCorpus(to path: String) throws -> (articles: Int, bytes: Int) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let out = FileHandle(forWritingAtPath: path) else { throw CLIError("\(path): cannot be written") }
        defer { try? out.close() }
        let sources: [(CorpusReader, String)] = [
            (CorpusReader(), guardian),
            (CorpusReader(csvColumns: CSVCorpusColumns(text: ["2", "3"], title: "2", hasHeader: false),
                          defaultDate: Day("2004-08-01")), agnews),
        ]
        var articles: [Article] = []
        do {
            for (reader, file) in sources {
                for f in try CorpusReader.files(for: [file]) { try reader.forEachArticle(in: f) { articles.append($0) } }
            }
        } catch let e as CorpusError {
            throw CLIError(e.message)
        }
        var count = 0, bytes = 0
        for k in 0..<copies {
            var chunk = ""
            for a in articles {
                let text = k == 0 ? a.text : a.text + "\n\n(Copy \(k).)"
                chunk += "{\"id\":" + ExtractLine.string("\(k)-\(a.id)") + ",\"title\":" + (a.title.map(ExtractLine.string) ?? "null")
                    + ",\"date\":" + (a.date.map { ExtractLine.string($0.description) } ?? "null")
                    + ",\"text\":" + ExtractLine.string(text) + "}\n"
                count += 1
            }
            bytes += chunk.utf8.count
            out.write(Data(chunk.utf8))
        }
        return (count, bytes)
    }

    struct Run {
        let status: Int32
        let stdout: String
        let log: String
        var tail: String { String((stdout + log).suffix(400)) }
    }

    /// Runs a process with its standard error to `log` (Spark writes much there), stdout captured.
    static func runProcess(_ exe: String, _ args: [String], environment: [String: String]? = nil, log: String) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        if let environment { p.environment = environment }
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        let out = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try err.close()
        let logText = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return Run(status: p.terminationStatus, stdout: String(decoding: data, as: UTF8.self), log: String(logText.suffix(2000)))
    }
}
