import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftExtraction
import StatecraftInterchange
import StatecraftStore

/// `statecraft build PATH... [--date D]`: articles in, events into the store.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the graph from articles: files or directories of .txt, .md, .html, .jsonl and .csv.",
        discussion: """
            Every input is read and checked before anything is stored: bad input (a missing path, an \
            empty, binary or non-UTF-8 file, a malformed JSONL line, a missing CSV column) stops the \
            run with the store as it was. Articles are then stored in batches of committed \
            transactions: an interrupted run keeps what it committed, and a re-run skips articles \
            already stored (same content hash). CSV: one article a row, text from --text-column \
            (repeat it to join columns); --no-header takes column numbers (1-based).
            """)

    @Argument(help: ArgumentHelp("Article files or directories (searched recursively).", valueName: "PATH"))
    var paths: [String]

    @Option(help: ArgumentHelp("The date of articles whose file gives none.", valueName: "YYYY-MM-DD"))
    var date: Day?

    @Option(name: .customLong("text-column"), help: ArgumentHelp("CSV: the text column (default: text).", valueName: "C"))
    var textColumns: [String] = []
    @Option(name: .customLong("date-column"), help: ArgumentHelp("CSV: the date column (default: date, when present).", valueName: "C"))
    var dateColumn: String?
    @Option(name: .customLong("title-column"), help: ArgumentHelp("CSV: the title column (default: title, when present).", valueName: "C"))
    var titleColumn: String?
    @Option(name: .customLong("url-column"), help: ArgumentHelp("CSV: the URL column (default: url, when present).", valueName: "C"))
    var urlColumn: String?
    @Option(name: .customLong("id-column"), help: ArgumentHelp("CSV: the id column (default: id, when present).", valueName: "C"))
    var idColumn: String?
    @Flag(name: .customLong("no-header"), help: "CSV: the first row is data; columns are numbers (1-based).")
    var noHeader = false

    @Option(help: ArgumentHelp("Extraction threads (default: all cores).", valueName: "N"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("batch-size"), help: ArgumentHelp("Articles per committed transaction.", valueName: "N"))
    var batchSize: Int = 512

    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be 1...256") }
        guard (1...100_000).contains(batchSize) else { throw ValidationError("--batch-size must be 1...100000") }
    }

    func run() throws {
        let columns = CSVCorpusColumns(text: textColumns.isEmpty ? (noHeader ? ["1"] : ["text"]) : textColumns,
                                       title: titleColumn, date: dateColumn, url: urlColumn, id: idColumn,
                                       hasHeader: !noHeader)
        let reader = CorpusReader(csvColumns: columns, defaultDate: date)
        let extractor = try EventExtractor(dictionary: try dictionaryOptions.load(), ontology: try .bundled(), lexicon: try lexiconOptions.load()).withConfiguredSyntax()
        do {
            // Check every input before the store is opened: bad input leaves no trace.
            let files = try CorpusReader.files(for: paths)
            let total = try reader.validate(files)
            let db = try store.openForWriting()
            let builder = CorpusBuilder(reader: reader, extractor: extractor, store: db, jobs: jobs, batchSize: batchSize)
            let bar = ProgressBar(total: total, label: "articles")
            let s = try builder.build(files) { bar.update($0) }
            bar.finish()
            let c = try db.counts()
            print("articles: \(s.articlesAdded) added, \(s.articlesSkipped) skipped (already stored)"
                  + (s.emptyRecords > 0 ? ", \(s.emptyRecords) records without text" : ""))
            print("events: \(s.eventsAdded) added")
            print(String(format: "time: %.2f s to extract and store (%.0f articles/s, %d thread(s))", s.seconds,
                         Double(s.articlesRead) / max(s.seconds, 1e-9), jobs))
            print("store \(store.path): \(c.articles) articles, \(c.events) events, \(c.actors) actors")
            if s.warnings > 0 {
                StandardOutput.warn("\(s.warnings) warning(s) about skipped text, e.g.:")
                for line in s.firstWarnings { StandardOutput.warn("  \(line)") }
            }
        } catch let e as CorpusError {
            throw CLIError(e.message)
        }
    }
}
