import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StatecraftCore
import StatecraftStore
import XCTest
@testable import StatecraftInterchange

final class ExportTests: XCTestCase {
    static let evilName = "Evil \"Corp\" {x} -> <script>alert(1)</script> ]]> &amp; \\N"
    static let evilEvidence = "He said \"no\", then: <b>]]></b> & {a -> b}; subgraph x { y }\nsecond line"

    /// A store with known events: RUS→PRK pact (8, asserted) and arms supply (6, possible), USA→RUS sanctions,
    /// and an untrusted actor and evidence sentence.
    func makeStore() throws -> EventStore {
        let store = try Fixtures.store()
        let d = Fixtures.dictionary
        let rus = d.actor(id: "RUS")!, prk = d.actor(id: "PRK")!, usa = d.actor(id: "USA")!
        let evil = Actor(id: "EVIL_CORP", name: Self.evilName, kind: .nonstate)
        try store.importEvents { s in
            let a = try s.articleID(for: ArticleRecord(hash: "h1", title: "t", url: "https://example.org/a?x=1,2", date: Day("2024-06-19"),
                                                       sourcePath: nil), origin: "test")
            func add(_ x: Actor, _ y: Actor, _ k: RelationKind, _ m: Modality, _ w: Double, _ day: String, _ ev: String) throws {
                try s.add(ImportedEvent(source: x, target: y, kind: k, plover: Fixtures.ontology[k].plover, modality: m, weight: w,
                                        date: Day(day), evidence: ev, trigger: k.rawValue), articleID: a)
            }
            try add(rus, prk, .pact, .asserted, 8, "2024-06-19", "Russia and North Korea signed a pact.")
            try add(rus, prk, .armsSupply, .possible, 6, "2024-06-20", "Putin did not rule out sending arms.")
            try add(usa, rus, .sanctions, .asserted, -8, "2024-02-23", "The US imposed sanctions on Russia.")
            try add(evil, usa, .threat, .asserted, -4, "2023-01-01", Self.evilEvidence)
        }
        return store
    }

    func graph(_ store: EventStore, kinds: Set<RelationKind> = [], since: Day? = nil, until: Day? = nil,
               minStrength: Double = 0) throws -> ExportGraph {
        ExportGraph(totals: try store.tieTotals(kinds: kinds, since: since, until: until), ontology: Fixtures.ontology,
                    minStrength: minStrength, evidence: try store.bestEvidence(kinds: kinds, since: since, until: until))
    }

    func testGraphAggregatesTiesWithModalityDiscounts() throws {
        let g = try graph(try makeStore())
        XCTAssertEqual(g.nodes.count, 4)
        XCTAssertEqual(g.links.count, 4, "the pact is mutual: PRK → RUS carries half of it")
        let rp = try XCTUnwrap(g.links.first { $0.source.id == "RUS" && $0.target.id == "PRK" })
        XCTAssertEqual(rp.strength, 8 / 2 + 6 * Modality.possible.discount, accuracy: 1e-9)
        XCTAssertEqual(rp.events, 2)
        XCTAssertEqual(rp.dominantKind, .pact)
        XCTAssertFalse(rp.isFactual, "one event is only possible")
        XCTAssertEqual(rp.evidence, "Russia and North Korea signed a pact.", "the weightiest event's sentence")
        let pr = try XCTUnwrap(g.links.first { $0.source.id == "PRK" && $0.target.id == "RUS" })
        XCTAssertEqual(pr.strength, 4, accuracy: 1e-9)
        XCTAssertEqual(pr.kinds, [.pact: 1])
        XCTAssertEqual(pr.evidence, "Russia and North Korea signed a pact.", "the other half shows the pact's evidence")
        // The dyad's two links add up to its strength as `ties` ranks it; nodes sum their dyads.
        XCTAssertEqual(rp.strength + pr.strength, 8 + 6 * Modality.possible.discount, accuracy: 1e-9)
        let rus = try XCTUnwrap(g.nodes.first { $0.actor.id == "RUS" })
        XCTAssertEqual(rus.strength, 8 + 6 * Modality.possible.discount + 8, accuracy: 1e-9)
        XCTAssertEqual(rus.events, 3, "a symmetric event counts once for its actors")
        XCTAssertEqual(g.links.first?.source.id, "USA", "strongest first")
    }

    func testFilters() throws {
        let store = try makeStore()
        XCTAssertEqual(try graph(store, kinds: [.pact]).links.map(\.kinds), [[.pact: 1], [.pact: 1]])
        XCTAssertEqual(Set(try graph(store, since: Day("2024-06-01")).links.map(\.source.id)), ["PRK", "RUS"])
        XCTAssertEqual(try graph(store, until: Day("2023-12-31")).links.map(\.source.id), ["EVIL_CORP"])
        XCTAssertEqual(try graph(store, minStrength: 7).links.count, 1)
        XCTAssertEqual(try graph(store, minStrength: 7).nodes.map(\.actor.id), ["RUS", "USA"], "nodes without links are dropped")
    }

    func testJSONForD3AndCytoscape() throws {
        let text = try JSONGraphWriter.write(try graph(try makeStore()))
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let nodes = try XCTUnwrap(doc["nodes"] as? [[String: Any]]), links = try XCTUnwrap(doc["links"] as? [[String: Any]])
        XCTAssertEqual(nodes.count, 4)
        XCTAssertEqual(links.count, 4)
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        XCTAssertTrue(links.allSatisfy { ids.contains($0["source"] as! String) && ids.contains($0["target"] as! String) })
        XCTAssertTrue(nodes.contains { $0["name"] as? String == Self.evilName }, "names round-trip exactly")
        let elements = try XCTUnwrap(doc["elements"] as? [String: [[String: [String: Any]]]])
        XCTAssertEqual(elements["nodes"]?.count, 4)
        XCTAssertEqual(elements["edges"]?.compactMap { $0["data"]?["source"] as? String }.count, 4)
        // NetworkX's node-link format as it is: directed, not a multigraph, the links also under "edges".
        XCTAssertEqual(doc["directed"] as? Bool, true)
        XCTAssertEqual(doc["multigraph"] as? Bool, false)
        XCTAssertNotNil(doc["graph"] as? [String: Any])
        XCTAssertEqual((doc["edges"] as? [[String: Any]])?.count, 4)
    }

    func testNetworkXReadsTheNodeLinkJSONAsItIs() throws {
        let dir = Fixtures.tempDir()
        let path = Fixtures.write(try JSONGraphWriter.write(try graph(try makeStore())), "g.json", in: dir)
        let out = try Fixtures.python("""
            import sys, json, networkx as nx
            G = nx.node_link_graph(json.load(open(sys.argv[1])))
            print(type(G).__name__, G.number_of_nodes(), G.number_of_edges(), float(G["PRK"]["RUS"]["strength"]), G["RUS"]["PRK"]["dominantKind"])
            """, [path])
        XCTAssertEqual(out.trimmingCharacters(in: .whitespacesAndNewlines), "DiGraph 4 4 4.0 pact")
    }

    /// Well-formed XML: returns the root element's name and namespace.
    func parseXML(_ text: String) throws -> (String, String?) {
        final class Root: NSObject, XMLParserDelegate {
            var name: String?, ns: String?
            func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                if name == nil { name = e; ns = namespaceURI }
            }
        }
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        let root = Root()
        parser.delegate = root
        XCTAssertTrue(parser.parse(), "well-formed XML: \(String(describing: parser.parserError))")
        return (root.name ?? "", root.ns)
    }

    func testGraphMLAndGEXFAreWellFormedAndReadByNetworkX() throws {
        let g = try graph(try makeStore())
        let dir = Fixtures.tempDir()
        let graphml = GraphMLWriter.write(g), gexf = GEXFWriter.write(g, positions: ["RUS": (55.75, 37.62)])
        let (r1, ns1) = try parseXML(graphml)
        XCTAssertEqual(r1, "graphml")
        XCTAssertEqual(ns1, "http://graphml.graphdrawing.org/xmlns")
        let (r2, ns2) = try parseXML(gexf)
        XCTAssertEqual(r2, "gexf")
        XCTAssertEqual(ns2, "http://gexf.net/1.3")
        XCTAssertFalse(graphml.contains("<script>"), "markup in names is escaped")
        let p1 = Fixtures.write(graphml, "g.graphml", in: dir), p2 = Fixtures.write(gexf, "g.gexf", in: dir)
        let out = try Fixtures.python("""
            import sys, networkx as nx
            a = nx.read_graphml(sys.argv[1]); b = nx.read_gexf(sys.argv[2])
            e = a.edges['RUS', 'PRK']; f = b.edges['RUS', 'PRK']
            print(a.number_of_nodes(), a.number_of_edges(), b.number_of_nodes(), b.number_of_edges())
            print(round(e['strength'], 6), round(f['weight'], 6), e['kinds'], f['dominantKind'])
            print(a.nodes['EVIL_CORP']['name'] == b.nodes['EVIL_CORP']['label'])
            print(b.nodes['RUS'].get('lat'), b.nodes['RUS'].get('lon'), b.nodes['PRK'].get('lat'))
            """, [p1, p2]).split(separator: "\n")
        XCTAssertEqual(out[0], "4 4 4 4")
        XCTAssertEqual(out[1], "5.8 5.8 armsSupply:1;pact:1 pact")
        XCTAssertEqual(out[2], "True")
        XCTAssertEqual(out[3], "55.75 37.62 None", "lat/lon for Gephi's Geo Layout where the position is known")
    }

    func testCSVTablesRoundTrip() throws {
        let g = try graph(try makeStore())
        let dir = Fixtures.tempDir()
        let nodes = Fixtures.write(CSVTableWriter.nodes(g), "n.csv", in: dir)
        let edges = Fixtures.write(CSVTableWriter.edges(g), "e.csv", in: dir)
        var rows: [[String]] = []
        try CSVReader(path: edges).forEachRecord { f, _ in rows.append(f) }
        XCTAssertEqual(rows.first, CSVTableWriter.edgeHeader)
        XCTAssertEqual(rows.count, 5)
        XCTAssertTrue(rows.allSatisfy { $0.count == CSVTableWriter.edgeHeader.count })
        let evidenceColumn = CSVTableWriter.edgeHeader.firstIndex(of: "evidence")!
        XCTAssertTrue(rows.contains { $0[evidenceColumn] == Self.evilEvidence }, "quotes, commas and line breaks survive")
        // Python's csv module with its defaults reads the same tables.
        let out = try Fixtures.python("""
            import csv, sys
            n = list(csv.DictReader(open(sys.argv[1], newline='')))
            e = list(csv.DictReader(open(sys.argv[2], newline='')))
            print(len(n), len(e), sorted(r['id'] for r in n)[0], [r['strength'] for r in e if r['source'] == 'RUS'][0])
            """, [nodes, edges])
        XCTAssertEqual(out.trimmingCharacters(in: .newlines), "4 4 EVIL_CORP 5.8")
    }

    func testPandasReadsTheTablesWithDefaults() throws {
        let g = try graph(try makeStore())
        let dir = Fixtures.tempDir()
        let nodes = Fixtures.write(CSVTableWriter.nodes(g), "n.csv", in: dir)
        let edges = Fixtures.write(CSVTableWriter.edges(g), "e.csv", in: dir)
        let out = try Fixtures.python("""
            import sys, pandas as pd
            n = pd.read_csv(sys.argv[1]); e = pd.read_csv(sys.argv[2])
            print(n.shape[0], e.shape[0], e['strength'].dtype, (e['evidence'] == sys.argv[3]).sum())
            """, [nodes, edges, Self.evilEvidence])
        XCTAssertEqual(out.trimmingCharacters(in: .newlines), "4 4 float64 1")
    }

    func testDOTEscapesUntrustedText() throws {
        let g = try graph(try makeStore())
        let dot = DOTGraphWriter.write(g)
        XCTAssertTrue(dot.contains(TextEscaping.dot(Self.evilName)))
        XCTAssertEqual(TextEscaping.dot("a\"b\\c\nd"), "\"a\\\"b\u{2216}c\\nd\"")
        guard let exe = Fixtures.which("dot") else { throw XCTSkip("Graphviz `dot` is not installed") }
        let dir = Fixtures.tempDir()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["-Tplain", Fixtures.write(dot, "g.dot", in: dir)]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = Pipe()
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        let lines = out.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.hasPrefix("node ") }.count, 4, "no node injected by the text")
        XCTAssertEqual(lines.filter { $0.hasPrefix("edge ") }.count, 4, "no edge injected by the text")
    }

    func testCSVCellsThatASpreadsheetWouldRunAreEscaped() throws {
        XCTAssertEqual(TextEscaping.csv("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        XCTAssertEqual(TextEscaping.csv("+cmd"), "'+cmd")
        XCTAssertEqual(TextEscaping.csv("-2+3"), "'-2+3")
        XCTAssertEqual(TextEscaping.csv("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(TextEscaping.csv("\tx"), "'\tx")
        XCTAssertEqual(TextEscaping.csv("-12.5"), "-12.5", "numbers stay numbers")
        XCTAssertEqual(TextEscaping.csv("+3"), "+3")
        XCTAssertEqual(TextEscaping.csv("Russia"), "Russia")
        let store = try Fixtures.store()
        let formula = Actor(id: "X1", name: "=1+2", kind: .nonstate)
        try store.importEvents { s in
            let a = try s.articleID(for: ArticleRecord(hash: "h", title: nil, url: nil, date: nil, sourcePath: nil), origin: "test")
            try s.add(ImportedEvent(source: formula, target: Fixtures.dictionary.actor(id: "RUS")!, kind: .threat, plover: .threaten,
                                    modality: .asserted, weight: -4, date: nil, evidence: "@evil", trigger: "t"), articleID: a)
        }
        let g = try graph(store)
        XCTAssertTrue(CSVTableWriter.nodes(g).contains(",'=1+2,"), CSVTableWriter.nodes(g))
        let edges = CSVTableWriter.edges(g)
        XCTAssertTrue(edges.contains(",'@evil,") && edges.contains(",-4,"), edges)
    }

    func testDOTDropsNoncharactersCapsLongTextAndKeepsEscapesLiteral() throws {
        XCTAssertEqual(TextEscaping.dot("a\u{FFFE}b\u{FFFF}c"), "\"abc\"")
        let long = TextEscaping.dot(String(repeating: "é", count: 20_000))
        XCTAssertLessThanOrEqual(long.utf8.count, TextEscaping.dotStringLimit + 2)
        XCTAssertTrue(long.hasSuffix("…\""))
        guard let exe = Fixtures.which("dot") else { throw XCTSkip("Graphviz `dot` is not installed") }
        let store = try Fixtures.store()
        let odd = Actor(id: "ODD", name: "Odd \\N \\G \u{FFFF}", kind: .nonstate)
        try store.importEvents { s in
            let a = try s.articleID(for: ArticleRecord(hash: "h", title: nil, url: nil, date: nil, sourcePath: nil), origin: "test")
            try s.add(ImportedEvent(source: odd, target: Fixtures.dictionary.actor(id: "RUS")!, kind: .threat, plover: .threaten,
                                    modality: .asserted, weight: -4, date: nil,
                                    evidence: "tooltip \\N \\E \\G " + String(repeating: "x", count: 20_000), trigger: "t"), articleID: a)
        }
        let path = Fixtures.write(DOTGraphWriter.write(try graph(store)), "g.dot", in: Fixtures.tempDir())
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["-Tsvg", path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = Pipe()
        try p.run()
        let svg = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "dot parses the export")
        let parser = XMLParser(data: svg)
        XCTAssertTrue(parser.parse(), "well-formed SVG: \(String(describing: parser.parserError))")
        let text = String(decoding: svg, as: UTF8.self)
        XCTAssertTrue(text.contains("tooltip \u{2216}N \u{2216}E \u{2216}G"), "escapes are not expanded")
        XCTAssertFalse(text.contains("ODD -&gt;"), "no edge name substituted for \\E")
    }
}
