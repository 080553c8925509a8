import Foundation
import StatecraftData
import StatecraftExtraction
import StatecraftSyntax

extension EventExtractor {
    /// The extractor with the syntax stage the environment asks for: `STATECRAFT_SYNTAX` is `fallback` (the
    /// default), `replace` or `off`; the model is `STATECRAFT_PARSER_MODEL` or else the bundled `Data/parser.model`.
    /// Without a model file the coder runs on its position rules alone, as before the parser existed.
    func withConfiguredSyntax() throws -> EventExtractor {
        let env = ProcessInfo.processInfo.environment
        let setting = env["STATECRAFT_SYNTAX"] ?? "fallback"
        if setting == "off" { return self }
        guard let policy = SyntaxStage.Policy(rawValue: setting) else {
            throw CLIError("STATECRAFT_SYNTAX=\(setting): expected fallback, replace or off")
        }
        if let path = env["STATECRAFT_PARSER_MODEL"], !path.isEmpty {
            return withSyntax(try Parse.loadModel(path), policy: policy)
        }
        guard FileManager.default.fileExists(atPath: BundledData.parserModelURL.path) else { return self }
        return withSyntax(try Parse.loadModel(nil), policy: policy)
    }
}
