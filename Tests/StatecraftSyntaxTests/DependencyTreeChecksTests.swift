import XCTest
@testable import StatecraftSyntax

/// The tree checks the coder's syntax stage relies on: a cycle is found, a projective tree is recognised.
final class DependencyTreeChecksTests: XCTestCase {
    func testTreeHasNoCycleAndIsProjective() {
        // "Russia attacked Ukraine": attacked is the root, Russia and Ukraine depend on it.
        let heads: [Int32] = [2, 0, 2]
        XCTAssertNil(DependencyTree.wordOnCycle(heads))
        XCTAssertTrue(DependencyTree.isProjective(heads))
    }

    func testCycleIsFound() {
        XCTAssertNotNil(DependencyTree.wordOnCycle([2, 1, 0]))
    }

    func testCrossingArcIsNotProjective() {
        // 1→3 crosses 2→4.
        XCTAssertFalse(DependencyTree.isProjective([0, 4, 1, 1]))
    }
}
