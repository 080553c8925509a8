import Foundation
import GRDB
import StatecraftCore

/// Finds the stored article a new one is a near-duplicate of (``TextSignature``) and records
/// the new one's report: the report of the most similar stored article at or above the
/// threshold (its own row id when that one has no report of its own), else none (its own).
///
/// Candidates come from the `article_band` table: stored articles whose signature agrees with
/// the new one's on a whole band.
struct NearDuplicateIndex {
    let db: Database
    let candidates: Statement
    let signature: Statement
    let setReport: Statement
    let insertBand: Statement

    init(_ db: Database) throws {
        self.db = db
        candidates = try db.makeStatement(sql: "SELECT articleID FROM article_band WHERE band = ? AND key = ?")
        signature = try db.makeStatement(sql: "SELECT signature, COALESCE(report, id) FROM article WHERE id = ?")
        setReport = try db.makeStatement(sql: "UPDATE article SET report = ? WHERE id = ?")
        insertBand = try db.makeStatement(sql: "INSERT INTO article_band (band, key, articleID) VALUES (?, ?, ?)")
    }

    /// Records the article with row id `id` and its signature; links it to its near-duplicate's report.
    func add(_ id: Int64, _ sig: TextSignature) throws {
        let keys = sig.bandKeys
        var seen = Set<Int64>()
        var best: (similarity: Double, report: Int64)?
        for (band, key) in keys.enumerated() {
            for other in try Int64.fetchAll(candidates, arguments: [band, key]) where other != id && seen.insert(other).inserted {
                guard let row = try Row.fetchOne(signature, arguments: [other]),
                      let bytes = (row[0] as Data?), let theirs = TextSignature(bytes: [UInt8](bytes)) else { continue }
                let s = sig.similarity(theirs)
                let report: Int64 = row[1]
                if s >= TextSignature.nearDuplicateThreshold,
                   best == nil || s > best!.similarity || (s == best!.similarity && report < best!.report) {
                    best = (s, report)
                }
            }
        }
        if let best { try setReport.execute(arguments: [best.report, id]) }
        for (band, key) in keys.enumerated() { try insertBand.execute(arguments: [band, key, id]) }
    }
}
