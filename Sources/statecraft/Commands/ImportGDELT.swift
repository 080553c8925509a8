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
        let dictionary = try dictionaryOptions.load()
        let cameo = try CAMEOTable(contentsOf: BundledData.cameoURL)
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw CLIError("\(file): no such file")
        }
        let importer = GDELTImporter(cameo: cameo, dictionary: dictionary, weight: weight)
        try store.writing { db in
            var output = ImportOutput()
            for file in files { output.show(try importer.importFile(file, into: db)) }
            let c = try db.counts()
            print("store \(store.path): \(c.events) events, \(c.actors) actors")
            try output.finish()
        }
    }
}
