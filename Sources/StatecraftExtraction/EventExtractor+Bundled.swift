import Foundation
import StatecraftCore
import StatecraftData
import StatecraftSyntax

extension EventExtractor {
    /// The coder as `statecraft extract` runs it: the bundled actor dictionary, relation ontology,
    /// trigger lexicon and agents, with the bundled tagger and parser (`Data/parser.model`) as its
    /// syntax stage under `syntax`. `syntax: nil` codes with the position rules alone, about four
    /// times faster and without loading the 26 MB model.
    public static func bundled(syntax: SyntaxStage.Policy? = .fallback) throws -> EventExtractor {
        let extractor = EventExtractor(dictionary: try .bundled(), ontology: try .bundled())
        guard let syntax else { return extractor }
        return extractor.withSyntax(try SyntaxModel(contentsOf: BundledData.parserModelURL), policy: syntax)
    }
}
