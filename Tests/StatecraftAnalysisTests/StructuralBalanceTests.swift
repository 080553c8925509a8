import Foundation
import XCTest
@testable import StatecraftAnalysis

final class StructuralBalanceTests: XCTestCase {
    /// A random signed graph on few nodes: triads checked against NetworkX's triangle enumeration,
    /// the two-bloc split against an exhaustive search over all splits (done in python).
    func testTriadsAndSplitAgainstExhaustiveOracle() throws {
        var rng = SplitMix64(seed: 7)
        var edges: [(String, String, Double)] = []
        let n = 12
        for a in 0..<n {
            for b in 0..<n where a != b && rng.next() % 100 < 30 {
                let w = Double(rng.next() % 19) - 9  // −9...9, some zero
                edges.append(("v\(a)", "v\(b)", w))
            }
        }
        let text = edges.map { "\($0.0)\t\($0.1)\t\($0.2)" }.joined(separator: "\n")
        let lg = try EdgeListLoader.parse(text: text)
        let view = lg.graph.undirectedView()
        let balance = StructuralBalance(view, limit: 3)
        let split = StructuralBalance.twoBlocSplit(view)
        let nx = try NetworkXOracle.networkx(edges: edges, calls: [
            "triads": "[[sorted(c), U[c[0]][c[1]]['weight'] * U[c[1]][c[2]]['weight'] * U[c[0]][c[2]]['weight'] > 0] for c in nx.enumerate_all_cliques(nx.Graph([(a, b) for a, b, d in U.edges(data=True) if d['weight'] != 0 and a != b])) if len(c) == 3]",
            "best": "min(sum(abs(d['weight']) for a, b, d in U.edges(data=True) if a != b and d['weight'] != 0 and ((d['weight'] > 0) != (((m >> sorted(U).index(a)) & 1) == ((m >> sorted(U).index(b)) & 1)))) for m in range(2 ** (len(U) - 1)))",
        ])
        let triads = nx["triads"] as! [[Any]]
        XCTAssertEqual(balance.triadCount, triads.count)
        XCTAssertEqual(balance.balancedCount, triads.filter { $0[1] as! Bool }.count)
        XCTAssertEqual(split.frustration, (nx["best"] as! NSNumber).doubleValue, accuracy: 1e-9, "local search finds the optimum here")
        XCTAssertTrue(balance.mostUnbalanced.allSatisfy { !$0.isBalanced })
        XCTAssertEqual(balance.mostUnbalanced.map(\.magnitude), balance.mostUnbalanced.map(\.magnitude).sorted(by: >))
    }

    func testTwoCampsAreFoundExactly() throws {
        // Camp A = {0..4}, camp B = {5..9}: friends inside, enemies across. Balanced, frustration 0.
        var lines: [String] = []
        for a in 0..<10 { for b in (a + 1)..<10 where (a + b) % 3 != 0 {
            lines.append("s\(a)\ts\(b)\t\((a < 5) == (b < 5) ? 2.0 : -3.0)")
        } }
        let lg = try EdgeListLoader.parse(text: lines.joined(separator: "\n"))
        let view = lg.graph.undirectedView()
        let split = StructuralBalance.twoBlocSplit(view)
        XCTAssertEqual(split.frustration, 0)
        XCTAssertEqual(split.frustratedTies, 0)
        let campOfS0 = split.side[lg.labels.id(of: "s0")!]
        for i in 0..<10 { XCTAssertEqual(split.side[lg.labels.id(of: "s\(i)")!] == campOfS0, i < 5) }
        XCTAssertEqual(StructuralBalance(view).balancedShare, 1)
    }
}
