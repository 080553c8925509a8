import Foundation

/// Standard output and standard error for every command.
///
/// Everything a command prints goes through one buffer written to file descriptor 1 with
/// `write(2)`, so text and bytes keep their order and every failed write is seen: ``write(_:)``
/// throws at once, a failure during `print` is remembered, and ``finish()`` (called when the
/// command returns) flushes and reports it. No command exits 0 with its output lost.
package final class StandardOutput: @unchecked Sendable {
    private static let shared = StandardOutput()
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    /// The errno of the first failed write; later output is dropped.
    private var failedWith: Int32?
    /// A terminal sees each piece at once (as C's line-buffered stdout would); files and pipes get 64 KB writes.
    private let interactive = isatty(1) != 0

    private init() { buffer.reserveCapacity(1 << 16) }

    /// Writes bytes to standard output (PNG, PDF, exported formats without `-o`).
    package static func write(_ data: Data) throws {
        try shared.append(data)
        if let code = shared.failure() { throw failure(code) }
    }

    /// Writes text to standard output as it is (machine-readable formats: JSON, CSV, DOT, XML).
    package static func write(_ text: String) throws { try write(Data(text.utf8)) }

    /// Appends text without throwing (for `print`); a failure is reported by ``finish()``.
    package static func append(_ text: String) { try? shared.append(Data(text.utf8)) }

    /// Writes out what is buffered and reports any write that failed.
    package static func finish() throws {
        shared.lock.lock()
        shared.drain()
        shared.lock.unlock()
        if let code = shared.failure() { throw failure(code) }
    }

    /// One line on standard error, with control characters from data shown escaped.
    package static func warn(_ line: String) {
        let bytes = Array((TerminalText.clean(line) + "\n").utf8)
        bytes.withUnsafeBytes { b in
            var offset = 0
            while offset < b.count {
                let n = Foundation.write(2, b.baseAddress! + offset, b.count - offset)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return }  // nowhere left to report to
                offset += n
            }
        }
    }

    private func append(_ data: Data) throws {
        lock.lock()
        defer { lock.unlock() }
        guard failedWith == nil else { return }
        buffer.append(contentsOf: data)
        if interactive || buffer.count >= 1 << 16 { drain() }
    }

    /// Writes the buffer to descriptor 1 (the lock held).
    private func drain() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failedWith == nil else { return }
        buffer.withUnsafeBytes { b in
            var offset = 0
            while offset < b.count {
                let n = Foundation.write(1, b.baseAddress! + offset, b.count - offset)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { failedWith = n < 0 ? errno : EIO; return }
                offset += n
            }
        }
    }

    private func failure() -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        return failedWith
    }

    private static func failure(_ code: Int32) -> CLIError {
        CLIError("standard output: cannot write (\(String(cString: strerror(code))))")
    }
}

/// The text commands' `print`: like the standard library's, but control characters that came
/// from data (an imported actor name with ESC[2J) are shown escaped instead of reaching the
/// terminal. Declared in this module, it is the `print` every command calls; JSON goes through
/// ``JSONOutput``, whose escaping already keeps control characters out.
package func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    StandardOutput.append(TerminalText.clean(text) + terminator)
}

/// Text shown on a terminal.
package enum TerminalText {
    /// `s` with C0 and C1 control characters (other than line feed and tab), DEL and the
    /// bidirectional overrides written as `\u001B`; everything else unchanged. The escape is
    /// JSON's own, so a JSON document (whose encoder already escapes C0) stays valid and equal.
    package static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isUnsafe) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if isUnsafe(u) {
                let hex = String(u.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    package static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0A, 0x09: return false
        case 0..<0x20, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
