import Foundation
import StatecraftCore
import StatecraftStore

/// Imports any event table in CSV (RFC 4180, header row): one event a row, with named
/// columns for source, target and kind, and optional date and weight columns.
///
/// Kinds may be Statecraft kinds (`sanctions`, `armsSupply`, any case), CAMEO codes (`042`)
/// or CAMEO descriptions (`Make a visit`). Actors resolve through ``ActorResolver``; names it does
/// not know are reported and treated as ``unknownActors`` says (fail the file, skip their rows, or
/// create non-state actors). The weight
/// defaults to the kind's ontology weight. A named column that does not exist is an error
/// before any row is read. The file is one article (its content hash): importing it twice adds nothing.
public struct CSVEventImporter {
    /// The columns to read, by header name.
    public struct Columns: Sendable {
        public var source: String
        public var target: String
        public var kind: String
        public var date: String?
        public var weight: String?

        public init(source: String, target: String, kind: String, date: String? = nil, weight: String? = nil) {
            self.source = source
            self.target = target
            self.kind = kind
            self.date = date
            self.weight = weight
        }
    }

    public let cameo: CAMEOTable
    public let resolver: ActorResolver
    public let ontology: RelationOntology
    public let columns: Columns
    /// What to do with actor names that resolve to no known actor.
    public let unknownActors: UnknownActorPolicy

    public init(cameo: CAMEOTable, dictionary: ActorDictionary, ontology: RelationOntology, columns: Columns,
                unknownActors: UnknownActorPolicy = .fail) {
        self.cameo = cameo
        resolver = ActorResolver(dictionary: dictionary, countries: cameo.countries)
        self.ontology = ontology
        self.columns = columns
        self.unknownActors = unknownActors
    }

    /// Checks that the file exists and names every requested column; throws ``ImportFailure``
    /// (one line naming the file and the missing column) before any row is read.
    public func checkHeader(_ path: String) throws -> [String: Int] {
        if let p = FileImportSupport.problem(with: path) { throw ImportFailure("\(path): \(p)") }
        let header: [String]
        do { header = try CSVReader(path: path).header() } catch let e as CSVReader.Failure { throw ImportFailure(e.description) }
        var index: [String: Int] = [:]
        for (i, h) in header.enumerated() where index[h] == nil { index[h] = i }
        let wanted = [("--source", columns.source), ("--target", columns.target), ("--kind", columns.kind)]
            + [("--date", columns.date), ("--weight", columns.weight)].compactMap { o, c in c.map { (o, $0) } }
        for (option, name) in wanted where index[name] == nil {
            let available = header.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
            throw ImportFailure("\(path): no column '\(name)' (\(option)); the header has \(available)")
        }
        return index
    }

    /// The kind of a table value: a Statecraft kind, a CAMEO code or a CAMEO description.
    func code(for value: String) -> (RelationKind, PLOVERCategory, Modality, Bool)? {
        let v = value.trimmingCharacters(in: .whitespaces)
        if let k = RelationKind.allCases.first(where: { $0.rawValue.lowercased() == v.lowercased() }) {
            return (k, ontology[k].plover, .asserted, false)
        }
        guard let c = cameo.code(v) ?? cameo.code(named: v), let k = c.kind, let p = c.plover else { return nil }
        return (k, p, c.modality, c.reverse)
    }

    public func importFile(_ path: String, into store: EventStore) throws -> ImportReport {
        let index = try checkHeader(path)
        var report = ImportReport(file: path)
        let hash = try FileImportSupport.contentHash(of: path)
        if try store.contains(articleHash: hash) {
            report.notes.append("already imported (same content): nothing added")
            return report
        }
        let name = (path as NSString).lastPathComponent
        let si = index[columns.source]!, ti = index[columns.target]!, ki = index[columns.kind]!
        let di = columns.date.map { index[$0]! }, wi = columns.weight.map { index[$0]! }
        let needed = max(si, ti, ki, di ?? 0, wi ?? 0)
        let actors = ActorResolutionCache(resolver)
        do {
            try store.importEvents { session in
                let articleID = try session.articleID(for: FileImportSupport.record(path: path, hash: hash, origin: "csv"),
                                                      origin: "csv")
                var first = true
                try CSVReader(path: path).forEachRecord { fields, line in
                    if first { first = false; return }  // the header
                    report.rows += 1
                    guard fields.count > needed else {
                        report.badRow(line: line, "\(fields.count) fields; the columns asked for need \(needed + 1)")
                        return
                    }
                    var day: Day?
                    if let di {
                        let t = fields[di].trimmingCharacters(in: .whitespaces)
                        if !t.isEmpty {
                            guard let d = Day(t) else {
                                report.badRow(line: line, "date '\(t.prefix(40))' is not YYYY-MM-DD")
                                return
                            }
                            day = d
                        }
                    }
                    guard let (kind, plover, modality, reverse) = code(for: fields[ki]) else {
                        if let c = cameo.code(fields[ki]) ?? cameo.code(named: fields[ki]), c.kind == nil {
                            report.withoutKind += 1
                        } else {
                            report.badRow(line: line, "unknown kind '\(fields[ki].prefix(60))'")
                        }
                        return
                    }
                    var weight = ontology[kind].weight
                    if let wi {
                        guard let w = Double(fields[wi].trimmingCharacters(in: .whitespaces)), w.isFinite else {
                            report.badRow(line: line, "weight '\(fields[wi].prefix(40))' is not a number")
                            return
                        }
                        if let problem = EventWeight.problem(w) {
                            report.badRow(line: line, problem)
                            return
                        }
                        weight = w
                    }
                    let sName = fields[si].trimmingCharacters(in: .whitespaces), tName = fields[ti].trimmingCharacters(in: .whitespaces)
                    guard !sName.isEmpty, !tName.isEmpty else {
                        report.withoutActorPair += 1
                        return
                    }
                    let (a, _, aKnown) = actors.resolution(sName, on: day), (b, _, bKnown) = actors.resolution(tName, on: day)
                    if !aKnown || !bKnown {
                        if !aKnown { report.unresolved[sName, default: 0] += 1 }
                        if !bKnown, tName != sName || aKnown { report.unresolved[tName, default: 0] += 1 }
                        guard unknownActors == .create else {
                            report.withUnknownActor += 1
                            return
                        }
                    }
                    guard a.id != b.id else {
                        report.selfTies += 1
                        return
                    }
                    let (s, t) = reverse ? (b, a) : (a, b)
                    try session.add(ImportedEvent(
                        source: s, target: t, kind: kind, plover: plover, modality: modality, weight: weight, date: day,
                        evidence: "\(sName) — \(fields[ki]) — \(tName)\(day.map { ", \($0)" } ?? "") (\(name) line \(line))",
                        trigger: fields[ki]), articleID: articleID)
                }
                report.imported = session.eventsAdded
                report.unknownActors = unknownActors
                // Unknown names under `fail`, or nothing usable: roll back (no empty article) and fail the file.
                if unknownActors == .fail, !report.unresolved.isEmpty {
                    throw ImportFailure("\(report.unresolved.count) actor name\(report.unresolved.count == 1 ? "" : "s") not in the dictionary: "
                                        + report.unresolvedList + "; nothing imported (--unknown create adds them as non-state actors, "
                                        + "--unknown skip leaves their rows out, --dictionary FILE defines them)")
                }
                if report.rows == 0 { throw ImportFailure("no data rows (only a header)") }
                if report.bad == report.rows {
                    throw ImportFailure("none of its \(report.rows) rows is a valid event (first: \(report.problems[0]))")
                }
            }
        } catch let e as ImportFailure {
            var failed = ImportReport(file: path)
            failed.failure = e.problem
            return failed
        } catch let e as CSVReader.Failure {
            var failed = ImportReport(file: path)
            failed.failure = "line \(e.line): \(e.problem)"
            return failed
        }
        return report
    }
}
