import ArgumentParser
import Dispatch
import Foundation
import StatecraftSyntax

/// `statecraft train-parser`: retrains the tagger and parser from the UD English treebanks and prints dev and test scores.
struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-parser",
        abstract: "Train the part-of-speech tagger and dependency parser on UD English EWT + GUM; print dev and test scores.")

    @Option(help: ArgumentHelp("Directory with en_ewt-ud-*.conllu and en_gum-ud-*.conllu.", valueName: "DIR"))
    var treebanks = "../shared/data/treebanks"

    @Option(help: "Seed of the shuffles and the exploration (same seed, same model).")
    var seed: UInt64 = 1

    @Option(help: "Passes of the parser over the training data (the best on dev is kept).")
    var epochs: Int = SyntaxTrainingOptions().parserEpochs

    @Option(help: "Passes of the tagger over the training data.")
    var taggerEpochs: Int = SyntaxTrainingOptions().taggerEpochs

    @Option(help: "Folds for jackknifed training tags (1 = gold tags).")
    var folds: Int = SyntaxTrainingOptions().jackknifeFolds

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "FILE"))
    var output = "Data/parser.model"

    func validate() throws {
        guard epochs >= 1, epochs <= 100 else { throw ValidationError("--epochs must be between 1 and 100") }
        guard taggerEpochs >= 1, taggerEpochs <= 100 else { throw ValidationError("--tagger-epochs must be between 1 and 100") }
        guard folds >= 1, folds <= 20 else { throw ValidationError("--folds must be between 1 and 20") }
    }

    func run() throws {
        let destination = try AtomicFile(path: output)
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> String { String(format: "%.0f s", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        let train = try Self.read(treebanks, ["en_ewt-ud-train.conllu", "en_gum-ud-train.conllu"])
        let dev = try Self.read(treebanks, ["en_ewt-ud-dev.conllu", "en_gum-ud-dev.conllu"])
        var options = SyntaxTrainingOptions()
        options.seed = seed
        options.parserEpochs = epochs
        options.taggerEpochs = taggerEpochs
        options.jackknifeFolds = folds
        let trainer = SyntaxTrainer(options: options) { Self.say($0) }
        let model = trainer.train(train, dev: dev)
        let data = model.encoded()
        try destination.write(data)
        Self.say("wrote \(output): \(String(format: "%.1f", Double(data.count) / 1e6)) MB, trained in \(elapsed())")
        // Score the model as shipped: read back from its file.
        let shipped = try SyntaxModel(contentsOf: URL(fileURLWithPath: output))
        let analyzer = SyntaxAnalyzer(model: shipped)
        for name in ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "en_gum-ud-dev.conllu", "en_gum-ud-test.conllu"] {
            let gold = try Self.read(treebanks, [name])
            Self.say("\(name): \(analyzer.score(gold).summary)")
        }
        Self.say("total time \(elapsed())")
    }

    /// Prints a line at once (training reports its progress as it goes).
    static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    /// Reads annotated CoNLL-U files of `directory`, with one-line errors.
    static func read(_ directory: String, _ names: [String]) throws -> [DependencySentence] {
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
