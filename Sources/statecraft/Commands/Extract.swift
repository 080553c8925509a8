import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftExtraction

/// `statecraft extract [FILE|-]`: JSONL records in, one JSON event a line out; the store is not touched.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract events from JSONL records {\"id\",\"text\",\"date\"?} and print one JSON object a line.")

    @Argument(help: ArgumentHelp("JSONL file of records, or - for standard input.", valueName: "FILE|-"))
    var file: String = "-"

    @OptionGroup var dictionaryOptions: DictionaryOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        let (text, name) = try Self.readInput(file)
        let articles: [Article]
        do { articles = try JSONLRecordReader().records(in: text, file: name) } catch let e as ArticleReadError {
            throw CLIError(e.description)
        }
        guard !articles.isEmpty else { throw CLIError("\(name): empty input, no JSONL records") }
        let extractor = EventExtractor(dictionary: try dictionaryOptions.load(), ontology: try .bundled(), lexicon: try lexiconOptions.load())
        var out = ""
        let stdout = FileHandle.standardOutput
        for article in articles {
            let result = extractor.extract(article)
            for e in result.events { out += EventJSON.line(e) + "\n" }
            for warning in result.warnings { FileHandle.standardError.write(Data(("warning: " + warning + "\n").utf8)) }
            if out.utf8.count > 1 << 16 { stdout.write(Data(out.utf8)); out = "" }
        }
        stdout.write(Data(out.utf8))
    }

    /// Reads a file or standard input as UTF-8 text, with one-line errors.
    static func readInput(_ file: String) throws -> (String, String) {
        let data: Data
        let name = file == "-" ? "<stdin>" : file
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir) else { throw CLIError("\(file): no such file") }
            guard !isDir.boolValue else { throw CLIError("\(file): is a directory, expected a JSONL file") }
            guard let d = FileManager.default.contents(atPath: file) else { throw CLIError("\(file): cannot be read") }
            data = d
        }
        if data.contains(0) { throw CLIError("\(name): binary file (contains NUL bytes), expected JSONL") }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(name): not valid UTF-8 text") }
        return (text, name)
    }
}

/// The `extract` line format: keys in a fixed order.
enum EventJSON {
    static func line(_ e: Event) -> String {
        "{\"doc\":\(JSONOutput.string(e.article)),\"sentence\":\(e.sentence),\"source\":\(actor(e.source)),\"target\":\(actor(e.target)),"
            + "\"kind\":\(JSONOutput.string(e.kind.rawValue)),\"plover\":\(JSONOutput.string(e.plover.rawValue)),\"modality\":\(JSONOutput.string(e.modality.rawValue)),"
            + "\"weight\":\(JSONOutput.number(e.weight)),\"trigger\":\(JSONOutput.string(e.trigger)),\"evidence\":\(JSONOutput.string(e.evidence))}"
    }

    static func actor(_ a: Actor) -> String {
        "{\"id\":\(JSONOutput.string(a.id)),\"name\":\(JSONOutput.string(a.name)),\"kind\":\(JSONOutput.string(a.kind.rawValue))}"
    }

}
