import StatecraftCore

/// Suggestions for the search box (`/api/actors?q=`): dictionary actors, plus stored actors the
/// dictionary lacks, whose id, name or an alias matches the text — exact id first, then names
/// and aliases that start with it, then those that contain it; actors with ties in the store
/// before the others, then by name.
enum ActorSearch {
    static func entries(matching query: String?, dictionary: ActorDictionary, stored: [String: Actor], limit: Int?) -> [ActorEntry] {
        var all = dictionary.entries
        let known = Set(all.map(\.id))
        all += stored.values.filter { !known.contains($0.id) }.sorted { $0.id < $1.id }
            .map { ActorEntry(id: $0.id, name: $0.name, kind: $0.kind) }
        guard let query, !query.isEmpty else { return limit.map { Array(all.prefix($0)) } ?? all }
        let q = query.lowercased()
        func score(_ e: ActorEntry) -> Int? {
            if e.id.lowercased() == q { return 0 }
            let names = [e.id] + e.aliases
            if names.contains(where: { $0.lowercased() == q }) { return 1 }
            if names.contains(where: { $0.lowercased().hasPrefix(q) }) { return 2 }
            if names.contains(where: { $0.lowercased().contains(q) }) { return 3 }
            return nil
        }
        let ranked = all.compactMap { e in score(e).map { (e, $0, stored[e.id] == nil ? 1 : 0) } }
            .sorted { ($0.1, $0.2, $0.0.name) < ($1.1, $1.2, $1.0.name) }
            .map(\.0)
        return limit.map { Array(ranked.prefix($0)) } ?? ranked
    }
}
