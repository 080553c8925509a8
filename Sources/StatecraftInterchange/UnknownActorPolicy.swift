/// What an import does with actor names that resolve to no known actor (not in the dictionary,
/// not a CAMEO country, not a state organ such as "Military (Russia)"): "Atlantis", a typo of a
/// state, a group the dictionary lacks. Every policy reports the names with their row counts.
public enum UnknownActorPolicy: String, CaseIterable, Sendable {
    /// Import nothing from the file and list the names (the store stays as it was).
    case fail
    /// Leave out the rows that name an unknown actor.
    case skip
    /// Add each unknown name as a `nonstate` actor of its own ("Atlantis" → ATLANTIS).
    case create
}
