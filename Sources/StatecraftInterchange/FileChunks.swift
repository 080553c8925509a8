import Foundation

/// Reads a file in fixed-size chunks (bounded memory whatever the file size).
enum FileChunks {
    public static let chunkSize = 1 << 20

    /// The first `count` bytes of the file (fewer for a short file).
    public static func prefix(of path: String, count: Int) throws -> Data {
        guard let h = FileHandle(forReadingAtPath: path) else { throw Unreadable(path: path) }
        defer { try? h.close() }
        return (try h.read(upToCount: count)) ?? Data()
    }

    /// Calls `body` with each chunk of the file, in order.
    public static func forEach(in path: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let h = FileHandle(forReadingAtPath: path) else { throw Unreadable(path: path) }
        defer { try? h.close() }
        while true {
            guard let data = try h.read(upToCount: chunkSize), !data.isEmpty else { return }
            try data.withUnsafeBytes { try body($0) }
        }
    }

    /// The file cannot be opened or read.
    public struct Unreadable: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "\(path): cannot be read" }
    }
}
