/// A store problem, described in one line that names the file.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The file exists but is not a Statecraft store (not SQLite, or damaged).
    case corrupt(path: String, reason: String)
    /// The file or its directory cannot be opened or written.
    case unavailable(path: String, reason: String)
    /// A query asked for a store that does not exist yet.
    case missing(path: String)
    /// The store was written by a newer Statecraft.
    case newerSchema(path: String)

    public var description: String {
        switch self {
        case .corrupt(let p, let r): return "\(p): not a usable Statecraft store (\(r))"
        case .unavailable(let p, let r): return "\(p): cannot open the store (\(r))"
        case .missing(let p): return "\(p): no store here yet (run `statecraft build PATH` first, or pass --db)"
        case .newerSchema(let p): return "\(p): written by a newer Statecraft (unknown schema migrations)"
        }
    }
}
