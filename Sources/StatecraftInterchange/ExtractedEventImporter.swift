import Foundation
import StatecraftCore
import StatecraftStore

/// What `import events` did.
public struct EventsImportSummary: Sendable {
    /// Articles read (article lines).
    public var articlesRead = 0
    public var articlesAdded = 0
    /// Articles already in the store (same content hash): nothing added.
    public var articlesSkipped = 0
    public var eventsAdded = 0
    public var seconds = 0.0
}

/// `statecraft import events`: loads the output of `statecraft extract --articles` (for example
/// a Spark job's) into the store exactly as `build` stores the same articles: the same article
/// records (hash, title, URL, date, outlet), the same events and tie totals, through the same
/// ``EventStore/ingest(_:)``. The record id is kept as the article's source.
///
/// Lines are grouped per article: an article's event lines are held until its article line
/// arrives, which says how many there must be, so a lost or doubled line is an error, not a
/// wrong count. Every file must close the articles it opens.
///
/// Failure policy (as `build`): every file is read and checked completely before the store is
/// opened, so a bad line leaves the store as it was; then articles are stored in batches of
/// committed transactions, and a re-run skips the stored ones by content hash (idempotent).
public struct ExtractedEventImporter: Sendable {
    /// Articles per committed transaction.
    public let batchSize: Int

    public init(batchSize: Int = 512) {
        self.batchSize = max(1, batchSize)
    }

    /// The files under `paths`: files as given, directories searched recursively for regular files
    /// that are not hidden and whose names do not start with `_` (Spark's `_SUCCESS`), sorted.
    public static func files(for paths: [String]) throws -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw CorpusError("\(path): no such file or directory") }
            guard isDir.boolValue else {
                if seen.insert(path).inserted { out.append(path) }
                continue
            }
            guard let e = fm.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                                        options: [.skipsHiddenFiles]) else { throw CorpusError("\(path): cannot be read") }
            var found: [String] = []
            for case let url as URL in e {
                guard !url.lastPathComponent.hasPrefix("_"),
                      (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                found.append(url.path)
            }
            guard !found.isEmpty else { throw CorpusError("\(path): no files in this directory") }
            for f in found.sorted() where seen.insert(f).inserted { out.append(f) }
        }
        return out
    }

    /// Reads every line of `files` without storing anything; returns how many articles they hold,
    /// or throws the first problem (`FILE:LINE: problem`).
    public func validate(_ files: [String]) throws -> Int {
        var count = 0
        for f in files { try forEachArticle(in: f) { _ in count += 1 } }
        return count
    }

    /// Stores the articles of (validated) `files`; `progress` is called with the articles done.
    public func importFiles(_ files: [String], into store: EventStore,
                            progress: (Int) -> Void = { _ in }) throws -> EventsImportSummary {
        let started = Date()
        var summary = EventsImportSummary()
        var batch: [ArticleIngest] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            let s = try store.ingest(batch)
            summary.articlesAdded += s.articlesAdded
            summary.articlesSkipped += s.articlesSkipped
            summary.eventsAdded += s.eventsAdded
            batch.removeAll(keepingCapacity: true)
            progress(summary.articlesRead)
        }
        for f in files {
            try forEachArticle(in: f) { item in
                batch.append(item)
                summary.articlesRead += 1
                if batch.count >= batchSize { try flush() }
            }
        }
        try flush()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Calls `body` with each complete article of `path` (its record and its events, as `build`
    /// makes them), in the order of the article lines.
    public func forEachArticle(in path: String, _ body: (ArticleIngest) throws -> Void) throws {
        let reader = ExtractLineReader()
        var splitter = LineSplitter()
        // Event lines of articles whose article line has not come yet, by content hash.
        var pending: [String: (events: [Event], firstLine: Int)] = [:]
        func line(_ bytes: UnsafeRawBufferPointer, _ number: Int, _ terminated: Bool) throws {
            if bytes.contains(0) { throw CorpusError("\(path):\(number): binary data (NUL bytes), expected extract's JSON lines") }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
            let record: ExtractRecord
            do { record = try reader.record(Data(bytes)) } catch let e as ExtractLineReader.Problem {
                throw CorpusError("\(path):\(number): \(e.problem)")
            }
            switch record {
            case .event(let e, let a):
                pending[a.hash, default: ([], number)].events.append(e)
            case .article(let a, let expected, let signature):
                let events = pending.removeValue(forKey: a.hash)?.events ?? []
                guard events.count == expected else {
                    throw CorpusError("\(path):\(number): article '\(a.id)' has \(events.count) event line(s) before it, "
                                      + "its article line says \(expected) (lines lost or doubled)")
                }
                try body(ArticleIngest(
                    article: ArticleRecord(hash: a.hash, title: a.title, url: a.url, date: a.date, sourcePath: a.id,
                                           outlet: a.outlet, signature: signature),
                    events: events.map { e in
                        var e = e
                        if e.date == nil { e.date = a.date }
                        return e
                    }))
            }
        }
        do {
            try FileChunks.forEach(in: path) { try splitter.feed($0, line) }
        } catch let e as FileChunks.Unreadable {
            throw CorpusError(e.description)
        }
        try splitter.finish(line)
        if let open = pending.min(by: { $0.value.firstLine < $1.value.firstLine }) {
            throw CorpusError("\(path):\(open.value.firstLine): event line(s) of article \(open.key.prefix(12))… without "
                              + "its article line (run extract with --articles; or the file was cut short)")
        }
    }
}
