import Foundation

/// A blocking queue of bounded capacity between one producer thread and one consumer:
/// the producer waits when it is full, the consumer when it is empty. Closing (with or
/// without an error) ends the stream; cancelling makes the producer's `put` return false.
final class BoundedChannel<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [T] = []
    private let capacity: Int
    private var closed = false
    private var cancelled = false
    private var failure: Error?

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds an item, waiting while the channel is full; false when the consumer cancelled.
    func put(_ item: T) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// Ends the stream (with the producer's error, if any).
    func close(error: Error? = nil) {
        condition.lock()
        closed = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next item; nil at the end of the stream; rethrows the producer's error.
    func take() throws -> T? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        if !items.isEmpty {
            let item = items.removeFirst()
            condition.broadcast()
            return item
        }
        if let failure { throw failure }
        return nil
    }

    /// The consumer gives up: the producer's next `put` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
