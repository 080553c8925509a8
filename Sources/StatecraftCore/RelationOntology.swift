import Foundation

/// What Statecraft knows about one ``RelationKind``.
public struct RelationDefinition: Codable, Sendable, Hashable {
    public let kind: RelationKind
    /// One sentence saying what the relation means and which way it points.
    public let meaning: String
    /// The PLOVER category an event of this kind gets unless its trigger says otherwise.
    public let plover: PLOVERCategory
    /// The default weight on the Goldstein scale, −10 (most hostile) to +10 (most cooperative).
    public let weight: Double
    /// Whether source and target are interchangeable (a pact, talks).
    public let symmetric: Bool
    /// Cooperation, conflict or neutral.
    public let family: RelationFamily
}

/// The relation ontology: one ``RelationDefinition`` for every ``RelationKind``.
public struct RelationOntology: Sendable {
    public let definitions: [RelationKind: RelationDefinition]

    /// Builds an ontology, checking that every kind is defined exactly once and every weight is in −10...10.
    public init(definitions list: [RelationDefinition], origin: String = "relations") throws {
        var map: [RelationKind: RelationDefinition] = [:]
        for d in list {
            if map[d.kind] != nil {
                throw DataFileError(file: origin, entry: d.kind.rawValue, problem: "defined twice")
            }
            guard (-10...10).contains(d.weight) else {
                throw DataFileError(file: origin, entry: d.kind.rawValue,
                                    problem: "weight \(d.weight) is outside the Goldstein scale −10...10")
            }
            map[d.kind] = d
        }
        for kind in RelationKind.allCases where map[kind] == nil {
            throw DataFileError(file: origin, entry: kind.rawValue, problem: "relation kind is not defined")
        }
        definitions = map
    }

    /// Loads an ontology from a JSON file: `{"relations": [{"kind", "meaning", "plover", "weight", "symmetric", "family"}]}`.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DataFileError(file: url.path, entry: nil, problem: "cannot be read")
        }
        struct File: Decodable { let relations: [RelationDefinition] }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw DataFileError(file: url.path, entry: DataFileError.entry(of: error),
                                problem: DataFileError.describe(error))
        }
        try self.init(definitions: file.relations, origin: url.path)
    }

    public subscript(kind: RelationKind) -> RelationDefinition { definitions[kind]! }
}
