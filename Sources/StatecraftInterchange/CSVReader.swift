import Foundation

/// A streaming RFC 4180 CSV reader: quoted fields with `""` escapes and line breaks inside
/// quotes, CRLF or LF line ends, a UTF-8 byte-order mark at the start ignored.
/// Records are handed over one at a time, with the line number where each starts.
struct CSVReader {
    /// A CSV problem, naming the file and line.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let file: String
        public let line: Int
        public let problem: String
        public var description: String { "\(file):\(line): \(problem)" }
    }

    public let path: String
    public let separator: UInt8

    public init(path: String, separator: UInt8 = UInt8(ascii: ",")) {
        self.path = path
        self.separator = separator
    }

    /// Reads the first record only (the header).
    public func header() throws -> [String] {
        var out: [String]?
        do {
            try forEachRecord { fields, _ in
                out = fields
                throw Stop()
            }
        } catch is Stop {}
        return out ?? []
    }

    private struct Stop: Error {}

    /// Calls `body` for each record (fields as UTF-8 strings; invalid UTF-8 is an error) with
    /// its 1-based starting line. Blank lines are skipped.
    public func forEachRecord(_ body: ([String], Int) throws -> Void) throws {
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var afterQuote = false  // just closed a quoted field (or saw a quote inside one)
        var fieldWasQuoted = false
        var line = 1
        var recordLine = 1
        var atStart = true
        var pendingCR = false

        func endField() throws {
            guard let s = String(validatingUTF8Bytes: field) else {
                throw Failure(file: path, line: recordLine, problem: "not valid UTF-8 text")
            }
            fields.append(s)
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() throws {
            if fields.isEmpty && field.isEmpty && !fieldWasQuoted {
                recordLine = line
                return
            }
            try endField()
            let r = fields
            fields.removeAll(keepingCapacity: true)
            try body(r, recordLine)
            recordLine = line
        }

        try FileChunks.forEach(in: path) { chunk in
            var i = 0
            if atStart {
                atStart = false
                if chunk.count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { i = 3 }
            }
            while i < chunk.count {
                let b = chunk[i]
                i += 1
                if b == 0 { throw Failure(file: path, line: line, problem: "binary data (NUL byte), not CSV text") }
                if inQuotes {
                    if afterQuote {
                        if b == 0x22 {  // "" → "
                            field.append(0x22)
                            afterQuote = false
                            continue
                        }
                        inQuotes = false
                        afterQuote = false
                        // fall through to unquoted handling of b
                    } else if b == 0x22 {
                        afterQuote = true
                        continue
                    } else {
                        if b == 0x0A { line += 1 }
                        field.append(b)
                        continue
                    }
                }
                if pendingCR {
                    pendingCR = false
                    if b == 0x0A { continue }
                }
                switch b {
                case separator:
                    try endField()
                case 0x0A:
                    line += 1
                    try endRecord()
                case 0x0D:
                    line += 1
                    pendingCR = true
                    try endRecord()
                case 0x22 where field.isEmpty && !fieldWasQuoted:
                    inQuotes = true
                    fieldWasQuoted = true
                default:
                    field.append(b)
                }
            }
        }
        if inQuotes && !afterQuote {
            throw Failure(file: path, line: recordLine, problem: "unterminated quoted field")
        }
        try endRecord()
    }
}

extension String {
    /// Decodes UTF-8 bytes, or nil when they are not valid UTF-8.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        self = s
    }
}
