import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal
/// (silent in pipes, logs and tests). Redrawn at most ten times a second.
package final class ProgressBar: @unchecked Sendable {
    public let total: Int
    public let label: String
    public let enabled: Bool
    private var last = Date.distantPast
    private let start = Date()
    private let lock = NSLock()

    public init(total: Int, label: String, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.label = label
        self.enabled = enabled
    }

    /// Shows `done` of `total`.
    public func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done >= total || now.timeIntervalSince(last) >= 0.1 else { return }
        last = now
        FileHandle.standardError.write(Data(Self.line(done: done, total: total, label: label,
                                                      elapsed: now.timeIntervalSince(start)).utf8))
    }

    /// Ends the bar's line.
    public func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// The text of the bar: `\r[#######.............]  1234/7849 articles  412/s`.
    public static func line(done: Int, total: Int, label: String, elapsed: TimeInterval) -> String {
        let width = 30
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let rate = elapsed > 0 ? Int(Double(done) / elapsed) : 0
        return "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            + "] \(done)/\(total) \(label)  \(rate)/s "
    }
}
