/// Why an article file or record could not be read. Each case describes itself in one line.
public enum ArticleReadError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file (or record text) has no text.
    case empty(file: String)
    /// The file holds NUL bytes: it is binary, not text.
    case binary(file: String)
    /// The bytes are not valid UTF-8.
    case invalidUTF8(file: String)
    /// The file cannot be opened.
    case unreadable(file: String, reason: String)
    /// A JSONL line is not a valid record.
    case malformedRecord(file: String, line: Int, problem: String)

    public var description: String {
        switch self {
        case .empty(let f): return "\(f): empty file, no article text"
        case .binary(let f): return "\(f): binary file (contains NUL bytes), not an article"
        case .invalidUTF8(let f): return "\(f): not valid UTF-8 text"
        case .unreadable(let f, let r): return "\(f): cannot be read (\(r))"
        case .malformedRecord(let f, let l, let p): return "\(f):\(l): malformed record: \(p)"
        }
    }
}
