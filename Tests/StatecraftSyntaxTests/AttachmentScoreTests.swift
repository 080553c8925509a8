import StatecraftSyntax
import XCTest

/// The scorer follows CoNLL 2018: every word counts, relations compared without subtypes.
final class AttachmentScoreTests: XCTestCase {
    func testCountsHeadsRelationsAndTags() {
        let gold = DependencySentence(words: ["He", "was", "seen", "."], tags: [.PRON, .AUX, .VERB, .PUNCT],
                                      heads: [3, 3, 0, 3], relations: ["nsubj:pass", "aux:pass", "root", "punct"])
        var predicted = gold
        predicted.relations[0] = "nsubj"          // subtype ignored: still correct
        predicted.heads[3] = 2                    // punctuation counts: wrong head
        predicted.relations[1] = "cop"            // right head, wrong relation
        predicted.tags[2] = .ADJ
        var score = AttachmentScore()
        score.add(gold: gold, predicted: predicted)
        XCTAssertEqual(score.words, 4)
        XCTAssertEqual(score.uas, 0.75)
        XCTAssertEqual(score.las, 0.5)
        XCTAssertEqual(score.upos, 0.75)
        XCTAssertEqual(score.summary, "UAS 0.7500  LAS 0.5000  UPOS 0.7500  (4 words)")
    }
}
