/// A typed relation between two actors: what one does to (or with) the other.
///
/// The meaning, default PLOVER category, default Goldstein weight and symmetry of
/// each kind live in the ``RelationOntology`` (bundled as `Data/relations.json`).
public enum RelationKind: String, Codable, CaseIterable, Sendable, Comparable {
    case pact, armsSupply, sanctions, warning, threat, visit, talks, cooperation, support, aid
    case accusation, criticism, demand, rejection, protest, mobilization, coercion, attack
    case concession, investigation

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The broad family a relation belongs to, used for colour and for the sign of ties.
public enum RelationFamily: String, Codable, CaseIterable, Sendable {
    /// Friendly acts: pacts, aid, support, cooperation.
    case cooperation
    /// Hostile acts: sanctions, threats, accusations, attacks.
    case conflict
    /// Contact without a sign of its own: visits, talks, investigations.
    case neutral
}
