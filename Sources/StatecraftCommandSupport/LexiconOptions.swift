import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftData
import StatecraftExtraction

/// `--lexicon PATH`: a user's trigger lexicon (the format of `Data/lexicon.json`), added on top of the bundled one.
package struct LexiconOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: ArgumentHelp("A trigger lexicon (JSON, the format of Data/lexicon.json) added on top of the bundled one; its phrases override the bundled readings.", valueName: "PATH"))
    package var lexicon: [String] = []

    /// The bundled lexicon (generated layer, then hand-curated layer) with the user's files on top.
    package func load() throws -> TriggerLexicon {
        var lex: TriggerLexicon
        do { lex = try TriggerLexicon.bundled() } catch let e as DataFileError { throw CLIError(e.description) }
        for path in lexicon {
            guard FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): no such lexicon file") }
            do { try lex.add(contentsOf: URL(fileURLWithPath: path)) } catch let e as DataFileError { throw CLIError(e.description) }
        }
        return lex
    }
}
