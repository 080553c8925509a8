import Foundation
import StatecraftCore

/// A dyad's (or one actor's) events per period — week, month, quarter or year — with their
/// strength and net score: the one timeline the CLI (`statecraft timeline`) and the explorer
/// (``MonthlyTimeline``) show.
///
/// Events are the store's facts (``FactRule``), each counted in the period of its date (a month
/// or year date in the period of its first day); background events count nothing and undated
/// ones are counted apart. Every period from the first to the last dated event is listed, empty
/// ones included, so a chart's bars are evenly spaced. Strength and net are sums of the events'
/// contributions (``TieStrength``, no decay).
///
/// JSON: `{"a","b","by","undated","periods":[{"start","end","events","strength","net",
/// "kinds":{KIND: count},"modalities":{MODALITY: count}}]}` (`b` null for one actor's timeline).
public struct Timeline: Sendable {
    /// How long a period is. Weeks start on Monday.
    public enum Granularity: String, Sendable, CaseIterable, Codable {
        case week, month, quarter, year

        /// The index of the period holding `day` (consecutive periods have consecutive indices).
        public func index(of day: Day) -> Int {
            switch self {
            case .week: return (day.ordinal - day.weekday - 4) / 7   // Mondays are 4 mod 7 (1970-01-05)
            case .month: return day.year * 12 + day.month - 1
            case .quarter: return day.year * 4 + (day.month - 1) / 3
            case .year: return day.year
            }
        }

        /// The first and last day of the period with this index.
        public func bounds(of index: Int) -> (start: Day, end: Day) {
            switch self {
            case .week:
                let start = Day(ordinal: index * 7 + 4)
                return (start, start.adding(days: 6))
            case .month:
                let start = Day(year: index / 12, month: index % 12 + 1, day: 1)!
                return (start, start.periodEnd(precision: .month))
            case .quarter:
                let start = Day(year: index / 4, month: (index % 4) * 3 + 1, day: 1)!
                let last = Day(year: index / 4, month: (index % 4) * 3 + 3, day: 1)!
                return (start, last.periodEnd(precision: .month))
            case .year:
                let start = Day(year: index, month: 1, day: 1)!
                return (start, start.periodEnd(precision: .year))
            }
        }
    }

    /// One period's totals.
    public struct Period: Sendable, Equatable {
        public let start: Day
        public let end: Day
        public var events = 0
        public var strength = 0.0
        public var net = 0.0
        /// Events per kind and per modality.
        public var kinds: [RelationKind: Int] = [:]
        public var modalities: [Modality: Int] = [:]
        /// Strength per kind.
        public var kindStrength: [RelationKind: Double] = [:]

        init(start: Day, end: Day) {
            self.start = start
            self.end = end
        }
    }

    /// Events worth marking on a chart (pact, sanctions, attack): those of one day, kind and direction.
    public struct Marker: Sendable, Equatable {
        public let day: Day
        public let kind: RelationKind
        public let source: Actor
        public let target: Actor
        /// How many facts, and their summed contribution.
        public var count: Int
        public var contribution: Double
    }

    /// The kinds a chart marks.
    public static let markedKinds: [RelationKind] = [.pact, .sanctions, .attack]

    public let by: Granularity
    public let periods: [Period]
    /// Events without a date (in no period).
    public let undated: Int
    /// The strongest pact, sanctions and attack events (at most ``markerLimit`` groups of one day,
    /// kind and direction), oldest first.
    public let markers: [Marker]
    public static let markerLimit = 12

    /// Sums events as they come (one pass, memory per period, not per event).
    public struct Builder {
        let by: Granularity
        let measure: TieStrength
        var byIndex: [Int: Period] = [:]
        var undated = 0
        var markers: [String: Marker] = [:]

        public init(by: Granularity, measure: TieStrength = TieStrength()) {
            self.by = by
            self.measure = measure
        }

        public mutating func add(_ e: Event) {
            guard !e.background else { return }
            guard let d = e.date else { undated += 1; return }
            let i = by.index(of: d)
            var p = byIndex[i] ?? { let b = by.bounds(of: i); return Period(start: b.start, end: b.end) }()
            let c = measure.contribution(of: e)
            p.events += 1
            p.strength += c
            p.net += measure.signedContribution(of: e)
            p.kinds[e.kind, default: 0] += 1
            p.modalities[e.modality, default: 0] += 1
            p.kindStrength[e.kind, default: 0] += c
            byIndex[i] = p
            if Timeline.markedKinds.contains(e.kind), c > 0 {
                let key = "\(d)|\(e.kind.rawValue)|\(e.source.id)|\(e.target.id)"
                var m = markers[key] ?? Marker(day: d, kind: e.kind, source: e.source, target: e.target, count: 0, contribution: 0)
                m.count += 1
                m.contribution += c
                markers[key] = m
            }
        }

        public mutating func finish() -> Timeline {
            let strongest = markers.values.sorted { x, y in
                if x.contribution != y.contribution { return x.contribution > y.contribution }
                return (x.day, x.kind.rawValue, x.source.id, x.target.id) < (y.day, y.kind.rawValue, y.source.id, y.target.id)
            }.prefix(Timeline.markerLimit)
            var periods: [Period] = []
            if let first = byIndex.keys.min(), let last = byIndex.keys.max() {
                periods.reserveCapacity(last - first + 1)
                for i in first...last {
                    periods.append(byIndex[i] ?? { let b = by.bounds(of: i); return Period(start: b.start, end: b.end) }())
                }
            }
            return Timeline(by: by, periods: periods, undated: undated, markers: strongest.sorted { $0.day < $1.day })
        }
    }

    public init(by: Granularity, periods: [Period], undated: Int, markers: [Marker]) {
        self.by = by
        self.periods = periods
        self.undated = undated
        self.markers = markers
    }

    /// The timeline of `events` (see the type's documentation).
    public init(events: [Event], by: Granularity, measure: TieStrength = TieStrength()) {
        var b = Builder(by: by, measure: measure)
        for e in events { b.add(e) }
        self = b.finish()
    }

    /// Events in all periods.
    public var eventCount: Int { periods.reduce(0) { $0 + $1.events } }

    // MARK: - JSON

    struct PeriodJSON: Encodable {
        let start: String, end: String
        let events: Int
        let strength: Double, net: Double
        let kinds: [String: Int]
        let modalities: [String: Int]
    }

    struct JSON: Encodable {
        let a: ActorJSON
        let b: ActorJSON?
        let by: String
        let undated: Int
        let periods: [PeriodJSON]

        enum CodingKeys: String, CodingKey { case a, b, by, undated, periods }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(a, forKey: .a)
            try c.encode(b, forKey: .b)   // null for one actor's timeline
            try c.encode(by, forKey: .by)
            try c.encode(undated, forKey: .undated)
            try c.encode(periods, forKey: .periods)
        }
    }

    /// The timeline document of `a` and `b` (or of `a` alone).
    public func json(a: Actor, b: Actor?) throws -> String {
        try JSONOutput.encode(JSON(a: ActorJSON(a), b: b.map(ActorJSON.init), by: by.rawValue, undated: undated,
                                   periods: periods.map { p in
            PeriodJSON(start: p.start.description, end: p.end.description, events: p.events,
                       strength: rounded(p.strength), net: rounded(p.net),
                       kinds: Dictionary(uniqueKeysWithValues: p.kinds.map { ($0.key.rawValue, $0.value) }),
                       modalities: Dictionary(uniqueKeysWithValues: p.modalities.map { ($0.key.rawValue, $0.value) }))
        }))
    }

    /// The label of a period: its Monday for a week (`2024-06-17`), `2024-06`, `2024-Q2`, `2024`.
    public func label(_ p: Period) -> String {
        switch by {
        case .week: return p.start.description
        case .month: return p.start.text(precision: .month)
        case .quarter: return "\(p.start.year)-Q\((p.start.month - 1) / 3 + 1)"
        case .year: return p.start.text(precision: .year)
        }
    }
}
