/// One coded event: a typed, directed, dated act of one actor towards another,
/// backed by the sentence it came from.
public struct Event: Hashable, Codable, Sendable {
    /// Who acts (the visitor for a visit, the imposer for sanctions).
    public var source: Actor
    /// Who is acted upon.
    public var target: Actor
    public var kind: RelationKind
    public var plover: PLOVERCategory
    public var modality: Modality
    /// Goldstein-scale weight, −10...10 (usually the kind's default).
    public var weight: Double
    /// The day of the event (the article's date when the text gives no other); for a month or a
    /// year (``datePrecision``), its first day.
    public var date: Day?
    /// How much of ``date`` the text gives (day when it is the article's date).
    public var datePrecision: DatePrecision
    /// Whether the text recalls the event as history ("since Russia's invasion of Ukraine in 2022"):
    /// it stays as evidence but counts nothing in ties.
    public var background: Bool
    /// The article's identifier (its content hash for stored articles, the record id for `extract`).
    public var article: String
    /// 0-based index of the evidence sentence in the article.
    public var sentence: Int
    /// The sentence that states the event.
    public var evidence: String
    /// The words that triggered the event ("signed a mutual defence pact", "does not rule out ... sending arms").
    public var trigger: String
    /// How many sentences of the article state the same fact (1 for a single mention).
    public var mentions: Int
    /// How many articles, and how many outlets, report the fact this event stands for
    /// (filled by the store; 1 and 1 for an event read from one article).
    public var articles: Int
    public var sources: Int

    public init(source: Actor, target: Actor, kind: RelationKind, plover: PLOVERCategory, modality: Modality,
                weight: Double, date: Day?, article: String, sentence: Int, evidence: String, trigger: String,
                mentions: Int = 1, datePrecision: DatePrecision = .day, background: Bool = false,
                articles: Int = 1, sources: Int = 1) {
        self.source = source
        self.target = target
        self.kind = kind
        self.plover = plover
        self.modality = modality
        self.weight = weight
        self.date = date
        self.article = article
        self.sentence = sentence
        self.evidence = evidence
        self.trigger = trigger
        self.mentions = mentions
        self.datePrecision = datePrecision
        self.background = background
        self.articles = articles
        self.sources = sources
    }

    /// The event's date as the text gives it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var dateText: String? { date?.text(precision: datePrecision) }

    /// The identity of the fact an event states within one article: repeated mentions of
    /// the same fact share it and count once.
    public struct FactKey: Hashable, Sendable {
        public let source: String, target: String, kind: RelationKind, modality: Modality, article: String
        public let background: Bool
    }

    public var factKey: FactKey {
        FactKey(source: source.id, target: target.id, kind: kind, modality: modality, article: article,
                background: background)
    }
}

extension Array where Element == Event {
    /// Merges repeated mentions of the same fact within an article into one event
    /// (the first mention's evidence; `mentions` counts them all). Order of first mention is kept.
    public func mergingRepeatedMentions() -> [Event] {
        var position: [Event.FactKey: Int] = [:]
        var out: [Event] = []
        for e in self {
            if let i = position[e.factKey] {
                out[i].mentions += e.mentions
            } else {
                position[e.factKey] = out.count
                out.append(e)
            }
        }
        return out
    }
}
