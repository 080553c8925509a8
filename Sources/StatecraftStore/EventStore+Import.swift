import Foundation
import GRDB
import GRDBSQLite
import StatecraftCore

/// An event taken from an event dataset (GDELT, ICEWS edges, a CSV table) rather than from text.
///
/// Its evidence is what the dataset gives: GDELT's SOURCEURL, the edge-list line.
public struct ImportedEvent: Sendable {
    public var source: Actor
    public var target: Actor
    public var kind: RelationKind
    public var plover: PLOVERCategory
    public var modality: Modality
    /// The weight that counts towards tie strength (Goldstein scale unless the importer says otherwise).
    public var weight: Double
    public var date: Day?
    /// What backs the event: a source URL, a record.
    public var evidence: String
    /// What coded it: "CAMEO 042", the relation name of an edge list.
    public var trigger: String
    /// GDELT's NumMentions, NumSources and NumArticles, when known.
    public var numMentions: Int?
    public var numSources: Int?
    public var numArticles: Int?
    /// GDELT's GLOBALEVENTID: an event with an id already stored is skipped.
    public var gdeltID: Int64?

    public init(source: Actor, target: Actor, kind: RelationKind, plover: PLOVERCategory, modality: Modality,
                weight: Double, date: Day?, evidence: String, trigger: String, numMentions: Int? = nil,
                numSources: Int? = nil, numArticles: Int? = nil, gdeltID: Int64? = nil) {
        self.source = source
        self.target = target
        self.kind = kind
        self.plover = plover
        self.modality = modality
        self.weight = weight
        self.date = date
        self.evidence = evidence
        self.trigger = trigger
        self.numMentions = numMentions
        self.numSources = numSources
        self.numArticles = numArticles
        self.gdeltID = gdeltID
    }
}

/// A bulk import into the store, inside ONE write transaction: everything added through the
/// session is committed together when the body returns, or rolled back when it throws.
///
/// Prepared statements with direct binding; tie running totals are summed in memory and
/// written once at the end, so the `tie` table stays in step with `event`.
public final class EventImportSession {
    private let db: Database
    private let insertArticle: Statement
    private let selectArticle: Statement
    private let insertActor: Statement
    private let insertEvent: Statement
    private let upsertTie: Statement
    private var articleIDs: [String: Int64] = [:]
    private var knownActors = Set<String>()
    private var dayText: [Day: String] = [:]

    private struct TieKey: Hashable {
        let source: String, target: String, kind: RelationKind, modality: Modality
    }
    private struct TieSum {
        var events = 0, mentions = 0
        var absWeight = 0.0, signedWeight = 0.0
        var first: Day?, last: Day?
    }
    private var ties: [TieKey: TieSum] = [:]

    /// Events added so far.
    public private(set) var eventsAdded = 0
    /// Events skipped because their GDELT id is already stored.
    public private(set) var duplicatesSkipped = 0
    /// Articles (sources) added so far.
    public private(set) var articlesAdded = 0

    init(_ db: Database) throws {
        self.db = db
        // Up to 64 MiB of page cache for this connection (allocated only as pages are used):
        // index pages stay in memory instead of spilling to disk mid-transaction.
        try db.execute(sql: "PRAGMA cache_size = -65536")
        insertArticle = try db.makeStatement(sql: """
            INSERT INTO article (hash, title, url, date, sourcePath, outlet, origin) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(hash) DO NOTHING
            """)
        selectArticle = try db.makeStatement(sql: "SELECT id FROM article WHERE hash = ?")
        insertActor = try db.makeStatement(sql: "INSERT INTO actor (id, name, kind) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING")
        insertEvent = try db.makeStatement(sql: """
            INSERT INTO event (articleID, source, target, kind, plover, modality, weight, date, sentence,
              evidence, trigger, mentions, numMentions, numSources, numArticles, gdeltID)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """)
        upsertTie = try db.makeStatement(sql: """
            INSERT INTO tie (source, target, kind, modality, events, mentions, absWeight, signedWeight, firstDate, lastDate)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(source, target, kind, modality) DO UPDATE SET
              events = events + excluded.events, mentions = mentions + excluded.mentions,
              absWeight = absWeight + excluded.absWeight, signedWeight = signedWeight + excluded.signedWeight,
              firstDate = CASE WHEN firstDate IS NULL OR excluded.firstDate < firstDate THEN excluded.firstDate ELSE firstDate END,
              lastDate = CASE WHEN lastDate IS NULL OR excluded.lastDate > lastDate THEN excluded.lastDate ELSE lastDate END
            """)
    }

    /// The row id of the article with `record.hash`, inserting it (with `origin`) when new.
    public func articleID(for record: ArticleRecord, origin: String) throws -> Int64 {
        if let id = articleIDs[record.hash] { return id }
        let s = insertArticle.sqliteStatement
        sqlite3_reset(s)
        bind(s, 1, record.hash)
        bind(s, 2, record.title)
        bind(s, 3, record.url)
        bind(s, 4, record.date.map(text(of:)))
        bind(s, 5, record.sourcePath)
        bind(s, 6, record.outlet)
        bind(s, 7, origin)
        try step(s)
        let id: Int64
        if sqlite3_changes(db.sqliteConnection) > 0 {
            id = sqlite3_last_insert_rowid(db.sqliteConnection)
            articlesAdded += 1
        } else {
            let q = selectArticle.sqliteStatement
            sqlite3_reset(q)
            bind(q, 1, record.hash)
            guard sqlite3_step(q) == SQLITE_ROW else { throw error(sqlite3_errcode(db.sqliteConnection)) }
            id = sqlite3_column_int64(q, 0)
            sqlite3_reset(q)
        }
        // Bounded cache: sources repeat in runs, and a miss costs one indexed lookup.
        if articleIDs.count >= 50_000 { articleIDs.removeAll(keepingCapacity: true) }
        articleIDs[record.hash] = id
        return id
    }

    /// Adds one event of the article with row id `articleID`. Returns false when an event with
    /// the same GDELT id is already stored (nothing is added).
    @discardableResult
    public func add(_ e: ImportedEvent, articleID: Int64) throws -> Bool {
        for actor in [e.source, e.target] where !knownActors.contains(actor.id) {
            let a = insertActor.sqliteStatement
            sqlite3_reset(a)
            bind(a, 1, actor.id)
            bind(a, 2, actor.name)
            bind(a, 3, actor.kind.rawValue)
            try step(a)
            knownActors.insert(actor.id)
        }
        let date = e.date.map(text(of:))
        let s = insertEvent.sqliteStatement
        sqlite3_reset(s)
        sqlite3_bind_int64(s, 1, articleID)
        bind(s, 2, e.source.id)
        bind(s, 3, e.target.id)
        bind(s, 4, e.kind.rawValue)
        bind(s, 5, e.plover.rawValue)
        bind(s, 6, e.modality.rawValue)
        sqlite3_bind_double(s, 7, e.weight)
        bind(s, 8, date)
        bind(s, 9, e.evidence)
        bind(s, 10, e.trigger)
        bind(s, 11, e.numMentions)
        bind(s, 12, e.numSources)
        bind(s, 13, e.numArticles)
        if let g = e.gdeltID { sqlite3_bind_int64(s, 14, g) } else { sqlite3_bind_null(s, 14) }
        try step(s)
        guard sqlite3_changes(db.sqliteConnection) > 0 else {
            duplicatesSkipped += 1
            return false
        }
        eventsAdded += 1
        let key = TieKey(source: e.source.id, target: e.target.id, kind: e.kind, modality: e.modality)
        var t = ties[key] ?? TieSum()
        t.events += 1
        t.mentions += 1
        t.absWeight += abs(e.weight)
        t.signedWeight += e.weight
        if let d = e.date {
            if t.first == nil || d < t.first! { t.first = d }
            if t.last == nil || d > t.last! { t.last = d }
        }
        ties[key] = t
        return true
    }

    /// Writes the summed tie totals (called once, before commit).
    func flushTies() throws {
        let s = upsertTie.sqliteStatement
        for (k, t) in ties {
            sqlite3_reset(s)
            bind(s, 1, k.source)
            bind(s, 2, k.target)
            bind(s, 3, k.kind.rawValue)
            bind(s, 4, k.modality.rawValue)
            sqlite3_bind_int64(s, 5, Int64(t.events))
            sqlite3_bind_int64(s, 6, Int64(t.mentions))
            sqlite3_bind_double(s, 7, t.absWeight)
            sqlite3_bind_double(s, 8, t.signedWeight)
            bind(s, 9, t.first.map(text(of:)))
            bind(s, 10, t.last.map(text(of:)))
            try step(s)
        }
        ties.removeAll()
    }

    // MARK: - Binding

    private func text(of day: Day) -> String {
        if let s = dayText[day] { return s }
        let s = day.description
        if dayText.count > 100_000 { dayText.removeAll(keepingCapacity: true) }
        dayText[day] = s
        return s
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func bind(_ s: OpaquePointer, _ i: Int32, _ value: String?) {
        guard var v = value else { sqlite3_bind_null(s, i); return }
        v.withUTF8 { buf in
            if let base = buf.baseAddress, buf.count > 0 {
                _ = sqlite3_bind_text(s, i, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                      Int32(buf.count), Self.transient)
            } else {
                _ = sqlite3_bind_text(s, i, "", 0, Self.transient)
            }
        }
    }

    private func bind(_ s: OpaquePointer, _ i: Int32, _ value: Int?) {
        if let v = value { sqlite3_bind_int64(s, i, Int64(v)) } else { sqlite3_bind_null(s, i) }
    }

    private func step(_ s: OpaquePointer) throws {
        let rc = sqlite3_step(s)
        guard rc == SQLITE_DONE || rc == SQLITE_ROW else { throw error(rc) }
    }

    private func error(_ rc: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: rc),
                      message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
}

extension EventStore {
    /// Runs `body` with an ``EventImportSession`` inside one write transaction: all that it
    /// adds is committed together (with the tie totals), or nothing when it throws.
    public func importEvents<T>(_ body: (EventImportSession) throws -> T) throws -> T {
        try write { db in
            let session = try EventImportSession(db)
            let result = try body(session)
            try session.flushTies()
            return result
        }
    }
}
