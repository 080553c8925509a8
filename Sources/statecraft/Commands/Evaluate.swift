import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftExtraction

/// `statecraft evaluate --gold FILE`: runs the extractor on a gold file's records and scores it like score.py.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the extractor against a gold JSONL file (recall, precision, forbidden, per-category confusion).")

    @Option(help: ArgumentHelp("Gold JSONL file (records with a 'gold' list).", valueName: "FILE"))
    var gold: String

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "List misses and unmatched predictions.")
    var showMisses = false

    @OptionGroup var dictionaryOptions: DictionaryOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        guard FileManager.default.fileExists(atPath: gold) else { throw CLIError("\(gold): no such file") }
        let scorer = GoldScorer()
        let records: [GoldScorer.Record]
        do { records = try scorer.records(contentsOf: URL(fileURLWithPath: gold)) } catch let e as ArticleReadError {
            throw CLIError(e.description)
        }
        guard !records.isEmpty else { throw CLIError("\(gold): no gold records; nothing to score") }
        let extractor = try EventExtractor(dictionary: try dictionaryOptions.load(), ontology: try .bundled(), lexicon: try lexiconOptions.load()).withConfiguredSyntax()
        var predictions: [String: [Event]] = [:]
        for r in records { predictions[r.article.id, default: []] += extractor.extract(r.article).events }
        let s = scorer.score(records, predictions: predictions)
        let categories = s.confusion.keys.sorted()
        let predicted = Set(s.confusion.values.flatMap(\.keys)).sorted()
        switch format {
        case .json:
            var confusion: [String: [String: Int]] = [:]
            for c in categories { confusion[c] = s.confusion[c] }
            let object: [String: Any] = [
                "records": s.records, "required": s.required, "found": s.found, "predicted": s.predicted,
                "correct": s.correct, "forbidden": s.forbidden, "recall": (s.recall * 10000).rounded() / 10000,
                "precision": (s.precision * 10000).rounded() / 10000, "f1": (s.f1 * 10000).rounded() / 10000,
                "confusion": confusion,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        case .text:
            print("records \(s.records)  required \(s.required)  found \(s.found)  predicted \(s.predicted)  correct \(s.correct)  forbidden \(s.forbidden)")
            print(String(format: "recall %.3f  precision %.3f  f1 %.3f", s.recall, s.precision, s.f1))
            print("\nconfusion (rows: gold category; columns: category of the matching or first prediction, — none)")
            let width = max(12, (categories + predicted).map(\.count).max() ?? 12)
            func pad(_ x: String) -> String { x + String(repeating: " ", count: max(0, width - x.count)) }
            print(pad("") + predicted.map { pad($0) }.joined())
            for c in categories {
                print(pad(c) + predicted.map { pad(s.confusion[c]?[$0].map(String.init) ?? ".") }.joined())
            }
        }
        if showMisses {
            for m in s.misses { StandardOutput.warn("MISS \(m)") }
            for n in s.noise { StandardOutput.warn("\(n)") }
        }
    }
}
