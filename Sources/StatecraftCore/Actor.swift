/// What sort of political actor an ``Actor`` is.
public enum ActorKind: String, Codable, CaseIterable, Sendable, Comparable {
    /// A sovereign or de-facto state, identified by its ISO 3166-1 alpha-3 code.
    case state
    /// An intergovernmental organisation (UN, EU, NATO, IAEA, ...).
    case igo
    /// A looser grouping of states (G7, BRICS, "the West").
    case bloc
    /// A non-state actor (armed groups, parties, companies the dictionary knows).
    case nonstate

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A node of the relation graph: a state, an organisation, a bloc or a non-state actor.
///
/// Identity is the `id` alone: ISO 3166-1 alpha-3 for states (`RUS`, `PRK`),
/// upper-case names for organisations and blocs (`EU`, `NATO`, `WEST`).
public struct Actor: Hashable, Codable, Sendable, Comparable {
    public let id: String
    public let name: String
    public let kind: ActorKind

    public init(id: String, name: String, kind: ActorKind) {
        self.id = id
        self.name = name
        self.kind = kind
    }

    public static func == (lhs: Actor, rhs: Actor) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    public static func < (lhs: Actor, rhs: Actor) -> Bool { lhs.id < rhs.id }
}
