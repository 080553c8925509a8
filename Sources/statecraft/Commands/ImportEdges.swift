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
            dictionary; sub-state actors roll up to their state with their sector ("Foreign Affairs \
            (France)" is France, government; "Citizen (India)" is India, civilians; the sectors are \
            kept in each event's trigger); the rest are kept as nonstate actors. \
            Each file is committed whole or not at all; re-importing the same file adds nothing.
            """)

    @Argument(help: ArgumentHelp("Edge-list files.", valueName: "FILE"))
    var files: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Flag(name: .customLong("keep-sub-state"),
          help: "Keep sub-state actors other than the state's organs (\"Citizen (India)\") as nonstate actors of their own.")
    var keepSubState = false

    func run() throws {
        let importer = EdgeListImporter(cameo: try CAMEOTable(contentsOf: BundledData.cameoURL),
                                        dictionary: try dictionaryOptions.load(), ontology: try .bundled(),
                                        rollUp: !keepSubState)
        try store.importFiles(files) { file, db in try importer.importFile(file, into: db) }
    }
}
