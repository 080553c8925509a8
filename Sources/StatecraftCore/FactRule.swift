/// One fact counted once: when reports of the same event, in several articles, are one fact.
///
/// Rule: events with the same source, target, kind and modality (neither of them background) are
/// grouped in date order; the earliest starts a fact, and every event dated within
/// ``windowDays`` (2) days after that first day joins it; the next event after the window starts
/// the next fact. Events without a date are facts of their own. So reports of a Tuesday attack
/// dated Tuesday, Wednesday and Thursday are one fact; attacks on Monday and Friday of the same
/// week are two. (Two events of one kind between the same actors within three days are counted
/// as one: the rule cannot tell them apart.) Events imported from event datasets (GDELT, edge
/// lists, CSV) are each a fact already and are not grouped. The grouping depends only on the
/// events, not on the order they were stored in.
///
/// A fact's weight is that of its first event; tie strength counts facts (``TieStrength``).
public enum FactRule {
    /// How many days after a fact's first day a report still joins it.
    public static let windowDays = 2

    /// One event as the rule reads it.
    public struct Item: Sendable {
        /// Days since 1970-01-01, nil when undated.
        public let day: Int?
        public let weight: Double
        /// A tie-breaker that makes the order total (the store's row id).
        public let order: Int64

        public init(day: Int?, weight: Double, order: Int64) {
            self.day = day
            self.weight = weight
            self.order = order
        }
    }

    /// Groups the events of one key into facts: each fact's members as indices into `items`,
    /// its first event first; facts in date order, undated ones last.
    public static func group(_ items: [Item]) -> [[Int]] {
        let sorted = items.indices.sorted { i, j in
            let a = items[i], b = items[j]
            switch (a.day, b.day) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (a.weight, a.order) < (b.weight, b.order)
            }
        }
        var facts: [[Int]] = []
        var anchor: Int?
        for i in sorted {
            guard let d = items[i].day else { facts.append([i]); anchor = nil; continue }
            if let a = anchor, d <= a + windowDays {
                facts[facts.count - 1].append(i)
            } else {
                facts.append([i])
                anchor = d
            }
        }
        return facts
    }
}
