import StatecraftCore

extension ActorDictionary {
    /// Resolves a name the user typed, or throws a one-line error that suggests the nearest actors.
    func require(_ text: String) throws -> Actor {
        if let actor = resolve(text) { return actor }
        let near = suggestions(for: text)
        let hint = near.isEmpty ? "" : "; did you mean " + near.map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + "?"
        throw CLIError("unknown actor '\(text)'\(hint)")
    }
}
