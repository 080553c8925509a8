import Foundation
import StatecraftCore
import StatecraftData

extension TriggerLexicon {
    /// The bundled lexicon: `lexicon-petrarch.json` (generated) below `lexicon.json` (hand-curated).
    public static func bundled() throws -> TriggerLexicon {
        try bundled(generated: BundledData.generatedLexiconURL, curated: BundledData.lexiconURL)
    }

    /// The bundled lexicon, read once; the default of ``EventExtractor/init(dictionary:ontology:lexicon:)``.
    /// The bundled files are part of the build (and checked by the tests), so failing to read them is a broken install.
    public static let standard: TriggerLexicon = {
        do { return try bundled() } catch { fatalError("statecraft: the bundled trigger lexicon is broken: \(error)") }
    }()
}
