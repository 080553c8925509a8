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
    /// A read-only query met a store with an older schema (it is never migrated by a query).
    case olderSchema(path: String)
    /// Another process kept the store locked for longer than the wait allowed.
    case busy(path: String, waited: Double)

    public var description: String {
        switch self {
        case .corrupt(let p, let r): return "\(p): not a usable Statecraft store (\(r))"
        case .unavailable(let p, let r): return "\(p): cannot open the store (\(r))"
        case .missing(let p): return "\(p): no store here yet (run `statecraft build PATH` first, or pass --db)"
        case .newerSchema(let p): return "\(p): written by a newer Statecraft (unknown schema migrations)"
        case .olderSchema(let p):
            return "\(p): the store is an older version; run `statecraft build` or `statecraft import` on it once to upgrade it"
        case .busy(let p, let waited):
            let seconds = waited == waited.rounded() ? String(Int(waited)) : String(waited)
            return "\(p): store busy: another process is writing it (waited \(seconds) s; "
                + "wait longer with --wait SECONDS or STATECRAFT_BUSY_TIMEOUT)"
        }
    }
}
