import StatecraftCore

/// What the extractor found in one article: its events (one per fact) and warnings about text it skipped.
public struct ExtractionResult: Sendable {
    /// Events, one per fact per article (repeated mentions merged, `mentions` counts them).
    public var events: [Event]
    /// One line each: sentences cut or skipped and why.
    public var warnings: [String]
    /// How many sentences the article was split into.
    public var sentenceCount: Int

    public init(events: [Event], warnings: [String], sentenceCount: Int) {
        self.events = events
        self.warnings = warnings
        self.sentenceCount = sentenceCount
    }
}
