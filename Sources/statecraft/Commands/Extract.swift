import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftExtraction
import StatecraftInterchange

/// `statecraft extract [FILE|-]`: JSONL records in, one JSON event a line out, streamed; the store is not touched.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract events from JSONL records {\"id\",\"text\",\"title\"?,\"url\"?,\"date\"?,\"outlet\"?} and print one JSON object a line.",
        discussion: """
            A pipeline stage: records are read, coded and written one at a time (bounded memory), \
            and the same input gives the same output. Each event line carries its article's fields \
            ("article": {"id","title","url","date","outlet","hash"}); with --articles each article is \
            closed by a line {"article":{...},"events":N}, so that 'statecraft import events' can store \
            the output exactly as 'build' stores the records.
            """)

    @Argument(help: ArgumentHelp("JSONL file of records, or - for standard input.", valueName: "FILE|-"))
    var file: String = "-"

    @Flag(name: .customLong("articles"), help: "After each article's events, a line {\"article\":{...},\"events\":N} (for import events).")
    var articleLines = false

    @OptionGroup var dictionaryOptions: DictionaryOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        let (input, name) = try Self.openInput(file)
        let extractor = try EventExtractor(dictionary: try dictionaryOptions.load(), ontology: try .bundled(), lexicon: try lexiconOptions.load()).withConfiguredSyntax()
        do {
            try ExtractStage(extractor: extractor, articleLines: articleLines)
                .run(input: input, name: name, write: StandardOutput.write) { warning in
                    StandardOutput.warn("warning: " + warning)
                }
        } catch let e as CorpusError {
            throw CLIError(e.message)
        }
    }

    /// Opens a file or standard input for reading, with one-line errors.
    static func openInput(_ file: String) throws -> (FileHandle, String) {
        if file == "-" { return (FileHandle.standardInput, "<stdin>") }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir) else { throw CLIError("\(file): no such file") }
        guard !isDir.boolValue else { throw CLIError("\(file): is a directory, expected a JSONL file") }
        guard let h = FileHandle(forReadingAtPath: file) else { throw CLIError("\(file): cannot be read") }
        return (h, file)
    }

    /// Reads a file or standard input whole as UTF-8 text, with one-line errors.
    static func readInput(_ file: String) throws -> (String, String) {
        let data: Data
        let name = file == "-" ? "<stdin>" : file
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir) else { throw CLIError("\(file): no such file") }
            guard !isDir.boolValue else { throw CLIError("\(file): is a directory, expected a text file") }
            guard let d = FileManager.default.contents(atPath: file) else { throw CLIError("\(file): cannot be read") }
            data = d
        }
        if data.contains(0) { throw CLIError("\(name): binary file (contains NUL bytes), expected text") }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(name): not valid UTF-8 text") }
        return (text, name)
    }
}
