import Foundation
import GRDB

/// Bringing a store's schema to this version's, once, whatever else is running.
///
/// The schema version is also kept in `PRAGMA user_version` (the number of migrations), so
/// any SQLite tool can tell which Statecraft wrote a file.
enum SchemaVersion {
    /// The number of registered migrations: the `user_version` of an up-to-date store.
    static var current: Int { Schema.migrator.migrations.count }

    /// Checks (read-only) or migrates (writer) the schema of the store open in `db`.
    static func prepare(_ db: DatabaseQueue, path: String, readOnly: Bool, busyTimeout: TimeInterval) throws {
        let migrator = Schema.migrator
        let (version, superseded, complete) = try db.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
             try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
        }
        if version > current || superseded { throw StoreError.newerSchema(path: path) }
        if complete, version == current { return }
        if readOnly {
            if complete { return }  // written before user_version was kept; nothing to change
            throw StoreError.olderSchema(path: path)
        }
        // Serialise migrating writers across processes: two first `build`s on a new path
        // would otherwise both create the tables.
        let lock = try MigrationLock(path: path, timeout: busyTimeout)
        defer { lock.release() }
        try migrator.migrate(db)
        try db.write { db in
            if try Int.fetchOne(db, sql: "PRAGMA user_version") != current {
                try db.execute(sql: "PRAGMA user_version = \(current)")
            }
        }
    }
}

/// An exclusive `flock` on the directory that holds the store, held while its schema is migrated.
///
/// The directory, not the database file: closing a descriptor of the database file would drop
/// the POSIX locks SQLite holds on it. Migrations are short, so stores that share a directory
/// waiting on each other for them costs nothing.
struct MigrationLock {
    private let fd: Int32

    init(path: String, timeout: TimeInterval) throws {
        let directory = (path as NSString).deletingLastPathComponent
        fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }  // an unreadable directory: SQLite's own locking still applies
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { return }
            if Date() >= deadline {
                close(fd)
                throw StoreError.busy(path: path, waited: timeout)
            }
            usleep(20_000)
        }
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
    }
}
