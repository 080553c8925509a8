import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftData

/// `--dictionary PATH`: a user's actor dictionary, added on top of the bundled one.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An actor dictionary (JSON) added on top of the bundled one.", valueName: "PATH"))
    var dictionary: [String] = []

    /// The bundled dictionary with the user's files on top.
    func load() throws -> ActorDictionary {
        var dict = try ActorDictionary(contentsOf: BundledData.actorsURL)
        for path in dictionary {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError("\(path): no such dictionary file")
            }
            try dict.add(contentsOf: URL(fileURLWithPath: path))
        }
        return dict
    }
}

extension RelationOntology {
    /// The bundled relation ontology.
    static func bundled() throws -> RelationOntology {
        try RelationOntology(contentsOf: BundledData.relationsURL)
    }
}
