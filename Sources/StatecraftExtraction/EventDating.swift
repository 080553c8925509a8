import StatecraftCore

/// The dating stage: gives each event the date its sentence states, with its precision, and
/// marks events the text recalls as history (`background`).
///
/// Rule: of the date expressions in the evidence sentence (``DateExpressionFinder``), the one
/// nearest the trigger dates the event, except
/// - a limit ("by 2025", "until May", "before", "after", "from") dates no event;
/// - a "since" phrase dates only an event inside it ("since Russia's invasion of Ukraine in 2022"
///   dates the invasion, not what has happened since);
/// - an expression across a clause opener ("who", "which", "when", "after"…) dates another clause.
/// Without one, the event keeps the article's date (precision day). An event whose date ends more
/// than ``EventDate/backgroundDays`` days before the article's is `background`.
public struct EventDating: Sendable {
    let finder = DateExpressionFinder()

    public init() {}

    /// The date the sentence gives the event with `trigger` (nil: the article's date).
    public func date(evidence: String, trigger: String, articleDate: Day?) -> EventDate? {
        let found = finder.find(in: evidence, articleDate: articleDate)
        guard !found.isEmpty else { return nil }
        let words = DateExpressionFinder.words(evidence)
        let position = Self.triggerOffset(trigger, in: words)
        var best: (distance: Int, date: EventDate)?
        for f in found {
            if let g = f.governor, DateExpression.limits.contains(g) { continue }
            if let p = position {
                if let since = f.sinceStart, !(since < p && p < f.start) { continue }
                let (lo, hi) = p < f.start ? (p, f.governorStart) : (f.end, p)
                if words.contains(where: { $0.start > lo && $0.end <= hi && DateExpression.clauseOpeners.contains($0.lower) }) {
                    continue
                }
                let distance = p < f.start ? f.start - p : max(0, p - f.end)
                if best == nil || distance < best!.distance { best = (distance, f.date) }
            } else {
                if f.sinceStart != nil { continue }
                if best == nil { best = (0, f.date) }
            }
        }
        return best?.date
    }

    /// Dates one event of an article: its date and precision from the text, or the article's date.
    public func dated(_ e: Event, articleDate: Day?) -> Event {
        var e = e
        if let d = date(evidence: e.evidence, trigger: e.trigger, articleDate: articleDate) {
            e.date = d.day
            e.datePrecision = d.precision
            e.background = e.background || d.isBackground(articleDate: articleDate)
        } else {
            e.date = e.date ?? articleDate
            e.datePrecision = .day
        }
        return e
    }

    /// Byte offset of the trigger's first word in the sentence ("threat … send" → "threat").
    static func triggerOffset(_ trigger: String, in words: [DateExpressionFinder.Word]) -> Int? {
        let first = DateExpressionFinder.words(trigger).first { $0.lower != "…" && $0.lower.utf8.first.map { $0 >= 48 } ?? false }
        guard let first else { return nil }
        return words.first { $0.lower == first.lower }?.start
    }
}
