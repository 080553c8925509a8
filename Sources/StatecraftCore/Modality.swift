/// How firmly the text states an event.
///
/// "Putin does not rule out sending arms" is a `possible` arms transfer, not an
/// `asserted` one; "Washington accuses North Korea of supplying missiles" is `alleged`.
public enum Modality: String, Codable, CaseIterable, Sendable {
    /// Stated as fact: "signed a pact", "announced sanctions".
    case asserted
    /// Committed to but not yet done: pledged, agreed to, plans, will.
    case intended
    /// Left open: considering, does not rule out, reserves the right, could.
    case possible
    /// Claimed by a third party: accused of, suspected, reportedly.
    case alleged
    /// Conditional: "if ... would".
    case hypothetical
    /// Negated: did not, refused to, denied.
    case denied

    /// The share of an event's weight that counts towards tie strength.
    ///
    /// A delivered arms transfer counts fully; a pledged one 0.6; an alleged one 0.5;
    /// one merely not ruled out 0.3; a conditional one 0.2; a denied one nothing (it
    /// stays in the store as evidence).
    public var discount: Double {
        switch self {
        case .asserted: return 1.0
        case .intended: return 0.6
        case .alleged: return 0.5
        case .possible: return 0.3
        case .hypothetical: return 0.2
        case .denied: return 0.0
        }
    }

    /// Whether the map draws it as a fact (solid) or not (dashed).
    public var isFactual: Bool { self == .asserted }
}
