import ArgumentParser

/// `statecraft import gdelt|edges|csv|events FILE...`: event data that others coded (or `extract` coded elsewhere), into the store.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import event data: GDELT exports, dated edge lists (ICEWS), any event table (CSV), extract's output.",
        subcommands: [ImportGDELT.self, ImportEdges.self, ImportCSV.self, ImportEvents.self])
}
