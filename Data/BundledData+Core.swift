import StatecraftCore

extension ActorDictionary {
    /// The bundled actor dictionary (`Data/actors.json`): 254 states, organisations, blocs and
    /// non-state groups with their names, capitals, demonyms, metonyms and officeholders.
    public static func bundled() throws -> ActorDictionary {
        try ActorDictionary(contentsOf: BundledData.actorsURL)
    }
}

extension RelationOntology {
    /// The bundled relation ontology (`Data/relations.json`): every relation kind with its
    /// meaning, PLOVER category, Goldstein weight and symmetry.
    public static func bundled() throws -> RelationOntology {
        try RelationOntology(contentsOf: BundledData.relationsURL)
    }
}
