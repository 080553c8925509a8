import ArgumentParser
import Foundation
import StatecraftData
import StatecraftExtraction
import StatecraftSyntax

/// `statecraft parse [FILE|-] [--conllu]`: text or CoNLL-U in, CoNLL-U with predicted UPOS, HEAD and DEPREL out.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag and parse: raw text (split and tokenised as the coder does) or CoNLL-U words in, CoNLL-U out.")

    @Argument(help: ArgumentHelp("Text or CoNLL-U file, or - for standard input.", valueName: "FILE|-"))
    var file: String = "-"

    @Flag(help: "The input is CoNLL-U: keep its sentences and words exactly, predict UPOS, HEAD and DEPREL.")
    var conllu = false

    @Option(help: ArgumentHelp("The model file (default: the bundled Data/parser.model).", valueName: "FILE"))
    var model: String?

    func run() throws {
        let (text, name) = try Extract.readInput(file)
        let analyzer = SyntaxAnalyzer(model: try SyntaxModel.load(model))
        var out = ""
        func flush() throws { try StandardOutput.write(out); out = "" }
        if conllu {
            // Check the whole input first, so that a malformed line stops the command before any output.
            var count = 0
            do {
                try CoNLLU.forEachSentence(text, file: name) { _ in count += 1 }
                guard count > 0 else { throw CLIError("\(name): empty input, no CoNLL-U sentences") }
                try CoNLLU.forEachSentence(text, file: name) { sentence in
                    var s = sentence
                    analyzer.annotate(&s)
                    CoNLLU.write(s, into: &out)
                    if out.utf8.count > 1 << 16 { try flush() }
                }
            } catch let e as CoNLLUError { throw CLIError(e.description) }
        } else {
            // A line break always ends a sentence, so the text is split line by line (memory stays flat).
            let segmenter = TextSegmenter()
            var index = 0
            for line in text.utf8.split(separator: 10) {
                for sentence in segmenter.sentences(String(Substring(line))) {
                    index += 1
                    var s = DependencySentence(words: sentence.words)
                    s.comments = ["# sent_id = \(index)", "# text = " + sentence.text]
                    analyzer.annotate(&s)
                    CoNLLU.write(s, into: &out)
                    if out.utf8.count > 1 << 16 { try flush() }
                }
            }
            guard index > 0 else { throw CLIError("\(name): empty input, no words") }
        }
        try flush()
    }
}
