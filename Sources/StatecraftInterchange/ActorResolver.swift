import StatecraftCore

/// Turns the actor names of event datasets into actors: through the dictionary (names,
/// aliases, and officeholders on the event's date), "Sector (Country)" as the country when
/// the sector is a state organ ("Foreign Affairs (France)" → FRA, "Military (Russia)" → RUS),
/// and anything else as a `nonstate` actor of its own ("Citizen (India)", "Armed Rebel (Mali)").
public struct ActorResolver: Sendable {
    public let dictionary: ActorDictionary
    /// Country names of the CAMEO table, for states the dictionary does not (yet) know.
    private let countryNames: [String: Actor]

    public init(dictionary: ActorDictionary, countries: [CAMEOCountry] = []) {
        self.dictionary = dictionary
        var names: [String: Actor] = [:]
        for c in countries {
            names[ActorDictionary.normalize(c.name)] = dictionary.actor(id: c.id) ?? Actor(id: c.id, name: c.name, kind: c.kind)
        }
        countryNames = names
    }

    /// Words that make a sector a part of the state it is attached to.
    static let stateOrganWords: [String] = [
        "government", "ministry", "ministery", "minister", "foreign affairs", "military", "army", "navy", "naval",
        "air force", "armed forces", "defense", "defence", "cabinet", "head of state", "head of government",
        "envoy", "embassy", "diplomat", "president", "police", "officials", "authorities", "royal administration",
        "intelligence", "border guard", "coast guard", "special forces", "treasury", "justice department",
        "domestic affairs", "interior", "legislature", "parliament", "congress",
    ]

    /// The actor named `name` in an event of day `date`.
    public func resolve(_ name: String, on date: Day?) -> Actor {
        resolution(name, on: date).actor
    }

    /// The actor, whether another date could give another answer (an officeholder's name), and
    /// whether the name is known (through the dictionary, the CAMEO countries or a state organ);
    /// an unknown name gets a `nonstate` actor of its own.
    public func resolution(_ name: String, on date: Day?) -> (actor: Actor, dependsOnDate: Bool, known: Bool) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let dated = namesOfficeholder(trimmed) || (trimmed.hasSuffix(")") && trimmed.lastIndex(of: "(").map {
            namesOfficeholder(String(trimmed[trimmed.index(after: $0)..<trimmed.index(before: trimmed.endIndex)]))
        } ?? false)
        if let actor = lookup(trimmed, on: date) { return (actor, dated, true) }
        return (Actor(id: Self.nonstateID(trimmed), name: trimmed, kind: .nonstate), dated, false)
    }

    private func namesOfficeholder(_ name: String) -> Bool {
        dictionary.index[ActorDictionary.normalize(name)]?.contains {
            if case .officeholder = $0.form { return true }
            return false
        } ?? false
    }

    /// The known actor a trimmed name stands for, or nil.
    private func lookup(_ trimmed: String, on date: Day?) -> Actor? {
        if let a = known(trimmed, on: date) { return a }
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let sector = trimmed[..<open].trimmingCharacters(in: .whitespaces).lowercased()
            let country = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            if let state = known(country, on: date), state.kind == .state || state.kind == .igo,
               Self.stateOrganWords.contains(where: { sector.contains($0) }) {
                return state
            }
        }
        return nil
    }

    /// A dictionary actor: by id, name, alias or metonym, or an officeholder in office on `date`.
    private func known(_ name: String, on date: Day?) -> Actor? {
        let key = ActorDictionary.normalize(name)
        guard let readings = dictionary.index[key], !readings.isEmpty else {
            return dictionary.actor(id: name.uppercased()).flatMap { $0.kind == .nonstate ? nil : $0 } ?? countryNames[key]
        }
        let plain = readings.filter {
            if case .officeholder = $0.form { return false }
            return true
        }
        if !plain.isEmpty {
            let ids = Set(plain.map(\.actorID))
            return ids.count == 1 ? dictionary.actor(id: ids.first!) : dictionary.resolve(name)
        }
        let holders = Set(readings.compactMap { r -> String? in
            if case .officeholder(let o) = r.form, o.holdsOffice(on: date) { return r.actorID }
            return nil
        })
        return holders.count == 1 ? dictionary.actor(id: holders.first!) : countryNames[key]
    }

    /// An id for an actor the dictionary does not know: "Citizen (India)" → "CITIZEN_INDIA".
    public static func nonstateID(_ name: String) -> String {
        let words = ActorDictionary.normalize(name).uppercased().split(separator: " ")
        let id = words.joined(separator: "_")
        return id.isEmpty ? "UNKNOWN" : id
    }
}

/// Remembers resolutions that do not depend on the date, for importers that see the same
/// names on many lines (an ICEWS extract names a few thousand actors in 90,000 lines).
public final class ActorResolutionCache {
    public let resolver: ActorResolver
    private var fixed: [String: (actor: Actor, known: Bool)] = [:]

    public init(_ resolver: ActorResolver) { self.resolver = resolver }

    public func resolve(_ name: String, on date: Day?) -> Actor {
        resolution(name, on: date).actor
    }

    /// The actor, and whether the name is known (see ``ActorResolver/resolution(_:on:)``).
    public func resolution(_ name: String, on date: Day?) -> (actor: Actor, known: Bool) {
        if let hit = fixed[name] { return hit }
        let r = resolver.resolution(name, on: date)
        if !r.dependsOnDate {
            if fixed.count > 200_000 { fixed.removeAll(keepingCapacity: true) }
            fixed[name] = (r.actor, r.known)
        }
        return (r.actor, r.known)
    }
}
