import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftData

/// `--dictionary PATH`: a user's actor dictionary, added on top of the bundled one.
package struct DictionaryOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: ArgumentHelp("An actor dictionary (JSON) added on top of the bundled one.", valueName: "PATH"))
    package var dictionary: [String] = []

    /// The bundled dictionary with the user's files on top.
    package func load() throws -> ActorDictionary {
        var dict = try ActorDictionary.bundled()
        for path in dictionary {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError("\(path): no such dictionary file")
            }
            try dict.add(contentsOf: URL(fileURLWithPath: path))
        }
        return dict
    }
}
