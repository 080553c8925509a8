import Foundation

/// A file named by `-o`, written whole or not at all, and never replaced by a different kind of file.
///
/// - A regular file (or a new path) gets its bytes through a temporary file beside it, renamed
///   over it once everything is written; an existing file keeps its permission bits.
/// - A symbolic link is followed: the file it points to is written, the link stays a link.
/// - Anything else — a FIFO, a character or block device, `/dev/stdout`, a socket — is opened
///   and written in place, never replaced.
struct OutputFile {
    /// The path as the user gave it (for messages).
    let path: String
    /// Where the bytes go: `path` with symbolic links resolved.
    let target: String
    /// True when the target exists and is not a regular file: written in place.
    let inPlace: Bool

    /// Checks now that the destination can be written, so a bad `-o` fails before any work is done.
    init(path: String) throws {
        self.path = path
        var st = stat()
        guard stat(path, &st) == 0 else {
            // A new file, or a dangling link: created where the link points.
            target = Self.resolvingLinks(path)
            inPlace = false
            try Self.checkDirectory(of: target, for: path)
            return
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { throw CLIError("\(path): cannot write: it is a directory") }
        if access(path, W_OK) != 0 { throw CLIError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        let special = path.hasPrefix("/dev/") || path.hasPrefix("/proc/")
        inPlace = type != S_IFREG || special
        target = inPlace ? path : (realpath(path, nil).map { p in defer { free(p) }; return String(cString: p) } ?? path)
        if !inPlace { try Self.checkDirectory(of: target, for: path) }
    }

    private static func checkDirectory(of target: String, for path: String) throws {
        let directory = (target as NSString).deletingLastPathComponent
        let dir = directory.isEmpty ? "." : directory
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError("\(path): cannot write: directory \(dir) does not exist")
        }
        guard access(dir, W_OK) == 0 else {
            throw CLIError("\(path): cannot write: directory \(dir) is not writable")
        }
    }

    /// Writes `data` whole, or leaves the destination as it was and throws a one-line error.
    func write(_ data: Data) throws {
        try Self.write([(self, data)])
    }

    /// Writes several files together: every temporary file is written first (then any special
    /// file), and only when all are complete are they renamed into place, so a failure leaves
    /// no regular file changed.
    static func write(_ files: [(OutputFile, Data)]) throws {
        var staged: [(temp: String, file: OutputFile)] = []
        do {
            for (file, data) in files where !file.inPlace {
                staged.append((try file.stage(data), file))
            }
        } catch {
            for s in staged { unlink(s.temp) }
            throw error
        }
        do {
            // Special files cannot be staged: written before anything is renamed into place.
            for (file, data) in files where file.inPlace {
                try file.writeInPlace(data)
            }
        } catch {
            for s in staged { unlink(s.temp) }
            throw error
        }
        for (i, s) in staged.enumerated() where rename(s.temp, s.file.target) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in staged[i...] { unlink(rest.temp) }
            throw CLIError("\(s.file.path): cannot write: \(reason)")
        }
    }

    /// Writes a temporary file beside the target with the target's permissions; returns its path.
    private func stage(_ data: Data) throws -> String {
        try stage { try $0(data) }
    }

    /// Writes a temporary file beside the target with the target's permissions, its bytes from
    /// `body` (given a function that writes one chunk), synced and closed; returns its path. On
    /// any failure the temporary file is removed.
    func stage(_ body: ((Data) throws -> Void) throws -> Void) throws -> String {
        let url = URL(fileURLWithPath: target)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        unlink(temp)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)  // the umask applies, as for any new file
        guard fd >= 0 else { throw failure(errno) }
        var existing = stat()
        if stat(target, &existing) == 0 { fchmod(fd, existing.st_mode & 0o7777) }
        do {
            try body { try writeAll(fd, $0) }
            guard fsync(fd) == 0 || errno == EINVAL else { throw failure(errno) }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        guard close(fd) == 0 else {
            let e = failure(errno)
            unlink(temp)
            throw e
        }
        return temp
    }

    /// Writes into an existing FIFO, device or other special file (never truncated or replaced);
    /// `/dev/stdout` is this process's standard output, in order with everything printed.
    private func writeInPlace(_ data: Data) throws {
        if path == "/dev/stdout" || path == "/dev/fd/1" || path == "/proc/self/fd/1" {
            do { return try StandardOutput.write(data) } catch { throw failure(errno == 0 ? EIO : errno) }
        }
        let fd = open(target, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(errno) }
        defer { close(fd) }
        try writeAll(fd, data)
    }

    func writeAll(_ fd: Int32, _ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(errno)
                }
                offset += n
            }
        }
    }

    func failure(_ code: Int32) -> CLIError {
        CLIError("\(path): cannot write: \(String(cString: strerror(code)))")
    }

    /// `path` with its symbolic links followed (up to 40, as the kernel does); a dangling link
    /// resolves to the path it names, so the file is created there.
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var st = stat()
            guard lstat(current, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let link = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        }
        return current
    }
}
