import Foundation
import StatecraftCore

/// Reads plain-text articles in the seed's format: the first line names the outlet, the
/// next prose line is the title; repeated title and caption lines count once;
/// `Original URL:` gives the URL; wire credits (`burs-pdw/mlm/sst`) and section headings are dropped.
public struct PlainTextArticleReader: Sendable {
    public init() {}

    /// Checks raw bytes and decodes them as UTF-8, or throws a typed error naming `file`.
    public static func decode(_ data: Data, file: String) throws -> String {
        if data.isEmpty { throw ArticleReadError.empty(file: file) }
        if data.withUnsafeBytes({ b in b.baseAddress.map { memchr($0, 0, b.count) != nil } ?? false }) {
            throw ArticleReadError.binary(file: file)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ArticleReadError.invalidUTF8(file: file) }
        if text.allSatisfy(\.isWhitespace) { throw ArticleReadError.empty(file: file) }
        return text
    }

    /// Reads the file at `url`. The date comes from `date`, else from a `YYYY-MM-DD` in the file name.
    public func read(contentsOf url: URL, date: Day? = nil) throws -> Article {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ArticleReadError.unreadable(file: url.path, reason: (error as NSError).localizedDescription)
        }
        let text = try Self.decode(data, file: url.path)
        let name = url.deletingPathExtension().lastPathComponent
        return parse(text, id: name, date: date ?? Self.day(inName: name), sourcePath: url.path)
    }

    /// Parses article text already in memory.
    public func parse(_ raw: String, id: String, date: Day? = nil, sourcePath: String? = nil) -> Article {
        // Lines split on the byte 10 (a CRLF line end leaves a CR that trimming removes).
        var lines = raw.utf8.split(separator: 10, omittingEmptySubsequences: true)
            .map { Substring($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        // The outlet line: a short first line without sentence punctuation, followed by more text.
        var body = raw
        if lines.count > 1, let first = lines.first, first.count <= 40,
           !first.contains(where: { ".!?".contains($0) }), ArticleLines.role(of: first) == .prose {
            lines.removeFirst()
            if let r = raw.range(of: String(first)) { body = String(raw[r.upperBound...]) }
        }
        let cleaned = ArticleLines.clean(body)
        let title = lines.first { ArticleLines.role(of: $0) == .prose }.map(String.init)
        return Article(id: id, title: title, url: cleaned.url, date: date, text: cleaned.text, sourcePath: sourcePath)
    }

    /// The first `YYYY-MM-DD` in a file name, if any.
    static func day(inName name: String) -> Day? {
        let u = Array(name.utf8)
        guard u.count >= 10 else { return nil }
        for i in 0...(u.count - 10) where u[i + 4] == 45 && u[i + 7] == 45 {
            if let d = Day(String(decoding: u[i..<(i + 10)], as: UTF8.self)) { return d }
        }
        return nil
    }
}
