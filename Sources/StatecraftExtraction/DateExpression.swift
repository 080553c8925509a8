import StatecraftCore

/// The date expressions the dating stage reads, as data: relative phrases with the unit and
/// offset they move the article's date by, month and weekday names, and the words that govern
/// an expression. ``DateExpressionFinder`` applies them to a sentence.
public enum DateExpression {
    /// The calendar unit a relative phrase moves by.
    public enum Unit: Sendable { case day, week, month, year }

    /// A relative phrase ("last week") and how it moves the article's date (-1 weeks).
    public struct Relative: Sendable {
        public let words: [String]
        public let unit: Unit
        public let offset: Int
    }

    /// Relative phrases, longest first where one extends another.
    public static let relative: [Relative] = ([
        ("the day before yesterday", .day, -2), ("yesterday", .day, -1), ("last night", .day, -1),
        ("today", .day, 0), ("tonight", .day, 0), ("this morning", .day, 0), ("this afternoon", .day, 0),
        ("this evening", .day, 0), ("earlier today", .day, 0), ("tomorrow", .day, 1),
        ("last week", .week, -1), ("next week", .week, 1),
        ("earlier this month", .month, 0), ("later this month", .month, 0), ("this month", .month, 0),
        ("last month", .month, -1), ("next month", .month, 1),
        ("earlier this year", .year, 0), ("later this year", .year, 0), ("this year", .year, 0),
        ("last year", .year, -1), ("next year", .year, 1),
    ] as [(String, Unit, Int)]).map { Relative(words: $0.0.split(separator: " ").map(String.init), unit: $0.1, offset: $0.2) }

    /// Month names and their common abbreviations (with or without a full stop), to month numbers.
    /// "May" and "March" need a day number, a year or a governing word beside them (see the finder).
    public static let months: [String: Int] = {
        var m: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        for (i, n) in names.enumerated() { m[n] = i + 1 }
        for (a, i) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
                       ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] { m[a] = i }
        return m
    }()

    /// Weekday names, 0 = Monday … 6 = Sunday (``Day/weekday``).
    public static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    /// Words that may stand before a bare month or year and make it a date ("in September", "since 2022").
    public static let governors: Set<String> = [
        "in", "on", "during", "since", "until", "till", "by", "before", "after", "from", "through", "of",
        "early", "late", "mid", "mid-", "last", "this", "next", "the", "earlier", "later", "end", "beginning",
    ]

    /// Governing words after which an expression is a limit, not the event's date ("by 2025", "until May").
    public static let limits: Set<String> = ["until", "till", "by", "before", "after", "from", "through", "to"]

    /// Words that open a subordinate clause: an expression on the far side of one dates another event.
    public static let clauseOpeners: Set<String> = [
        "who", "whom", "whose", "which", "when", "where", "while", "whereas", "although", "though", "because",
        "after", "before", "until", "unless", "if",
    ]

    /// Words before a weekday or a year-less month that make it the next one, not the last ("will meet on Friday").
    public static let futureCues: Set<String> = [
        "will", "'ll", "shall", "due", "scheduled", "expected", "plans", "plan", "planned", "set", "upcoming",
        "next", "tomorrow",
    ]
}
