import Foundation
import XCTest
@testable import StatecraftAnalysis

/// Edge cases (disconnected graphs, self-loops, parallel edges, a single node, zero and negative
/// weights, undirected views) against NetworkX, called through python3 on the same edge list.
final class EdgeCaseOracleTests: XCTestCase {
    typealias Edges = [(String, String, Double)]

    /// Two weakly connected parts, a sink, a self-loop, parallel lines (summed), a zero-weight edge.
    static let awkward: Edges = [
        ("a", "b", 2), ("b", "c", 1.5), ("c", "a", 0.5), ("a", "b", 1),  // parallel a→b: 3 in total
        ("b", "d", 4), ("d", "d", 2),                                      // self-loop on d
        ("c", "e", 0), ("e", "b", 1), ("c", "f", 3),                       // zero weight c→e, sink f
        ("x", "y", 1), ("y", "z", 2.5), ("z", "x", 1), ("y", "x", 0.25),   // a second component
    ]

    static let calls: [String: String] = [
        "strength": "dict(G.degree(weight='weight'))",
        "in_strength": "dict(G.in_degree(weight='weight'))",
        "out_strength": "dict(G.out_degree(weight='weight'))",
        "degree": "dict(G.degree())",
        "pagerank": "nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-15, max_iter=100000)",
        "pagerank_unweighted": "nx.pagerank(G, alpha=0.85, weight=None, tol=1e-15, max_iter=100000)",
        "betweenness": "nx.betweenness_centrality(G, normalized=True)",
        "betweenness_w": "nx.betweenness_centrality(D, normalized=True, weight='dist')",
        "closeness": "nx.closeness_centrality(G)",
        "closeness_w": "nx.closeness_centrality(D, distance='dist')",
        "eigenvector": "nx.eigenvector_centrality(G, weight='weight', max_iter=100000, tol=1e-14)",
        "u_strength": "dict(U.degree(weight='weight'))",
        "u_pagerank": "nx.pagerank(U, alpha=0.85, weight='weight', tol=1e-15, max_iter=100000)",
        "u_betweenness": "nx.betweenness_centrality(U, normalized=True)",
        "u_betweenness_w": "nx.betweenness_centrality(UD, normalized=True, weight='dist')",
        "u_closeness": "nx.closeness_centrality(U)",
        "u_eigenvector": "nx.eigenvector_centrality(U, weight='weight', max_iter=100000, tol=1e-14)",
        "dijkstra_a": "nx.single_source_dijkstra_path_length(D, 'a', weight='dist')",
        "wcc": "sorted(sorted(c) for c in nx.weakly_connected_components(G))",
        "scc": "sorted(sorted(c) for c in nx.strongly_connected_components(G))",
        "yen": "[p for p in islice(nx.shortest_simple_paths(D, 'a', 'f', weight='dist'), 5)]",
    ]

    func testAwkwardGraphMatchesNetworkX() throws {
        try check(Self.awkward)
    }

    func testSingleNodeWithSelfLoopMatchesNetworkX() throws {
        let lg = try EdgeListLoader.parse(text: "solo\tsolo\t3\n")
        XCTAssertEqual(lg.graph.nodeCount, 1)
        let nx = try NetworkXOracle.networkx(edges: [("solo", "solo", 3)], calls: [
            "strength": "dict(G.degree(weight='weight'))", "pagerank": "nx.pagerank(G, weight='weight')",
            "betweenness": "nx.betweenness_centrality(G)", "closeness": "nx.closeness_centrality(G)",
        ])
        for key in ["strength", "pagerank", "betweenness", "closeness"] {
            let ours: [Double]
            switch key {
            case "strength": ours = Centrality.strength(lg.graph)
            case "pagerank": ours = try Centrality.checkedPageRank(lg.graph)
            case "betweenness": ours = try Centrality.betweenness(lg.graph)
            default: ours = try Centrality.closeness(lg.graph)
            }
            assertAgrees(ours, lg.labels, nxVector(nx[key]), key)
        }
    }

    func testNegativeWeightsAreRejectedWhereUndefined() throws {
        let lg = try EdgeListLoader.parse(text: "a\tb\t-2\nb\tc\t1\nc\ta\t1\n")
        let g = lg.graph
        for (what, call) in [("pagerank", { _ = try Centrality.checkedPageRank(g) }),
                             ("dijkstra", { _ = try ShortestPaths(g, from: 0) }),
                             ("yen", { _ = try ShortestPaths.kShortestSimplePaths(g, from: 0, to: 2, k: 2) }),
                             ("weighted betweenness", { _ = try Centrality.betweenness(g, weighted: true) }),
                             ("weighted closeness", { _ = try Centrality.closeness(g, weighted: true) }),
                             ("eigenvector", { _ = try Centrality.eigenvector(g) }),
                             ("louvain", { _ = try Communities.louvain(g.undirectedView()) })] as [(String, () throws -> Void)] {
            XCTAssertThrowsError(try call(), what) { error in
                guard case GraphInputError.undefined = error else { return XCTFail("\(what): \(error)") }
                XCTAssertTrue("\(error)".contains("negative"), "\(what): \(error)")
            }
        }
        // Hop-count measures and strength stay defined, and match NetworkX.
        let nx = try NetworkXOracle.networkx(edges: [("a", "b", -2), ("b", "c", 1), ("c", "a", 1)], calls: [
            "strength": "dict(G.degree(weight='weight'))", "betweenness": "nx.betweenness_centrality(G)",
        ])
        assertAgrees(Centrality.strength(g), lg.labels, nxVector(nx["strength"]), "signed strength")
        assertAgrees(try Centrality.betweenness(g), lg.labels, nxVector(nx["betweenness"]), "hop betweenness")
    }

    func testZeroWeightsOnlyCountAsDanglingForPageRankAndAsMissingForDistances() throws {
        // b's only out-edge weighs 0: NetworkX treats b as dangling; 1/0 is no distance.
        let edges: Edges = [("a", "b", 1), ("b", "c", 0), ("c", "a", 2), ("a", "c", 1)]
        let lg = try EdgeListLoader.parse(text: edges.map { "\($0.0)\t\($0.1)\t\($0.2)" }.joined(separator: "\n"))
        let nx = try NetworkXOracle.networkx(edges: edges, calls: [
            "pagerank": "nx.pagerank(G, weight='weight', tol=1e-15, max_iter=100000)",
            "dijkstra_b": "nx.single_source_dijkstra_path_length(D, 'b', weight='dist')",
        ])
        assertAgrees(try Centrality.checkedPageRank(lg.graph), lg.labels, nxVector(nx["pagerank"]), rel: 1e-9, "pagerank")
        let sp = try ShortestPaths(lg.graph, from: try lg.node("b"))
        XCTAssertEqual(sp.distances.filter(\.isFinite).count, nxVector(nx["dijkstra_b"]).count)
    }

    private func check(_ edges: Edges, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = edges.map { "\($0.0)\t\($0.1)\t\($0.2)" }.joined(separator: "\n") + "\n"
        let lg = try EdgeListLoader.parse(text: text)
        let g = lg.graph, u = g.undirectedView(), labels = lg.labels
        let nx = try NetworkXOracle.networkx(edges: edges, calls: Self.calls)
        func agree(_ ours: [Double], _ key: String, rel: Double = 1e-6) {
            assertAgrees(ours, labels, nxVector(nx[key], file: file, line: line), rel: rel, key, file: file, line: line)
        }
        agree(Centrality.strength(g), "strength")
        agree(Centrality.strength(g, direction: .in), "in_strength")
        agree(Centrality.strength(g, direction: .out), "out_strength")
        agree(Centrality.degree(g), "degree")
        agree(try Centrality.checkedPageRank(g), "pagerank", rel: 1e-9)
        agree(try Centrality.checkedPageRank(g.withUnitWeights()), "pagerank_unweighted", rel: 1e-9)
        agree(try Centrality.betweenness(g), "betweenness")
        agree(try Centrality.betweenness(g, weighted: true), "betweenness_w")
        agree(try Centrality.closeness(g), "closeness")
        agree(try Centrality.closeness(g, weighted: true), "closeness_w")
        agree(try Centrality.eigenvector(g), "eigenvector")
        agree(Centrality.undirectedStrength(u), "u_strength")
        agree(try Centrality.checkedPageRank(u), "u_pagerank", rel: 1e-9)
        agree(try Centrality.betweenness(u), "u_betweenness")
        agree(try Centrality.betweenness(u, weighted: true), "u_betweenness_w")
        agree(try Centrality.closeness(u), "u_closeness")
        agree(try Centrality.eigenvector(u), "u_eigenvector")
        let d = nxVector(nx["dijkstra_a"])
        let sp = try ShortestPaths(g, from: try lg.node("a"))
        assertAgrees(sp.distances, labels, d, rel: 1e-12, floor: 0, "dijkstra", file: file, line: line)
        XCTAssertEqual(sp.distances.filter(\.isFinite).count, d.count, "reachable set", file: file, line: line)
        for (key, comps) in [("wcc", Components.weak(g)), ("scc", Components.strong(g))] {
            let ours = comps.groups.map { $0.map { labels[$0] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
            XCTAssertEqual(ours, nx[key] as? [[String]], key, file: file, line: line)
        }
        let yen = try ShortestPaths.kShortestSimplePaths(g, from: try lg.node("a"), to: try lg.node("f"), k: 5)
        XCTAssertEqual(yen.map { $0.nodes.map { labels[$0] } }, nx["yen"] as? [[String]], "yen", file: file, line: line)
    }
}
