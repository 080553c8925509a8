import StatecraftCore
import StatecraftStore

/// Resolves actor names as the query commands take them: ids and names of stored actors without
/// loading the dictionary (which costs tens of milliseconds), aliases ("DPRK", "Pyongyang") through it.
struct StoredActorResolver {
    let stored: [String: Actor]
    let dictionary: DictionaryOptions
    private var loaded: ActorDictionary?

    init(store: EventStore, dictionary: DictionaryOptions) throws {
        stored = try store.actors()
        self.dictionary = dictionary
    }

    mutating func resolve(_ text: String) throws -> Actor {
        if dictionary.dictionary.isEmpty {
            let key = text.trimmingCharacters(in: .whitespaces)
            if let hit = stored[key.uppercased()] { return hit }
            if let hit = stored.values.first(where: { $0.name.caseInsensitiveCompare(key) == .orderedSame }) { return hit }
        }
        if loaded == nil { loaded = try dictionary.load() }
        return try loaded!.require(text)
    }
}
