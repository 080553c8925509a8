import Foundation
import XCTest
@testable import StatecraftAnalysis

/// Our values against the NetworkX reference values in `../shared/bench/graphs/oracles`, on the
/// exact graphs `gen.py` writes (sha256 checked). All-pairs measures run on small only (the
/// debug build would take minutes on medium); cheap measures run on medium too.
final class SharedGraphOracleTests: XCTestCase {
    func testSmallCentralitiesMatchNetworkX() throws {
        let (lg, ref) = try NetworkXOracle.graph("small")
        let g = lg.graph
        func ref_(_ name: String) -> [String: Double] { NetworkXOracle.values(NetworkXOracle.algorithm(ref, name)) }
        assertAgrees(Centrality.strength(g), lg.labels, ref_("strength"), "strength")
        // networkx stops PageRank at an L1 change of n·1e-10; the README's tolerance for its values is 1e-5.
        assertAgrees(try Centrality.checkedPageRank(g), lg.labels, ref_("pagerank"), rel: 1e-5, "pagerank")
        assertAgrees(Centrality.pageRank(g), lg.labels, ref_("pagerank"), rel: 1e-5, "pagerank (unchecked, for the renderer)")
        for threads in [1, 2] {
            assertAgrees(try Centrality.betweenness(g, threads: threads), lg.labels, ref_("betweenness"), "betweenness")
            assertAgrees(try Centrality.betweenness(g, weighted: true, threads: threads), lg.labels, ref_("betweenness_w"), "betweenness_w")
        }
        assertAgrees(try Centrality.closeness(g), lg.labels, ref_("closeness"), "closeness")
        assertAgrees(try Centrality.closeness(g, weighted: true), lg.labels, ref_("closeness_w"), "closeness_w")
    }

    func testSmallPathsComponentsAndCommunitiesMatchNetworkX() throws {
        try checkPathsAndComponents("small")
    }

    func testMediumCheapMeasuresMatchNetworkX() throws {
        let (lg, ref) = try NetworkXOracle.graph("medium")
        XCTAssertEqual(lg.graph.nodeCount, 5000)
        XCTAssertEqual(lg.graph.edgeCount, 50000)
        assertAgrees(Centrality.strength(lg.graph), lg.labels, NetworkXOracle.values(NetworkXOracle.algorithm(ref, "strength")), "strength")
        assertAgrees(try Centrality.checkedPageRank(lg.graph), lg.labels, NetworkXOracle.values(NetworkXOracle.algorithm(ref, "pagerank")),
                     rel: 1e-5, "pagerank top 20")
        try checkPathsAndComponents("medium")
    }

    func testSignedSmallStrengthAndTopologyMatchNetworkX() throws {
        let (lg, ref) = try NetworkXOracle.graph("small_signed")
        XCTAssertTrue(lg.graph.hasNegativeWeight)
        func ref_(_ name: String) -> [String: Double] { NetworkXOracle.values(NetworkXOracle.algorithm(ref, name)) }
        assertAgrees(Centrality.strength(lg.graph), lg.labels, ref_("strength"), "signed strength")
        assertAgrees(try Centrality.betweenness(lg.graph), lg.labels, ref_("betweenness"), "betweenness (hops)")
        assertAgrees(try Centrality.closeness(lg.graph), lg.labels, ref_("closeness"), "closeness (hops)")
        XCTAssertThrowsError(try Centrality.checkedPageRank(lg.graph))
        XCTAssertThrowsError(try Centrality.betweenness(lg.graph, weighted: true))
        XCTAssertThrowsError(try ShortestPaths(lg.graph, from: 0))
    }

    private func checkPathsAndComponents(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (lg, ref) = try NetworkXOracle.graph(name)
        let g = lg.graph
        let source = try lg.node(ref["source"] as! String), target = try lg.node(ref["target"] as! String)

        let sssp = NetworkXOracle.algorithm(ref, "sssp_dijkstra")
        let distances = (sssp["distances"] as! [String: Any]).mapValues { ($0 as! NSNumber).doubleValue }
        let ours = try ShortestPaths(g, from: source)
        assertAgrees(ours.distances, lg.labels, distances, rel: 1e-12, floor: 0, "\(name) dijkstra", file: file, line: line)
        XCTAssertEqual(ours.distances.filter { !$0.isFinite }.count, (sssp["unreachable"] as! NSNumber).intValue, file: file, line: line)

        let kp = NetworkXOracle.algorithm(ref, "k_shortest_paths")
        let refPaths = kp["paths"] as! [[String: Any]]
        let paths = try ShortestPaths.kShortestSimplePaths(g, from: source, to: target, k: refPaths.count)
        XCTAssertEqual(paths.map { $0.nodes.map { lg.labels[$0] } }, refPaths.map { $0["nodes"] as! [String] },
                       "\(name): Yen paths and order", file: file, line: line)
        for (p, r) in zip(paths, refPaths) {
            XCTAssertEqual(p.length, (r["length"] as! NSNumber).doubleValue, accuracy: 1e-12, file: file, line: line)
        }

        let cutoff = (ref["cutoff"] as! NSNumber).intValue
        XCTAssertEqual(ShortestPaths.simplePathCount(g, from: source, to: target, cutoff: cutoff),
                       (NetworkXOracle.algorithm(ref, "simple_paths")["count"] as! NSNumber).intValue, file: file, line: line)

        for (algo, comps) in [("wcc", Components.weak(g)), ("scc", Components.strong(g))] {
            let r = NetworkXOracle.algorithm(ref, algo)
            XCTAssertEqual(comps.count, (r["count"] as! NSNumber).intValue, "\(name) \(algo) count", file: file, line: line)
            XCTAssertEqual(comps.sizes.sorted(by: >), r["sizes_desc"] as! [Int], "\(name) \(algo) sizes", file: file, line: line)
            // Same partition: every reference component is exactly one of ours.
            for members in r["components_smallest_first"] as! [[String]] {
                let labels = Set(members.map { comps.membership[lg.labels.id(of: $0)!] })
                XCTAssertEqual(labels.count, 1, "\(name) \(algo): a reference component is split", file: file, line: line)
                XCTAssertEqual(comps.sizes[labels.first!], members.count, file: file, line: line)
            }
        }

        let lv = NetworkXOracle.algorithm(ref, "louvain")
        let refQ = (lv["modularity"] as! NSNumber).doubleValue
        let view = g.undirectedView()
        let part = try Communities.louvain(view, seed: 42)
        XCTAssertGreaterThanOrEqual(part.modularity, refQ - 0.01, "\(name): Louvain modularity vs networkx \(refQ)", file: file, line: line)
        XCTAssertEqual(Communities.modularity(view, membership: part.membership), part.modularity, accuracy: 1e-12, file: file, line: line)
    }
}
