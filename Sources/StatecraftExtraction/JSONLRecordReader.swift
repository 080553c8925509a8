import Foundation
import StatecraftCore

/// Reads JSONL article records, one JSON object a line: `{"id", "title"?, "url"?, "date"?, "outlet"?, "text"}`.
/// Other fields are ignored; blank lines are skipped; a malformed line is an error naming file and line.
public struct JSONLRecordReader: Sendable {
    public init() {}

    /// Parses one line (1-based `line` for errors).
    public func record(_ line: Substring, file: String, line number: Int) throws -> Article {
        let data = Data(line.utf8)
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw ArticleReadError.malformedRecord(file: file, line: number, problem: "not valid JSON")
        }
        guard let dict = object as? [String: Any] else {
            throw ArticleReadError.malformedRecord(file: file, line: number, problem: "not a JSON object")
        }
        let id: String
        switch dict["id"] {
        case let s as String where !s.isEmpty: id = s
        case let n as NSNumber: id = n.stringValue
        default: throw ArticleReadError.malformedRecord(file: file, line: number, problem: "missing field 'id'")
        }
        guard let text = dict["text"] as? String else {
            throw ArticleReadError.malformedRecord(file: file, line: number, problem: "missing string field 'text'")
        }
        var date: Day?
        if let d = dict["date"], !(d is NSNull) {
            guard let s = d as? String, let day = Day(s) else {
                throw ArticleReadError.malformedRecord(file: file, line: number, problem: "'date' is not YYYY-MM-DD")
            }
            date = day
        }
        return Article(id: id, title: dict["title"] as? String, url: dict["url"] as? String, date: date,
                       text: text, sourcePath: file, outlet: dict["outlet"] as? String)
    }

    /// Reads every record of a JSONL text.
    public func records(in text: String, file: String) throws -> [Article] {
        var out: [Article] = []
        var n = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            out.append(try record(line, file: file, line: n))
        }
        return out
    }

    /// Reads a JSONL file (`-` is not handled here; pass the text to ``records(in:file:)``).
    public func records(contentsOf url: URL) throws -> [Article] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ArticleReadError.unreadable(file: url.path, reason: (error as NSError).localizedDescription)
        }
        if data.contains(0) { throw ArticleReadError.binary(file: url.path) }
        guard let text = String(data: data, encoding: .utf8) else { throw ArticleReadError.invalidUTF8(file: url.path) }
        return try records(in: text, file: url.path)
    }
}
