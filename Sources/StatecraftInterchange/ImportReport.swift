/// A problem with one line (or the whole file) of an imported file.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line number; nil for the whole file.
    public let line: Int?
    public let problem: String

    public init(line: Int?, problem: String) {
        self.line = line
        self.problem = problem
    }

    public var description: String { line.map { "line \($0): \(problem)" } ?? problem }
}

/// What importing one file did: rows read, imported and skipped (by reason), bad rows
/// with their line numbers. The good rows of a file are committed together, or none.
public struct ImportReport: Sendable {
    /// Problems listed in full up to this many; the rest are only counted.
    public static let listedProblems = 20

    public let file: String
    /// Non-empty data lines read.
    public var rows = 0
    /// Events added to the store.
    public var imported = 0
    /// Events already stored (same GDELT id): not added again.
    public var alreadyStored = 0
    /// Rows without two country (or otherwise known) actors: counted and skipped.
    public var withoutActorPair = 0
    /// Rows whose two actors are the same (domestic events: "USA" → "USA"): counted and skipped.
    public var selfTies = 0
    /// Rows whose code has no Statecraft relation kind (CAMEO 01 public statements): counted and skipped.
    public var withoutKind = 0
    /// Actor names that resolved to no known actor, with the rows naming them (CSV import).
    public var unresolved: [String: Int] = [:]
    /// What was done with them: rows left out (`skip`, `fail`) are counted here.
    public var unknownActors: UnknownActorPolicy?
    /// Rows left out because they name an unknown actor.
    public var withUnknownActor = 0
    /// Malformed rows (wrong column count, truncated, non-numeric fields, unknown codes): counted and skipped.
    public var bad = 0
    /// The first ``listedProblems`` problems, with line numbers.
    public private(set) var problems: [ImportProblem] = []
    /// Observations that did not stop any row: a byte-order mark, CRLF line ends.
    public var notes: [String] = []
    /// Set when the file could not be imported at all (nothing from it was stored).
    public var failure: String?

    public init(file: String) { self.file = file }

    /// Counts a bad row and keeps its problem if the list is not full.
    public mutating func badRow(line: Int, _ problem: @autoclosure () -> String) {
        bad += 1
        if problems.count < Self.listedProblems { problems.append(ImportProblem(line: line, problem: problem())) }
    }

    /// One-line summary, as `FILE: 710 rows: 120 imported, ...`.
    public var summary: String {
        if let failure { return "\(file): not imported: \(failure)" }
        var parts = ["\(imported) imported"]
        if alreadyStored > 0 { parts.append("\(alreadyStored) already stored") }
        if withoutActorPair > 0 { parts.append("\(withoutActorPair) without two country actors (skipped)") }
        if selfTies > 0 { parts.append("\(selfTies) within one actor (skipped)") }
        if withoutKind > 0 { parts.append("\(withoutKind) with no relation kind (skipped)") }
        if withUnknownActor > 0 { parts.append("\(withUnknownActor) naming an actor not in the dictionary (skipped)") }
        if bad > 0 { parts.append("\(bad) bad (skipped)") }
        return "\(file): \(rows) rows: " + parts.joined(separator: ", ")
    }

    /// The unresolved names, most rows first (then by name), the first 20 with their row counts.
    public var unresolvedList: String {
        let sorted = unresolved.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var text = sorted.prefix(20).map { "'\($0.key.prefix(60))' (\($0.value) row\($0.value == 1 ? "" : "s"))" }.joined(separator: ", ")
        if sorted.count > 20 { text += ", and \(sorted.count - 20) more" }
        return text
    }

    /// The summary, the notes and the listed problems, one a line.
    public var lines: [String] {
        var out = [summary]
        for n in notes { out.append("  \(file): \(n)") }
        if !unresolved.isEmpty {
            let done = unknownActors == .create ? "added as non-state actors" : "their rows left out"
            out.append("  \(file): \(unresolved.count) actor name\(unresolved.count == 1 ? "" : "s") not in the dictionary (\(done)): \(unresolvedList)")
        }
        for p in problems { out.append("  \(file): \(p)") }
        if bad > problems.count { out.append("  \(file): ... and \(bad - problems.count) more bad rows") }
        return out
    }
}

/// A problem that stops the import of a whole file (nothing from it is stored).
public struct ImportFailure: Error, CustomStringConvertible, Sendable {
    public let problem: String
    public init(_ problem: String) { self.problem = problem }
    public var description: String { problem }
}
