import StatecraftCore

/// Writes an ``ExportGraph`` as GEXF 1.3 (http://gexf.net/1.3), Gephi's format: a directed
/// graph, edge `weight` = tie strength, actor and tie attributes declared and typed. Edges carry
/// `start` and `end` (the tie's first and last date) for Gephi's timeline (`mode="dynamic"`,
/// `timeformat="date"`); nodes and undated edges are present throughout. Nodes with a known
/// position carry `lat` and `lon` (degrees, `Data/coordinates.json`: capitals for states, seats
/// for organisations), the attributes Gephi's Geo Layout reads.
public enum GEXFWriter {
    static let nodeAttributes: [(String, String)] = [
        ("kind", "string"), ("strength", "double"), ("events", "integer"), ("lat", "double"), ("lon", "double"),
    ]
    static let edgeAttributes: [(String, String)] = [
        ("net", "double"), ("sign", "integer"), ("events", "integer"), ("mentions", "integer"),
        ("dominantKind", "string"), ("family", "string"), ("kinds", "string"), ("modalities", "string"),
        ("firstDate", "string"), ("lastDate", "string"), ("evidence", "string"), ("article", "string"), ("url", "string"),
    ]

    /// `positions`: latitude and longitude by actor id (nodes without one have no `lat`/`lon`).
    public static func write(_ g: ExportGraph, positions: [String: (latitude: Double, longitude: Double)] = [:]) -> String {
        let x = TextEscaping.xml
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>Statecraft</creator>
                <description>Relations between actors: strength = sum of |Goldstein weight| x modality discount</description>
              </meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">

            """
        out += "    <attributes class=\"node\" mode=\"static\">\n"
        for (i, (name, type)) in nodeAttributes.enumerated() {
            out += "      <attribute id=\"n\(i)\" title=\"\(name)\" type=\"\(type)\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
        for (i, (name, type)) in edgeAttributes.enumerated() {
            out += "      <attribute id=\"e\(i)\" title=\"\(name)\" type=\"\(type)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for n in g.nodes {
            out += "      <node id=\"\(x(n.actor.id))\" label=\"\(x(n.actor.name))\"><attvalues>"
            var values = [n.actor.kind.rawValue, TextEscaping.number(n.strength), "\(n.events)"]
            if let p = positions[n.actor.id], p.latitude.isFinite, p.longitude.isFinite {
                values += [TextEscaping.number(p.latitude), TextEscaping.number(p.longitude)]
            }
            for (i, v) in values.enumerated() { out += "<attvalue for=\"n\(i)\" value=\"\(x(v))\"/>" }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        let index = Dictionary(uniqueKeysWithValues: edgeAttributes.enumerated().map { ($0.element.0, $0.offset) })
        for (i, l) in g.links.enumerated() {
            out += "      <edge id=\"\(i)\" source=\"\(x(l.source.id))\" target=\"\(x(l.target.id))\" "
            out += "label=\"\(x(l.dominantKind.rawValue))\" weight=\"\(TextEscaping.number(l.strength))\""
            if let start = l.firstDate, let end = l.lastDate { out += " start=\"\(start)\" end=\"\(end)\"" }
            out += "><attvalues>"
            // Strength is the edge weight, not an attribute.
            for (k, v) in g.attributes(of: l) where k != "strength" { out += "<attvalue for=\"e\(index[k]!)\" value=\"\(x(v))\"/>" }
            out += "</attvalues></edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
