import Foundation
import StatecraftData
import StatecraftExtraction
import StatecraftSyntax

extension SyntaxModel {
    /// The model at `path`, or the bundled one.
    package static func load(_ path: String?) throws -> SyntaxModel {
        let url = path.map { URL(fileURLWithPath: $0) } ?? BundledData.parserModelURL
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CLIError("\(url.path): no parser model (run `statecraft train-parser` or `make model`)")
        }
        do { return try SyntaxModel(contentsOf: url) } catch let e as SyntaxModelError { throw CLIError(e.description) }
    }
}

extension CoNLLU {
    /// Reads the annotated CoNLL-U files `names` of `directory` (`train-parser`, `statecraft-bench parse`), with one-line errors.
    package static func readAnnotatedFiles(_ directory: String, _ names: [String]) throws -> [DependencySentence] {
        var all: [DependencySentence] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot be read") }
            guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(path): not valid UTF-8 text") }
            do { all += try CoNLLU.read(text, file: path, requireAnnotation: true) } catch let e as CoNLLUError {
                throw CLIError(e.description)
            }
        }
        return all
    }
}

extension EventExtractor {
    /// The extractor with the syntax stage the environment asks for: `STATECRAFT_SYNTAX` is `fallback` (the
    /// default), `replace` or `off`; the model is `STATECRAFT_PARSER_MODEL` or else the bundled `Data/parser.model`.
    /// Without a model file the coder runs on its position rules alone, as before the parser existed.
    package func withConfiguredSyntax() throws -> EventExtractor {
        let env = ProcessInfo.processInfo.environment
        let setting = env["STATECRAFT_SYNTAX"] ?? "fallback"
        if setting == "off" { return self }
        guard let policy = SyntaxStage.Policy(rawValue: setting) else {
            throw CLIError("STATECRAFT_SYNTAX=\(setting): expected fallback, replace or off")
        }
        if let path = env["STATECRAFT_PARSER_MODEL"], !path.isEmpty {
            return withSyntax(try SyntaxModel.load(path), policy: policy)
        }
        guard FileManager.default.fileExists(atPath: BundledData.parserModelURL.path) else { return self }
        return withSyntax(try SyntaxModel.load(nil), policy: policy)
    }
}
