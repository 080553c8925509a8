/// A person who speaks for an actor for a while: a head of state or government, a minister.
public struct Officeholder: Codable, Sendable, Hashable {
    /// The office a person holds, which decides when their words and deeds count as their state's.
    public enum Role: String, Codable, Sendable, CaseIterable {
        case headOfState, headOfGovernment, foreignMinister, defenceMinister, leader, spokesperson
    }

    /// Full name, as "Vladimir Putin".
    public let name: String
    /// Other forms that name the person, as "Putin".
    public let aliases: [String]
    public let role: Role
    /// The title used in text, as "President", "Prime Minister", "Foreign Minister".
    public let title: String?
    /// First day in office; nil when unknown (treated as always).
    public let from: Day?
    /// Last day in office; nil while still in office.
    public let to: Day?

    public init(name: String, aliases: [String] = [], role: Role, title: String? = nil, from: Day?, to: Day?) {
        self.name = name
        self.aliases = aliases
        self.role = role
        self.title = title
        self.from = from
        self.to = to
    }

    enum CodingKeys: String, CodingKey { case name, aliases, role, title, from, to }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        role = try c.decode(Role.self, forKey: .role)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        from = try c.decodeIfPresent(Day.self, forKey: .from)
        to = try c.decodeIfPresent(Day.self, forKey: .to)
    }

    /// Whether the person held the office on `day`; true when `day` is nil (date unknown).
    public func holdsOffice(on day: Day?) -> Bool {
        guard let day else { return true }
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }
}

/// One actor of the dictionary with every way text names it.
public struct ActorEntry: Codable, Sendable, Hashable {
    public let id: String
    public let name: String
    public let kind: ActorKind
    /// Common, official and short names: "Russia", "Russian Federation"; "North Korea", "DPRK", "N.Korea".
    public let names: [String]
    /// The capital, used as a metonym ("Pyongyang said"), never when it is only a place ("in Hanoi").
    public let capital: String?
    /// Adjectives and demonyms: "Russian", "Russians", "Vietnamese".
    public let adjectives: [String]
    /// Other metonyms: "the Kremlin", "the White House", "the State Department".
    public let metonyms: [String]
    /// Officeholders with their dates.
    public let leaders: [Officeholder]
    /// For organisations and blocs: the city of the seat, if any.
    public let seat: String?
    /// For organisations and blocs: member actor ids, if listed.
    public let members: [String]
    /// For non-state groups: the state (its id) the group operates from, where maps place it
    /// ("HEZBOLLAH" → "LBN"). A group is never that state: its events stay its own.
    public let base: String?

    public init(id: String, name: String, kind: ActorKind, names: [String] = [], capital: String? = nil,
                adjectives: [String] = [], metonyms: [String] = [], leaders: [Officeholder] = [],
                seat: String? = nil, members: [String] = [], base: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.names = names
        self.capital = capital
        self.adjectives = adjectives
        self.metonyms = metonyms
        self.leaders = leaders
        self.seat = seat
        self.members = members
        self.base = base
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind, names, capital, adjectives, metonyms, leaders, seat, members, base
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(ActorKind.self, forKey: .kind)
        names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
        capital = try c.decodeIfPresent(String.self, forKey: .capital)
        adjectives = try c.decodeIfPresent([String].self, forKey: .adjectives) ?? []
        metonyms = try c.decodeIfPresent([String].self, forKey: .metonyms) ?? []
        leaders = try c.decodeIfPresent([Officeholder].self, forKey: .leaders) ?? []
        seat = try c.decodeIfPresent(String.self, forKey: .seat)
        members = try c.decodeIfPresent([String].self, forKey: .members) ?? []
        base = try c.decodeIfPresent(String.self, forKey: .base)
    }

    /// The actor this entry describes.
    public var actor: Actor { Actor(id: id, name: name, kind: kind) }

    /// Every surface form that names the actor itself (not its people), deduplicated, in file order.
    public var aliases: [String] {
        var seen = Set<String>()
        var out: [String] = []
        for a in [name] + names + (capital.map { [$0] } ?? []) + adjectives + metonyms
        where seen.insert(a.lowercased()).inserted {
            out.append(a)
        }
        return out
    }
}
