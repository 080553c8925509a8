import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StatecraftCore
import XCTest
import StatecraftBenchmarks
@testable import StatecraftRender

/// Collects what an XML parser sees in an SVG: element names and attribute values.
final class SVGInspector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: [(element: String, name: String, value: String)] = []
    var texts: [String] = []

    static func parse(_ data: Data) throws -> SVGInspector {
        let inspector = SVGInspector()
        let parser = XMLParser(data: data)
        parser.delegate = inspector
        guard parser.parse() else {
            throw NSError(domain: "SVG", code: 1, userInfo: [NSLocalizedDescriptionKey: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)"])
        }
        return inspector
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        for (k, v) in attributes.sorted(by: { $0.key < $1.key }) { self.attributes.append((name, k, v)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }

    func values(of attribute: String) -> [String] { attributes.filter { $0.name == attribute }.map(\.value) }
    var ids: [String] { values(of: "id") }
}

final class MapRendererTests: XCTestCase {
    let renderer = MapRenderer(ontology: SeedFixture.ontology, coordinates: SeedFixture.coordinates)

    func render(_ events: [Event], _ view: MapView = MapView(), layout: MapLayout? = nil,
                format: MapRenderer.Format = .svg) throws -> Data {
        let data = try renderer.render(renderer.map(of: events, view: view), layout: layout, format: format)
        if let dir = ProcessInfo.processInfo.environment["STATECRAFT_RENDER_LOOK"] {
            let name = "\(layout?.rawValue ?? "auto")-\(abs(view.focus.hashValueForName))-\(events.count).\(format.rawValue)"
            try data.write(to: URL(fileURLWithPath: dir).appendingPathComponent(name))
        }
        return data
    }

    func testSeedMapHasEveryActorAndTieWithStableIds() throws {
        for layout in MapLayout.allCases {
            let svg = try SVGInspector.parse(try render(SeedFixture.events, layout: layout))
            let ids = Set(svg.ids)
            for id in ["RUS", "PRK", "KOR", "VNM", "USA", "UKR", "GBR", "EU", "UN", "G7", "CHN"] {
                XCTAssertTrue(ids.contains("n-\(id)"), "\(layout): node \(id) missing")
            }
            XCTAssertTrue(ids.contains("e-PRK-RUS-cooperation-asserted"), "\(layout)")
            XCTAssertTrue(ids.contains("e-PRK-RUS-cooperation-claimed"), "\(layout)")
            XCTAssertTrue(ids.contains("e-EU-RUS-conflict-asserted"), "\(layout)")
            XCTAssertEqual(ids.count, svg.ids.count, "\(layout): ids are not unique")
        }
    }

    func testTooltipsCarryKindsCountsAndEvidence() throws {
        let svg = try SVGInspector.parse(try render(SeedFixture.events, layout: .neato))
        let titles = svg.values(of: "xlink:title")
        let claimed = try XCTUnwrap(titles.first { $0.hasPrefix("North Korea ⇄ Russia: cooperation, not asserted") })
        XCTAssertTrue(claimed.contains("• arms supply ×2 both ways: possible 1, alleged 1"), claimed)
        XCTAssertTrue(claimed.contains("Evidence (PRK arms supply RUS, alleged): “Washington and its allies accuse North Korea"),
                      "the best evidence is the event that counts most (alleged 0.5 > possible 0.3): \(claimed)")
        let rus = try XCTUnwrap(titles.first { $0.hasPrefix("Russia (RUS, state)") })
        XCTAssertTrue(rus.contains("\n"), "tooltips have one fact a line")
    }

    /// The first pass's DOT: the graph as the writer states it, before Graphviz lays it out.
    func graphDOT(_ events: [Event], _ view: MapView = MapView(), layout: MapLayout) -> String {
        renderer.writer.write(renderer.map(of: events, view: view), layout: layout)
    }

    func testStyleEncodesFamilyModalityAndDirection() throws {
        let dot = graphDOT(SeedFixture.events, layout: .neato)
        func line(_ id: String) throws -> String { try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("id=\"\(id)\"") }.map(String.init)) }
        let pact = try line("e-PRK-RUS-cooperation-asserted")
        XCTAssertFalse(pact.contains("style=dashed"))
        XCTAssertTrue(pact.contains("dir=forward"), "support PRK→RUS is directed; the pact is not: \(pact)")
        let claimed = try line("e-PRK-RUS-cooperation-claimed")
        XCTAssertTrue(claimed.contains("style=dashed") && claimed.contains("dir=both"), claimed)
        let talks = try line("e-RUS-VNM-neutral-asserted")
        XCTAssertTrue(talks.contains("color=\"#808080\""), talks)
        let sanctions = try line("e-EU-RUS-conflict-asserted")
        let colour = try XCTUnwrap(sanctions.firstMatch(of: /color="#(..)(..)(..)"/))
        XCTAssertGreaterThan(Int(colour.1, radix: 16)!, Int(colour.3, radix: 16)!, "conflict is red/orange: \(sanctions)")
        let coop = try XCTUnwrap(pact.firstMatch(of: /color="#(..)(..)(..)"/))
        XCTAssertLessThan(Int(coop.1, radix: 16)!, Int(coop.3, radix: 16)!, "cooperation is green/blue: \(pact)")
        // The strongest edge (Russia's attack on Ukraine and Ukraine's criticism: 10 + 2) is the widest.
        let widths = dot.matches(of: /penwidth=([0-9.]+)/).map { Double($0.1)! }
        let attack = try line("e-RUS-UKR-conflict-asserted")
        XCTAssertEqual(widths.max(), Double(try XCTUnwrap(attack.firstMatch(of: /penwidth=([0-9.]+)/)).1))
        XCTAssertGreaterThan(Double(try XCTUnwrap(pact.firstMatch(of: /penwidth=([0-9.]+)/)).1)!,
                             Double(try XCTUnwrap(claimed.firstMatch(of: /penwidth=([0-9.]+)/)).1)!)
    }

    func testHostileTextNeitherBreaksDOTNorInjectsMarkup() throws {
        let events = SeedFixture.events + SeedFixture.hostileEvents
        for layout in [MapLayout.geo, .dot, .neato] {
            let data = try render(events, layout: layout)
            let svg = try SVGInspector.parse(data)
            XCTAssertFalse(svg.elements.contains { $0.lowercased() == "script" || $0.lowercased() == "foreignobject" })
            XCTAssertFalse(svg.attributes.contains { $0.name.lowercased().hasPrefix("on") || $0.name == "href" || $0.name == "xlink:href" })
            // The text arrives literally, as text.
            let titles = svg.values(of: "xlink:title").joined(separator: "\n")
            XCTAssertTrue(titles.contains("<script>alert('x')</script> ]]> &amp; &foo;"), titles)
            XCTAssertTrue(titles.contains("He said \"stop\" {now} -> "), titles)
            XCTAssertTrue(titles.contains("∖N ∖G"), "backslashes are shown, not expanded: \(titles)")
            XCTAssertTrue(svg.texts.joined().contains("Evil \"Corp\" <script>alert("), "the node label shows the hostile name as text")
        }
        // A dyad map prints the hostile name in its title and the hostile evidence under the drawing.
        let evil = SeedFixture.hostileEvents[0].source.id
        for format in [MapRenderer.Format.svg, .dot] {
            let data = try render(events, MapView(focus: .dyad(evil, "RUS")), format: format)
            if format == .dot { continue }
            let svg = try SVGInspector.parse(data)
            XCTAssertFalse(svg.elements.contains { $0.lowercased() == "script" })
            let text = svg.texts.joined()
            XCTAssertTrue(text.contains("Evil \"Corp\" <script>alert(1)</script> {x} -> y ∖N and Russia"), text)
            XCTAssertTrue(text.contains("<script>alert('x')</script> ]]> &amp; &foo;"), text)
        }
    }

    func testDyadViewShowsEveryTypedTieWithEvidence() throws {
        let view = MapView(focus: .dyad("RUS", "PRK"))
        let map = renderer.map(of: SeedFixture.events, view: view)
        XCTAssertEqual(Set(map.nodes.map { $0.actor.id }), ["RUS", "PRK"])
        XCTAssertEqual(map.edges.count, 5, "pact, possible arms RUS→PRK, alleged arms PRK→RUS, visit, support")
        let svg = try SVGInspector.parse(try render(SeedFixture.events, view))
        let text = svg.texts.joined(separator: " ")
        XCTAssertTrue(text.contains("arms supply (possible)"))
        XCTAssertTrue(text.contains("arms supply (alleged)"))
        XCTAssertTrue(text.contains("does not rule out Russia sending arms"), "evidence is printed in the dyad map")
    }

    func testViewsFilter() {
        let ego = renderer.map(of: SeedFixture.events, view: MapView(focus: .actor("VNM", depth: 1)))
        XCTAssertEqual(Set(ego.nodes.map { $0.actor.id }), ["VNM", "RUS", "USA", "CHN"])
        XCTAssertEqual(Set(ego.edges.map { $0.a.id + $0.b.id }), ["RUSVNM", "USAVNM", "CHNVNM", "RUSUSA"],
                       "ties among the neighbours are part of the ego network")
        let two = renderer.map(of: SeedFixture.events, view: MapView(focus: .actor("VNM", depth: 2)))
        XCTAssertTrue(two.nodes.contains { $0.actor.id == "PRK" })
        let sanctions = renderer.map(of: SeedFixture.events, view: MapView(kinds: [.sanctions]))
        XCTAssertEqual(Set(sanctions.nodes.map { $0.actor.id }), ["RUS", "USA", "GBR", "EU", "UN"])
        let top = renderer.map(of: SeedFixture.events, view: MapView(top: 1))
        XCTAssertEqual(Set(top.nodes.map { $0.actor.id }), ["PRK", "RUS"], "Russia–North Korea is the strongest tie")
        let strong = renderer.map(of: SeedFixture.events, view: MapView(minStrength: 8))
        XCTAssertTrue(strong.edges.allSatisfy { e in
            SeedFixture.events.filter { Set([$0.source.id, $0.target.id]) == Set([e.a.id, e.b.id]) }
                .reduce(0) { $0 + TieStrength().contribution(of: $1) } >= 8 })
        XCTAssertFalse(strong.nodes.contains { $0.actor.id == "CHN" })
        let later = SeedFixture.events + [SeedFixture.event("CHN", "VNM", .talks, sentence: 0, "Later talks.", article: "later", date: Day("2024-09-01")!)]
        let period = renderer.map(of: later, view: MapView(since: Day("2024-08-01")))
        XCTAssertEqual(period.eventCount, 1)
        XCTAssertEqual(period.firstDay, Day("2024-08-01"))
    }

    func testTitleNamesThePeriod() throws {
        let dot = String(decoding: try render(SeedFixture.events, layout: .geo, format: .dot), as: UTF8.self)
        XCTAssertTrue(dot.contains("Map of relations among 11 actors"))
        XCTAssertTrue(dot.contains("2024-06-20 · 22 events from 1 source"))
        let view = MapView(since: Day("2024-06-01"), until: Day("2024-06-30"))
        let ranged = String(decoding: try render(SeedFixture.events, view, layout: .neato, format: .dot), as: UTF8.self)
        XCTAssertTrue(ranged.contains("2024-06-01 to 2024-06-30"))
    }

    func testGeoPinsStatesWestToEastAndOrganisationsWithoutSeatBelow() throws {
        let dot = graphDOT(SeedFixture.events, layout: .geo)
        func pos(_ id: String) throws -> (Double, Double) {
            let line = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("id=\"n-\(id)\"") })
            let m = try XCTUnwrap(line.firstMatch(of: /pos="([-0-9.]+),([-0-9.]+)!"/))
            return (Double(m.1)!, Double(m.2)!)
        }
        let usa = try pos("USA"), gbr = try pos("GBR"), rus = try pos("RUS"), chn = try pos("CHN"), vnm = try pos("VNM")
        XCTAssertLessThan(usa.0, gbr.0); XCTAssertLessThan(gbr.0, rus.0); XCTAssertLessThan(rus.0, chn.0)
        XCTAssertGreaterThan(rus.1, vnm.1, "Moscow is north of Hanoi")
        let g7 = try pos("G7")
        XCTAssertLessThan(g7.1, vnm.1 - 40, "G7 has no seat: it goes in the row under the map")
        XCTAssertTrue(dot.contains("layout=nop,") && dot.contains("splines=true"))
        let decorated = String(decoding: try render(SeedFixture.events, layout: .geo, format: .dot), as: UTF8.self)
        XCTAssertTrue(decorated.contains("layout=nop2"), "the decorated DOT is rendered as laid out")
    }

    func testDOTOutputRendersWithTheDotProgram() throws {
        let dotPath = "/usr/bin/dot"
        guard FileManager.default.isExecutableFile(atPath: dotPath) else { throw XCTSkip("no dot program at \(dotPath)") }
        for layout in MapLayout.allCases {
            let text = try render(SeedFixture.events + SeedFixture.hostileEvents, layout: layout, format: .dot)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: dotPath)
            p.arguments = ["-Tsvg"]
            let input = Pipe(), output = Pipe(), errors = Pipe()
            p.standardInput = input; p.standardOutput = output; p.standardError = errors
            try p.run()
            input.fileHandleForWriting.write(text)
            try input.fileHandleForWriting.close()
            let svg = output.fileHandleForReading.readDataToEndOfFile()
            let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0, "\(layout): \(err)")
            XCTAssertFalse(err.contains("Error"), "\(layout): \(err)")
            XCTAssertNoThrow(try SVGInspector.parse(svg), "\(layout)")
        }
    }

    func testSameInputGivesSameBytes() throws {
        for format in MapRenderer.Format.allCases {
            let one = try render(SeedFixture.events, layout: .geo, format: format)
            let two = try render(SeedFixture.events.reversed(), layout: .geo, format: format)
            XCTAssertEqual(one, two, "\(format)")
        }
        XCTAssertEqual(try render(SeedFixture.events, layout: .neato), try render(SeedFixture.events.shuffled(), layout: .neato))
    }

    func testAutomaticLayoutBySize() {
        XCTAssertEqual(MapLayout.automatic(for: renderer.map(of: SeedFixture.events, view: MapView())), .dot)
        let medium = SyntheticGraph.events(actors: 40, ties: 60, seed: 5, ontology: SeedFixture.ontology)
        XCTAssertEqual(MapLayout.automatic(for: renderer.map(of: medium, view: MapView())), .neato)
        XCTAssertEqual(MapLayout.automatic(for: renderer.map(of: SeedFixture.events, view: MapView(focus: .dyad("RUS", "PRK")))), .dot)
        let big = SyntheticGraph.events(actors: 200, ties: 2000, seed: 7, ontology: SeedFixture.ontology)
        XCTAssertEqual(MapLayout.automatic(for: renderer.map(of: big, view: MapView())), .sfdp)
    }
}

extension MapView.Focus {
    var hashValueForName: Int {
        switch self {
        case .all: return 0
        case .actor(let a, let d): return a.unicodeScalars.reduce(d) { $0 &* 31 &+ Int($1.value) }
        case .dyad(let a, let b): return (a + b).unicodeScalars.reduce(7) { $0 &* 31 &+ Int($1.value) }
        }
    }
}

final class MapCentralityTests: XCTestCase {
    /// Against NetworkX: `nx.pagerank(G, alpha=0.85, weight="weight")` on the seed map's
    /// directed graph (each event's strength contribution source→target, half each way for
    /// symmetric kinds: ``TieGraph``), computed by python3 when NetworkX is installed.
    func testNodeSizeFollowsPageRankAsNetworkXComputesIt() throws {
        let map = RelationMap(events: SeedFixture.events, view: MapView(), ontology: SeedFixture.ontology)
        var lines: [String] = []
        for e in SeedFixture.events {
            let w = TieStrength().contribution(of: e)
            guard w > 0 else { continue }
            if SeedFixture.ontology[e.kind].symmetric {
                lines.append("\(e.source.id) \(e.target.id) \(w / 2)")
                lines.append("\(e.target.id) \(e.source.id) \(w / 2)")
            } else {
                lines.append("\(e.source.id) \(e.target.id) \(w)")
            }
        }
        let script = """
        import sys, json, networkx as nx
        G = nx.DiGraph()
        for line in sys.stdin:
            s, t, w = line.split(); w = float(w)
            G.add_edge(s, t, weight=G[s][t]["weight"] + w if G.has_edge(s, t) else w)
        pr = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-13, max_iter=100000)
        top = max(pr.values())
        print(json.dumps({k: v / top for k, v in pr.items()}))
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        p.standardInput = input; p.standardOutput = output; p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data(lines.joined(separator: "\n").utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0, let oracle = try JSONSerialization.jsonObject(with: data) as? [String: Double] else {
            throw XCTSkip("python3 with networkx is not available")
        }
        for n in map.nodes {
            XCTAssertEqual(n.centrality, try XCTUnwrap(oracle[n.actor.id]), accuracy: 1e-6, n.actor.id)
        }
        XCTAssertEqual(map.nodes.max { $0.centrality < $1.centrality }?.actor.id, "RUS")
    }
}
