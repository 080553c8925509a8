/// Why an edge list could not be loaded or a query could not be answered. Each case reads as one line.
public enum GraphInputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file is missing or unreadable.
    case unreadable(path: String, reason: String)
    /// The file holds no edge.
    case empty(path: String)
    /// A line is not `SRC<TAB>DST<TAB>WEIGHT` (1-based line number).
    case malformed(path: String, line: Int, reason: String)
    /// The graph would need more memory than allowed; nothing was loaded.
    case tooLarge(path: String, estimatedBytes: Int, limitBytes: Int)
    /// A node named in a query is not in the graph.
    case unknownNode(String)
    /// The measure is not defined on this graph (negative or zero weights, no nodes...).
    case undefined(measure: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): \(reason)"
        case let .empty(path): return "\(path): no edges (empty file)"
        case let .malformed(path, line, reason): return "\(path):\(line): \(reason)"
        case let .tooLarge(path, est, limit):
            return "\(path): graph too large: loading needs about \(Self.mib(est)) MiB, the limit is \(Self.mib(limit)) MiB (set STATECRAFT_MAX_MEMORY to raise it)"
        case let .unknownNode(name): return "node '\(name)' is not in the graph"
        case let .undefined(measure, reason): return "\(measure) is undefined here: \(reason)"
        }
    }

    private static func mib(_ bytes: Int) -> Int { (bytes + (1 << 20) - 1) >> 20 }
}
