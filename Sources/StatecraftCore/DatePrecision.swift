/// How much of an event's date the text gives: a day ("on 24 February 2022", "on Tuesday"),
/// a month ("in September", "earlier this month") or a year ("in 2022").
///
/// A date of month precision is kept as the month's first day, one of year precision as
/// 1 January; ``Day/text(precision:)`` prints only what is known (`2022-09`, `2022`).
public enum DatePrecision: String, Codable, Sendable, CaseIterable, Comparable {
    case day, month, year

    /// Coarser precisions are greater: day < month < year.
    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool {
        let order: [DatePrecision] = [.day, .month, .year]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}

extension Day {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as much as `precision` knows.
    public func text(precision: DatePrecision) -> String {
        let full = description
        switch precision {
        case .day: return full
        case .month: return String(full.prefix(7))
        case .year: return String(full.prefix(4))
        }
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` into the first day of what it names, with its precision.
    public static func parse(partial text: some StringProtocol) -> (day: Day, precision: DatePrecision)? {
        let s = String(text)
        if let d = Day(s) { return (d, .day) }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return nil }
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
           let d = Day(year: y, month: m, day: 1) { return (d, .month) }
        if parts.count == 1, parts[0].count == 4, let y = Int(parts[0]), let d = Day(year: y, month: 1, day: 1) {
            return (d, .year)
        }
        return nil
    }

    /// The day `n` days later (earlier when negative).
    public func adding(days n: Int) -> Day {
        Day(ordinal: ordinal + n)
    }

    /// The day with this ordinal (days since 1970-01-01), the inverse of ``ordinal``.
    public init(ordinal z0: Int) {
        // Howard Hinnant's civil_from_days.
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self = Day(year: min(9999, max(1, y)), month: m, day: d) ?? Day(year: 1970, month: 1, day: 1)!
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (3).
        ((ordinal % 7) + 7 + 3) % 7
    }

    /// The last day of the period of `precision` that starts at this day (itself for a day).
    public func periodEnd(precision: DatePrecision) -> Day {
        switch precision {
        case .day: return self
        case .month: return Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) ?? self
        case .year: return Day(year: year, month: 12, day: 31) ?? self
        }
    }
}
