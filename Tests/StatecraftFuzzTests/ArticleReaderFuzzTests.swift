import Foundation
import StatecraftCore
import StatecraftData
import StatecraftExtraction
import StatecraftInterchange
import XCTest

/// The article readers (JSONL records, HTML, Markdown, plain text, CSV corpora) on mutated inputs, and
/// the coder on what they read: every input is an article, an empty result or an error, never a crash or hang.
final class ArticleReaderFuzzTests: XCTestCase {
    /// The coder without the parser (the parser's own reader is fuzzed with CoNLL-U).
    static let extractor = EventExtractor(dictionary: try! .bundled(), ontology: try! .bundled())

    static let story = """
        Russia and North Korea signed a mutual defence pact on Wednesday, and Putin did not rule out sending arms to Pyongyang.
        The United States imposed sanctions on Russia. Washington accused North Korea of supplying missiles to Moscow.
        """

    func testJSONLRecords() {
        let seeds = [
            #"{"id":"a1","title":"Pact","url":"https://example.org/a","date":"2024-06-19","text":"Russia and North Korea signed a pact."}"#
                + "\n" + #"{"id":"a2","text":"The United States imposed sanctions on Russia.","outlet":"Wire"}"#,
            #"{"id":7,"text":"Putin visited Hanoi.","date":"2024-06-20T10:00:00Z"}"# + "\n\n" + #"{"id":"x","text":""}"#,
        ].map { Array($0.utf8) }
        let reader = JSONLRecordReader()
        FuzzHarness.run("jsonl", seeds: seeds, cases: 3000) { input, _ in
            let articles = try reader.records(in: String(decoding: input, as: UTF8.self), file: "fuzz.jsonl")
            for a in articles { _ = Self.extractor.extract(a) }
        }
    }

    func testHTMLPages() {
        let seeds = [
            "<html><head><title>Pact signed</title><meta property=\"article:published_time\" content=\"2024-06-19\"></head><body><article><h1>Pact</h1><p>\(Self.story)</p><script>var x = '<p>no</p>';</script></article></body></html>",
            "<!DOCTYPE html><p>Putin &amp; Kim met in Pyongyang.<br>Seoul protested.</p><!-- comment --><p>&#8220;Russia&#8221; warned Japan.</p>",
        ].map { Array($0.utf8) }
        let reader = HTMLArticleReader()
        FuzzHarness.run("html", seeds: seeds, cases: 2500) { input, i in
            let article = try reader.read(contentsOf: URL(fileURLWithPath: FuzzHarness.file(input, "page-\(i % 8).html")))
            _ = Self.extractor.extract(article)
        }
    }

    func testMarkdownArticles() {
        let seeds = [
            "# Pact signed\n\nDate: 2024-06-19\n\n\(Self.story)\n\n* Russia warned South Korea.\n> Kim vowed support.\n\n```\ncode\n```\n[link](https://example.org)",
            "---\ntitle: Visit\ndate: 2024-06-20\n---\n## Hanoi\nPutin visited **Vietnam** and signed deals.",
        ].map { Array($0.utf8) }
        let reader = MarkdownArticleReader()
        FuzzHarness.run("markdown", seeds: seeds, cases: 2500) { input, i in
            let article = try reader.read(contentsOf: URL(fileURLWithPath: FuzzHarness.file(input, "article-\(i % 8).md")))
            _ = Self.extractor.extract(article)
        }
    }

    func testPlainTextArticles() {
        let seeds = [
            "The Australian\nPutin does not rule out sending arms to N.Korea\nOriginal URL: https://example.org/a\n\n\(Self.story)\n",
            "Reuters\r\nTitle\r\n\r\nRussia and Japan held talks.\r\nRussia and Japan held talks.\r\n",
        ].map { Array($0.utf8) }
        let reader = PlainTextArticleReader()
        FuzzHarness.run("text", seeds: seeds, cases: 2500) { input, i in
            let article = try reader.read(contentsOf: URL(fileURLWithPath: FuzzHarness.file(input, "article-\(i % 8).txt")))
            _ = Self.extractor.extract(article)
        }
    }

    func testCSVCorpora() {
        let seeds = [
            "id,title,date,url,text\n1,Pact,2024-06-19,https://example.org/a,\"Russia and North Korea signed a pact, officials said.\"\n2,,,,\"The United States imposed sanctions on Russia.\"\"\"\n",
            "text,date\n\"multi\nline \"\"quoted\"\" text about Putin visiting Hanoi\",20240620\n,\n",
        ].map { Array($0.utf8) }
        let reader = CorpusReader()
        FuzzHarness.run("csv-corpus", seeds: seeds, cases: 2500) { input, i in
            let path = FuzzHarness.file(input, "corpus-\(i % 8).csv")
            let files = try CorpusReader.files(for: [path])
            _ = try reader.validate(files)
            for file in files { _ = try reader.forEachArticle(in: file) { _ = Self.extractor.extract($0) } }
        }
    }
}
