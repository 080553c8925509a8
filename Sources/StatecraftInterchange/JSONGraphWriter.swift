import Foundation
import StatecraftCore

/// Writes an ``ExportGraph`` as JSON: `nodes` and `links` (links name their ends by id, as
/// D3's force layout and most notebook tools expect), and the same graph as Cytoscape.js
/// `elements` (`{"nodes": [{"data": …}], "edges": [{"data": …}]}`).
///
/// The document is also NetworkX's node-link format as it is: `"directed": true`,
/// `"multigraph": false`, `"graph": {}`, and the links once more under `"edges"`, the key
/// `networkx.node_link_graph(doc)` reads by default since NetworkX 3.6 (`links` was the
/// default before), so `node_link_graph(doc)` gives the exported `DiGraph` with every
/// attribute, whichever version reads it.
public enum JSONGraphWriter {
    struct NodeOut: Encodable {
        let id: String, name: String, kind: String, strength: Double, events: Int
    }
    struct LinkOut: Encodable {
        let id: String, source: String, target: String, strength: Double, net: Double, sign: Int
        let events: Int, mentions: Int, dominantKind: String, family: String
        let kinds: [String: Int], modalities: [String: Int]
        let firstDate: String?, lastDate: String?
        let evidence: String?, article: String?, url: String?
    }
    struct Wrapped<T: Encodable>: Encodable { let data: T }
    struct Elements: Encodable { let nodes: [Wrapped<NodeOut>]; let edges: [Wrapped<LinkOut>] }
    struct GraphAttributes: Encodable {}
    struct Document: Encodable {
        let directed = true
        let multigraph = false
        let graph = GraphAttributes()
        let nodes: [NodeOut]
        let links: [LinkOut]
        let edges: [LinkOut]
        let elements: Elements
    }

    public static func write(_ g: ExportGraph) throws -> String {
        let nodes = g.nodes.map {
            NodeOut(id: $0.actor.id, name: $0.actor.name, kind: $0.actor.kind.rawValue, strength: round6($0.strength),
                    events: $0.events)
        }
        let links = g.links.enumerated().map { i, l in
            LinkOut(id: "e\(i)", source: l.source.id, target: l.target.id, strength: round6(l.strength), net: round6(l.net),
                    sign: l.sign, events: l.events, mentions: l.mentions, dominantKind: l.dominantKind.rawValue,
                    family: g.family(of: l).rawValue,
                    kinds: Dictionary(uniqueKeysWithValues: l.kinds.map { ($0.key.rawValue, $0.value) }),
                    modalities: Dictionary(uniqueKeysWithValues: l.modalities.map { ($0.key.rawValue, $0.value) }),
                    firstDate: l.firstDate?.description, lastDate: l.lastDate?.description,
                    evidence: l.evidence, article: l.article, url: l.url)
        }
        let doc = Document(nodes: nodes, links: links, edges: links,
                           elements: Elements(nodes: nodes.map(Wrapped.init), edges: links.map(Wrapped.init)))
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(doc), as: UTF8.self) + "\n"
    }

    static func round6(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }
}
