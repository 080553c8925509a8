import StatecraftCore

/// An article as the store keeps it: identified by the hash of its content.
public struct ArticleRecord: Hashable, Sendable, Codable {
    /// Hex SHA-256 of the article's normalised text; the same article ingested twice has the same hash.
    public var hash: String
    public var title: String?
    public var url: String?
    public var date: Day?
    /// Where it was read from (file path, or `file.jsonl:LINE`).
    public var sourcePath: String?
    /// The outlet named on the first line, if any.
    public var outlet: String?
    /// The MinHash signature of the text, to recognise near-duplicates (nil: not compared).
    public var signature: TextSignature?

    public init(hash: String, title: String?, url: String?, date: Day?, sourcePath: String?, outlet: String? = nil,
                signature: TextSignature? = nil) {
        self.hash = hash
        self.title = title
        self.url = url
        self.date = date
        self.sourcePath = sourcePath
        self.outlet = outlet
        self.signature = signature
    }
}

/// One article and the events extracted from it, ingested together or not at all.
public struct ArticleIngest: Sendable {
    public var article: ArticleRecord
    /// Events whose `article` field is the article's hash.
    public var events: [Event]

    public init(article: ArticleRecord, events: [Event]) {
        self.article = article
        self.events = events
    }
}

/// What an ingest did.
public struct IngestSummary: Sendable, Equatable {
    public var articlesAdded = 0
    public var articlesSkipped = 0
    public var eventsAdded = 0

    public init() {}
}
