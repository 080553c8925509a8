import Foundation
import StatecraftCore
import StatecraftStore

/// What the importers of whole files (edge lists, CSV tables) share: the file is one
/// article identified by the SHA-256 of its bytes, so importing it again adds nothing.
enum FileImportSupport {
    /// The hex SHA-256 of the file's bytes (streamed).
    static func contentHash(of path: String) throws -> String {
        var sha = SHA256()
        try FileChunks.forEach(in: path) { sha.update($0) }
        return sha.finalize().hex
    }

    /// Checks that `path` is a readable, non-empty regular file; returns the failure otherwise.
    static func problem(with path: String) -> String? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return "no such file" }
        if isDir.boolValue { return "is a directory" }
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: path) else { return "cannot be read" }
        if (attrs[.size] as? NSNumber)?.intValue == 0 { return "empty file" }
        guard FileManager.default.isReadableFile(atPath: path) else { return "cannot be read" }
        return nil
    }

    /// The article record of an imported file.
    static func record(path: String, hash: String, origin: String) -> ArticleRecord {
        ArticleRecord(hash: hash, title: (path as NSString).lastPathComponent, url: nil, date: nil,
                      sourcePath: path, outlet: origin)
    }
}
