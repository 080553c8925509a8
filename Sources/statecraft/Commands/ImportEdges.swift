import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftData
import StatecraftInterchange
import StatecraftStore

/// `statecraft import edges FILE...`
struct ImportEdges: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edges",
        abstract: "Import dated edge lists: HEAD<TAB>RELATION<TAB>TAIL<TAB>YYYY-MM-DD (ICEWS extracts).",
        discussion: """
            RELATION is a CAMEO event name ("Make a visit") or code. Actors resolve through the \
            dictionary ("Foreign Affairs (France)" is France); the rest are kept as nonstate actors. \
            Each file is committed whole or not at all; re-importing the same file adds nothing.
            """)

    @Argument(help: ArgumentHelp("Edge-list files.", valueName: "FILE"))
    var files: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        let importer = EdgeListImporter(cameo: try CAMEOTable(contentsOf: BundledData.cameoURL),
                                        dictionary: try dictionaryOptions.load(), ontology: try .bundled())
        try store.importFiles(files) { file, db in try importer.importFile(file, into: db) }
    }
}
