import Foundation
import StatecraftCore
import StatecraftExtraction

/// The article fields that `statecraft extract` carries on each of its lines, so that its
/// output can be stored later (`import events`) exactly as `build` stores the article.
public struct ExtractedArticle: Sendable, Hashable {
    /// The record's `id`.
    public var id: String
    /// The content hash (``ContentHash``): the article's identity in the store.
    public var hash: String
    public var title: String?
    public var url: String?
    public var date: Day?
    public var outlet: String?

    public init(id: String, hash: String, title: String?, url: String?, date: Day?, outlet: String?) {
        self.id = id
        self.hash = hash
        self.title = title
        self.url = url
        self.date = date
        self.outlet = outlet
    }

    /// The fields of `article`, with its content hash.
    public init(_ article: Article) {
        self.init(id: article.id, hash: ContentHash.of(article), title: article.title, url: article.url,
                  date: article.date, outlet: article.outlet)
    }
}

/// The `extract` line format: one JSON object a line, keys in a fixed order.
///
/// - an event: `{"doc","sentence","source":{"id","name","kind"},"target":{…},"kind","plover","modality",
///   "weight","trigger","evidence","date","datePrecision","background","mentions","article":{"id","title","url","date","outlet","hash"}}`
///   (`date` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as `datePrecision` says: day, month or year)
/// - with `--articles`, after the events of each article: `{"article":{…},"events":N,"signature":HEX}`, N its
///   event lines, HEX the text's MinHash signature (``TextSignature/hex``).
///
/// ``ExtractLineReader`` reads both back.
public enum ExtractLine {
    /// The line of one event of `article`.
    public static func event(_ e: Event, of article: ExtractedArticle) -> String {
        "{\"doc\":\(string(e.article)),\"sentence\":\(e.sentence),\"source\":\(actor(e.source)),\"target\":\(actor(e.target)),"
            + "\"kind\":\(string(e.kind.rawValue)),\"plover\":\(string(e.plover.rawValue)),\"modality\":\(string(e.modality.rawValue)),"
            + "\"weight\":\(number(e.weight)),\"trigger\":\(string(e.trigger)),\"evidence\":\(string(e.evidence)),"
            + "\"date\":\(optional(e.date.map { $0.text(precision: e.datePrecision) } ?? article.date?.description)),"
            + "\"datePrecision\":\(string(e.date == nil ? DatePrecision.day.rawValue : e.datePrecision.rawValue)),"
            + "\"background\":\(e.background),\"mentions\":\(e.mentions),"
            + "\"article\":\(self.article(article))}"
    }

    /// The line that closes an article: its fields, how many event lines it has, and the MinHash
    /// signature of its text (``TextSignature``, to recognise near-duplicates where it is stored).
    public static func articleLine(_ a: ExtractedArticle, events: Int, signature: TextSignature? = nil) -> String {
        "{\"article\":\(article(a)),\"events\":\(events)" + (signature.map { ",\"signature\":\"\($0.hex)\"" } ?? "") + "}"
    }

    static func article(_ a: ExtractedArticle) -> String {
        "{\"id\":\(string(a.id)),\"title\":\(optional(a.title)),\"url\":\(optional(a.url)),"
            + "\"date\":\(optional(a.date?.description)),\"outlet\":\(optional(a.outlet)),\"hash\":\(string(a.hash))}"
    }

    static func actor(_ a: Actor) -> String {
        "{\"id\":\(string(a.id)),\"name\":\(string(a.name)),\"kind\":\(string(a.kind.rawValue))}"
    }

    static func optional(_ s: String?) -> String { s.map(string) ?? "null" }

    /// A JSON string literal (``JSONLiteral/string(_:)``).
    public static func string(_ s: String) -> String { JSONLiteral.string(s) }

    /// A JSON number (``JSONLiteral/number(_:)``).
    public static func number(_ x: Double) -> String { JSONLiteral.number(x) }
}
