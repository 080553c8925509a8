import StatecraftCore

/// Writes an ``ExportGraph`` as two RFC 4180 tables (CRLF line ends, fields quoted when
/// needed): a node table and an edge table, each with a header row, that pandas' and R's
/// readers take with their defaults.
public enum CSVTableWriter {
    public static let nodeHeader = ["id", "name", "kind", "strength", "events"]
    public static let edgeHeader = [
        "source", "target", "source_name", "target_name", "strength", "net", "sign", "events", "mentions",
        "dominant_kind", "family", "kinds", "modalities", "first_date", "last_date", "evidence", "article", "url",
    ]

    public static func nodes(_ g: ExportGraph) -> String {
        table(nodeHeader, g.nodes.map { n in
            [n.actor.id, n.actor.name, n.actor.kind.rawValue, TextEscaping.number(n.strength), "\(n.events)"]
        })
    }

    public static func edges(_ g: ExportGraph) -> String {
        table(edgeHeader, g.links.map { l in
            [l.source.id, l.target.id, l.source.name, l.target.name, TextEscaping.number(l.strength),
             TextEscaping.number(l.net), "\(l.sign)", "\(l.events)", "\(l.mentions)", l.dominantKind.rawValue,
             g.family(of: l).rawValue, l.kindList, l.modalityList, l.firstDate?.description ?? "",
             l.lastDate?.description ?? "", l.evidence ?? "", l.article ?? "", l.url ?? ""]
        })
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = header.map(TextEscaping.csv).joined(separator: ",") + "\r\n"
        for r in rows { out += r.map(TextEscaping.csv).joined(separator: ",") + "\r\n" }
        return out
    }
}
