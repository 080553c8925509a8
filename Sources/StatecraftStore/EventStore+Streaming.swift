import Foundation
import GRDB
import StatecraftCore

/// Which events a streamed read returns.
public struct EventSelection: Sendable {
    /// Only events with this actor as source or target.
    public var actor: String?
    /// With ``actor``: only events between the two (both directions).
    public var other: String?
    public var since: Day?
    public var until: Day?
    /// Only these kinds (all when empty).
    public var kinds: Set<RelationKind>
    /// One row per fact (its first report) instead of every report.
    public var factsOnly: Bool
    /// Background events (history the text recalls) too.
    public var includingBackground: Bool

    public init(actor: String? = nil, other: String? = nil, since: Day? = nil, until: Day? = nil,
                kinds: Set<RelationKind> = [], factsOnly: Bool = true, includingBackground: Bool = false) {
        self.actor = actor
        self.other = other
        self.since = since
        self.until = until
        self.kinds = kinds
        self.factsOnly = factsOnly
        self.includingBackground = includingBackground
    }
}

/// One streamed event with the row ids and the article it came from.
public struct StoredEvent: Sendable {
    /// The event's row id, and the row id of its fact's first report (``FactRule``).
    public let id: Int64
    public let fact: Int64
    public let event: Event
    public let article: ArticleRecord
}

extension EventStore {
    /// Calls `body` with each selected event, oldest first (then by row id), read through a cursor
    /// in one read transaction: memory stays flat however many events there are.
    public func forEachEvent(_ selection: EventSelection, _ body: (StoredEvent) throws -> Void) throws {
        try read { db in
            let actors = try actorMap(db)
            var clauses: [String] = []
            var args: [DatabaseValueConvertible?] = []
            if let a = selection.actor {
                if let b = selection.other {
                    clauses.append("((e.source = ? AND e.target = ?) OR (e.source = ? AND e.target = ?))")
                    args += [a, b, b, a]
                } else {
                    clauses.append("e.id IN (SELECT id FROM event WHERE source = ? UNION ALL SELECT id FROM event WHERE target = ?)")
                    args += [a, a]
                }
            }
            if let since = selection.since { clauses.append("e.date >= ?"); args.append(since.description) }
            if let until = selection.until { clauses.append("e.date <= ?"); args.append(until.description) }
            if !selection.kinds.isEmpty {
                clauses.append("e.kind IN (\(Array(repeating: "?", count: selection.kinds.count).joined(separator: ",")))")
                args += selection.kinds.sorted().map(\.rawValue)
            }
            if selection.factsOnly { clauses.append(Self.factHead) }
            if !selection.includingBackground { clauses.append("e.background = 0") }
            let whereSQL = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
            // Whole-store reads follow the row order (no sort of a million rows); selections sort by date.
            let order = selection.actor == nil && selection.since == nil && selection.until == nil ? " ORDER BY e.id" : " ORDER BY e.date, e.id"
            let sql = """
                SELECT e.source, e.target, e.kind, e.plover, e.modality, e.weight, e.date, a.hash, e.sentence, e.evidence,
                       e.trigger, e.mentions, e.datePrecision, e.background, COALESCE(e.articles, e.numArticles, 1),
                       COALESCE(e.sources, e.numSources, 1), e.id, COALESCE(e.fact, e.id),
                       a.title, a.url, a.date, a.sourcePath, a.outlet
                FROM event e JOIN article a ON a.id = e.articleID
                """ + whereSQL + order
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
            var dayCache: [String: Day] = [:]
            func day(_ s: String?) -> Day? {
                guard let s else { return nil }
                if let d = dayCache[s] { return d }
                let d = Day(s)
                if dayCache.count > 50_000 { dayCache.removeAll(keepingCapacity: true) }
                dayCache[s] = d
                return d
            }
            while let row = try cursor.next() {
                let s: String = row[0], t: String = row[1]
                guard let kind = RelationKind(rawValue: row[2]), let plover = PLOVERCategory(rawValue: row[3]),
                      let modality = Modality(rawValue: row[4]) else { continue }
                let hash: String = row[7]
                let event = Event(
                    source: actors[s] ?? Actor(id: s, name: s, kind: .nonstate),
                    target: actors[t] ?? Actor(id: t, name: t, kind: .nonstate),
                    kind: kind, plover: plover, modality: modality, weight: row[5], date: day(row[6]), article: hash,
                    sentence: row[8], evidence: row[9], trigger: row[10], mentions: row[11],
                    datePrecision: (row[12] as String?).flatMap { DatePrecision(rawValue: $0) } ?? .day,
                    background: row[13], articles: row[14], sources: row[15])
                let article = ArticleRecord(hash: hash, title: row[18], url: row[19], date: day(row[20]),
                                            sourcePath: row[21], outlet: row[22])
                try body(StoredEvent(id: row[16], fact: row[17], event: event, article: article))
            }
        }
    }
}
