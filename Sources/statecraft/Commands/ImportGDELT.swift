import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftData
import StatecraftInterchange
import StatecraftStore

extension GDELTWeight: ExpressibleByArgument {}

/// `statecraft import gdelt FILE...`
struct ImportGDELT: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gdelt",
        abstract: "Import GDELT 1.0 (57/58 columns) or 2.0 (61 columns) event exports, plain or zipped.",
        discussion: """
            Rows with two country actors and a CAMEO code that has a relation kind become events \
            (SOURCEURL is the evidence). Other rows are counted and skipped; bad rows are reported \
            with their line numbers. Each file is committed whole or not at all; re-importing adds nothing.
            """)

    @Argument(help: ArgumentHelp("GDELT export files (.CSV, .tsv or .zip).", valueName: "FILE"))
    var files: [String]

    @Option(help: "What weighs a tie: goldstein (GoldsteinScale), mentions (NumMentions), events (each event 1).")
    var weight: GDELTWeight = .goldstein

    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let importer = GDELTImporter(cameo: try CAMEOTable(contentsOf: BundledData.cameoURL),
                                     dictionary: try dictionaryOptions.load(), weight: weight)
        try store.importFiles(files) { file, db in try importer.importFile(file, into: db) }
    }
}
