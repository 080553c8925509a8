import XCTest
@testable import StatecraftAnalysis

final class WeightedDigraphTests: XCTestCase {
    func testParallelEdgesAreSummedAndRowsSorted() {
        let g = WeightedDigraph(nodeCount: 3, edges: [
            WeightedEdge(source: 0, target: 2, weight: 1), WeightedEdge(source: 0, target: 1, weight: 2),
            WeightedEdge(source: 0, target: 2, weight: 3), WeightedEdge(source: 1, target: 1, weight: 4),
        ])
        XCTAssertEqual(g.edgeCount, 3)
        XCTAssertEqual(g.weight(from: 0, to: 2), 4)
        XCTAssertEqual(g.weight(from: 0, to: 1), 2)
        XCTAssertEqual(g.weight(from: 1, to: 1), 4)
        XCTAssertNil(g.weight(from: 2, to: 0))
        XCTAssertEqual(Array(g.outTargets[g.outOffsets[0]..<g.outOffsets[1]]), [1, 2])
        XCTAssertEqual(Array(g.inSources[g.inOffsets[2]..<g.inOffsets[3]]), [0])
        XCTAssertEqual(g.inWeights[g.inOffsets[2]], 4)
    }

    func testUndirectedViewSumsReciprocalTies() {
        let g = WeightedDigraph(nodeCount: 3, edges: [
            WeightedEdge(source: 0, target: 1, weight: 2), WeightedEdge(source: 1, target: 0, weight: 3),
            WeightedEdge(source: 1, target: 2, weight: 1), WeightedEdge(source: 2, target: 2, weight: 5),
        ])
        let u = g.undirectedView()
        XCTAssertEqual(u.weight(from: 0, to: 1), 5)
        XCTAssertEqual(u.weight(from: 1, to: 0), 5)
        XCTAssertEqual(u.weight(from: 2, to: 1), 1)
        XCTAssertEqual(u.weight(from: 2, to: 2), 5)
        XCTAssertTrue(u.isSymmetric)
        XCTAssertFalse(g.isSymmetric)
        XCTAssertEqual(Centrality.undirectedStrength(u), [5, 6, 11])
    }
}
