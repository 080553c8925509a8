import Foundation
import XCTest

/// `statecraft parse` as the user runs it: the built binary, the bundled model, real files.
final class ParseCommandTests: XCTestCase {
    func run(_ args: [String], stdin: Data? = nil) throws -> CLIRunner.Result {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        return try cli.run(args, stdin: stdin, in: CLIRunner.packageRoot)
    }

    func write(_ text: String, name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-parse-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Word lines of CoNLL-U output: the 10 columns of each.
    func wordLines(_ out: String) -> [[Substring]] {
        out.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            .filter { !$0[0].contains("-") }
    }

    func testConlluInKeepsTheWordsAndPredictsATree() throws {
        let input = """
        # sent_id = a
        1\tRussia\t_\t_\t_\t_\t_\t_\t_\t_
        2\tsigned\t_\t_\t_\t_\t_\t_\t_\t_
        3\ta\t_\t_\t_\t_\t_\t_\t_\t_
        4\tpact\t_\t_\t_\t_\t_\t_\t_\t_
        5\twith\t_\t_\t_\t_\t_\t_\t_\t_
        6\tNorth\t_\t_\t_\t_\t_\t_\t_\t_
        7\tKorea\t_\t_\t_\t_\t_\t_\t_\t_
        8\t.\t_\t_\t_\t_\t_\t_\t_\t_

        1\tThey\t_\t_\t_\t_\t_\t_\t_\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\t_\t_\t_\t_\t_\t_\t_\t_
        3\tn't\t_\t_\t_\t_\t_\t_\t_\t_
        4\tagree\t_\t_\t_\t_\t_\t_\t_\t_

        """
        let r = try run(["parse", "--conllu", try write(input, name: "in.conllu")])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("# sent_id = a\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("2-3\tdon't"), r.stdout)
        let lines = wordLines(r.stdout)
        XCTAssertEqual(lines.map { String($0[1]) }, ["Russia", "signed", "a", "pact", "with", "North", "Korea", ".", "They", "do", "n't", "agree"])
        XCTAssertTrue(lines.allSatisfy { $0.count == 10 })
        // Russia is the subject of signed, the root; pact its object.
        XCTAssertEqual(lines[1][6], "0"); XCTAssertEqual(lines[1][7], "root"); XCTAssertEqual(lines[1][3], "VERB")
        XCTAssertEqual(lines[0][6], "2"); XCTAssertEqual(lines[0][7], "nsubj"); XCTAssertEqual(lines[0][3], "PROPN")
        XCTAssertEqual(lines[3][6], "2"); XCTAssertEqual(lines[3][7], "obj")
        XCTAssertEqual(lines[11][6], "0")
    }

    func testRawTextIsSplitAndTokenisedAsTheCoderDoes() throws {
        let r = try run(["parse", "-"], stdin: Data("Putin visited Pyongyang. The U.S. warned Russia.\n".utf8))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.components(separatedBy: "# text = ").count - 1, 2, r.stdout)
        XCTAssertEqual(wordLines(r.stdout).map { String($0[1]) }, ["Putin", "visited", "Pyongyang", ".", "The", "U.S.", "warned", "Russia", "."])
    }

    func testMalformedConlluIsOneLineNamingTheLine() throws {
        let path = try write("1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n2\tcat\t_\t_\n", name: "bad.conllu")
        let r = try run(["parse", "--conllu", path])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("bad.conllu:2: expected 10 tab-separated columns"), r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        XCTAssertTrue(r.stdout.isEmpty)

        let cycle = try write("1\tA\t_\t_\t_\t_\t2\tdet\t_\t_\n2\tcat\t_\t_\t_\t_\t1\troot\t_\t_\n", name: "cycle.conllu")
        let c = try run(["parse", "--conllu", cycle])
        XCTAssertNotEqual(c.status, 0)
        XCTAssertTrue(c.stderr.contains("cycle.conllu:1: the heads form a cycle") || c.stderr.contains("cycle.conllu:2: the heads form a cycle"), c.stderr)

        let head = try write("1\tA\t_\t_\t_\t_\t9\tdet\t_\t_\n", name: "head.conllu")
        let h = try run(["parse", "--conllu", head])
        XCTAssertNotEqual(h.status, 0)
        XCTAssertTrue(h.stderr.contains("head.conllu:1: HEAD 9 is outside the sentence"), h.stderr)
    }

    func testEmptyAndBinaryInputFailLikeTheOtherCommands() throws {
        for args in [["parse", "-"], ["parse", "--conllu", "-"]] {
            let r = try run(args, stdin: Data())
            XCTAssertNotEqual(r.status, 0)
            XCTAssertTrue(r.stderr.contains("empty input"), r.stderr)
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1)
        }
        let b = try run(["parse", "-"], stdin: Data([0x41, 0, 0xFF, 0x10]))
        XCTAssertNotEqual(b.status, 0)
        XCTAssertTrue(b.stderr.contains("binary"), b.stderr)
        let missing = try run(["parse", "/nonexistent/x.txt"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("no such file"), missing.stderr)
    }

    func testLongInputStreams() throws {
        // 2,000 sentences of text: one CoNLL-U sentence each, nothing lost.
        let text = String(repeating: "Russia and China held talks in Beijing on Monday.\n", count: 2000)
        let r = try run(["parse", "-"], stdin: Data(text.utf8))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.components(separatedBy: "# text = ").count - 1, 2000)
    }
}
