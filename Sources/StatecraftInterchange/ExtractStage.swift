import Foundation
import StatecraftCore
import StatecraftExtraction

/// `statecraft extract` as a pipeline stage: JSONL article records in, ``ExtractLine`` lines out,
/// one record at a time (memory bounded by the longest record), no store, the same output for
/// the same input.
///
/// With `articleLines`, every article with text is closed by its article line, so that
/// `import events` stores the articles that yielded no events too, and can check that none of
/// an article's lines were lost or doubled. Records without text are skipped (as `build` does).
public struct ExtractStage: Sendable {
    public let extractor: EventExtractor
    public let articleLines: Bool

    public init(extractor: EventExtractor, articleLines: Bool) {
        self.extractor = extractor
        self.articleLines = articleLines
    }

    /// What a run did.
    public struct Summary: Sendable {
        public var records = 0
        public var events = 0
    }

    /// Reads records from `input` (named `name` in errors: `NAME:LINE: problem`) until its end and
    /// hands the output lines to `write` in blocks of about 64 KB (a write that fails stops the run
    /// with its error); `warn` receives the extractor's warnings.
    @discardableResult
    public func run(input: FileHandle, name: String, write: (Data) throws -> Void,
                    warn: (String) -> Void = { _ in }) throws -> Summary {
        let reader = JSONLRecordReader()
        var splitter = LineSplitter()
        var summary = Summary()
        var out: [UInt8] = []
        out.reserveCapacity(1 << 17)
        func flush() throws {
            guard !out.isEmpty else { return }
            try write(Data(out))
            out.removeAll(keepingCapacity: true)
        }
        func emit(_ s: String) {
            out.append(contentsOf: s.utf8)
            out.append(0x0A)
        }
        func line(_ bytes: UnsafeRawBufferPointer, _ number: Int, _ terminated: Bool) throws {
            if bytes.contains(0) { throw CorpusError("\(name):\(number): binary data (NUL bytes), expected JSONL") }
            guard let text = String(validatingUTF8Bytes: Array(bytes)) else {
                throw CorpusError("\(name):\(number): not valid UTF-8 text")
            }
            if text.allSatisfy(\.isWhitespace) { return }
            let article: Article
            do { article = try reader.record(text[...], file: name, line: number) } catch let e as ArticleReadError {
                throw CorpusError(e.description)
            }
            summary.records += 1
            if article.text.allSatisfy(\.isWhitespace) { return }
            let fields = ExtractedArticle(article)
            let result = extractor.extract(article)
            for e in result.events { emit(ExtractLine.event(e, of: fields)) }
            if articleLines {
                emit(ExtractLine.articleLine(fields, events: result.events.count, signature: TextSignature(text: article.text)))
            }
            summary.events += result.events.count
            for w in result.warnings { warn(w) }
            if out.count >= 1 << 16 { try flush() }
        }
        while true {
            let chunk: Data
            do { chunk = try input.read(upToCount: FileChunks.chunkSize) ?? Data() } catch {
                throw CorpusError("\(name): cannot be read (\((error as NSError).localizedDescription))")
            }
            if chunk.isEmpty { break }
            try chunk.withUnsafeBytes { try splitter.feed($0, line) }
        }
        try splitter.finish(line)
        try flush()
        if summary.records == 0 { throw CorpusError("\(name): empty input, no JSONL records") }
        return summary
    }
}
