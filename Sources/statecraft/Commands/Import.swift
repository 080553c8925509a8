import ArgumentParser

/// `statecraft import gdelt|edges|csv FILE...`: event data that others coded, into the store.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import event data: GDELT exports, dated edge lists (ICEWS), any event table (CSV).",
        subcommands: [ImportGDELT.self, ImportEdges.self, ImportCSV.self])
}
