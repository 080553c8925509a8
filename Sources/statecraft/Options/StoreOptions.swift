import ArgumentParser
import Foundation
import StatecraftStore

/// `--db PATH`: where the SQLite store lives (default `statecraft.sqlite` in the
/// working directory, or `$STATECRAFT_DB`); `--wait SECONDS`: how long to wait for another
/// process that is writing it (default `$STATECRAFT_BUSY_TIMEOUT`, else 30).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store (SQLite file).", valueName: "PATH"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(
        "Seconds to wait while another process writes the store (default: $STATECRAFT_BUSY_TIMEOUT, else 30).",
        valueName: "SECONDS"))
    var wait: Double?

    /// The path to open: `--db`, else `$STATECRAFT_DB`, else `./statecraft.sqlite`.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["STATECRAFT_DB"], !env.isEmpty { return env }
        return "statecraft.sqlite"
    }

    func validate() throws {
        if let wait, !(wait >= 0 && wait <= 86_400) { throw ValidationError("--wait must be a number of seconds, 0...86400") }
        _ = try busyTimeout()
    }

    /// `--wait`, else `$STATECRAFT_BUSY_TIMEOUT`, else the store's default.
    func busyTimeout() throws -> TimeInterval {
        if let wait { return wait }
        guard let env = ProcessInfo.processInfo.environment["STATECRAFT_BUSY_TIMEOUT"], !env.isEmpty else {
            return EventStore.defaultBusyTimeout
        }
        guard let v = Double(env), v >= 0, v <= 86_400 else {
            throw ValidationError("STATECRAFT_BUSY_TIMEOUT must be a number of seconds, 0...86400 (got '\(env.prefix(40))')")
        }
        return v
    }
}

extension StoreOptions {
    /// Opens an existing store for a query, read-only (an error when there is none yet, or when
    /// it is an older version that only a writing command may upgrade).
    func open() throws -> EventStore {
        try EventStore(path: path, mustExist: true, readOnly: true, busyTimeout: busyTimeout())
    }

    /// Opens the store for writing, creating it when needed.
    func openForWriting() throws -> EventStore { try EventStore(path: path, busyTimeout: busyTimeout()) }

    /// Runs `body` on the store opened for writing. When the body fails and the store was created
    /// for it and still holds no article, the new file is removed: a failed first import leaves
    /// no empty store behind.
    func writing<T>(_ body: (EventStore) throws -> T) throws -> T {
        let existed = FileManager.default.fileExists(atPath: path)
        let store = try openForWriting()
        do {
            return try body(store)
        } catch {
            if !existed, (try? store.counts().articles) == 0 {
                for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
            }
            throw error
        }
    }
}
