import StatecraftCore

/// Writes an ``ExportGraph`` as GraphML (http://graphml.graphdrawing.org/xmlns), with typed
/// `key` declarations for the actor and tie attributes. Every string is XML-escaped.
public enum GraphMLWriter {
    static let nodeKeys: [(String, String)] = [("name", "string"), ("kind", "string"), ("strength", "double"),
                                               ("events", "int")]
    static let edgeKeys: [(String, String)] = [
        ("strength", "double"), ("net", "double"), ("sign", "int"), ("events", "int"), ("mentions", "int"),
        ("dominantKind", "string"), ("family", "string"), ("kinds", "string"), ("modalities", "string"),
        ("firstDate", "string"), ("lastDate", "string"), ("evidence", "string"), ("article", "string"), ("url", "string"),
    ]

    public static func write(_ g: ExportGraph) -> String {
        let x = TextEscaping.xml
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (name, type) in nodeKeys {
            out += "  <key id=\"n_\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
        }
        for (name, type) in edgeKeys {
            out += "  <key id=\"e_\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
        }
        out += "  <graph id=\"statecraft\" edgedefault=\"directed\">\n"
        for n in g.nodes {
            out += "    <node id=\"\(x(n.actor.id))\">"
            out += "<data key=\"n_name\">\(x(n.actor.name))</data><data key=\"n_kind\">\(n.actor.kind.rawValue)</data>"
            out += "<data key=\"n_strength\">\(TextEscaping.number(n.strength))</data><data key=\"n_events\">\(n.events)</data>"
            out += "</node>\n"
        }
        for (i, l) in g.links.enumerated() {
            out += "    <edge id=\"e\(i)\" source=\"\(x(l.source.id))\" target=\"\(x(l.target.id))\">"
            for (k, v) in g.attributes(of: l) { out += "<data key=\"e_\(k)\">\(x(v))</data>" }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
