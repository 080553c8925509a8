import Foundation

/// A read-only ZIP archive: its central directory, and the contents of stored or
/// deflated entries, streamed in chunks (the archive itself is memory-mapped).
public struct ZipArchive {
    /// One file in the archive.
    public struct Entry: Sendable, Hashable {
        public let name: String
        public let method: Int
        public let compressedSize: Int
        public let uncompressedSize: Int
        public let crc32: UInt32
        let localHeaderOffset: Int
    }

    /// Why an archive could not be read; describes itself in one line.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let file: String
        public let problem: String
        public var description: String { "\(file): \(problem)" }
    }

    public let path: String
    public let entries: [Entry]
    private let data: Data

    /// Whether the file starts like a ZIP archive (`PK\u{3}\u{4}`, or an empty archive's `PK\u{5}\u{6}`).
    public static func looksLikeZip(_ prefix: Data) -> Bool {
        prefix.count >= 4 && prefix[prefix.startIndex] == 0x50 && prefix[prefix.startIndex + 1] == 0x4B
            && ((prefix[prefix.startIndex + 2] == 3 && prefix[prefix.startIndex + 3] == 4)
                || (prefix[prefix.startIndex + 2] == 5 && prefix[prefix.startIndex + 3] == 6))
    }

    /// Opens the archive at `path` and reads its central directory.
    public init(path: String) throws {
        self.path = path
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
            throw Failure(file: path, problem: "cannot be read")
        }
        entries = try data.withUnsafeBytes { try Self.readDirectory($0, file: path) }
    }

    private static func u16(_ b: UnsafeRawBufferPointer, _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    private static func u32(_ b: UnsafeRawBufferPointer, _ i: Int) -> Int { u16(b, i) | u16(b, i + 2) << 16 }

    private static func readDirectory(_ b: UnsafeRawBufferPointer, file: String) throws -> [Entry] {
        guard b.count >= 22 else { throw Failure(file: file, problem: "not a ZIP archive (too short)") }
        var eocd = -1
        var i = b.count - 22
        let lowest = max(0, b.count - 22 - 65_535)
        while i >= lowest {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 5, b[i + 3] == 6 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw Failure(file: file, problem: "not a ZIP archive (no end of central directory)") }
        let count = u16(b, eocd + 10)
        let size = u32(b, eocd + 12)
        let offset = u32(b, eocd + 16)
        guard count != 0xFFFF, offset != 0xFFFF_FFFF else {
            throw Failure(file: file, problem: "ZIP64 archives are not supported")
        }
        guard offset + size <= b.count else { throw Failure(file: file, problem: "truncated ZIP archive") }
        var out: [Entry] = []
        var p = offset
        for _ in 0..<count {
            guard p + 46 <= b.count, u32(b, p) == 0x0201_4B50 else {
                throw Failure(file: file, problem: "damaged ZIP central directory")
            }
            let nameLength = u16(b, p + 28), extra = u16(b, p + 30), comment = u16(b, p + 32)
            guard p + 46 + nameLength <= b.count else { throw Failure(file: file, problem: "damaged ZIP central directory") }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: b[(p + 46)..<(p + 46 + nameLength)]), as: UTF8.self)
            out.append(Entry(name: name, method: u16(b, p + 10), compressedSize: u32(b, p + 20),
                             uncompressedSize: u32(b, p + 24), crc32: UInt32(u32(b, p + 16)),
                             localHeaderOffset: u32(b, p + 42)))
            p += 46 + nameLength + extra + comment
        }
        return out
    }

    /// Streams the contents of `entry` to `sink`, checking its size and CRC-32.
    public func read(_ entry: Entry, sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        let where_ = "\(path) (\(entry.name))"
        try data.withUnsafeBytes { b in
            let h = entry.localHeaderOffset
            guard h + 30 <= b.count, Self.u32(b, h) == 0x0403_4B50 else {
                throw Failure(file: where_, problem: "damaged local header")
            }
            let start = h + 30 + Self.u16(b, h + 26) + Self.u16(b, h + 28)
            guard start + entry.compressedSize <= b.count else { throw Failure(file: where_, problem: "truncated entry") }
            let body = UnsafeRawBufferPointer(rebasing: b[start..<(start + entry.compressedSize)])
            var crc = CRC32()
            var size = 0
            func checked(_ chunk: UnsafeRawBufferPointer) throws {
                crc.update(chunk)
                size += chunk.count
                try sink(chunk)
            }
            switch entry.method {
            case 0:
                var off = 0
                while off < body.count {
                    let n = min(1 << 20, body.count - off)
                    try checked(UnsafeRawBufferPointer(rebasing: body[off..<(off + n)]))
                    off += n
                }
            case 8:
                do { try Inflater.inflate(body, sink: checked) } catch let e as Inflater.Failure {
                    throw Failure(file: where_, problem: e.description)
                }
            default:
                throw Failure(file: where_, problem: "unsupported compression method \(entry.method)")
            }
            guard size == entry.uncompressedSize, crc.value == entry.crc32 else {
                throw Failure(file: where_, problem: "damaged entry (size or CRC-32 does not match)")
            }
        }
    }
}

/// CRC-32 (ISO 3309, as in ZIP and gzip).
public struct CRC32: Sendable {
    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }
    private var crc: UInt32 = 0xFFFF_FFFF

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var c = crc
        Self.table.withUnsafeBufferPointer { t in
            for b in bytes { c = t[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        }
        crc = c
    }

    public var value: UInt32 { crc ^ 0xFFFF_FFFF }
}
