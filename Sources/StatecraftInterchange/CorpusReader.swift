import Foundation
import StatecraftCore
import StatecraftExtraction

/// A corpus problem, in one line naming the file (and line).
public struct CorpusError: Error, CustomStringConvertible, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Which columns of a CSV corpus hold what. Columns are header names, or 1-based numbers
/// when the file has no header row.
public struct CSVCorpusColumns: Sendable {
    /// The text columns, joined by a blank line (e.g. AG News title and description).
    public var text: [String]
    public var title: String?
    public var date: String?
    public var url: String?
    public var id: String?
    /// Whether the first row names the columns.
    public var hasHeader: Bool

    public init(text: [String] = ["text"], title: String? = nil, date: String? = nil, url: String? = nil,
                id: String? = nil, hasHeader: Bool = true) {
        self.text = text
        self.title = title
        self.date = date
        self.url = url
        self.id = id
        self.hasHeader = hasHeader
    }
}

/// Finds the articles under the paths given to `statecraft build` and reads them, one at a
/// time: `.txt` (the seed format), `.md`, `.html`/`.htm`, `.jsonl` (one record a line) and
/// `.csv` (one article a row). JSONL and CSV are streamed, so memory stays bounded.
public struct CorpusReader: Sendable {
    /// The kinds of corpus files.
    public enum FileKind: String, Sendable { case text, markdown, html, jsonl, csv }

    /// One input file.
    public struct File: Sendable, Hashable {
        public let path: String
        public let kind: FileKind
    }

    public let csvColumns: CSVCorpusColumns
    /// The date of articles whose file gives none.
    public let defaultDate: Day?

    public init(csvColumns: CSVCorpusColumns = CSVCorpusColumns(), defaultDate: Day? = nil) {
        self.csvColumns = csvColumns
        self.defaultDate = defaultDate
    }

    static func kind(of path: String) -> FileKind? {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "jsonl", "ndjson": return .jsonl
        case "csv": return .csv
        default: return nil
        }
    }

    /// The article files under `paths`: files as given (unknown extensions read as plain text),
    /// directories searched recursively for known extensions (hidden entries skipped), in sorted
    /// order. A missing path, or a directory with no article files, is an error.
    public static func files(for paths: [String]) throws -> [File] {
        var out: [File] = []
        var seen = Set<String>()
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw CorpusError("\(path): no such file or directory") }
            if !isDir.boolValue {
                if seen.insert(path).inserted { out.append(File(path: path, kind: kind(of: path) ?? .text)) }
                continue
            }
            var found: [File] = []
            guard let e = fm.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                                        options: [.skipsHiddenFiles]) else {
                throw CorpusError("\(path): cannot be read")
            }
            for case let url as URL in e {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      let k = kind(of: url.path) else { continue }
                found.append(File(path: url.path, kind: k))
            }
            guard !found.isEmpty else {
                throw CorpusError("\(path): no articles (no .txt, .md, .html, .jsonl or .csv files) in this directory")
            }
            for f in found.sorted(by: { $0.path < $1.path }) where seen.insert(f.path).inserted { out.append(f) }
        }
        return out
    }

    /// Reads every article of `files` once, keeping none; returns how many there are, or throws
    /// the first problem (one line naming the file and line).
    public func validate(_ files: [File]) throws -> Int {
        var count = 0
        for f in files {
            if f.kind == .text {
                // A text file is one article, and only its bytes can be wrong: checked without parsing it.
                try checkText(f.path)
                count += 1
            } else {
                try forEachArticle(in: f) { _ in count += 1 }
            }
        }
        return count
    }

    /// The checks ``PlainTextArticleReader`` makes on a file's bytes (readable, not empty, not
    /// binary, UTF-8), with the same errors.
    private func checkText(_ path: String) throws {
        do {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw ArticleReadError.unreadable(file: path, reason: (error as NSError).localizedDescription)
            }
            _ = try PlainTextArticleReader.decode(data, file: path)
        } catch let e as ArticleReadError {
            throw CorpusError(e.description)
        }
    }

    /// Calls `body` with each article of `file`, in order. Errors name the file (and line).
    /// CSV and JSONL records with empty text are skipped and counted in the return value.
    @discardableResult
    public func forEachArticle(in file: File, _ body: (Article) throws -> Void) throws -> Int {
        let url = URL(fileURLWithPath: file.path)
        do {
            switch file.kind {
            case .text:
                var a = try PlainTextArticleReader().read(contentsOf: url, date: nil)
                if a.date == nil { a.date = defaultDate }
                try body(a)
            case .markdown: try body(try MarkdownArticleReader().read(contentsOf: url, date: defaultDate))
            case .html: try body(try HTMLArticleReader().read(contentsOf: url, date: defaultDate))
            case .jsonl: return try jsonl(file.path, body)
            case .csv: return try csv(file.path, body)
            }
        } catch let e as ArticleReadError {
            throw CorpusError(e.description)
        }
        return 0
    }

    private func jsonl(_ path: String, _ body: (Article) throws -> Void) throws -> Int {
        if try FileChunks.prefix(of: path, count: 1).isEmpty { throw ArticleReadError.empty(file: path) }
        let reader = JSONLRecordReader()
        var splitter = LineSplitter()
        var records = 0, empty = 0
        func line(_ bytes: UnsafeRawBufferPointer, _ number: Int, _ terminated: Bool) throws {
            if bytes.contains(0) { throw ArticleReadError.binary(file: path) }
            guard let text = String(validatingUTF8Bytes: Array(bytes)) else {
                throw CorpusError("\(path):\(number): not valid UTF-8 text")
            }
            if text.allSatisfy(\.isWhitespace) { return }
            var a = try reader.record(text[...], file: path, line: number)
            records += 1
            if a.text.allSatisfy(\.isWhitespace) { empty += 1; return }
            if a.date == nil { a.date = defaultDate }
            a.sourcePath = "\(path):\(number)"
            try body(a)
        }
        try FileChunks.forEach(in: path) { try splitter.feed($0, line) }
        try splitter.finish(line)
        if records == 0 { throw ArticleReadError.empty(file: path) }
        return empty
    }

    private func csv(_ path: String, _ body: (Article) throws -> Void) throws -> Int {
        if try FileChunks.prefix(of: path, count: 1).isEmpty { throw ArticleReadError.empty(file: path) }
        let reader = CSVReader(path: path)
        let c = csvColumns
        func column(_ name: String, _ option: String, header: [String]) throws -> Int {
            if c.hasHeader, let i = header.firstIndex(of: name) { return i }
            if !c.hasHeader, let n = Int(name), n >= 1 { return n - 1 }
            let shown = header.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
            throw CorpusError(c.hasHeader ? "\(path): no column '\(name)' (\(option)); the header has \(shown)"
                                          : "\(path): \(option) \(name) must be a column number (the file has no header)")
        }
        var records = 0, empty = 0
        var first = true
        var textCols: [Int] = [], titleCol: Int?, dateCol: Int?, urlCol: Int?, idCol: Int?
        do {
            try reader.forEachRecord { fields, line in
                if first {
                    first = false
                    let header = c.hasHeader ? fields : []
                    for t in c.text { textCols.append(try column(t, "--text-column", header: header)) }
                    titleCol = try c.title.map { try column($0, "--title-column", header: header) }
                    dateCol = try c.date.map { try column($0, "--date-column", header: header) }
                    urlCol = try c.url.map { try column($0, "--url-column", header: header) }
                    idCol = try c.id.map { try column($0, "--id-column", header: header) }
                    // Defaults by name when the user did not say.
                    if c.hasHeader {
                        if c.title == nil { titleCol = header.firstIndex(of: "title") }
                        if c.date == nil { dateCol = header.firstIndex(of: "date") }
                        if c.url == nil { urlCol = header.firstIndex(of: "url") }
                        if c.id == nil { idCol = header.firstIndex(of: "id") }
                        return
                    }
                }
                records += 1
                func get(_ i: Int?) -> String? {
                    guard let i, i < fields.count else { return nil }
                    let v = fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
                    return v.isEmpty ? nil : v
                }
                guard textCols.allSatisfy({ $0 < fields.count }) else {
                    throw CorpusError("\(path):\(line): \(fields.count) fields; the text column needs \((textCols.max() ?? 0) + 1)")
                }
                let text = textCols.compactMap { get($0) }.joined(separator: "\n\n")
                if text.isEmpty { empty += 1; return }
                var date = defaultDate
                if let raw = get(dateCol) {
                    guard let d = Day(raw) else { throw CorpusError("\(path):\(line): date '\(raw.prefix(40))' is not YYYY-MM-DD") }
                    date = d
                }
                let id = get(idCol) ?? "\((path as NSString).lastPathComponent):\(line)"
                try body(Article(id: id, title: get(titleCol), url: get(urlCol), date: date, text: text,
                                 sourcePath: "\(path):\(line)"))
            }
        } catch let e as CSVReader.Failure {
            throw CorpusError(e.description)
        }
        if records == 0 { throw ArticleReadError.empty(file: path) }
        return empty
    }
}
