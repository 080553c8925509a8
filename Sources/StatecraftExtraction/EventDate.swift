import StatecraftCore

/// A date the text gives for an event, resolved against the article's date.
public struct EventDate: Sendable, Hashable {
    /// The day, or the first day of the month or year.
    public let day: Day
    public let precision: DatePrecision

    public init(day: Day, precision: DatePrecision) {
        self.day = day
        self.precision = precision
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var text: String { day.text(precision: precision) }

    /// Whether the text recalls this date as history relative to an article of `articleDate`: the
    /// period it names ends more than ``EventDate/backgroundDays`` days before the article's date.
    public func isBackground(articleDate: Day?) -> Bool {
        guard let articleDate else { return false }
        return day.periodEnd(precision: precision).ordinal < articleDate.ordinal - EventDate.backgroundDays
    }

    /// How long before the article a dated event is history rather than news (30 days).
    public static let backgroundDays = 30
}
