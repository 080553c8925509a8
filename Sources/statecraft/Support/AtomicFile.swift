import Foundation

/// A file written whole or not at all: the bytes go to a temporary file beside the
/// destination, which is renamed over it only once everything is written.
struct AtomicFile {
    let path: String

    /// Checks now that the destination's directory exists and is writable, so a bad
    /// `-o` fails before any work is done.
    init(path: String) throws {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        let dir = directory.isEmpty ? "." : directory
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError("\(path): cannot write: directory \(dir) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw CLIError("\(path): cannot write: it is a directory")
        }
        guard FileManager.default.isWritableFile(atPath: dir) else {
            throw CLIError("\(path): cannot write: directory \(dir) is not writable")
        }
    }

    func write(_ data: Data) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temp)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw CLIError("\(path): cannot write: \((error as NSError).localizedDescription)")
        }
        if rename(temp.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw CLIError("\(path): cannot write: \(reason)")
        }
    }
}
