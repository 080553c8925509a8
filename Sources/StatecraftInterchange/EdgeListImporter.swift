import Foundation
import StatecraftCore
import StatecraftStore

/// Imports dated edge lists, one edge a line: `HEAD<TAB>RELATION<TAB>TAIL<TAB>YYYY-MM-DD`
/// (the ICEWS extracts). Relations are CAMEO descriptions ("Make a visit", "Accuse"), mapped to
/// kinds through ``CAMEOTable``; actors resolved through ``ActorResolver``; the weight is the
/// kind's default from the ontology. Sub-state actors ("Police (Nigeria)", officeholders) roll up
/// to their state (see ``ActorResolver``); the sectors of both ends are kept in the event's
/// trigger, after the CAMEO code: `CAMEO 112 Accuse · police → civilians` (`state` for an end
/// named as the whole actor). A file is one article (its content hash): importing it twice adds
/// nothing. Bad lines are counted and reported; the good ones are committed together.
public struct EdgeListImporter {
    public let cameo: CAMEOTable
    public let resolver: ActorResolver
    public let ontology: RelationOntology

    public init(cameo: CAMEOTable, dictionary: ActorDictionary, ontology: RelationOntology, rollUp: Bool = true) {
        self.cameo = cameo
        resolver = ActorResolver(dictionary: dictionary, countries: cameo.countries, rollUp: rollUp)
        self.ontology = ontology
    }

    public func importFile(_ path: String, into store: EventStore) throws -> ImportReport {
        var report = ImportReport(file: path)
        if let p = FileImportSupport.problem(with: path) {
            report.failure = p
            return report
        }
        let hash = try FileImportSupport.contentHash(of: path)
        if try store.contains(articleHash: hash) {
            report.notes.append("already imported (same content): nothing added")
            return report
        }
        let name = (path as NSString).lastPathComponent
        var codeCache: [String: CAMEOCode?] = [:]
        let actors = ActorResolutionCache(resolver)
        var names = Set<String>(), rolledUp = Set<String>(), stored = Set<String>()
        do {
            try store.importEvents { session in
                let articleID = try session.articleID(for: FileImportSupport.record(path: path, hash: hash, origin: "edges"),
                                                      origin: "edges")
                var splitter = LineSplitter()
                func row(_ line: UnsafeRawBufferPointer, _ number: Int, _ terminated: Bool) throws {
                    guard line.count > 0 else { return }
                    report.rows += 1
                    if line.contains(0) { throw ImportFailure("binary data (NUL byte) at line \(number): not an edge list") }
                    guard let text = String(validatingUTF8Bytes: Array(line)) else {
                        report.badRow(line: number, "not valid UTF-8")
                        return
                    }
                    let f = text.split(separator: "\t", omittingEmptySubsequences: false)
                    guard f.count == 4 else {
                        report.badRow(line: number, terminated ? "\(f.count) fields; expected HEAD, RELATION, TAIL, DATE separated by tabs"
                                                               : "truncated line (no line end, \(f.count) fields)")
                        return
                    }
                    guard let day = Day(f[3].trimmingCharacters(in: .whitespaces)) else {
                        report.badRow(line: number, "date '\(f[3].prefix(40))' is not YYYY-MM-DD")
                        return
                    }
                    let relation = String(f[1])
                    let code: CAMEOCode?
                    if let c = codeCache[relation] { code = c } else {
                        code = cameo.code(named: relation) ?? cameo.code(relation.trimmingCharacters(in: .whitespaces))
                        codeCache[relation] = code
                    }
                    guard let code else {
                        report.badRow(line: number, "unknown relation '\(relation.prefix(60))' (not a CAMEO event name or code)")
                        return
                    }
                    guard !f[0].trimmingCharacters(in: .whitespaces).isEmpty, !f[2].trimmingCharacters(in: .whitespaces).isEmpty else {
                        report.badRow(line: number, "empty actor name")
                        return
                    }
                    let (head, headSector) = actors.resolveWithSector(String(f[0]), on: day)
                    let (tail, tailSector) = actors.resolveWithSector(String(f[2]), on: day)
                    for (field, actor, sector) in [(f[0], head, headSector), (f[2], tail, tailSector)] {
                        let label = String(field)
                        if names.insert(label).inserted, sector != nil { rolledUp.insert(label) }
                        stored.insert(actor.id)
                    }
                    guard let kind = code.kind, let plover = code.plover else {
                        report.withoutKind += 1
                        return
                    }
                    guard head.id != tail.id else {
                        report.selfTies += 1
                        return
                    }
                    let (s, t) = code.reverse ? (tail, head) : (head, tail)
                    let (ss, ts) = code.reverse ? (tailSector, headSector) : (headSector, tailSector)
                    let sectors = ss == nil && ts == nil ? ""
                        : " · \(ss?.rawValue ?? "state") → \(ts?.rawValue ?? "state")"
                    try session.add(ImportedEvent(
                        source: s, target: t, kind: kind, plover: plover, modality: code.modality,
                        weight: ontology[kind].weight, date: day,
                        evidence: "\(f[0]) — \(relation) — \(f[2]), \(day) (\(name) line \(number))",
                        trigger: "CAMEO \(code.code) \(code.name)" + sectors), articleID: articleID)
                }
                try FileChunks.forEach(in: path) { chunk in try splitter.feed(chunk, row) }
                try splitter.finish(row)
                if !rolledUp.isEmpty {
                    report.notes.append("\(names.count) actor names, \(stored.count) actors after rolling \(rolledUp.count) sub-state names and officeholders up to their state")
                }
                if splitter.sawBOM { report.notes.append("line 1: byte-order mark removed") }
                if splitter.sawCRLF { report.notes.append("CRLF line ends (accepted)") }
                report.imported = session.eventsAdded
                // Nothing usable: roll back (no empty article) and fail the file.
                if report.rows == 0 { throw ImportFailure("no edges (only blank lines)") }
                if report.bad == report.rows {
                    throw ImportFailure("not an edge list: none of its \(report.rows) lines is a valid edge (first: \(report.problems[0]))")
                }
            }
        } catch let e as ImportFailure {
            var failed = ImportReport(file: path)
            failed.failure = e.problem
            return failed
        }
        return report
    }
}
