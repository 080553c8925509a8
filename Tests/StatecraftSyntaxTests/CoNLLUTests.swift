import StatecraftSyntax
import XCTest

/// Reading and writing CoNLL-U: words kept exactly, malformed lines named.
final class CoNLLUTests: XCTestCase {
    static let sample = """
    # sent_id = 1
    # text = I don't know.
    1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
    4.1\tknew\t_\t_\t_\t_\t_\t_\t4:conj\t_
    5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_

    """

    func testReadsWordsTreesMultiwordTokensAndSkipsEmptyNodes() throws {
        let s = try CoNLLU.read(Self.sample, file: "t.conllu", requireAnnotation: true)
        XCTAssertEqual(s.count, 2)
        XCTAssertEqual(s[0].words, ["I", "do", "n't", "know", "."])
        XCTAssertEqual(s[0].heads, [4, 4, 4, 0, 4])
        XCTAssertEqual(s[0].tags, [.PRON, .AUX, .PART, .VERB, .PUNCT])
        XCTAssertEqual(s[0].relations, ["nsubj", "aux", "advmod", "root", "punct"])
        XCTAssertEqual(s[0].multiwordTokens.count, 1)
        XCTAssertEqual(s[1].words, ["Yes"])
    }

    func testWritesWhatItReads() throws {
        let s = try CoNLLU.read(Self.sample, file: "t.conllu")
        var out = ""
        for x in s { CoNLLU.write(x, into: &out) }
        let again = try CoNLLU.read(out, file: "out.conllu")
        XCTAssertEqual(again, s)
        XCTAssertTrue(out.contains("2-3\tdon't"))
        XCTAssertTrue(out.contains("# text = I don't know."))
        XCTAssertTrue(out.contains("4\tknow\t_\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No"))
    }

    func testUnannotatedWordsAreAccepted() throws {
        let s = try CoNLLU.read("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n2\tthere\t_\t_\t_\t_\t_\t_\t_\t_\n", file: "t")
        XCTAssertEqual(s.first?.words, ["Hello", "there"])
        XCTAssertEqual(s.first?.heads, [-1, -1])
    }

    func assertError(_ text: String, line: Int, _ fragment: String, file: StaticString = #filePath, lineNumber: UInt = #line) {
        XCTAssertThrowsError(try CoNLLU.read(text, file: "bad.conllu"), file: file, line: lineNumber) { error in
            guard let e = error as? CoNLLUError else { return XCTFail("\(error)", file: file, line: lineNumber) }
            XCTAssertEqual(e.line, line, e.description, file: file, line: lineNumber)
            XCTAssertTrue(e.description.hasPrefix("bad.conllu:\(line): "), e.description, file: file, line: lineNumber)
            XCTAssertTrue(e.description.contains(fragment), e.description, file: file, line: lineNumber)
            XCTAssertFalse(e.description.contains("\n"), file: file, line: lineNumber)
        }
    }

    func testWrongColumnCountNamesTheLine() {
        assertError("# c\n1\tA\t_\tDET\t_\t_\t2\tdet\t_\t_\n2\tcat\t_\tNOUN\t_\t0\troot\n", line: 3, "10 tab-separated columns, found 7")
        assertError("1 A _ DET _ _ 0 root _ _\n", line: 1, "found 1")
    }

    func testHeadOutsideTheSentenceNamesTheLine() {
        assertError("1\tA\t_\tDET\t_\t_\t2\tdet\t_\t_\n2\tcat\t_\tNOUN\t_\t_\t7\troot\t_\t_\n", line: 2, "HEAD 7 is outside")
        assertError("1\tA\t_\tDET\t_\t_\tx\tdet\t_\t_\n", line: 1, "bad HEAD")
        assertError("1\tA\t_\tDET\t_\t_\t1\tdet\t_\t_\n", line: 1, "its own head")
    }

    func testCycleNamesALineOnTheCycle() {
        let text = "1\tA\t_\tDET\t_\t_\t0\troot\t_\t_\n2\tb\t_\tNOUN\t_\t_\t3\tdep\t_\t_\n3\tc\t_\tNOUN\t_\t_\t2\tdep\t_\t_\n"
        XCTAssertThrowsError(try CoNLLU.read(text, file: "bad.conllu")) { error in
            let e = error as! CoNLLUError
            XCTAssertTrue([2, 3].contains(e.line), e.description)
            XCTAssertTrue(e.description.contains("cycle"), e.description)
        }
    }

    func testIdsOutOfSequenceAndUnknownTags() {
        assertError("1\tA\t_\tDET\t_\t_\t0\troot\t_\t_\n3\tb\t_\tNOUN\t_\t_\t1\tdep\t_\t_\n", line: 2, "out of sequence")
        assertError("1\tA\t_\tDT\t_\t_\t0\troot\t_\t_\n", line: 1, "unknown UPOS")
    }

    func testTrainingDataMustBeAnnotated() {
        XCTAssertThrowsError(try CoNLLU.read("1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n", file: "t", requireAnnotation: true))
    }
}
