import ArgumentParser
import Foundation
import StatecraftStore

/// `--db PATH`: where the SQLite store lives (default `statecraft.sqlite` in the
/// working directory, or `$STATECRAFT_DB`).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store (SQLite file).", valueName: "PATH"))
    var db: String?

    /// The path to open: `--db`, else `$STATECRAFT_DB`, else `./statecraft.sqlite`.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["STATECRAFT_DB"], !env.isEmpty { return env }
        return "statecraft.sqlite"
    }
}


extension StoreOptions {
    /// Opens an existing store for a query (an error when there is none yet).
    func open() throws -> EventStore { try EventStore(path: path, mustExist: true) }

    /// Opens the store for writing, creating it when needed.
    func openForWriting() throws -> EventStore { try EventStore(path: path) }
}
