import Foundation
import StatecraftCore
import StatecraftStore

/// How imported GDELT events weigh in tie strength.
public enum GDELTWeight: String, CaseIterable, Sendable {
    /// The row's GoldsteinScale (−10...10), as for events coded from text.
    case goldstein
    /// NumMentions, signed by the Goldstein score (negative for hostile acts): much-reported events weigh more.
    case mentions
    /// ±1 by the Goldstein sign: every event counts the same.
    case events
}

/// Imports GDELT event exports: GDELT 1.0 (57 columns for historical files, 58 for daily
/// ones) and GDELT 2.0 (61 columns), tab-separated without header, plain or zipped.
///
/// Byte-level parsing, one pass, bounded memory. Each row with two country actors and a
/// CAMEO code that has a Statecraft kind becomes an event: CAMEO code → kind, PLOVER and
/// modality through ``CAMEOTable``, country codes → actors through the dictionary, GoldsteinScale
/// → weight, SOURCEURL → evidence (the source article), NumMentions/NumSources/NumArticles kept,
/// GLOBALEVENTID kept (re-importing a file adds nothing). Bad rows are counted and reported
/// with their line numbers; the good rows of a file are committed in one transaction.
public struct GDELTImporter: Sendable {
    public let cameo: CAMEOTable
    public let weight: GDELTWeight
    /// Actor per CAMEO country code (3 capital letters → index `((a*26)+b)*26+c`).
    private let countryActors: [Actor?]
    private let triggers: [String]

    public init(cameo: CAMEOTable, dictionary: ActorDictionary, weight: GDELTWeight = .goldstein) {
        self.cameo = cameo
        self.weight = weight
        var table = [Actor?](repeating: nil, count: 26 * 26 * 26)
        func slot(_ code: String) -> Int? {
            let u = Array(code.utf8)
            guard u.count == 3, u.allSatisfy({ (65...90).contains($0) }) else { return nil }
            return (Int(u[0] - 65) * 26 + Int(u[1] - 65)) * 26 + Int(u[2] - 65)
        }
        // States of the dictionary under their own ISO3 code, then the CAMEO list (which maps
        // old CAMEO codes such as ROM to current ids and knows states the dictionary lacks).
        for actor in dictionary.actors where actor.kind == .state {
            if let s = slot(actor.id) { table[s] = actor }
        }
        for c in cameo.countries {
            guard let s = slot(c.code) else { continue }
            table[s] = dictionary.actor(id: c.id) ?? Actor(id: c.id, name: c.name, kind: c.kind)
        }
        countryActors = table
        triggers = cameo.codes.map { "CAMEO \($0.code) \($0.name)" }
    }

    /// Column positions of one layout.
    private struct Layout {
        let dateAdded: Int
        let sourceURL: Int?
        static let gdelt1Historical = Layout(dateAdded: 56, sourceURL: nil)
        static let gdelt1Daily = Layout(dateAdded: 56, sourceURL: 57)
        static let gdelt2 = Layout(dateAdded: 59, sourceURL: 60)

        static func of(columns: Int) -> Layout? {
            switch columns {
            case 57: return .gdelt1Historical
            case 58: return .gdelt1Daily
            case 61: return .gdelt2
            default: return nil
            }
        }
    }

    /// Imports one file (plain or zip) into `store`. Never throws for bad rows or a bad file:
    /// those are in the report (`failure` when nothing could be imported). Throws only when
    /// the store itself fails (then nothing of this file is stored).
    public func importFile(_ path: String, into store: EventStore) throws -> ImportReport {
        var report = ImportReport(file: path)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            report.failure = "no such file"
            return report
        }
        guard !isDir.boolValue else {
            report.failure = "is a directory"
            return report
        }
        let prefix: Data
        do { prefix = try FileChunks.prefix(of: path, count: 4) } catch {
            report.failure = "cannot be read"
            return report
        }
        if prefix.isEmpty {
            report.failure = "empty file"
            return report
        }
        let name = (path as NSString).lastPathComponent
        do {
            try store.importEvents { session in
                // Two threads: this one stores (inside the transaction), a reader thread parses.
                var state = RowState(session: session, fileName: name)
                let channel = BoundedChannel<[ParsedRow]>(capacity: 4)
                let parsed = ReportBox(ImportReport(file: path))
                let done = DispatchSemaphore(value: 0)
                let parser = Thread { [self] in
                    var r = ImportReport(file: path)
                    var batch: [ParsedRow] = []
                    batch.reserveCapacity(Self.batchRows)
                    do {
                        try parse(path, zipped: ZipArchive.looksLikeZip(prefix), fileName: name, into: &r) { row in
                            batch.append(row)
                            if batch.count == Self.batchRows {
                                guard channel.put(batch) else { throw CancellationError() }
                                batch.removeAll(keepingCapacity: true)
                            }
                        }
                        if !batch.isEmpty { _ = channel.put(batch) }
                        parsed.value = r
                        channel.close()
                    } catch {
                        parsed.value = r
                        channel.close(error: error)
                    }
                    done.signal()
                }
                parser.stackSize = 1 << 20
                parser.start()
                do {
                    while let batch = try channel.take() {
                        for row in batch { try self.store(row, &state) }
                    }
                } catch {
                    channel.cancel()
                    done.wait()
                    throw error
                }
                done.wait()
                report = parsed.value
                report.imported = session.eventsAdded
                report.alreadyStored = session.duplicatesSkipped
                if report.rows == 0 && report.bad == 0 { throw ImportFailure("no rows") }
                if report.rows > 0 && report.bad == report.rows {
                    throw ImportFailure("not a GDELT event export: none of its \(report.rows) lines is a valid row (first: \(report.problems[0]))")
                }
            }
        } catch let e as ZipArchive.Failure {
            var failed = ImportReport(file: path)
            failed.failure = e.problem
            return failed
        } catch let e as ImportFailure {
            var failed = ImportReport(file: path)
            failed.failure = e.problem
            return failed
        } catch let e as FileChunks.Unreadable {
            var failed = ImportReport(file: path)
            failed.failure = "\(e)"
            return failed
        }
        return report
    }


    static let batchRows = 4096

    /// Reads and parses the rows of a plain or zipped export, counting skipped and bad rows
    /// in `report` and handing every row that becomes an event to `emit`.
    private func parse(_ path: String, zipped: Bool, fileName: String, into report: inout ImportReport,
                       emit: (ParsedRow) throws -> Void) throws {
        var fields = [Int](repeating: 0, count: 64)
        if zipped {
            let zip = try ZipArchive(path: path)
            let exports = zip.entries.filter {
                let n = $0.name.lowercased()
                return !n.hasSuffix("/") && (n.hasSuffix(".csv") || n.hasSuffix(".tsv") || n.hasSuffix(".txt")
                                             || n.contains("export"))
            }
            guard !exports.isEmpty else {
                let names = zip.entries.map(\.name).prefix(5).joined(separator: ", ")
                throw ImportFailure("zip has no GDELT export inside" + (names.isEmpty ? " (empty archive)" : " (entries: \(names))"))
            }
            for entry in exports {
                var splitter = LineSplitter()
                try zip.read(entry) { chunk in
                    try splitter.feed(chunk) { line, n, t in try row(line, n, t, &fields, fileName, &report, emit) }
                }
                try splitter.finish { line, n, t in try row(line, n, t, &fields, fileName, &report, emit) }
                note(splitter, &report, entry: exports.count > 1 ? entry.name : nil)
            }
        } else {
            var splitter = LineSplitter()
            try FileChunks.forEach(in: path) { chunk in
                try splitter.feed(chunk) { line, n, t in try row(line, n, t, &fields, fileName, &report, emit) }
            }
            try splitter.finish { line, n, t in try row(line, n, t, &fields, fileName, &report, emit) }
            note(splitter, &report, entry: nil)
        }
    }

    /// One row that becomes an event, before its source article is resolved.
    struct ParsedRow: Sendable {
        var event: ImportedEvent
        /// SOURCEURL (nil in 57-column historical rows).
        var url: String?
        var dateAdded: Day?
        var line: Int
    }

    /// Stores a parsed row (consumer side, inside the transaction).
    private func store(_ r: ParsedRow, _ state: inout RowState) throws {
        let articleID: Int64
        if let url = r.url {
            if let id = state.articles[url] {
                articleID = id
            } else {
                let record = ArticleRecord(hash: SHA256.hex("gdelt-source:" + url), title: nil, url: url,
                                           date: r.dateAdded, sourcePath: "\(state.fileName):\(r.line)", outlet: nil)
                articleID = try state.session.articleID(for: record, origin: "gdelt")
                if state.articles.count >= 100_000 { state.articles.removeAll(keepingCapacity: true) }
                state.articles[url] = articleID
            }
        } else if let id = state.exportArticle {
            articleID = id
        } else {
            let record = ArticleRecord(hash: SHA256.hex("gdelt-export:" + state.fileName), title: state.fileName,
                                       url: nil, date: nil, sourcePath: state.fileName, outlet: "GDELT")
            articleID = try state.session.articleID(for: record, origin: "gdelt")
            state.exportArticle = articleID
        }
        try state.session.add(r.event, articleID: articleID)
    }

    private func note(_ splitter: LineSplitter, _ report: inout ImportReport, entry: String?) {
        let whereIn = entry.map { " in \($0)" } ?? ""
        if splitter.sawBOM { report.notes.append("line 1\(whereIn): byte-order mark removed") }
        if splitter.sawCRLF { report.notes.append("CRLF line ends\(whereIn) (accepted)") }
    }

    /// Per-file state: the import session and the source-URL → article cache.
    private struct RowState {
        let session: EventImportSession
        let fileName: String
        var articles: [String: Int64] = [:]
        var exportArticle: Int64?
    }

    private func row(_ line: UnsafeRawBufferPointer, _ number: Int, _ terminated: Bool, _ fieldStarts: inout [Int],
                     _ fileName: String, _ report: inout ImportReport, _ emit: (ParsedRow) throws -> Void) throws {
        guard line.count > 0 else { return }
        report.rows += 1
        // Field boundaries: starts[i] = offset of field i; field i ends at starts[i+1]-1.
        var columns = 1
        try fieldStarts.withUnsafeMutableBufferPointer { f in
            f[0] = 0
            guard let base = line.baseAddress else { return }
            let bytes = base.assumingMemoryBound(to: UInt8.self)
            for i in 0..<line.count where bytes[i] == 0x09 {
                if columns < 63 { f[columns] = i + 1 }
                columns += 1
            }
            f[min(columns, 63)] = line.count + 1
            guard let layout = Layout.of(columns: columns) else {
                if !terminated {
                    report.badRow(line: number, "truncated line (no line end, \(columns) columns)")
                } else {
                    report.badRow(line: number, "\(columns) columns; a GDELT export row has 57, 58 (GDELT 1.0) or 61 (GDELT 2.0)")
                }
                return
            }
            func field(_ i: Int) -> UnsafeRawBufferPointer {
                UnsafeRawBufferPointer(rebasing: line[f[i]..<(f[i + 1] - 1)])
            }
            guard let eventID = Self.integer(field(0)) else {
                report.badRow(line: number, "GLOBALEVENTID '\(Self.text(field(0)))' is not a number")
                return
            }
            guard let day = Self.day(field(1)) else {
                report.badRow(line: number, "SQLDATE '\(Self.text(field(1)))' is not a YYYYMMDD date")
                return
            }
            guard let codeIndex = cameo.index(bytes: field(26)) else {
                report.badRow(line: number, "unknown CAMEO event code '\(Self.text(field(26)))'")
                return
            }
            let code = cameo.codes[codeIndex]
            guard let goldstein = Self.decimal(field(30)), (-10...10).contains(goldstein) else {
                report.badRow(line: number, "GoldsteinScale '\(Self.text(field(30)))' is not a number in −10...10")
                return
            }
            guard let mentions = Self.integer(field(31)), let sources = Self.integer(field(32)),
                  let articles = Self.integer(field(33)) else {
                report.badRow(line: number, "NumMentions, NumSources or NumArticles is not a number")
                return
            }
            guard let a1 = actor(field(7)), let a2 = actor(field(17)) else {
                report.withoutActorPair += 1
                return
            }
            guard a1.id != a2.id else {
                report.selfTies += 1
                return
            }
            guard let kind = code.kind, let plover = code.plover else {
                report.withoutKind += 1
                return
            }
            let w: Double
            switch weight {
            case .goldstein: w = goldstein
            case .mentions: w = goldstein < 0 ? -Double(mentions) : Double(mentions)
            case .events: w = goldstein < 0 ? -1 : 1
            }
            if let problem = EventWeight.problem(w) {
                report.badRow(line: number, "NumMentions \(mentions): \(problem)")
                return
            }
            var url: String?
            let evidence: String
            if let u = layout.sourceURL, f[u + 1] - 1 > f[u] {
                url = String(decoding: field(u), as: UTF8.self)
                evidence = url!
            } else {
                evidence = "GDELT event \(eventID) (\(fileName), line \(number))"
            }
            let (source, target) = code.reverse ? (a2, a1) : (a1, a2)
            let event = ImportedEvent(
                source: source, target: target, kind: kind, plover: plover, modality: code.modality, weight: w,
                date: day, evidence: evidence, trigger: triggers[codeIndex], numMentions: Int(mentions),
                numSources: Int(sources), numArticles: Int(articles), gdeltID: eventID)
            let added = Self.day(UnsafeRawBufferPointer(rebasing: field(layout.dateAdded).prefix(8)))
            try emit(ParsedRow(event: event, url: url, dateAdded: added, line: number))
        }
    }

    @inline(__always) private func actor(_ b: UnsafeRawBufferPointer) -> Actor? {
        guard b.count == 3 else { return nil }
        let x = Int(b[0]) - 65, y = Int(b[1]) - 65, z = Int(b[2]) - 65
        guard (0..<26).contains(x), (0..<26).contains(y), (0..<26).contains(z) else { return nil }
        return countryActors[(x * 26 + y) * 26 + z]
    }

    /// At most 80 bytes of a field, for messages.
    static func text(_ b: UnsafeRawBufferPointer) -> String {
        String(decoding: b.prefix(80), as: UTF8.self)
    }

    @inline(__always) static func integer(_ b: UnsafeRawBufferPointer) -> Int64? {
        guard b.count > 0, b.count <= 18 else { return nil }
        var v: Int64 = 0
        var i = 0
        var negative = false
        if b[0] == 0x2D { negative = true; i = 1; guard b.count > 1 else { return nil } }
        while i < b.count {
            let d = b[i]
            guard d >= 48, d <= 57 else { return nil }
            v = v * 10 + Int64(d - 48)
            i += 1
        }
        return negative ? -v : v
    }

    @inline(__always) static func decimal(_ b: UnsafeRawBufferPointer) -> Double? {
        guard b.count > 0, b.count <= 24 else { return nil }
        var i = 0
        var negative = false
        if b[0] == 0x2D || b[0] == 0x2B { negative = b[0] == 0x2D; i = 1 }
        // The whole part in a Double: 24 digits cannot overflow it (an Int64 overflows past 18).
        var whole: Double = 0, frac: Int64 = 0, scale: Double = 1
        var digits = 0
        while i < b.count, b[i] >= 48, b[i] <= 57 { whole = whole * 10 + Double(b[i] - 48); i += 1; digits += 1 }
        if i < b.count, b[i] == 0x2E {
            i += 1
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                if scale < 1e15 { frac = frac * 10 + Int64(b[i] - 48); scale *= 10 }
                i += 1
                digits += 1
            }
        }
        guard i == b.count, digits > 0 else { return nil }
        let v = whole + Double(frac) / scale
        return negative ? -v : v
    }

    @inline(__always) static func day(_ b: UnsafeRawBufferPointer) -> Day? {
        guard b.count == 8 else { return nil }
        var v = 0
        for i in 0..<8 {
            let d = b[i]
            guard d >= 48, d <= 57 else { return nil }
            v = v * 10 + Int(d - 48)
        }
        return Day(year: v / 10_000, month: v / 100 % 100, day: v % 100)
    }
}

/// A value handed from the parser thread to the storing one.
final class ReportBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: ImportReport
    init(_ value: ImportReport) { stored = value }
    var value: ImportReport {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
