import ArgumentParser
import Foundation
import StatecraftInterchange
import StatecraftStore

/// `statecraft import events PATH...`: the output of `statecraft extract --articles` (for example a
/// Spark job's) into the store, exactly as `build` would have stored the same articles.
struct ImportEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Import the output of 'statecraft extract --articles' (files, or directories such as a Spark job's output).",
        discussion: """
            Stores the same articles, events and tie totals as 'statecraft build' on the same records. \
            Every line is read and checked before the store is opened: a bad line (named by file and \
            line), or an article whose event lines do not match its article line, leaves the store as \
            it was. Re-importing adds nothing (articles are identified by content hash). Directories \
            are searched recursively; files named _* (Spark's _SUCCESS) and hidden files are skipped.
            """)

    @Argument(help: ArgumentHelp("Files or directories of extract's JSON lines.", valueName: "PATH"))
    var paths: [String]

    @Option(name: .customLong("batch-size"), help: ArgumentHelp("Articles per committed transaction.", valueName: "N"))
    var batchSize: Int = 512

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let importer = ExtractedEventImporter(batchSize: batchSize)
        do {
            // Check every line before the store is opened: bad input leaves no trace.
            let files = try ExtractedEventImporter.files(for: paths)
            let total = try importer.validate(files)
            let db = try store.openForWriting()
            let bar = ProgressBar(total: total, label: "articles")
            let s = try importer.importFiles(files, into: db) { bar.update($0) }
            bar.finish()
            let c = try db.counts()
            print("articles: \(s.articlesAdded) added, \(s.articlesSkipped) skipped (already stored)")
            print("events: \(s.eventsAdded) added")
            print("store \(store.path): \(c.articles) articles, \(c.events) events, \(c.actors) actors")
        } catch let e as CorpusError {
            throw CLIError(e.message)
        }
    }
}
