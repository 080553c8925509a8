import Foundation
import StatecraftCore
import StatecraftExtraction
import StatecraftStore

/// What a build did.
public struct BuildSummary: Sendable {
    /// Articles read from the inputs.
    public var articlesRead = 0
    public var articlesAdded = 0
    /// Articles already in the store (same content hash): not extracted again.
    public var articlesSkipped = 0
    /// CSV or JSONL records without text: skipped.
    public var emptyRecords = 0
    public var eventsAdded = 0
    /// Extraction warnings (text skipped); the first few are kept.
    public var warnings = 0
    public var firstWarnings: [String] = []
    public var seconds = 0.0
}

/// `statecraft build`: reads articles, extracts their events in parallel, and stores them in
/// batches, each batch one committed transaction from a single writer.
///
/// Failure policy: every input is first read and checked completely (missing paths, empty,
/// binary or non-UTF-8 files, malformed JSONL lines, bad CSV columns) before anything is
/// written, so bad input leaves the store as it was. The articles are then stored in
/// batches of committed transactions: an interrupted run keeps every batch committed before
/// it, and a re-run skips the stored articles by content hash (resumable). Memory is bounded
/// by the batch size: articles are streamed, never all held at once.
public final class CorpusBuilder: @unchecked Sendable {
    public let reader: CorpusReader
    public let extractor: EventExtractor
    public let store: EventStore
    /// Extraction threads.
    public let jobs: Int
    /// Articles per committed transaction.
    public let batchSize: Int

    public init(reader: CorpusReader, extractor: EventExtractor, store: EventStore, jobs: Int, batchSize: Int = 512) {
        self.reader = reader
        self.extractor = extractor
        self.store = store
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
    }

    /// Reads every article of `files` once without storing anything; returns how many there
    /// are, or throws the first problem (one line naming the file and line).
    public func validate(_ files: [CorpusReader.File]) throws -> Int {
        try reader.validate(files)
    }

    /// Stores the articles of (validated) `files`; `progress` is called with the articles done.
    public func build(_ files: [CorpusReader.File], progress: (Int) -> Void = { _ in }) throws -> BuildSummary {
        let started = Date()
        var summary = BuildSummary()
        let storedPrefixes = try store.articleHashPrefixes()
        let writer = DispatchQueue(label: "statecraft.build.writer")
        let inFlight = DispatchSemaphore(value: 1)
        let written = WriterTally()

        func flush(_ batch: [Article]) throws {
            guard !batch.isEmpty else { return }
            // Hash, drop what is stored (one query for the few whose hash prefix is known), extract the rest in parallel.
            let hashes = batch.map(ContentHash.of)
            let stored = try store.storedHashes(among: hashes.filter { storedPrefixes.contains(ArticleHashPrefix($0)) })
            let items = Slots<ArticleIngest?>(count: batch.count, initial: nil)
            let warns = Slots<[String]>(count: batch.count, initial: [])
            let next = ManagedCounter()
            DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
                while true {
                    let i = next.next()
                    guard i < batch.count else { return }
                    let a = batch[i]
                    let hash = hashes[i]
                    if stored.contains(hash) { continue }
                    let result = self.extractor.extract(a)
                    let evs = result.events.map { e -> Event in
                        var e = e
                        e.article = hash
                        if e.date == nil { e.date = a.date }
                        return e
                    }
                    items[i] = ArticleIngest(
                        article: ArticleRecord(hash: hash, title: a.title, url: a.url, date: a.date,
                                               sourcePath: a.sourcePath, outlet: a.outlet,
                                               signature: TextSignature(text: a.text)),
                        events: evs)
                    warns[i] = result.warnings
                }
            }
            let ready = items.values.compactMap { $0 }
            let warnings = warns.values
            summary.articlesSkipped += batch.count - ready.count
            for w in warnings.joined() {
                summary.warnings += 1
                if summary.firstWarnings.count < 5 { summary.firstWarnings.append(w) }
            }
            // One writer, one batch in flight: extraction of the next batch overlaps this commit.
            inFlight.wait()
            if let failed = written.error {
                inFlight.signal()
                throw failed
            }
            writer.async {
                defer { inFlight.signal() }
                do {
                    written.add(try self.store.ingest(ready))
                } catch {
                    written.fail(error)
                }
            }
        }

        var batch: [Article] = []
        batch.reserveCapacity(batchSize)
        for file in files {
            summary.emptyRecords += try reader.forEachArticle(in: file) { a in
                batch.append(a)
                summary.articlesRead += 1
                if batch.count == batchSize {
                    try flush(batch)
                    batch.removeAll(keepingCapacity: true)
                    progress(summary.articlesRead)
                }
            }
        }
        try flush(batch)
        writer.sync {}
        progress(summary.articlesRead)
        if let e = written.error { throw e }
        summary.articlesAdded = written.total.articlesAdded
        summary.articlesSkipped += written.total.articlesSkipped
        summary.eventsAdded = written.total.eventsAdded
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}

/// What the writer has stored so far, or its error (thread-safe).
final class WriterTally: @unchecked Sendable {
    private let lock = NSLock()
    private var sum = IngestSummary()
    private var failure: Error?
    var total: IngestSummary { lock.lock(); defer { lock.unlock() }; return sum }
    var error: Error? { lock.lock(); defer { lock.unlock() }; return failure }
    func add(_ s: IngestSummary) {
        lock.lock()
        sum.articlesAdded += s.articlesAdded
        sum.articlesSkipped += s.articlesSkipped
        sum.eventsAdded += s.eventsAdded
        lock.unlock()
    }
    func fail(_ e: Error) { lock.lock(); if failure == nil { failure = e }; lock.unlock() }
}

/// Result slots that worker threads fill at distinct indices.
final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T>
    init(count: Int, initial: T) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: initial)
    }
    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
    subscript(i: Int) -> T {
        get { buffer[i] }
        set { buffer[i] = newValue }
    }
    var values: [T] { Array(buffer) }
}

/// A thread-safe counter handing out work indices.
final class ManagedCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

/// The first 16 hex digits of a content hash as an integer: a compact pre-filter for "is it stored?".
public func ArticleHashPrefix(_ hash: String) -> UInt64 {
    UInt64(hash.prefix(16), radix: 16) ?? 0
}
