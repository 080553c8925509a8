import Foundation
import GRDB
import StatecraftCore

/// Keeps the store's facts (``FactRule``) and tie totals in step with its events.
///
/// After events of a tie key (source, target, kind, modality) are stored, the key's text events
/// are regrouped into facts from scratch — so the facts do not depend on the order articles came
/// in — and the key's `tie` row is recounted: `events` the facts (each imported dataset event is
/// one), `mentions` every mention of every report, `absWeight`/`signedWeight` each fact's weight
/// once, `firstDate`/`lastDate` over the reports. Background events count in none of it.
enum FactGrouping {
    /// A tie key.
    struct Key: Hashable {
        let source: String, target: String, kind: String, modality: String
    }

    /// Regroups every key that has text events (the migration of stores written before facts).
    static func regroupAll(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT DISTINCT e.source, e.target, e.kind, e.modality FROM event e JOIN article a ON a.id = e.articleID
            WHERE a.origin IS NULL AND e.background = 0
            """)
        try refresh(db, keys: Set(rows.map { Key(source: $0[0], target: $0[1], kind: $0[2], modality: $0[3]) }))
    }

    /// Regroups the facts of `keys` and rewrites their `tie` rows.
    static func refresh(_ db: Database, keys: Set<Key>) throws {
        guard !keys.isEmpty else { return }
        let select = try db.makeStatement(sql: """
            SELECT e.id, e.date, e.weight, e.mentions, e.fact, e.articles, e.sources, a.origin,
                   COALESCE(a.report, a.id), a.outlet
            FROM event e JOIN article a ON a.id = e.articleID
            WHERE e.source = ? AND e.target = ? AND e.kind = ? AND e.modality = ? AND e.background = 0
            """)
        let update = try db.makeStatement(sql: "UPDATE event SET fact = ?, articles = ?, sources = ? WHERE id = ?")
        let deleteTie = try db.makeStatement(sql: "DELETE FROM tie WHERE source = ? AND target = ? AND kind = ? AND modality = ?")
        let insertTie = try db.makeStatement(sql: """
            INSERT INTO tie (source, target, kind, modality, events, mentions, absWeight, signedWeight, firstDate, lastDate)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        struct Report {
            let id: Int64, date: String?, weight: Double, mentions: Int
            let fact: Int64?, articles: Int?, sources: Int?
            let imported: Bool, report: Int64, outlet: String?
        }
        for key in keys.sorted(by: { ($0.source, $0.target, $0.kind, $0.modality) < ($1.source, $1.target, $1.kind, $1.modality) }) {
            let args: StatementArguments = [key.source, key.target, key.kind, key.modality]
            let reports = try Row.fetchAll(select, arguments: args).map {
                Report(id: $0[0], date: $0[1], weight: $0[2], mentions: $0[3], fact: $0[4], articles: $0[5], sources: $0[6],
                       imported: ($0[7] as String?) != nil, report: $0[8], outlet: $0[9])
            }
            try deleteTie.execute(arguments: args)
            guard !reports.isEmpty else { continue }
            var events = 0, mentions = 0
            var absWeight = 0.0, signedWeight = 0.0
            var first: String?, last: String?
            for r in reports {
                mentions += r.mentions
                if let d = r.date {
                    if first == nil || d < first! { first = d }
                    if last == nil || d > last! { last = d }
                }
                if r.imported {
                    events += 1
                    absWeight += abs(r.weight)
                    signedWeight += r.weight
                }
            }
            let text = reports.filter { !$0.imported }
            let facts = FactRule.group(text.map {
                FactRule.Item(day: $0.date.flatMap { Day($0) }?.ordinal, weight: $0.weight, order: $0.id)
            })
            for members in facts {
                let head = text[members[0]]
                events += 1
                absWeight += abs(head.weight)
                signedWeight += head.weight
                let articles = Set(members.map { text[$0].report }).count
                let sources = Set(members.map { m -> String in text[m].outlet ?? "report \(text[m].report)" }).count
                for m in members {
                    let r = text[m]
                    if r.fact != head.id || r.articles != articles || r.sources != sources {
                        try update.execute(arguments: [head.id, articles, sources, r.id])
                    }
                }
            }
            try insertTie.execute(arguments: [key.source, key.target, key.kind, key.modality, events, mentions,
                                              absWeight, signedWeight, first, last])
        }
    }
}
