import Foundation
import XCTest
@testable import StatecraftAnalysis

final class CommunitiesTests: XCTestCase {
    /// Our modularity of our partition equals NetworkX's `modularity` of the same partition, and
    /// reaches NetworkX's own Louvain within 0.01, on the small shared graph.
    func testModularityAndLouvainAgainstNetworkX() throws {
        let (lg, _) = try NetworkXOracle.graph("small")
        let view = lg.graph.undirectedView()
        let part = try Communities.louvain(view, seed: 42)
        let groups = part.membership.enumerated().reduce(into: [Int: [String]]()) { $0[$1.element, default: []].append(lg.labels[$1.offset]) }
        let communities = groups.values.map { "[" + $0.map { "'\($0)'" }.joined(separator: ",") + "]" }.joined(separator: ",")
        let edges = lg.graph.edges.map { (lg.labels[$0.source], lg.labels[$0.target], $0.weight) }
        let nx = try NetworkXOracle.networkx(edges: edges, calls: [
            "q": "nx.community.modularity(U, [\(communities)], weight='weight')",
            "louvain": "nx.community.modularity(U, nx.community.louvain_communities(U, weight='weight', seed=42), weight='weight')",
        ])
        XCTAssertEqual(part.modularity, (nx["q"] as! NSNumber).doubleValue, accuracy: 1e-12)
        XCTAssertGreaterThanOrEqual(part.modularity, (nx["louvain"] as! NSNumber).doubleValue - 0.01)
    }

    func testLouvainIsDeterministicAndFindsPlantedCliques() throws {
        // Four 5-cliques joined in a ring by single weak ties.
        var lines: [String] = []
        for c in 0..<4 {
            for i in 0..<5 { for j in (i + 1)..<5 { lines.append("c\(c)_\(i)\tc\(c)_\(j)\t3") } }
            lines.append("c\(c)_0\tc\((c + 1) % 4)_1\t0.5")
        }
        let lg = try EdgeListLoader.parse(text: lines.joined(separator: "\n"))
        let view = lg.graph.undirectedView()
        let a = try Communities.louvain(view, seed: 1), b = try Communities.louvain(view, seed: 1)
        XCTAssertEqual(a.membership, b.membership)
        XCTAssertEqual(a.count, 4)
        for c in 0..<4 {
            let ids = (0..<5).map { a.membership[lg.labels.id(of: "c\(c)_\($0)")!] }
            XCTAssertEqual(Set(ids).count, 1)
        }
    }

    func testParallelBetweennessIsIdenticalForAnyThreadCount() throws {
        let (lg, _) = try NetworkXOracle.graph("small")
        let one = try Centrality.betweenness(lg.graph, weighted: true, threads: 1)
        XCTAssertEqual(try Centrality.betweenness(lg.graph, weighted: true, threads: 2), one)
        XCTAssertEqual(try Centrality.betweenness(lg.graph, weighted: true, threads: 7), one)
    }

    func testEigenvectorOnSharedGraphMatchesNetworkX() throws {
        let (lg, _) = try NetworkXOracle.graph("small")
        let edges = lg.graph.edges.map { (lg.labels[$0.source], lg.labels[$0.target], $0.weight) }
        let nx = try NetworkXOracle.networkx(edges: edges, calls: [
            "e": "nx.eigenvector_centrality(G, weight='weight', max_iter=100000, tol=1e-14)",
            "e1": "nx.eigenvector_centrality(G, max_iter=100000, tol=1e-14)",
        ])
        assertAgrees(try Centrality.eigenvector(lg.graph), lg.labels, nxVector(nx["e"]), "eigenvector (weighted)")
        assertAgrees(try Centrality.eigenvector(lg.graph.withUnitWeights()), lg.labels, nxVector(nx["e1"]), "eigenvector")
    }
}
