import Foundation
import GRDB
import GRDBSQLite
import StatecraftCore

/// The embedded store: articles, actors and events with their evidence, in one SQLite file.
///
/// Every write is one transaction: an ingest that fails leaves the store as it was.
/// Ingesting an article whose content hash is already stored adds nothing.
public final class EventStore: @unchecked Sendable {
    public let path: String
    let db: DatabaseQueue

    /// The version of the SQLite library in use (`sqlite3_libversion`), such as "3.40.1".
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }

    /// How long a connection waits for another process's write by default (seconds).
    public static let defaultBusyTimeout: TimeInterval = 30

    /// Opens (or, unless `mustExist`, creates) the store at `path` and brings its schema up to date.
    ///
    /// With `readOnly`, the file is opened read-only and nothing is ever written: a store whose
    /// schema is older than this version's is an error (``StoreError/olderSchema(path:)``) instead of
    /// being migrated in place. A writer creates or migrates the schema once even when several
    /// processes open a new store at the same time. Any connection waits up to `busyTimeout`
    /// seconds for another process's write, then fails with ``StoreError/busy(path:waited:)``.
    public init(path: String, mustExist: Bool = false, readOnly: Bool = false,
                busyTimeout: TimeInterval = EventStore.defaultBusyTimeout) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        let fm = FileManager.default
        if mustExist || readOnly, !fm.fileExists(atPath: path) {
            throw StoreError.missing(path: path)
        }
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty, !fm.fileExists(atPath: dir) {
            throw StoreError.unavailable(path: path, reason: "directory \(dir) does not exist")
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.busyMode = .timeout(busyTimeout)
        do {
            db = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw Self.wrap(error, path: path, waited: busyTimeout)
        }
        do {
            try SchemaVersion.prepare(db, path: path, readOnly: readOnly, busyTimeout: busyTimeout)
        } catch let e as StoreError {
            throw e
        } catch {
            throw Self.wrap(error, path: path, waited: busyTimeout)
        }
    }

    /// How long this store's connection waits for other writers (seconds).
    public let busyTimeout: TimeInterval

    static func wrap(_ error: Error, path: String, waited: TimeInterval = 0) -> StoreError {
        if let e = error as? DatabaseError {
            switch e.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .busy(path: path, waited: waited)
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .corrupt(path: path, reason: e.message ?? "file is not a database")
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_FULL:
                return .unavailable(path: path, reason: e.message ?? "\(e.resultCode)")
            default:
                return .corrupt(path: path, reason: e.message ?? "\(e.resultCode)")
            }
        }
        return .unavailable(path: path, reason: "\(error)")
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try db.write(body) } catch let e as StoreError { throw e } catch let e as DatabaseError {
            throw Self.wrap(e, path: path, waited: busyTimeout)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try db.read(body) } catch let e as DatabaseError { throw Self.wrap(e, path: path, waited: busyTimeout) }
    }

    // MARK: - Writing

    /// Whether an article with this content hash is stored.
    public func contains(articleHash: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM article WHERE hash = ?)", arguments: [articleHash]) ?? false
        }
    }

    /// Ingests articles with their events in ONE transaction: all are stored, or none.
    /// Articles already stored (same hash, also twice in the batch) are skipped with their events.
    @discardableResult
    public func ingest(_ items: [ArticleIngest]) throws -> IngestSummary {
        try write { db in
            var summary = IngestSummary()
            let insertArticle = try db.makeStatement(sql: """
                INSERT INTO article (hash, title, url, date, sourcePath, outlet, signature) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(hash) DO NOTHING
                """)
            let nearDuplicates = try NearDuplicateIndex(db)
            var touched = Set<FactGrouping.Key>()
            let insertActor = try db.makeStatement(sql: """
                INSERT INTO actor (id, name, kind) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind
                """)
            let insertEvent = try db.makeStatement(sql: """
                INSERT INTO event (articleID, source, target, kind, plover, modality, weight, date, sentence, evidence, trigger,
                  mentions, datePrecision, background)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var knownActors = Set<String>()
            for item in items {
                let a = item.article
                try insertArticle.execute(arguments: [a.hash, a.title, a.url, a.date?.description, a.sourcePath, a.outlet,
                                                      a.signature.map { Data($0.bytes) }])
                guard db.changesCount > 0 else {
                    summary.articlesSkipped += 1
                    continue
                }
                summary.articlesAdded += 1
                let articleID = db.lastInsertedRowID
                if let signature = a.signature { try nearDuplicates.add(articleID, signature) }
                for e in item.events {
                    for actor in [e.source, e.target] where knownActors.insert(actor.id).inserted {
                        try insertActor.execute(arguments: [actor.id, actor.name, actor.kind.rawValue])
                    }
                    let date = (e.date ?? a.date)?.description
                    let precision = e.date == nil || e.datePrecision == .day ? nil : e.datePrecision.rawValue
                    try insertEvent.execute(arguments: [
                        articleID, e.source.id, e.target.id, e.kind.rawValue, e.plover.rawValue, e.modality.rawValue,
                        e.weight, date, e.sentence, e.evidence, e.trigger, e.mentions, precision, e.background,
                    ])
                    summary.eventsAdded += 1
                    // Background events (history the text recalls) count nothing in ties.
                    if !e.background {
                        touched.insert(FactGrouping.Key(source: e.source.id, target: e.target.id, kind: e.kind.rawValue,
                                                        modality: e.modality.rawValue))
                    }
                }
            }
            // The facts of the keys these events belong to, and their tie totals (FactRule).
            try FactGrouping.refresh(db, keys: touched)
            return summary
        }
    }

    // MARK: - Reading

    /// Counts of stored articles, events and actors.
    public func counts() throws -> (articles: Int, events: Int, actors: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM actor") ?? 0)
        }
    }

    /// Every stored article, by insertion order.
    public func articles() throws -> [ArticleRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT hash, title, url, date, sourcePath, outlet FROM article ORDER BY id").map {
                ArticleRecord(hash: $0["hash"], title: $0["title"], url: $0["url"],
                              date: ($0["date"] as String?).flatMap { Day($0) },
                              sourcePath: $0["sourcePath"], outlet: $0["outlet"])
            }
        }
    }

    /// The stored article with this hash.
    public func article(hash: String) throws -> ArticleRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT hash, title, url, date, sourcePath, outlet FROM article WHERE hash = ?",
                             arguments: [hash]).map {
                ArticleRecord(hash: $0["hash"], title: $0["title"], url: $0["url"],
                              date: ($0["date"] as String?).flatMap { Day($0) },
                              sourcePath: $0["sourcePath"], outlet: $0["outlet"])
            }
        }
    }

    /// Stored actors by id.
    public func actors() throws -> [String: Actor] {
        try read { db in try actorMap(db) }
    }

    func actorMap(_ db: Database) throws -> [String: Actor] {
        var map: [String: Actor] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, kind FROM actor") {
            let id: String = row["id"]
            map[id] = Actor(id: id, name: row["name"], kind: ActorKind(rawValue: row["kind"]) ?? .nonstate)
        }
        return map
    }

    private static let eventColumns = """
        SELECT e.source, e.target, e.kind, e.plover, e.modality, e.weight, e.date, a.hash, e.sentence, e.evidence, e.trigger, e.mentions,
               e.datePrecision, e.background, COALESCE(e.articles, e.numArticles, 1), COALESCE(e.sources, e.numSources, 1)
        FROM event e JOIN article a ON a.id = e.articleID
        """

    /// SQL true for the event that stands for its fact (the fact's first report, or an event that is a fact of its own).
    static let factHead = "(e.fact IS NULL OR e.fact = e.id)"

    private func decodeEvents(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Event] {
        let actors = try actorMap(db)
        var out: [Event] = []
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() {
            let s: String = row[0], t: String = row[1]
            guard let kind = RelationKind(rawValue: row[2]), let plover = PLOVERCategory(rawValue: row[3]),
                  let modality = Modality(rawValue: row[4]) else { continue }
            out.append(Event(
                source: actors[s] ?? Actor(id: s, name: s, kind: .nonstate),
                target: actors[t] ?? Actor(id: t, name: t, kind: .nonstate),
                kind: kind, plover: plover, modality: modality, weight: row[5],
                date: (row[6] as String?).flatMap { Day($0) }, article: row[7], sentence: row[8],
                evidence: row[9], trigger: row[10], mentions: row[11],
                datePrecision: (row[12] as String?).flatMap { DatePrecision(rawValue: $0) } ?? .day,
                background: row[13], articles: row[14], sources: row[15]))
        }
        return out
    }

    /// Stored events, optionally limited to a period (inclusive; undated events only when unbounded).
    /// Background events (history the text recalls) only `includingBackground`.
    public func events(since: Day? = nil, until: Day? = nil, includingBackground: Bool = false) throws -> [Event] {
        try read { db in
            var clauses: [String] = [Self.factHead] + (includingBackground ? [] : ["e.background = 0"])
            var args: [DatabaseValueConvertible?] = []
            if let since { clauses.append("e.date >= ?"); args.append(since.description) }
            if let until { clauses.append("e.date <= ?"); args.append(until.description) }
            let whereSQL = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
            return try decodeEvents(db, sql: Self.eventColumns + whereSQL + " ORDER BY e.id",
                                    arguments: StatementArguments(args))
        }
    }

    /// Events between two actors, both directions, oldest first, background events included (evidence):
    /// one per fact (its first report, with the fact's `articles` and `sources` counts).
    ///
    /// With `perTie`, only the best `perTie` events of each direction and kind: the weightiest
    /// (|weight| × modality discount), then the newest — the evidence worth reading first. Reads
    /// through the pair index, so it stays fast on dyads with thousands of events (GDELT imports).
    public func events(between a: String, and b: String, since: Day? = nil, until: Day? = nil,
                       perTie: Int? = nil) throws -> [Event] {
        try read { db in
            var filter = "((e.source = ? AND e.target = ?) OR (e.source = ? AND e.target = ?)) AND " + Self.factHead
            var args: [DatabaseValueConvertible?] = [a, b, b, a]
            if let since { filter += " AND e.date >= ?"; args.append(since.description) }
            if let until { filter += " AND e.date <= ?"; args.append(until.description) }
            guard let perTie else {
                return try decodeEvents(db, sql: Self.eventColumns + " WHERE " + filter + " ORDER BY e.date, e.id",
                                        arguments: StatementArguments(args))
            }
            let discount = "CASE e.modality " + Modality.allCases.map { "WHEN '\($0.rawValue)' THEN \($0.discount)" }
                .joined(separator: " ") + " ELSE 0 END"
            // Rank on the narrow columns first; read evidence and articles for the winners only.
            let sql = """
                SELECT e.source, e.target, e.kind, e.plover, e.modality, e.weight, e.date, a.hash, e.sentence, e.evidence, e.trigger, e.mentions,
                       e.datePrecision, e.background, COALESCE(e.articles, e.numArticles, 1), COALESCE(e.sources, e.numSources, 1)
                FROM (SELECT e.id, ROW_NUMBER() OVER (
                        PARTITION BY e.source, e.target, e.kind
                        ORDER BY abs(e.weight) * (\(discount)) DESC, e.date DESC, e.id) AS rank
                      FROM event e WHERE \(filter)) r
                JOIN event e ON e.id = r.id JOIN article a ON a.id = e.articleID
                WHERE r.rank <= ? ORDER BY e.date, e.id
                """
            args.append(perTie)
            return try decodeEvents(db, sql: sql, arguments: StatementArguments(args))
        }
    }

    /// Running totals per directed pair, kind and modality (no scan of events).
    public func tieTotals() throws -> [TieTotal] {
        try read { db in try fetchTieTotals(db, where: "1") }
    }

    /// Rows of the `tie` table matching `condition`, as totals with their actors.
    func fetchTieTotals(_ db: Database, where condition: String, arguments: StatementArguments = []) throws -> [TieTotal] {
        let actors = try actorMap(db)
        return try Row.fetchAll(db, sql: """
            SELECT source, target, kind, modality, events, mentions, absWeight, signedWeight FROM tie WHERE \(condition)
            """, arguments: arguments).compactMap { row -> TieTotal? in
            let s: String = row[0], t: String = row[1]
            guard let kind = RelationKind(rawValue: row[2]), let modality = Modality(rawValue: row[3]) else { return nil }
            return TieTotal(source: actors[s] ?? Actor(id: s, name: s, kind: .nonstate),
                            target: actors[t] ?? Actor(id: t, name: t, kind: .nonstate),
                            kind: kind, modality: modality, events: row[4], mentions: row[5],
                            absWeight: row[6], signedWeight: row[7])
        }
    }
}
