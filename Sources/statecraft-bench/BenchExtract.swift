import ArgumentParser
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import StatecraftCore
import StatecraftExtraction

/// `statecraft-bench extract`: extraction throughput (MB/s, sentences/s) on CSV corpora, one core and all cores.
struct BenchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Benchmark the event extractor on CSV corpora (MB/s and sentences/s, one core and all cores).")

    @Argument(help: ArgumentHelp("CSV corpora with a text column (default: the shared Guardian and AG News samples).", valueName: "CSV"))
    var corpora: [String] = ["../shared/data/corpora/guardian-sample.csv", "../shared/data/corpora/agnews-test.csv"]

    @Option(help: "Repetitions of each measurement (the best is reported).")
    var repeats: Int = 3

    @Option(help: ArgumentHelp("The peer's results (spaCy en_core_web_sm parser+NER).", valueName: "FILE"))
    var peer = "../shared/bench/text/results_text.json"

    @OptionGroup var dictionaryOptions: DictionaryOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        let extractor = try EventExtractor(dictionary: try dictionaryOptions.load(), ontology: try .bundled(), lexicon: try lexiconOptions.load()).withConfiguredSyntax()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let spacy = Self.spacyMBPerSecond(peer)
        if spacy.isEmpty { print("peer: \(peer) not found; no spaCy comparison") }
        for path in corpora {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw CLIError("\(path): cannot be read as UTF-8 text")
            }
            let articles = CSVCorpus.articles(text, name: (path as NSString).lastPathComponent)
            let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
            for threads in Set([1, cores]).sorted() {
                var best = Double.infinity, bestCPU = Double.infinity
                var sentences = 0, events = 0
                for _ in 0..<max(1, repeats) {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let cpu0 = Self.cpuSeconds()
                    let (s, e) = Self.run(extractor, articles, threads: threads)
                    let secs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    best = min(best, secs)
                    bestCPU = min(bestCPU, Self.cpuSeconds() - cpu0)
                    sentences = s; events = e
                }
                print(String(format: "%@  %d articles  %.2f MB  %d thread(s): wall %.3f s  %.2f MB/s  %.0f sentences/s  |  cpu %.3f s  %.2f MB per cpu-s  |  %d events",
                             (path as NSString).lastPathComponent, articles.count, Double(bytes) / 1e6, threads, best,
                             Double(bytes) / 1e6 / best, Double(sentences) / best, bestCPU, Double(bytes) / 1e6 / bestCPU, events))
                if threads == 1, let peerRate = spacy[Self.peerCorpus(path)] {
                    print(String(format: "  side by side: spaCy en_core_web_sm parser+NER alone, one core, on %@: %.4f MB/s; the whole coder is %.0f× faster",
                                 Self.peerCorpus(path), peerRate, Double(bytes) / 1e6 / bestCPU / peerRate))
                }
            }
        }
    }

    /// spaCy's measured one-core throughput per corpus (`spacy.full.by_corpus.*.MB_per_s` in the peer's results).
    static func spacyMBPerSecond(_ path: String) -> [String: Double] {
        guard let data = FileManager.default.contents(atPath: path),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let corpora = ((root["spacy"] as? [String: Any])?["full"] as? [String: Any])?["by_corpus"] as? [String: Any] else { return [:] }
        return corpora.compactMapValues { ($0 as? [String: Any])?["MB_per_s"] as? Double }
    }

    /// The peer's name for a corpus file: the Guardian sample or AG News (World).
    static func peerCorpus(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent.lowercased()
        return name.contains("guardian") ? "guardian" : name.contains("agnews") ? "agnews_world" : name
    }

    /// CPU seconds used by this process so far (all threads): a measure that other load on the machine does not inflate.
    static func cpuSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func run(_ x: EventExtractor, _ articles: [Article], threads: Int) -> (Int, Int) {
        let chunks = max(1, threads)
        final class Totals: @unchecked Sendable {
            var sentences: [Int], events: [Int]
            init(_ n: Int) { sentences = Array(repeating: 0, count: n); events = Array(repeating: 0, count: n) }
        }
        let totals = Totals(chunks)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var s = 0, e = 0
            var i = c
            while i < articles.count {
                let r = x.extract(articles[i])
                s += r.sentenceCount
                e += r.events.count
                i += chunks
            }
            lock.lock(); totals.sentences[c] = s; totals.events[c] = e; lock.unlock()
        }
        return (totals.sentences.reduce(0, +), totals.events.reduce(0, +))
    }
}

/// A minimal CSV reader for corpora with a header and a text column (quoted fields, doubled quotes).
enum CSVCorpus {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { inQuotes = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); field = ""; rows.append(row); row = [] }
            else if c != "\r" { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// Articles from a CSV: the `text` column if the header has one (with `date`), else AG News' class,title,description.
    static func articles(_ text: String, name: String) -> [Article] {
        let all = rows(text)
        guard let header = all.first else { return [] }
        if let ti = header.firstIndex(of: "text") {
            let di = header.firstIndex(of: "date")
            return all.dropFirst().enumerated().compactMap { (i, r) in
                guard ti < r.count else { return nil }
                return Article(id: "\(name):\(i + 2)", date: di.flatMap { $0 < r.count ? Day(r[$0]) : nil }, text: r[ti])
            }
        }
        // AG News: class, title, description (no header).
        return all.enumerated().compactMap { (i, r) in
            guard r.count >= 3 else { return nil }
            return Article(id: "\(name):\(i + 1)", title: r[1], text: r[1] + ".\n" + r[2].replacingOccurrences(of: "\\", with: " "))
        }
    }
}
