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

    @Option(help: ArgumentHelp("Rows of the tagger's, transition model's and labeller's weight tables as powers of two.", valueName: "T,P,L"))
    var tableBits: String?

    @Option(help: "Leave out of the file the weight rows whose largest weight is below this.")
    var prune: Float = SyntaxTrainingOptions().pruning

    @Option(help: ArgumentHelp("Do not train: prune an existing model file with --prune, write it to -o and score it.", valueName: "FILE"))
    var repruneModel: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "FILE"))
    var output = "Data/parser.model"

    func validate() throws {
        guard epochs >= 1, epochs <= 100 else { throw ValidationError("--epochs must be between 1 and 100") }
        guard taggerEpochs >= 1, taggerEpochs <= 100 else { throw ValidationError("--tagger-epochs must be between 1 and 100") }
        guard folds >= 1, folds <= 20 else { throw ValidationError("--folds must be between 1 and 20") }
    }

    func run() throws {
        let destination = try OutputFile(path: output)
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> String { String(format: "%.0f s", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        if let existing = repruneModel {
            let model = try SyntaxModel.load(existing)
            try destination.write(model.encoded(pruning: prune))
            return try report(start: start)
        }
        let train = try Self.read(treebanks, ["en_ewt-ud-train.conllu", "en_gum-ud-train.conllu"])
        let dev = try Self.read(treebanks, ["en_ewt-ud-dev.conllu", "en_gum-ud-dev.conllu"])
        var options = SyntaxTrainingOptions()
        options.seed = seed
        options.parserEpochs = epochs
        options.taggerEpochs = taggerEpochs
        options.jackknifeFolds = folds
        options.pruning = prune
        if let bits = tableBits {
            let b = bits.split(separator: ",").compactMap { Int($0) }
            guard b.count == 3, b.allSatisfy({ (8...26).contains($0) }) else { throw CLIError("--table-bits: expected three numbers 8…26, e.g. 20,21,18") }
            (options.taggerRowBits, options.transitionRowBits, options.labellerRowBits) = (b[0], b[1], b[2])
        }
        let trainer = SyntaxTrainer(options: options) { Self.say($0) }
        let model = trainer.train(train, dev: dev)
        try destination.write(model.encoded(pruning: options.pruning))
        Self.say("trained in \(elapsed())")
        try report(start: start)
    }

    /// Reads the written model back and prints its size, load time and scores on the dev and test sets.
    func report(start: UInt64) throws {
        func elapsed() -> String { String(format: "%.0f s", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        let loadStart = DispatchTime.now().uptimeNanoseconds
        // Score the model as shipped: read back from its file.
        let shipped = try SyntaxModel(contentsOf: URL(fileURLWithPath: output))
        Self.say(String(format: "wrote %@: %.1f MB, loads in %.2f s, %.0f MB in memory", output, Double(size) / 1e6,
                        Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9, Double(shipped.memoryBytes) / 1e6))
        let analyzer = SyntaxAnalyzer(model: shipped)
        for name in ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "en_gum-ud-dev.conllu", "en_gum-ud-test.conllu"] {
            let gold = try Self.read(treebanks, [name])
            Self.say("\(name): \(analyzer.score(gold).summary)")
        }
        Self.say("total time \(elapsed())")
    }

    /// Prints a line at once (training reports its progress as it goes).
    static func say(_ line: String) { StandardOutput.append(line + "\n") }

    /// Reads annotated CoNLL-U files of `directory`, with one-line errors.
    static func read(_ directory: String, _ names: [String]) throws -> [DependencySentence] {
        try CoNLLU.readAnnotatedFiles(directory, names)
    }
}
