import Foundation
import GRDB
import StatecraftCore

/// Running totals of one directed tie of one kind and modality, with the period it covers.
public struct DatedTieTotal: Sendable, Hashable {
    public let total: TieTotal
    public let firstDate: Day?
    public let lastDate: Day?

    public init(total: TieTotal, firstDate: Day?, lastDate: Day?) {
        self.total = total
        self.firstDate = firstDate
        self.lastDate = lastDate
    }
}

extension EventStore {
    /// Tie totals per directed pair, kind and modality, limited to `kinds` (all when empty)
    /// and to a period (inclusive; undated events only when unbounded).
    ///
    /// Unfiltered, this reads the running totals of the `tie` table (no scan of events);
    /// with a filter it sums the matching facts in SQL (each fact by its first report). Background events count only `includingBackground`.
    public func tieTotals(kinds: Set<RelationKind> = [], since: Day? = nil, until: Day? = nil,
                          includingBackground: Bool = false) throws -> [DatedTieTotal] {
        try read { db in
            let actors = try actorMap(db)
            let sql: String
            var args: [DatabaseValueConvertible?] = []
            if kinds.isEmpty && since == nil && until == nil && !includingBackground {
                sql = """
                    SELECT source, target, kind, modality, events, mentions, absWeight, signedWeight, firstDate, lastDate
                    FROM tie ORDER BY source, target, kind, modality
                    """
            } else {
                // One row per fact: its first report (FactRule).
                var clauses: [String] = ["(fact IS NULL OR fact = id)"] + (includingBackground ? [] : ["background = 0"])
                if !kinds.isEmpty {
                    clauses.append("kind IN (\(Array(repeating: "?", count: kinds.count).joined(separator: ",")))")
                    args += kinds.sorted().map(\.rawValue)
                }
                if let since { clauses.append("date >= ?"); args.append(since.description) }
                if let until { clauses.append("date <= ?"); args.append(until.description) }
                sql = """
                    SELECT source, target, kind, modality, COUNT(*), SUM(mentions), SUM(ABS(weight)), SUM(weight),
                           MIN(date), MAX(date)
                    FROM event WHERE \(clauses.joined(separator: " AND "))
                    GROUP BY source, target, kind, modality ORDER BY source, target, kind, modality
                    """
            }
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).compactMap { row in
                let s: String = row[0], t: String = row[1]
                guard let kind = RelationKind(rawValue: row[2]), let modality = Modality(rawValue: row[3]) else { return nil }
                let total = TieTotal(source: actors[s] ?? Actor(id: s, name: s, kind: .nonstate),
                                     target: actors[t] ?? Actor(id: t, name: t, kind: .nonstate),
                                     kind: kind, modality: modality, events: row[4], mentions: row[5],
                                     absWeight: row[6], signedWeight: row[7])
                return DatedTieTotal(total: total, firstDate: (row[8] as String?).flatMap { Day($0) },
                                     lastDate: (row[9] as String?).flatMap { Day($0) })
            }
        }
    }

    /// Running totals between two actors, both directions (an indexed read of the `tie` table).
    public func tieTotals(between a: String, and b: String) throws -> [TieTotal] {
        try read { db in
            try fetchTieTotals(db, where: "(source = ? AND target = ?) OR (source = ? AND target = ?)", arguments: [a, b, b, a])
        }
    }

    /// For every directed pair, the evidence of its weightiest event (largest |weight| × modality
    /// discount, earliest first on ties), limited like ``tieTotals(kinds:since:until:)``.
    /// Keyed by "SOURCE|TARGET".
    public func bestEvidence(kinds: Set<RelationKind> = [], since: Day? = nil, until: Day? = nil,
                             includingBackground: Bool = false) throws -> [String: (evidence: String, article: String, url: String?)] {
        try read { db in
            var clauses: [String] = includingBackground ? [] : ["e.background = 0"]
            var args: [DatabaseValueConvertible?] = []
            if !kinds.isEmpty {
                clauses.append("e.kind IN (\(Array(repeating: "?", count: kinds.count).joined(separator: ",")))")
                args += kinds.sorted().map(\.rawValue)
            }
            if let since { clauses.append("e.date >= ?"); args.append(since.description) }
            if let until { clauses.append("e.date <= ?"); args.append(until.description) }
            let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            let discount = "CASE e.modality " + Modality.allCases.map { "WHEN '\($0.rawValue)' THEN \($0.discount)" }
                .joined(separator: " ") + " ELSE 0 END"
            let sql = """
                SELECT source, target, evidence, hash, url FROM (
                  SELECT e.source, e.target, e.evidence, a.hash, a.url,
                         ROW_NUMBER() OVER (PARTITION BY e.source, e.target
                                            ORDER BY ABS(e.weight) * (\(discount)) DESC, e.date, e.id) AS rank
                  FROM event e JOIN article a ON a.id = e.articleID \(whereSQL))
                WHERE rank = 1
                """
            var out: [String: (evidence: String, article: String, url: String?)] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)) {
                let s: String = row[0], t: String = row[1]
                out[s + "|" + t] = (row[2], row[3], row[4])
            }
            return out
        }
    }

    /// The first 16 hex digits of every stored article hash, as integers: a compact set for
    /// checking "already stored?" without a query per article (confirm with ``contains(articleHash:)``).
    public func articleHashPrefixes() throws -> Set<UInt64> {
        try read { db in
            var out = Set<UInt64>()
            let cursor = try String.fetchCursor(db, sql: "SELECT hash FROM article")
            while let h = try cursor.next() { out.insert(UInt64(h.prefix(16), radix: 16) ?? 0) }
            return out
        }
    }

    /// Which of these article hashes are stored (one query).
    public func storedHashes(among hashes: [String]) throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try read { db in
            var out = Set<String>()
            for chunk in stride(from: 0, to: hashes.count, by: 500).map({ Array(hashes[$0..<min(hashes.count, $0 + 500)]) }) {
                let sql = "SELECT hash FROM article WHERE hash IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))"
                out.formUnion(try String.fetchAll(db, sql: sql, arguments: StatementArguments(chunk)))
            }
            return out
        }
    }

    /// The origins of the stored articles with their counts ("text" for built articles).
    public func articleOrigins() throws -> [String: Int] {
        try read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT COALESCE(origin, 'text'), COUNT(*) FROM article GROUP BY 1") {
                out[row[0]] = row[1]
            }
            return out
        }
    }
}
