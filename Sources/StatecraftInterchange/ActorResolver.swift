import StatecraftCore

/// Turns the actor names of event datasets into actors: through the dictionary (names,
/// aliases, and officeholders on the event's date, sector `government`), and "Sector (Country)"
/// rolled up to the country with its ``ActorSector`` ("Foreign Affairs (France)" → FRA,
/// government; "Citizen (India)" → IND, civilians; "Armed Rebel (Mali)" → MLI, rebels). Without
/// roll-up (`rollUp: false`) only the organs of the state roll up and other sectors stay
/// `nonstate` actors of their own ("CITIZEN_INDIA"). Anything else is a `nonstate` actor of its own.
public struct ActorResolver: Sendable {
    public let dictionary: ActorDictionary
    /// Whether every "Sector (Country)" rolls up to its country (else only the state's organs).
    public let rollUp: Bool
    /// Country names of the CAMEO table, for states the dictionary does not (yet) know.
    private let countryNames: [String: Actor]

    public init(dictionary: ActorDictionary, countries: [CAMEOCountry] = [], rollUp: Bool = true) {
        self.dictionary = dictionary
        self.rollUp = rollUp
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

    /// The actor, the sector of it the name denotes (nil for the actor as a whole), whether
    /// another date could give another answer (an officeholder's name), and whether the name is
    /// known (through the dictionary, the CAMEO countries or a sector of a known country); an
    /// unknown name gets a `nonstate` actor of its own.
    public func resolution(_ name: String, on date: Day?) -> (actor: Actor, sector: ActorSector?, dependsOnDate: Bool, known: Bool) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let dated = namesOfficeholder(trimmed) || (trimmed.hasSuffix(")") && trimmed.lastIndex(of: "(").map {
            namesOfficeholder(String(trimmed[trimmed.index(after: $0)..<trimmed.index(before: trimmed.endIndex)]))
        } ?? false)
        if let (actor, sector) = lookup(trimmed, on: date) { return (actor, sector, dated, true) }
        return (Actor(id: Self.nonstateID(trimmed), name: trimmed, kind: .nonstate), nil, dated, false)
    }

    private func namesOfficeholder(_ name: String) -> Bool {
        dictionary.index[ActorDictionary.normalize(name)]?.contains {
            if case .officeholder = $0.form { return true }
            return false
        } ?? false
    }

    /// The known actor a trimmed name stands for, with its sector, or nil.
    private func lookup(_ trimmed: String, on date: Day?) -> (Actor, ActorSector?)? {
        if let a = known(trimmed, on: date) {
            return (a, a.kind == .state && namesOfficeholder(trimmed) ? .government : nil)
        }
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let label = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            let country = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            if !label.isEmpty, let state = known(country, on: date), state.kind == .state || state.kind == .igo {
                let sector = ActorSector(label: label)
                let organ = Self.stateOrganWords.contains(where: { label.lowercased().contains($0) })
                if rollUp || organ { return (state, sector) }
            }
        }
        return nil
    }

    /// A dictionary actor: by id, name, alias or metonym, or an officeholder in office on `date`.
    private func known(_ name: String, on date: Day?) -> Actor? {
        let key = ActorDictionary.normalize(name)
        guard let readings = dictionary.index[key], !readings.isEmpty else {
            if let a = dictionary.actor(id: name.uppercased()).flatMap({ $0.kind == .nonstate ? nil : $0 }) ?? countryNames[key] {
                return a
            }
            // Gazetteer order, "Palestinian Territory, Occupied" / "Korea, Republic of": read it the other way round.
            if let comma = name.range(of: ", "), !name[comma.upperBound...].contains(",") {
                return known(name[comma.upperBound...] + " " + name[..<comma.lowerBound], on: date)
            }
            return nil
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
    private var fixed: [String: (actor: Actor, sector: ActorSector?, known: Bool)] = [:]

    public init(_ resolver: ActorResolver) { self.resolver = resolver }

    public func resolve(_ name: String, on date: Day?) -> Actor { resolution(name, on: date).actor }

    /// The actor and the sector of it the name denotes (see ``ActorResolver/resolution(_:on:)``).
    public func resolveWithSector(_ name: String, on date: Day?) -> (actor: Actor, sector: ActorSector?) {
        let r = resolution(name, on: date)
        return (r.actor, r.sector)
    }

    /// The actor, its sector, and whether the name is known (see ``ActorResolver/resolution(_:on:)``).
    public func resolution(_ name: String, on date: Day?) -> (actor: Actor, sector: ActorSector?, known: Bool) {
        if let hit = fixed[name] { return hit }
        let r = resolver.resolution(name, on: date)
        if !r.dependsOnDate {
            if fixed.count > 200_000 { fixed.removeAll(keepingCapacity: true) }
            fixed[name] = (r.actor, r.sector, r.known)
        }
        return (r.actor, r.sector, r.known)
    }
}
