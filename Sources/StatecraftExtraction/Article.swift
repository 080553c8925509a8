import StatecraftCore

/// One news article: the unit of extraction and of storage.
public struct Article: Sendable, Hashable {
    /// Identifier: the record id, or the file name for a plain-text file.
    public var id: String
    /// The headline, when known.
    public var title: String?
    /// Where the article was published, when known (`Original URL:` line or record field).
    public var url: String?
    /// The publication day; leaders are resolved against it. Nil when unknown.
    public var date: Day?
    /// The body text to extract from (repeated lines, wire credits and URL lines removed).
    public var text: String
    /// The file the article was read from, if any.
    public var sourcePath: String?
    /// The publisher ("Guardian"), when the record names it.
    public var outlet: String?

    public init(id: String, title: String? = nil, url: String? = nil, date: Day? = nil, text: String,
                sourcePath: String? = nil, outlet: String? = nil) {
        self.id = id
        self.title = title
        self.url = url
        self.date = date
        self.text = text
        self.sourcePath = sourcePath
        self.outlet = outlet
    }
}
