import Foundation

/// A pointer handed to worker threads that write disjoint parts of one buffer.
struct SharedBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

/// Runs `body(chunk)` for `chunks` independent chunks on up to `threads` threads.
///
/// With `threads <= 1` the chunks run in order on the calling thread. Results that must be
/// deterministic are accumulated per chunk and combined by the caller in chunk order, so the
/// answer does not depend on the number of threads.
func runChunks(_ chunks: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
    guard chunks > 0 else { return }
    if threads <= 1 || chunks == 1 {
        for c in 0..<chunks { body(c) }
        return
    }
    let workers = min(threads, chunks)
    let next = ChunkCounter()
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while let c = next.take(below: chunks) { body(c) }
    }
}

/// Hands out chunk numbers 0, 1, 2, … to worker threads.
final class ChunkCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// The number of threads to use by default: the active processor count.
public var defaultThreadCount: Int { ProcessInfo.processInfo.activeProcessorCount }
