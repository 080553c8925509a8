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
        let temp = try stage(body)
        guard rename(temp, target) == 0 else {
            let e = failure(errno)
            unlink(temp)
            throw e
        }
    }
}
