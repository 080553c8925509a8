import ArgumentParser
import Foundation
import StatecraftExtraction
import StatecraftSyntax

/// `statecraft-bench parse`: tagging + parsing throughput (words/s on one core) on the Guardian sample and on EWT test,
/// side by side with spaCy's measured parser+NER rate.
struct BenchParse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Benchmark tagging + dependency parsing (words per second per core) against spaCy's measured rate.")

    @Option(help: ArgumentHelp("CSV corpus with a text column, split and tokenised as the coder does.", valueName: "CSV"))
    var corpus = "../shared/data/corpora/guardian-sample.csv"

    @Option(help: ArgumentHelp("CoNLL-U file with gold words.", valueName: "FILE"))
    var treebank = "../shared/data/treebanks/en_ewt-ud-test.conllu"

    @Option(help: "Repetitions of each measurement (the best is reported).")
    var repeats: Int = 3

    @Option(help: ArgumentHelp("The peer's results (spaCy en_core_web_sm parser+NER).", valueName: "FILE"))
    var peer = "../shared/bench/text/results_text.json"

    @Option(help: ArgumentHelp("The model file (default: the bundled one).", valueName: "FILE"))
    var model: String?

    func run() throws {
        let loadStart = BenchExtract.cpuSeconds()
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let syntax = try SyntaxModel.load(model)
        let loadWall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        print(String(format: "model: loaded in %.3f s (cpu %.3f s), %.0f MB of weights in memory",
                     loadWall, BenchExtract.cpuSeconds() - loadStart, Double(syntax.memoryBytes) / 1e6))
        let analyzer = SyntaxAnalyzer(model: syntax)
        let spacy = Self.spacyWordsPerSecond(peer)

        var inputs: [(String, [[String]])] = []
        if let data = FileManager.default.contents(atPath: corpus), let text = String(data: data, encoding: .utf8) {
            let segmenter = TextSegmenter()
            let articles = CSVCorpus.articles(text, name: (corpus as NSString).lastPathComponent)
            inputs.append(((corpus as NSString).lastPathComponent, articles.flatMap { segmenter.sentences($0.text).map(\.words) }))
        } else { print("\(corpus): not found, skipped") }
        if FileManager.default.fileExists(atPath: treebank) {
            let sentences = try CoNLLU.readAnnotatedFiles((treebank as NSString).deletingLastPathComponent, [(treebank as NSString).lastPathComponent])
            inputs.append(((treebank as NSString).lastPathComponent, sentences.map(\.words)))
        } else { print("\(treebank): not found, skipped") }

        for (name, sentences) in inputs {
            let words = sentences.reduce(0) { $0 + $1.count }
            var best = Double.infinity
            for _ in 0..<max(1, repeats) {
                let cpu0 = BenchExtract.cpuSeconds()
                for s in sentences { analyzer.analyze(s) }
                best = min(best, BenchExtract.cpuSeconds() - cpu0)
            }
            print(String(format: "%@: %d sentences, %d words: tag + parse %.3f cpu-s, %.0f words/s per core",
                         name, sentences.count, words, best, Double(words) / best))
        }
        if let (rate, corpusName) = spacy {
            print(String(format: "spaCy en_core_web_sm (tok2vec, tagger, parser, NER, …) on %@, one core: %.0f words/s (../shared/bench/text)", corpusName, rate))
        } else {
            print("peer: \(peer) not found; no spaCy comparison")
        }
    }

    /// spaCy's one-core words/s on the Guardian sample: its words over its median CPU seconds.
    static func spacyWordsPerSecond(_ path: String) -> (Double, String)? {
        guard let data = FileManager.default.contents(atPath: path),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let words = ((root["corpora"] as? [String: Any])?["guardian"] as? [String: Any])?["words"] as? Double,
              let g = ((((root["spacy"] as? [String: Any])?["full"] as? [String: Any])?["by_corpus"] as? [String: Any])?["guardian"] as? [String: Any]),
              let secs = (g["cpu_s_median"] as? Double) ?? (g["wall_s_median"] as? Double) else { return nil }
        return (words / secs, "the Guardian sample")
    }
}
