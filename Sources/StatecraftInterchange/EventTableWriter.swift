import Foundation
import StatecraftCore
import StatecraftStore

/// The event table out (`statecraft export --events`): one row per stored event — every report,
/// background events included — with both actors, the event's fields, its article and its fact's
/// counts, as CSV (RFC 4180, CRLF, a header row) or JSON Lines. Rows are written as they are
/// read, so memory stays flat on any store.
public enum EventTableWriter {
    /// The formats of the event table.
    public enum Format: String, CaseIterable, Sendable { case csv, jsonl }

    /// The columns, in order (also the JSON keys).
    public static let columns = [
        "event", "fact", "source", "source_name", "source_kind", "target", "target_name", "target_kind",
        "kind", "plover", "modality", "weight", "date", "date_precision", "background",
        "article", "title", "url", "outlet", "article_date", "sentence", "evidence", "trigger", "mentions",
        "articles", "sources",
    ]

    /// The header line of the CSV table.
    public static var csvHeader: String { columns.map(TextEscaping.csv).joined(separator: ",") + "\r\n" }

    /// One row in `format` (with its line end).
    public static func row(_ r: StoredEvent, format: Format) -> String {
        let e = r.event, a = r.article
        switch format {
        case .csv:
            let cells: [String] = [
                String(r.id), String(r.fact), e.source.id, e.source.name, e.source.kind.rawValue,
                e.target.id, e.target.name, e.target.kind.rawValue, e.kind.rawValue, e.plover.rawValue,
                e.modality.rawValue, TextEscaping.number(e.weight), e.dateText ?? "", e.datePrecision.rawValue,
                e.background ? "true" : "false", a.hash, a.title ?? "", a.url ?? "", a.outlet ?? "",
                a.date?.description ?? "", String(e.sentence), e.evidence, e.trigger, String(e.mentions),
                String(e.articles), String(e.sources),
            ]
            return cells.map(TextEscaping.csv).joined(separator: ",") + "\r\n"
        case .jsonl:
            func s(_ v: String?) -> String { v.map(JSONLiteral.string) ?? "null" }
            func actor(_ prefix: String, _ x: Actor) -> String {
                "\"\(prefix)\":\(s(x.id)),\"\(prefix)_name\":\(s(x.name)),\"\(prefix)_kind\":\(s(x.kind.rawValue))"
            }
            return "{\"event\":\(r.id),\"fact\":\(r.fact),\(actor("source", e.source)),\(actor("target", e.target)),"
                + "\"kind\":\(s(e.kind.rawValue)),\"plover\":\(s(e.plover.rawValue)),\"modality\":\(s(e.modality.rawValue)),"
                + "\"weight\":\(JSONLiteral.number(e.weight)),\"date\":\(s(e.dateText)),"
                + "\"date_precision\":\(s(e.datePrecision.rawValue)),\"background\":\(e.background),"
                + "\"article\":\(s(a.hash)),\"title\":\(s(a.title)),\"url\":\(s(a.url)),\"outlet\":\(s(a.outlet)),"
                + "\"article_date\":\(s(a.date?.description)),\"sentence\":\(e.sentence),\"evidence\":\(s(e.evidence)),"
                + "\"trigger\":\(s(e.trigger)),\"mentions\":\(e.mentions),\"articles\":\(e.articles),\"sources\":\(e.sources)}\n"
        }
    }

    /// Streams the events of `selection` from `store` to `write` in `format`, in chunks of about
    /// 64 KB; returns how many rows were written.
    @discardableResult
    public static func write(from store: EventStore, selection: EventSelection, format: Format,
                             to write: (Data) throws -> Void) throws -> Int {
        var buffer = format == .csv ? csvHeader : ""
        var rows = 0
        try store.forEachEvent(selection) { r in
            buffer += row(r, format: format)
            rows += 1
            if buffer.utf8.count >= 1 << 16 {
                try write(Data(buffer.utf8))
                buffer = ""
            }
        }
        if !buffer.isEmpty { try write(Data(buffer.utf8)) }
        return rows
    }
}
