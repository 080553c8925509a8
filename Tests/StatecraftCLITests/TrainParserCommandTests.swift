import Foundation
import XCTest

/// `statecraft train-parser` on a tiny treebank: same seed, same model bytes; scores printed for dev and test.
final class TrainParserCommandTests: XCTestCase {
    static let sentences = [
        "1\tRussia\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tsigned\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n3\ta\t_\tDET\tDT\t_\t4\tdet\t_\t_\n4\tpact\t_\tNOUN\tNN\t_\t2\tobj\t_\t_\n5\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n",
        "1\tChina\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\twarned\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tJapan\t_\tPROPN\tNNP\t_\t2\tobj\t_\t_\n4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n",
        "1\tThe\t_\tDET\tDT\t_\t2\tdet\t_\t_\n2\ttalks\t_\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n3\tfailed\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n",
    ]

    func makeTreebanks() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-treebanks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let text = Self.sentences.joined(separator: "\n") + "\n"
        for corpus in ["en_ewt", "en_gum"] {
            for split in ["train", "dev", "test"] {
                try Data(text.utf8).write(to: dir.appendingPathComponent("\(corpus)-ud-\(split).conllu"))
            }
        }
        return dir
    }

    func testTinyTrainingIsDeterministicAndReportsScores() throws {
        let treebanks = try makeTreebanks()
        defer { try? FileManager.default.removeItem(at: treebanks) }
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        var models: [Data] = []
        for name in ["a.model", "b.model"] {
            let out = cli.directory.appendingPathComponent(name)
            let r = try cli.run(["train-parser", "--treebanks", treebanks.path, "--seed", "3", "--epochs", "2", "--tagger-epochs", "2",
                                 "--folds", "1", "--table-bits", "12,12,12", "-o", out.path])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.contains("en_ewt-ud-dev.conllu: UAS "), r.stdout)
            XCTAssertTrue(r.stdout.contains("en_gum-ud-test.conllu: UAS "), r.stdout)
            models.append(try Data(contentsOf: out))
        }
        XCTAssertEqual(models[0], models[1], "the same seed must give the same model")
        // The model it wrote parses.
        let conllu = cli.directory.appendingPathComponent("in.conllu")
        try Data(Self.sentences[0].utf8).write(to: conllu)
        let p = try cli.run(["parse", "--model", cli.directory.appendingPathComponent("a.model").path, "--conllu", conllu.path])
        XCTAssertEqual(p.status, 0, p.stderr)
        XCTAssertEqual(p.stdout.split(separator: "\n").count, 5)
    }

    func testBadOutputAndMissingTreebanksFailBeforeTraining() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["train-parser", "-o", "/nonexistent-dir/x.model"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("does not exist"), r.stderr)
        let m = try cli.run(["train-parser", "--treebanks", cli.directory.path, "-o", cli.directory.appendingPathComponent("x.model").path])
        XCTAssertNotEqual(m.status, 0)
        XCTAssertTrue(m.stderr.contains("en_ewt-ud-train.conllu: cannot be read"), m.stderr)
        XCTAssertEqual(m.stderr.split(separator: "\n").count, 1)
        let bad = try cli.run(["parse", "--model", cli.directory.appendingPathComponent("nope.model").path, "-"], stdin: Data("Hi.".utf8))
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("no parser model"), bad.stderr)
    }
}
