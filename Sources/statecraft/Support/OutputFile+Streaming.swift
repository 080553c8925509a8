import Foundation

extension OutputFile {
    /// Streams data to the file: `body` gets a function that writes one chunk. A regular file is
    /// written to a temporary file beside it and renamed into place only when `body` returns, so a
    /// failure leaves the destination as it was; a special file is written in place as chunks come.
    func stream(_ body: ((Data) throws -> Void) throws -> Void) throws {
        if inPlace {
            if path == "/dev/stdout" || path == "/dev/fd/1" || path == "/proc/self/fd/1" {
                return try body { try StandardOutput.write($0) }
            }
            let fd = open(target, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw failure(errno) }
            defer { close(fd) }
            return try body { try writeAll(fd, $0) }
        }
        let url = URL(fileURLWithPath: target)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        unlink(temp)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
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
        guard rename(temp, target) == 0 else {
            let e = failure(errno)
            unlink(temp)
            throw e
        }
    }
}
