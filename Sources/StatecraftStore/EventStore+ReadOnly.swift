import Foundation
import GRDB
import StatecraftCore

extension EventStore {
    /// Opens an existing store for reading only: no migration and no write ever, so a
    /// `build` or `import` writing into the same file at the same time is not disturbed
    /// (reads wait for a writer's commit up to the store's busy timeout, then fail with a one-line error).
    ///
    /// Fails when the file is missing, is not a store, or has a schema older or newer than
    /// this Statecraft's (an older one is brought up to date by any writing command).
    public static func openReadOnly(path: String) throws -> EventStore {
        try EventStore(path: path, mustExist: true, readOnly: true)
    }

    /// A number that changes whenever the store's content changes (events or articles added):
    /// the largest event and article row ids, for keys of caches of derived views.
    public func contentVersion() throws -> String {
        try read { db in
            let e = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM event") ?? 0
            let a = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM article") ?? 0
            return "\(a).\(e)"
        }
    }

    /// The first and last event days (nil when no event is dated); background events (history) left out.
    public func period() throws -> (first: Day?, last: Day?) {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT MIN(date), MAX(date) FROM event WHERE date IS NOT NULL AND background = 0")
            return ((row?[0] as String?).flatMap { Day($0) }, (row?[1] as String?).flatMap { Day($0) })
        }
    }
}
