import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftData
import StatecraftInterchange
import StatecraftStore

/// `statecraft import csv FILE --source COL --target COL --kind COL [--date COL] [--weight COL]`
struct ImportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import any event table (CSV with a header row), one event a row.",
        discussion: """
            KIND values may be Statecraft kinds (sanctions, visit, ...), CAMEO codes (042) or CAMEO \
            names (Make a visit). Without --weight the kind's default weight is used. A column that \
            does not exist is an error before anything is read. Actor names the dictionary does not know \
            ("Atlantis", a misspelt state) are listed with their row counts; --unknown says what to do with \
            them: fail (the default: nothing is imported, so you can choose, since the same file imports only \
            once), skip (leave their rows out) or create (add each as a non-state actor).
            """)

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("Column with the acting actor.", valueName: "COL")) var source: String
    @Option(help: ArgumentHelp("Column with the actor acted upon.", valueName: "COL")) var target: String
    @Option(help: ArgumentHelp("Column with the relation kind.", valueName: "COL")) var kind: String
    @Option(help: ArgumentHelp("Column with the date (YYYY-MM-DD).", valueName: "COL")) var date: String?
    @Option(help: ArgumentHelp("Column with the weight (Goldstein scale).", valueName: "COL")) var weight: String?
    @Option(help: ArgumentHelp("Actor names not in the dictionary: fail (import nothing, list them), skip (leave their rows out) or create (new non-state actors).",
                               valueName: "fail|skip|create"))
    var unknown: UnknownActorPolicy = .fail

    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let importer = CSVEventImporter(
            cameo: try CAMEOTable(contentsOf: BundledData.cameoURL), dictionary: try dictionaryOptions.load(),
            ontology: try .bundled(),
            columns: .init(source: source, target: target, kind: kind, date: date, weight: weight), unknownActors: unknown)
        do { _ = try importer.checkHeader(file) } catch let e as ImportFailure { throw CLIError(e.problem) }
        try store.writing { db in
            var output = ImportOutput()
            do { output.show(try importer.importFile(file, into: db)) } catch let e as ImportFailure { throw CLIError(e.problem) }
            try output.finish()
        }
    }
}
