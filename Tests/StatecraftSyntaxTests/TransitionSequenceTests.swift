import StatecraftSyntax
import XCTest

/// Gold trees to transitions and back: projective trees directly, non-projective ones through pseudo-projective lifting.
final class TransitionSequenceTests: XCTestCase {
    func testProjectiveTreeRoundTrips() {
        // "The minister signed the pact in Hanoi ." — signed is the root.
        let heads: [Int32] = [2, 3, 0, 5, 3, 7, 3, 3]
        let t = TransitionSequence.transitions(heads: heads)
        XCTAssertNotNil(t)
        XCTAssertEqual(t?.count, 2 * heads.count)
        XCTAssertEqual(TransitionSequence.tree(words: heads.count, transitions: t!), heads)
    }

    func testSingleWordAndChain() {
        XCTAssertEqual(TransitionSequence.transitions(heads: [0]), [0, 2])
        let chain: [Int32] = [0, 1, 2, 3, 4]
        XCTAssertEqual(TransitionSequence.tree(words: 5, transitions: TransitionSequence.transitions(heads: chain)!), chain)
        let leftChain: [Int32] = [2, 3, 4, 5, 0]
        XCTAssertEqual(TransitionSequence.tree(words: 5, transitions: TransitionSequence.transitions(heads: leftChain)!), leftChain)
    }

    func testNonProjectiveTreeHasNoSequenceButRoundTripsThroughLifting() {
        // "A hearing is scheduled on the issue today": "on the issue" (6) hangs on "hearing" (2) across "is scheduled".
        let words = ["A", "hearing", "is", "scheduled", "on", "the", "issue", "today", "."]
        let heads: [Int32] = [2, 4, 4, 0, 7, 7, 2, 4, 4]
        let relations = ["det", "nsubj:pass", "aux:pass", "root", "case", "det", "nmod", "obl:tmod", "punct"]
        XCTAssertEqual(words.count, heads.count)
        XCTAssertFalse(DependencyTree.isProjective(heads))
        XCTAssertNil(TransitionSequence.transitions(heads: heads))

        let lifted = PseudoProjective.projectivize(heads: heads, relations: relations)
        XCTAssertTrue(DependencyTree.isProjective(lifted.heads))
        XCTAssertEqual(lifted.heads[6], 4)
        XCTAssertEqual(lifted.relations[6], "nmod|nsubj")
        let t = TransitionSequence.transitions(heads: lifted.heads)!
        var rebuilt = TransitionSequence.tree(words: words.count, transitions: t)!
        XCTAssertEqual(rebuilt, lifted.heads)
        var rebuiltRelations = lifted.relations
        PseudoProjective.deprojectivize(heads: &rebuilt, relations: &rebuiltRelations)
        XCTAssertEqual(rebuilt, heads)
        XCTAssertEqual(rebuiltRelations[6], "nmod")
    }

    func testInvalidSequencesAreRefused() {
        XCTAssertNil(TransitionSequence.tree(words: 2, transitions: [1]))          // nothing on the stack to attach
        XCTAssertNil(TransitionSequence.tree(words: 2, transitions: [0, 0]))       // unfinished
        XCTAssertNil(TransitionSequence.tree(words: 1, transitions: [0, 2, 2]))    // past the end
    }

    /// Every EWT dev tree: projective ones round-trip exactly; non-projective ones through lifting and lowering.
    func testEWTDevTreesRoundTrip() throws {
        let sentences = try SyntaxTestData.treebank("en_ewt-ud-dev.conllu")
        var projective = 0, nonProjective = 0, restored = 0
        for s in sentences {
            if DependencyTree.isProjective(s.heads) {
                projective += 1
                let t = try XCTUnwrap(TransitionSequence.transitions(heads: s.heads), s.comments.joined(separator: " "))
                XCTAssertEqual(TransitionSequence.tree(words: s.count, transitions: t), s.heads)
            } else {
                nonProjective += 1
                let lifted = PseudoProjective.projectivize(heads: s.heads, relations: s.relations)
                let t = try XCTUnwrap(TransitionSequence.transitions(heads: lifted.heads))
                var heads = try XCTUnwrap(TransitionSequence.tree(words: s.count, transitions: t))
                var relations = lifted.relations
                PseudoProjective.deprojectivize(heads: &heads, relations: &relations)
                if heads == s.heads { restored += 1 }
                XCTAssertEqual(relations.map { String(DependencyRelation.universal($0)) },
                               s.relations.map { String(DependencyRelation.universal($0)) })
            }
        }
        XCTAssertGreaterThan(projective, 1900)
        XCTAssertGreaterThan(nonProjective, 0)
        // The head encoding lowers most lifted words to their own head (ambiguous relations can pick another word).
        XCTAssertGreaterThanOrEqual(Double(restored) / Double(nonProjective), 0.8, "\(restored) of \(nonProjective) restored")
    }
}
