import Foundation
import StatecraftCore
import StatecraftExtraction
import XCTest
@testable import StatecraftInterchange

final class CorpusReaderTests: XCTestCase {
    func articles(_ file: CorpusReader.File, _ reader: CorpusReader = CorpusReader()) throws -> [Article] {
        var out: [Article] = []
        try reader.forEachArticle(in: file) { out.append($0) }
        return out
    }

    func testHTMLMarkupStrippedTitleDateAndURLFromMetadata() {
        let page = HTMLArticleReader().parse("""
            <!DOCTYPE html><html><head><title>Putin &amp; Kim sign pact</title>
            <meta property="article:published_time" content="2024-06-19T08:00:00Z">
            <link rel="canonical" href="https://example.org/pact">
            <style>p { color: red }</style><script>var s = "<p>not text</p>";</script></head>
            <body><!-- comment <p>hidden</p> --><h1>Pact</h1><p>Russia and <b>North Korea</b> signed a pact&nbsp;on Wednesday.</p>
            <p>Putin said it was a &#8220;breakthrough&#8221;.</p></body></html>
            """)
        XCTAssertEqual(page.title, "Putin & Kim sign pact")
        XCTAssertEqual(page.date, Day("2024-06-19"))
        XCTAssertEqual(page.url, "https://example.org/pact")
        XCTAssertTrue(page.text.contains("Russia and North Korea signed a pact on Wednesday."), page.text)
        XCTAssertTrue(page.text.contains("“breakthrough”"))
        XCTAssertFalse(page.text.contains("not text") || page.text.contains("hidden") || page.text.contains("color"))
        XCTAssertEqual(HTMLArticleReader().parse("<p>x</p><time datetime=\"2020-02-03\">Feb 3</time>").date, Day("2020-02-03"))
    }

    func testMarkdownFrontMatterAndInlineMarkup() {
        let a = MarkdownArticleReader().parse("""
            ---
            title: "Seoul protests"
            date: 2024-06-21
            ---
            # Heading
            South Korea **summoned** the [Russian ambassador](https://x.org) on _Friday_.
            ![map](m.png)
            """, id: "x")
        XCTAssertEqual(a.title, "Seoul protests")
        XCTAssertEqual(a.date, Day("2024-06-21"))
        XCTAssertTrue(a.text.contains("South Korea summoned the Russian ambassador on Friday."), a.text)
        XCTAssertFalse(a.text.contains("m.png"))
        XCTAssertEqual(MarkdownArticleReader().parse("# Title here\n\nBody.", id: "y").title, "Title here")
    }

    func testDirectoriesAreSearchedAndBadPathsNamed() throws {
        let dir = Fixtures.tempDir()
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        Fixtures.write("Outlet\nA title\nRussia and China held talks.", "a.txt", in: sub)
        Fixtures.write("<p>x</p>", "b.html", in: dir)
        Fixtures.write("ignored", "c.pdf", in: dir)
        Fixtures.write("hidden", ".d.txt", in: dir)
        let files = try CorpusReader.files(for: [dir.path])
        XCTAssertEqual(files.map { ($0.path as NSString).lastPathComponent }, ["b.html", "a.txt"].sorted { a, b in
            (a == "b.html" ? dir.appendingPathComponent(a).path : sub.appendingPathComponent(a).path)
                < (b == "b.html" ? dir.appendingPathComponent(b).path : sub.appendingPathComponent(b).path)
        })
        let empty = Fixtures.tempDir()
        Fixtures.write("x", "notes.pdf", in: empty)
        XCTAssertThrowsError(try CorpusReader.files(for: [empty.path])) { XCTAssertTrue("\($0)".contains("no articles")) }
        XCTAssertThrowsError(try CorpusReader.files(for: [dir.appendingPathComponent("missing").path])) {
            XCTAssertTrue("\($0)".contains("missing: no such file or directory"))
        }
    }

    func testBadFilesGiveOneLineErrorsNamingFileAndLine() throws {
        let dir = Fixtures.tempDir()
        let cases: [(String, [UInt8], String)] = [
            ("empty.txt", [], "empty"),
            ("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10], "binary"),
            ("latin1.txt", Array("Caf".utf8) + [0xE9, 0x20] + Array("au lait".utf8), "UTF-8"),
            ("bad.jsonl", Array("{\"id\":\"1\",\"text\":\"ok\"}\n{\"id\": 2, \"text\": oops}\n".utf8), "bad.jsonl:2"),
            ("nohdr.csv", Array("a,b\n1,2\n".utf8), "no column 'text'"),
            ("empty.jsonl", [], "empty"),
        ]
        for (name, bytes, expected) in cases {
            let path = Fixtures.write(bytes, name, in: dir)
            let file = try CorpusReader.files(for: [path])[0]
            XCTAssertThrowsError(try articles(file), name) { error in
                let m = "\(error)"
                XCTAssertTrue(m.contains(name) && m.contains(expected), "\(name): \(m)")
                XCTAssertFalse(m.contains("\n"), "one line")
            }
        }
    }

    func testCSVCorpora() throws {
        let guardian = try Fixtures.sharedFile("data/corpora/guardian-sample.csv")
        let g = try articles(.init(path: guardian, kind: .csv))
        XCTAssertEqual(g.count, 249)
        XCTAssertTrue(g.allSatisfy { $0.date != nil && !$0.text.isEmpty }, "dates from the date column")
        let ag = try Fixtures.sharedFile("data/corpora/agnews-test.csv")
        let reader = CorpusReader(csvColumns: CSVCorpusColumns(text: ["2", "3"], title: "2", hasHeader: false),
                                  defaultDate: Day("2004-08-01"))
        let a = try articles(.init(path: ag, kind: .csv), reader)
        XCTAssertEqual(a.count, 7600)
        XCTAssertEqual(a[0].title, "Fears for T N pension after talks")
        XCTAssertTrue(a[0].text.hasPrefix("Fears for T N pension after talks\n\nUnions representing workers"))
        XCTAssertEqual(a[0].date, Day("2004-08-01"), "--date for records without one")
    }

    func testJSONLStreamsRecordsWithLineNumbers() throws {
        let dir = Fixtures.tempDir()
        let path = Fixtures.write("""
            {"id":"a","title":"T","url":"https://x","date":"2024-06-19","text":"Russia and North Korea signed a pact."}

            {"id":"b","text":"  "}
            {"id":"c","text":"China criticised Japan."}
            """, "r.jsonl", in: dir)
        var got: [Article] = []
        let empty = try CorpusReader(defaultDate: Day("2020-01-01")).forEachArticle(in: .init(path: path, kind: .jsonl)) { got.append($0) }
        XCTAssertEqual(got.map(\.id), ["a", "c"])
        XCTAssertEqual(empty, 1)
        XCTAssertEqual(got[0].date, Day("2024-06-19"))
        XCTAssertEqual(got[1].date, Day("2020-01-01"))
        XCTAssertEqual(got[1].sourcePath, "\(path):4")
    }
}
