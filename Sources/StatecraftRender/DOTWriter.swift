import Foundation
import StatecraftCore

/// Writes a ``RelationMap`` as DOT, in two passes.
///
/// ``write(_:layout:)`` gives the graph: styled nodes and edges with stable ids and
/// tooltips, for the layout engine. ``decorate(_:map:layout:)`` takes the laid-out graph
/// (Graphviz's `-Tdot` output, every position set) and adds the title with the period
/// covered, the legend, the map background and, for a dyad, the evidence, drawn as an
/// xdot `_background` around the drawing, which is then rendered as it stands
/// (`layout=nop2`). Decorations need the drawing's size, which only the layout knows;
/// and HTML-like labels, the other way to draw a legend, leak memory in Graphviz 2.42.
///
/// Everything that comes from articles or dictionaries goes through ``DOTText``; the
/// output is sorted (nodes and edges by id) and has no timestamps, so the same map gives
/// the same bytes. The decorated text names its own engine, so `dot -Tsvg map.dot`
/// draws it exactly as Statecraft does.
public struct DOTWriter: Sendable {
    public let ontology: RelationOntology
    public let coordinates: MapCoordinates
    /// Edge labels are drawn up to this many edges (tooltips always).
    public var maxLabelledEdges = 40
    /// Evidence sentences longer than this are cut (with "…") in tooltips.
    public var maxEvidenceLength = 320
    /// Links for nodes and edges (none when nil).
    public var links: MapLinks?

    public init(ontology: RelationOntology, coordinates: MapCoordinates) {
        self.ontology = ontology
        self.coordinates = coordinates
    }

    /// The DOT text of `map` laid out with `layout`.
    public func write(_ map: RelationMap, layout: MapLayout) -> String {
        var out = "digraph \"statecraft\" {\n"
        let maxCentrality = map.nodes.map(\.centrality).max() ?? 1
        // Geo maps carry no edge labels: every tie of a hub would stack its label on the
        // same few centimetres; colour, the legend and the tooltips carry the kinds there.
        let labelled = map.edges.count <= maxLabelledEdges && layout != .geo

        // Graph attributes. Edges are splines routed around the nodes (`splines=true`) so no
        // tie hides behind an actor; straight lines for large graphs, where routing is slow.
        var graph: [(String, String)] = [
            ("id", DOTText.quoted("statecraft-map")),
            ("layout", layout.engine.rawValue),
            ("fontname", DOTText.quoted(MapStyle.font)),
            ("bgcolor", "\"#ffffff\""), ("pad", "0.3"),
            ("outputorder", "edgesfirst"),
        ]
        let large = map.nodes.count > 80 || map.edges.count > 300
        switch layout {
        case .geo:
            graph += [("splines", large ? "false" : "true"), ("notranslate", "true")]
        case .dot:
            let dyad: Bool = { if case .dyad = map.view.focus { return true } else { return false } }()
            graph += [("rankdir", "LR"), ("nodesep", dyad ? "0.6" : "0.35"), ("ranksep", dyad ? "2.2" : "1.3"),
                      ("splines", "true")]
        case .circo:
            graph += [("splines", "true"), ("mindist", "1.2")]
        case .neato, .fdp:
            graph += [("overlap", "false"), ("sep", "\"+16\""), ("esep", "\"+8\""), ("splines", large ? "false" : "true"),
                      ("start", "1"), ("K", "1.6")]
        case .sfdp:
            graph += [("overlap", "prism"), ("sep", "\"+6\""), ("splines", large ? "false" : "true"), ("start", "1")]
        }

        let geo = layout == .geo ? geoPlacement(map) : nil
        out += "  graph [" + graph.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fontname=\(DOTText.quoted(MapStyle.font)), "
            + "penwidth=1.3, margin=\"0.10,0.05\", width=0.4, height=0.32];\n"
        out += "  edge [fontname=\(DOTText.quoted(MapStyle.font)), fontsize=12, arrowsize=0.8];\n"

        // Invisible anchors that make the picture cover the whole map frame.
        if let geo {
            for (i, c) in geo.corners.enumerated() {
                out += "  \"_frame\(i)\" [style=invis, label=\"\", width=0.01, height=0.01, pos=\"\(pos(c))!\"];\n"
            }
        }

        for n in map.nodes {
            let (fill, border) = MapStyle.colours(of: n.actor.kind)
            var attrs: [(String, String)] = [
                ("id", DOTText.quoted(DOTText.identifier("n", n.actor.id))),
                ("label", DOTText.quoted(nodeLabel(n))),
                ("tooltip", DOTText.quoted(lines: nodeTooltip(n))),
                ("fillcolor", "\"\(fill)\""), ("color", "\"\(border)\""),
                ("fontsize", MapStyle.number(MapStyle.fontSize(centrality: n.centrality / maxCentrality, geo: layout == .geo), digits: 1)),
            ]
            if let p = geo?.positions[n.actor.id] { attrs.append(("pos", "\"\(pos(p))!\"")) }
            if let url = links.flatMap({ MapLinks.attribute($0.node(n.actor.id)) }) {
                attrs += [("URL", url), ("target", "\"_top\"")]
            }
            out += "  " + DOTText.quoted(DOTText.identifier(n.actor.id)) + " [" + attrs.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];\n"
        }

        let maxStrength = map.edges.map(\.strength).max() ?? 1
        let groupedByKind = map.edges.contains { $0.kind != nil }
        let dyadLabels = groupedByKind || !labelled ? [:] : dyadLabels(map)
        for e in map.edges {
            let colour = MapStyle.edgeColour(e.family, intensity: e.intensity)
            var attrs: [(String, String)] = [
                ("id", DOTText.quoted(e.id)),
                ("color", "\"\(colour)\""),
                ("penwidth", MapStyle.number(MapStyle.penWidth(strength: e.strength, maxStrength: maxStrength))),
                ("dir", e.direction.rawValue),
                ("tooltip", DOTText.quoted(lines: edgeTooltip(e))),
                ("labeltooltip", DOTText.quoted(lines: edgeTooltip(e))),
            ]
            if !e.factual { attrs.append(("style", "dashed")) }
            if let url = links.flatMap({ MapLinks.attribute($0.edge(e.a.id, e.b.id)) }) {
                attrs += [("URL", url), ("target", "\"_top\"")]
            }
            if labelled {
                if groupedByKind {
                    attrs.append(("label", DOTText.quoted(edgeLabel(e))))
                    attrs.append(("fontcolor", "\"\(Self.darker(colour))\""))
                } else if let label = dyadLabels[e.id] {
                    attrs.append(("label", DOTText.quoted(lines: label.lines)))
                    attrs.append(("fontcolor", "\"\(label.colour)\""))
                }
            }
            if layout == .neato, labelled { attrs.append(("len", "2.2")) }
            out += "  " + DOTText.quoted(DOTText.identifier(e.a.id)) + " -> " + DOTText.quoted(DOTText.identifier(e.b.id))
                + " [" + attrs.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];\n"
        }
        out += "}\n"
        return out
    }

    /// Where the geo layout puts each actor (the same for both passes).
    func geoPlacement(_ map: RelationMap) -> GeoPlacement {
        let maxCentrality = map.nodes.map(\.centrality).max() ?? 1
        let boxes = map.nodes.map { n in
            let size = MapStyle.fontSize(centrality: n.centrality / maxCentrality, geo: true)
            return GeoPlacement.Box(id: n.actor.id, width: Self.estimatedWidth(nodeLabel(n), fontSize: size),
                                    height: max(23, size * 1.25 + 8), importance: n.centrality)
        }
        let ties = Set(map.edges.map { [$0.a.id, $0.b.id].sorted() })
        return GeoPlacement(boxes: boxes, coordinates: coordinates, ties: ties)
    }

    // MARK: - Text

    func nodeLabel(_ n: RelationMap.Node) -> String {
        let name = n.actor.name
        return name.count > 28 ? String(name.prefix(27)) + "…" : name
    }

    func nodeTooltip(_ n: RelationMap.Node) -> [String] {
        var lines = ["\(n.actor.name) (\(n.actor.id), \(Self.kindName(n.actor.kind)))",
                     "\(n.partners) partner\(n.partners == 1 ? "" : "s") · \(n.events) event\(n.events == 1 ? "" : "s") · strength \(MapStyle.number(n.strength, digits: 1)) · centrality \(MapStyle.number(n.centrality, digits: 3))"]
        if let e = n.bestEvent { lines += evidenceLines(e) }
        return lines
    }

    func edgeLabel(_ e: RelationMap.Edge) -> String {
        if let kind = e.kind, let modality = e.modality {
            let words = MapStyle.words(kind)
            return modality == .asserted ? words : "\(words) (\(modality.rawValue))"
        }
        let kinds = e.kinds.map { MapStyle.words($0.kind) }
        let text = kinds.prefix(3).joined(separator: ", ") + (kinds.count > 3 ? " +\(kinds.count - 3)" : "")
        if e.factual { return text }
        let mods = Modality.allCases.filter { m in e.kinds.contains { $0.modalities.contains { $0.0 == m } } }
        return text + " (" + mods.map(\.rawValue).joined(separator: ", ") + ")"
    }

    /// One label per dyad, on its strongest edge, a line per edge (family), in the colour of
    /// the strongest edge when all lines are of one family, else dark grey. Parallel edges
    /// would otherwise stack their labels on the same spot.
    func dyadLabels(_ map: RelationMap) -> [String: (lines: [String], colour: String)] {
        var byDyad: [String: [RelationMap.Edge]] = [:]
        for e in map.edges { byDyad[e.a.id + "|" + e.b.id, default: []].append(e) }
        var out: [String: (lines: [String], colour: String)] = [:]
        for (_, edges) in byDyad {
            let sorted = edges.sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.id < $1.id }
            let families = Set(sorted.map(\.family))
            let colour = families.count == 1
                ? Self.darker(MapStyle.edgeColour(sorted[0].family, intensity: sorted[0].intensity)) : "#333333"
            out[sorted[0].id] = (sorted.map(edgeLabel), colour)
        }
        return out
    }

    func edgeTooltip(_ e: RelationMap.Edge) -> [String] {
        let arrow: String
        switch e.direction {
        case .forward: arrow = "\(e.a.name) → \(e.b.name)"
        case .back: arrow = "\(e.b.name) → \(e.a.name)"
        case .both: arrow = "\(e.a.name) ⇄ \(e.b.name)"
        case .none: arrow = "\(e.a.name) — \(e.b.name)"
        }
        var lines = ["\(arrow): \(e.family.rawValue), \(e.factual ? "asserted" : "not asserted")",
                     "strength \(MapStyle.number(e.strength, digits: 1)) from \(e.events.count) event\(e.events.count == 1 ? "" : "s")"]
        for k in e.kinds {
            let mods = k.modalities.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")
            let who: String
            switch k.directions {
            case .forward: who = " \(e.a.id)→\(e.b.id)"
            case .back: who = " \(e.b.id)→\(e.a.id)"
            case .both: who = " both ways"
            case .none: who = ""
            }
            lines.append("• \(MapStyle.words(k.kind)) ×\(k.events)\(who): \(mods)" + (k.mentions > k.events ? " (\(k.mentions) mentions)" : ""))
        }
        lines += evidenceLines(e.bestEvent)
        return lines
    }

    func evidenceLines(_ e: Event) -> [String] {
        var sentence = e.evidence.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if sentence.count > maxEvidenceLength { sentence = String(sentence.prefix(maxEvidenceLength - 1)) + "…" }
        let source = [e.date?.description, "article \(e.article.prefix(12))", "sentence \(e.sentence)"]
            .compactMap { $0 }.joined(separator: ", ")
        return ["Evidence (\(e.source.id) \(MapStyle.words(e.kind)) \(e.target.id), \(e.modality.rawValue)): “\(sentence)”", source]
    }

    static func kindName(_ k: ActorKind) -> String {
        switch k {
        case .state: return "state"
        case .igo: return "organisation"
        case .bloc: return "bloc"
        case .nonstate: return "non-state actor"
        }
    }

    // MARK: - Title and legend

    func title(_ map: RelationMap, layout: MapLayout) -> String {
        let names = Dictionary(uniqueKeysWithValues: map.nodes.map { ($0.actor.id, $0.actor.name) })
        switch map.view.focus {
        case .all:
            return (layout == .geo ? "Map of relations" : "Relations") + " among \(map.nodes.count) actor\(map.nodes.count == 1 ? "" : "s")"
        case .actor(let id, let depth):
            let name = names[id] ?? id
            return "Ties of \(name)" + (depth > 1 ? " within \(depth) steps" : "")
        case .dyad(let x, let y):
            return "\(names[x] ?? x) and \(names[y] ?? y): every tie"
        }
    }

    func subtitle(_ map: RelationMap) -> String {
        var parts: [String] = []
        switch (map.firstDay, map.lastDay) {
        case let (f?, l?) where f == l: parts.append(f.description)
        case let (f?, l?): parts.append("\(f) to \(l)")
        case let (f?, nil): parts.append("from \(f)")
        case let (nil, l?): parts.append("until \(l)")
        default: parts.append("undated")
        }
        parts.append("\(map.eventCount) event\(map.eventCount == 1 ? "" : "s") from \(map.articleCount) source\(map.articleCount == 1 ? "" : "s")")
        parts.append("\(map.edges.count) tie\(map.edges.count == 1 ? "" : "s")")
        if !map.view.kinds.isEmpty { parts.append("kinds: " + map.view.kinds.sorted().map(MapStyle.words).joined(separator: ", ")) }
        if let top = map.view.top { parts.append("strongest \(top) ties") }
        if let min = map.view.minStrength { parts.append("strength ≥ \(MapStyle.number(min))") }
        return parts.joined(separator: " · ")
    }

    // MARK: - Helpers

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A rough text width in points for Helvetica-like fonts, for overlap avoidance.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6 + 16
    }

    /// A darker shade of a `#rrggbb` colour, for edge label text.
    static func darker(_ hex: String) -> String {
        let v = Int(hex.dropFirst(), radix: 16) ?? 0
        return RGB((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff).mixed(with: RGB(0, 0, 0), 0.3).hex
    }

    func pos(_ p: (x: Double, y: Double)) -> String {
        MapStyle.number(p.x, digits: 1) + "," + MapStyle.number(p.y, digits: 1)
    }
}
