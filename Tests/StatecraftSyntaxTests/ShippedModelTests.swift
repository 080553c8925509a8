import Foundation
import StatecraftData
import StatecraftSyntax
import XCTest

/// The bundled model (Data/parser.model) against the UD English EWT development set, gold words in.
/// The floors are the figures `statecraft train-parser` printed for it, rounded down a little.
final class ShippedModelTests: XCTestCase {
    static let model: SyntaxModel? = try? SyntaxModel(contentsOf: BundledData.parserModelURL)

    func testModelLoadsWithTheUniversalInventory() throws {
        let model = try XCTUnwrap(Self.model, "Data/parser.model does not load")
        XCTAssertTrue(model.relations.contains("nsubj"))
        XCTAssertTrue(model.relations.contains("root"))
        XCTAssertTrue(model.xposTags.contains("NNP"))
        XCTAssertLessThan(model.memoryBytes, 200_000_000)
    }

    func testDamagedModelFilesAreRefused() throws {
        let data = try Data(contentsOf: BundledData.parserModelURL)
        XCTAssertThrowsError(try SyntaxModel(data: data.prefix(100_000), name: "cut.model")) { error in
            XCTAssertTrue("\(error)".hasPrefix("cut.model: truncated model file"), "\(error)")
        }
        XCTAssertThrowsError(try SyntaxModel(data: Data("not a model".utf8), name: "text.model"))
        XCTAssertThrowsError(try SyntaxModel(data: Data(), name: "empty.model"))
    }

    func testEWTDevScores() throws {
        let model = try XCTUnwrap(Self.model, "Data/parser.model does not load")
        let dev = try SyntaxTestData.treebank("en_ewt-ud-dev.conllu")
        let score = SyntaxAnalyzer(model: model).score(dev)
        print("EWT dev, shipped model: \(score.summary)")
        XCTAssertEqual(score.words, 25_147)
        XCTAssertGreaterThanOrEqual(score.uas, ShippedFigures.ewtDevUAS)
        XCTAssertGreaterThanOrEqual(score.las, ShippedFigures.ewtDevLAS)
        XCTAssertGreaterThanOrEqual(score.upos, ShippedFigures.ewtDevUPOS)
    }

    func testAnalyzerOnCraftedSentence() throws {
        let model = try XCTUnwrap(Self.model, "Data/parser.model does not load")
        let a = SyntaxAnalyzer(model: model)
        a.analyze(["The", "United", "States", "imposed", "sanctions", "on", "Russia", "."])
        XCTAssertEqual(a.count, 8)
        XCTAssertEqual(a.head(3), 0)
        XCTAssertEqual(a.relation(3), "root")
        XCTAssertEqual(a.head(2), 4)
        XCTAssertEqual(a.relation(2), "nsubj")
        XCTAssertEqual(a.head(4), 4)
        XCTAssertEqual(a.relation(4), "obj")
        XCTAssertEqual(a.head(6), 4)
        XCTAssertEqual(a.tag(3), .VERB)
        // The buffers are reused: a shorter sentence after a longer one.
        a.analyze(["Talks", "failed", "."])
        XCTAssertEqual(a.count, 3)
        XCTAssertEqual(a.head(1), 0)
        a.analyze([String]())
        XCTAssertEqual(a.count, 0)
    }
}

/// What the shipped model reaches on EWT dev (from `statecraft train-parser`), rounded down.
enum ShippedFigures {
    // train-parser --seed 1 printed: en_ewt-ud-dev.conllu: UAS 0.8447  LAS 0.8096  UPOS 0.9504
    static let ewtDevUAS = 0.844
    static let ewtDevLAS = 0.809
    static let ewtDevUPOS = 0.950
}
