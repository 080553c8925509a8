import Foundation
import ZIPFoundation

/// A read-only ZIP archive (GDELT's zipped exports): its entries, and the contents of stored or
/// deflated entries streamed in chunks, each checked against its size and CRC-32. ZIPFoundation
/// reads the archive (inflating through the system zlib); this type turns its errors into one-line
/// failures naming the file and keeps a damaged entry from producing more than its stated size.
struct ZipArchive {
    /// One file in the archive.
    struct Entry {
        let name: String
        let uncompressedSize: UInt64
        fileprivate let entry: ZIPFoundation.Entry
    }

    /// Why an archive could not be read; describes itself in one line.
    struct Failure: Error, CustomStringConvertible, Sendable {
        let file: String
        let problem: String
        var description: String { "\(file): \(problem)" }
    }

    let path: String
    let entries: [Entry]
    private let archive: Archive

    /// Whether the file starts like a ZIP archive (`PK\u{3}\u{4}`, or an empty archive's `PK\u{5}\u{6}`).
    static func looksLikeZip(_ prefix: Data) -> Bool {
        prefix.count >= 4 && prefix[prefix.startIndex] == 0x50 && prefix[prefix.startIndex + 1] == 0x4B
            && ((prefix[prefix.startIndex + 2] == 3 && prefix[prefix.startIndex + 3] == 4)
                || (prefix[prefix.startIndex + 2] == 5 && prefix[prefix.startIndex + 3] == 6))
    }

    /// Opens the archive at `path` and reads its central directory.
    init(path: String) throws {
        self.path = path
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch Archive.ArchiveError.unreadableArchive {
            let readable = FileManager.default.isReadableFile(atPath: path)
            throw Failure(file: path, problem: readable ? "not a ZIP archive (no readable central directory)" : "cannot be read")
        } catch {
            throw Failure(file: path, problem: "not a ZIP archive (\(error))")
        }
        var list: [Entry] = []
        for e in archive { list.append(Entry(name: e.path, uncompressedSize: e.uncompressedSize, entry: e)) }
        entries = list
    }

    /// Streams the contents of `entry` to `sink`, checking its size and CRC-32.
    func read(_ entry: Entry, sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        let where_ = "\(path) (\(entry.name))"
        guard entry.entry.type == .file else { throw Failure(file: where_, problem: "not a file") }
        var size: UInt64 = 0
        let crc: CRC32
        do {
            crc = try archive.extract(entry.entry, bufferSize: 1 << 18) { data in
                size += UInt64(data.count)
                // A damaged stream can inflate to far more than the entry holds: stop at its stated size.
                guard size <= entry.uncompressedSize else { throw Failure(file: where_, problem: "damaged entry (longer than its stated size)") }
                try data.withUnsafeBytes { try sink($0) }
            }
        } catch let failure as Failure {
            throw failure
        } catch Archive.ArchiveError.invalidCompressionMethod {
            throw Failure(file: where_, problem: "unsupported compression method")
        } catch let e as Archive.ArchiveError {
            throw Failure(file: where_, problem: "damaged entry (\(e))")
        } catch {
            // zlib's data errors (ZIPFoundation's CompressionError) and unreadable chunks.
            throw Failure(file: where_, problem: "damaged entry (invalid compressed data)")
        }
        guard size == entry.uncompressedSize, crc == entry.entry.checksum else {
            throw Failure(file: where_, problem: "damaged entry (size or CRC-32 does not match)")
        }
    }
}
