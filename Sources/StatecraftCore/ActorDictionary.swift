import Foundation

/// How a surface form names an actor; extraction treats each differently
/// (a capital is a metonym only as a subject or object, never after "in").
public enum AliasForm: Sendable, Hashable {
    case id, name, capital, adjective, metonym
    case officeholder(Officeholder)
}

/// One reading of a surface form: which actor it names and how.
public struct AliasReading: Sendable, Hashable {
    public let actorID: String
    public let form: AliasForm
}

/// The actor dictionary: every actor with its names, capitals, adjectives, metonyms
/// and officeholders, indexed by normalised surface form.
public struct ActorDictionary: Sendable {
    public private(set) var entries: [ActorEntry]
    private var byID: [String: Int]
    /// Normalised surface form → readings.
    public private(set) var index: [String: [AliasReading]]

    /// Builds a dictionary, validating ids, kinds, members and dates.
    public init(entries list: [ActorEntry], origin: String = "actors") throws {
        entries = []
        byID = [:]
        index = [:]
        try add(list, origin: origin)
    }

    /// Loads the dictionary file at `url`: `{"actors": [ActorEntry...]}`.
    public init(contentsOf url: URL) throws {
        try self.init(entries: Self.read(url), origin: url.path)
    }

    /// Adds the entries of another file on top: an entry with a known id extends that
    /// actor (its names and leaders are added; a new name or kind replaces), a new id adds an actor.
    public mutating func add(contentsOf url: URL) throws {
        try add(Self.read(url), origin: url.path)
    }

    private static func read(_ url: URL) throws -> [ActorEntry] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DataFileError(file: url.path, entry: nil, problem: "cannot be read")
        }
        struct File: Decodable { let actors: [ActorEntry] }
        do {
            return try JSONDecoder().decode(File.self, from: data).actors
        } catch {
            var entry = DataFileError.entry(of: error)
            // Name the entry by its id where the file lets us.
            if let e = entry, e.hasPrefix("actors["),
               let close = e.firstIndex(of: "]"),
               let i = Int(e[e.index(e.startIndex, offsetBy: 7)..<close]),
               let raw = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
               let actors = raw["actors"] as? [[String: Any]], i < actors.count,
               let id = actors[i]["id"] as? String {
                entry = "\(id) (\(e))"
            }
            throw DataFileError(file: url.path, entry: entry, problem: DataFileError.describe(error))
        }
    }

    /// Adds a file's entries, or nothing when the file has an error.
    private mutating func add(_ list: [ActorEntry], origin: String) throws {
        var next = self
        try next.merge(list, origin: origin)
        self = next
    }

    private mutating func merge(_ list: [ActorEntry], origin: String) throws {
        let known = Set(byID.keys).union(list.map(\.id))
        var kinds = Dictionary(entries.map { ($0.id, $0.kind) }, uniquingKeysWith: { _, b in b })
        for entry in list { kinds[entry.id] = entry.kind }
        for entry in list {
            for m in entry.members where !known.contains(m) {
                throw DataFileError(file: origin, entry: entry.id, problem: "member \(m) is not a known actor")
            }
            if let base = entry.base {
                guard entry.kind == .nonstate else {
                    throw DataFileError(file: origin, entry: entry.id, problem: "only non-state groups have a base")
                }
                guard kinds[base] == .state else {
                    throw DataFileError(file: origin, entry: entry.id, problem: "base \(base) is not a known state")
                }
            }
        }
        var seenInFile = Set<String>()
        for var entry in list {
            guard !entry.id.isEmpty, entry.id.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else {
                throw DataFileError(file: origin, entry: entry.id.isEmpty ? entry.name : entry.id,
                                    problem: "id must be upper-case letters, digits or '_'")
            }
            guard !entry.name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw DataFileError(file: origin, entry: entry.id, problem: "name is empty")
            }
            guard seenInFile.insert(entry.id).inserted else {
                throw DataFileError(file: origin, entry: entry.id, problem: "id appears twice in the file")
            }
            for alias in entry.aliases + entry.leaders.flatMap({ [$0.name] + $0.aliases })
            where Self.normalize(alias).isEmpty {
                throw DataFileError(file: origin, entry: entry.id, problem: "alias '\(alias)' has no letters")
            }
            for leader in entry.leaders {
                if let f = leader.from, let t = leader.to, t < f {
                    throw DataFileError(file: origin, entry: "\(entry.id) leader \(leader.name)",
                                        problem: "term ends (\(t)) before it starts (\(f))")
                }
            }
            if let i = byID[entry.id] {
                let old = entries[i]
                entry = ActorEntry(
                    id: old.id, name: entry.name, kind: entry.kind,
                    names: old.names + entry.names, capital: entry.capital ?? old.capital,
                    adjectives: old.adjectives + entry.adjectives, metonyms: old.metonyms + entry.metonyms,
                    leaders: old.leaders + entry.leaders, seat: entry.seat ?? old.seat,
                    members: old.members + entry.members, base: entry.base ?? old.base)
                entries[i] = entry
            } else {
                byID[entry.id] = entries.count
                entries.append(entry)
            }
        }
        rebuildIndex()
    }

    private mutating func rebuildIndex() {
        var idx: [String: [AliasReading]] = [:]
        func put(_ s: String, _ r: AliasReading) {
            let key = Self.normalize(s)
            guard !key.isEmpty else { return }
            if !(idx[key]?.contains(r) ?? false) { idx[key, default: []].append(r) }
        }
        for e in entries {
            put(e.id, AliasReading(actorID: e.id, form: .id))
            put(e.name, AliasReading(actorID: e.id, form: .name))
            for n in e.names { put(n, AliasReading(actorID: e.id, form: .name)) }
            if let c = e.capital { put(c, AliasReading(actorID: e.id, form: .capital)) }
            for a in e.adjectives { put(a, AliasReading(actorID: e.id, form: .adjective)) }
            for m in e.metonyms { put(m, AliasReading(actorID: e.id, form: .metonym)) }
            for l in e.leaders {
                for n in [l.name] + l.aliases { put(n, AliasReading(actorID: e.id, form: .officeholder(l))) }
            }
        }
        index = idx
    }

    /// The entry with this id.
    public func entry(id: String) -> ActorEntry? { byID[id].map { entries[$0] } }

    /// The actor with this id.
    public func actor(id: String) -> Actor? { entry(id: id)?.actor }

    /// All actors, in file order.
    public var actors: [Actor] { entries.map(\.actor) }

    /// Lower-cases, folds punctuation and whitespace: "N.Korea" and "n korea" → "n korea",
    /// "the Kremlin" → "kremlin" (a leading "the" is dropped), "Bogotá" → "bogota" (accents folded).
    public static func normalize(_ s: String) -> String {
        var out = ""
        var space = false
        for ch in s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) {
            if ch.isLetter || ch.isNumber {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(ch)
            } else if ch == "'" || ch == "’" {
                continue
            } else {
                space = true
            }
        }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        return out
    }

    /// Resolves a name a user typed ("north korea", "DPRK", "Pyongyang", "prk") to one actor.
    ///
    /// Ids, names, capitals, adjectives and metonyms resolve; an officeholder's name
    /// resolves to the state when only one state has such a person. Returns nil when unknown.
    public func resolve(_ text: String) -> Actor? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let a = actor(id: trimmed.uppercased()) { return a }
        guard let readings = index[Self.normalize(trimmed)], !readings.isEmpty else { return nil }
        let order: (AliasForm) -> Int = {
            switch $0 {
            case .id: return 0
            case .name: return 1
            case .metonym: return 2
            case .capital: return 3
            case .adjective: return 4
            case .officeholder: return 5
            }
        }
        let best = readings.min { order($0.form) < order($1.form) }!
        let ids = Set(readings.filter { order($0.form) == order(best.form) }.map(\.actorID))
        guard ids.count == 1 else { return nil }
        return actor(id: best.actorID)
    }

    /// The actors whose id or names are closest to `text` (edit distance), for "did you mean".
    public func suggestions(for text: String, limit: Int = 3) -> [Actor] {
        let key = Self.normalize(text)
        guard !key.isEmpty else { return [] }
        var best: [String: Int] = [:]
        for (alias, readings) in index {
            let d = EditDistance.levenshtein(key, alias, limit: max(3, key.count / 2))
            guard let d else { continue }
            for r in readings {
                if case .officeholder = r.form { continue }
                best[r.actorID] = min(best[r.actorID] ?? .max, d)
            }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            .prefix(limit).compactMap { actor(id: $0.key) }
    }
}
