import Foundation

/// Splits a stream of byte chunks into lines without copying whole files: each complete
/// line is handed to the consumer as a buffer (without its `\n`, and without a `\r` before it).
///
/// A line split across chunks is carried over in a small buffer. The last line of a stream
/// that does not end with `\n` is delivered by ``finish(_:)`` with `terminated == false`.
struct LineSplitter {
    /// 1-based number of the next line.
    public private(set) var lineNumber = 1
    /// Whether any line ended with `\r\n`.
    public private(set) var sawCRLF = false
    /// Whether the stream began with a UTF-8 byte-order mark (removed).
    public private(set) var sawBOM = false
    private var carry: [UInt8] = []
    private var atStart = true

    public init() {}

    /// One line: its bytes, its 1-based number, and whether it ended with a newline.
    public typealias Consumer = (_ line: UnsafeRawBufferPointer, _ number: Int, _ terminated: Bool) throws -> Void

    /// Feeds a chunk; calls `consumer` for every line completed in it.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ consumer: Consumer) rethrows {
        guard chunk.count > 0 else { return }
        if atStart {
            // Decide about a byte-order mark once 3 bytes are seen (the stream may come 1 byte at a time).
            if carry.count + chunk.count < 3 {
                carry.append(contentsOf: chunk)
                return
            }
            atStart = false
            var head = carry
            carry.removeAll()
            head.append(contentsOf: chunk)
            if head[0] == 0xEF, head[1] == 0xBB, head[2] == 0xBF {
                sawBOM = true
                head.removeFirst(3)
            }
            try head.withUnsafeBytes { try feed($0, consumer) }
            return
        }
        var p = chunk.baseAddress!
        var n = chunk.count
        while n > 0 {
            guard let nl = memchr(p, 0x0A, n) else {
                carry.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n))
                return
            }
            let len = UnsafeRawPointer(nl) - p
            if carry.isEmpty {
                try emit(UnsafeRawBufferPointer(start: p, count: len), terminated: true, consumer)
            } else {
                carry.append(contentsOf: UnsafeRawBufferPointer(start: p, count: len))
                let line = carry
                carry.removeAll(keepingCapacity: true)
                try line.withUnsafeBytes { try emit($0, terminated: true, consumer) }
            }
            p += len + 1
            n -= len + 1
        }
    }

    /// Ends the stream: delivers a last line that has no newline.
    public mutating func finish(_ consumer: Consumer) rethrows {
        atStart = false  // fewer than 3 bytes in all: no room for a byte-order mark
        guard !carry.isEmpty else { return }
        let line = carry
        carry.removeAll()
        try line.withUnsafeBytes { try emit($0, terminated: false, consumer) }
    }

    private mutating func emit(_ line: UnsafeRawBufferPointer, terminated: Bool, _ consumer: Consumer) rethrows {
        var l = line
        if l.count > 0, l[l.count - 1] == 0x0D {
            sawCRLF = true
            l = UnsafeRawBufferPointer(rebasing: l[0..<(l.count - 1)])
        }
        let number = lineNumber
        lineNumber += 1
        try consumer(l, number, terminated)
    }
}
