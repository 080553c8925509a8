import StatecraftCore

/// Finds the date expressions of ``DateExpression`` in one sentence and resolves them against
/// the article's date.
///
/// Forms read: "on 24 February 2022", "24 February", "February 24, 2022", "February 24" (day);
/// "in September", "in September 2023", "earlier this month", "last month" (month); "in 2022",
/// "the 2015 shoot-down", "last year" (year); "on Tuesday", "yesterday", "today", "last week" (day).
/// A date without its year is the latest one on or before the article's date, or the next one when
/// a future cue ("will", "due", "next") stands before it in the sentence. Relative expressions need
/// the article's date; absolute ones with a year do not.
public struct DateExpressionFinder: Sendable {
    /// One expression in the sentence.
    public struct Found: Sendable, Hashable {
        /// Byte offsets of the expression in the sentence (UTF-8).
        public let start: Int, end: Int
        public let date: EventDate
        /// The word that governs it ("in", "since", "until"), lower-cased, if any.
        public let governor: String?
        /// Byte offset of the governing word (the expression's start when there is none).
        public let governorStart: Int
        /// Byte offset of the "since" whose phrase holds the expression ("since Russia's invasion of
        /// Ukraine in 2022"), within 12 words and the same clause; nil when there is none.
        public let sinceStart: Int?
    }

    struct Word {
        let lower: String
        let start: Int, end: Int
        let capitalized: Bool
        /// Inside double quotation marks: quoted words date nothing ("yesterday's satellites of the USSR").
        var quoted = false
        var number: Int? { lower.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && lower.utf8.count <= 4 ? Int(lower) : nil }
    }

    public init() {}

    /// Splits a sentence into words (letters, digits, apostrophes and inner hyphens) and single punctuation marks.
    static func words(_ sentence: String) -> [Word] {
        let b = Array(sentence.utf8)
        var out: [Word] = []
        var i = 0
        func isWordByte(_ c: UInt8) -> Bool {
            (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128 || c == 39
        }
        var inQuote = false
        while i < b.count {
            let c = b[i]
            if c == 32 || c == 9 || c == 10 || c == 13 { i += 1; continue }
            // Quotation marks: ASCII " and the curly “ ” (E2 80 9C, E2 80 9D).
            let curly = c == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x9D)
            if c == 34 || curly {
                inQuote = curly ? b[i + 2] == 0x9C : !inQuote
                out.append(Word(lower: "\"", start: i, end: i + (curly ? 3 : 1), capitalized: false))
                i += curly ? 3 : 1
                continue
            }
            // Other general punctuation (U+2000–U+207F: dashes, ellipsis, curly apostrophes): one mark.
            if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 || b[i + 1] == 0x81 {
                out.append(Word(lower: String(decoding: b[i..<(i + 3)], as: UTF8.self), start: i, end: i + 3, capitalized: false))
                i += 3
                continue
            }
            if isWordByte(c) {
                var j = i + 1
                func punctuationAt(_ k: Int) -> Bool { b[k] == 0xE2 && k + 1 < b.count && (b[k + 1] == 0x80 || b[k + 1] == 0x81) }
                while j < b.count, !punctuationAt(j),
                      isWordByte(b[j]) || (b[j] == 45 && j + 1 < b.count && isWordByte(b[j + 1])) { j += 1 }
                // "24th", "1st": an ordinal day is its number.
                var text = String(decoding: b[i..<j], as: UTF8.self)
                let lower = text.lowercased()
                if lower.count > 2, ["st", "nd", "rd", "th"].contains(String(lower.suffix(2))),
                   lower.dropLast(2).allSatisfy(\.isNumber) { text = String(text.dropLast(2)) }
                // "Obama's": the possessive is not part of the word.
                if text.hasSuffix("'s") { text = String(text.dropLast(2)) }
                out.append(Word(lower: text.lowercased(), start: i, end: j, capitalized: c >= 65 && c <= 90, quoted: inQuote))
                i = j
            } else {
                out.append(Word(lower: String(decoding: [c], as: UTF8.self), start: i, end: i + 1, capitalized: false))
                i += 1
            }
        }
        return out
    }

    /// The date expressions of `sentence`, in order, resolved against `articleDate`.
    public func find(in sentence: String, articleDate: Day?) -> [Found] {
        let w = Self.words(sentence)
        var out: [Found] = []
        var i = 0
        func lower(_ k: Int) -> String? { k >= 0 && k < w.count ? w[k].lower : nil }
        /// The governing word before position k, past "early", "late", "mid", "the".
        func governor(before k: Int) -> (word: String?, index: Int) {
            var j = k - 1
            while j >= 0, ["early", "late", "mid", "mid-", "the", "earlier", "later"].contains(w[j].lower) { j -= 1 }
            if j >= 0, DateExpression.governors.contains(w[j].lower) || w[j].lower == "since" { return (w[j].lower, j) }
            return (nil, k)
        }
        func future(before k: Int) -> Bool {
            (max(0, k - 8)..<k).contains { DateExpression.futureCues.contains(w[$0].lower) }
                || (k + 1 < w.count && DateExpression.futureCues.contains(w[k].lower))
        }
        func year(at k: Int) -> Int? {
            guard k >= 0, k < w.count, w[k].lower.utf8.count == 4, let y = w[k].number, (1800...2100).contains(y) else { return nil }
            return y
        }
        func dayNumber(at k: Int) -> Int? {
            guard k >= 0, k < w.count, w[k].lower.utf8.count <= 2, let d = w[k].number, (1...31).contains(d) else { return nil }
            return d
        }
        func add(_ from: Int, _ to: Int, _ date: EventDate?) {
            guard let date else { return }
            let g = governor(before: from)
            var since: Int?
            var j = from - 1
            while j >= 0, j >= from - 12 {
                let x = w[j].lower
                if x == "since" { since = w[j].start; break }
                if [",", ";", ":", "(", "\"", "—"].contains(x) || DateExpression.clauseOpeners.contains(x) { break }
                j -= 1
            }
            out.append(Found(start: w[from].start, end: w[to - 1].end, date: date, governor: g.word,
                             governorStart: w[min(g.index, from)].start, sinceStart: since))
        }
        while i < w.count {
            if w[i].quoted { i += 1; continue }
            // Relative phrases.
            if let r = DateExpression.relative.first(where: { r in
                r.words.indices.allSatisfy { lower(i + $0) == r.words[$0] }
            }) {
                if let a = articleDate { add(i, i + r.words.count, Self.move(a, r.unit, r.offset)) }
                i += r.words.count
                continue
            }
            let word = w[i]
            // Weekdays: "on Tuesday", "last Friday", "Tuesday's meeting" (capitalised).
            if let wd = DateExpression.weekdays[word.lower], word.capitalized || ["on", "last", "next", "this"].contains(lower(i - 1) ?? "") {
                if let a = articleDate {
                    let prev = lower(i - 1)
                    let back = (a.weekday - wd + 7) % 7
                    let date: Day
                    if prev == "next" || (prev != "last" && future(before: i)) {
                        date = a.adding(days: (wd - a.weekday + 7) % 7 == 0 ? 7 : (wd - a.weekday + 7) % 7)
                    } else if prev == "last" {
                        date = a.adding(days: -(back == 0 ? 7 : back))
                    } else {
                        date = a.adding(days: -back)
                    }
                    add(i, i + 1, EventDate(day: date, precision: .day))
                }
                i += 1
                continue
            }
            // Months: "24 February 2022", "February 24, 2022", "February 2022", "in September".
            if let m = DateExpression.months[word.lower], word.capitalized {
                var end = i + 1
                if end < w.count, w[end].lower == "." { end += 1 }   // "Feb."
                if let d = dayNumber(at: i - 1) {
                    // "24 February [2022]"
                    let y = year(at: end)
                    add(i - 1, y != nil ? end + 1 : end, Self.resolve(year: y, month: m, day: d, articleDate: articleDate,
                                                                   future: future(before: i - 1)))
                    i = y != nil ? end + 1 : end
                    continue
                }
                if let d = dayNumber(at: end) {
                    // "February 24[, 2022]"
                    var k = end + 1
                    if lower(k) == "," { k += 1 }
                    let y = year(at: k)
                    add(i, y != nil ? k + 1 : end + 1, Self.resolve(year: y, month: m, day: d, articleDate: articleDate,
                                                                 future: future(before: i)))
                    i = y != nil ? k + 1 : end + 1
                    continue
                }
                if let y = year(at: end) {
                    add(i, end + 1, Day(year: y, month: m, day: 1).map { EventDate(day: $0, precision: .month) })
                    i = end + 1
                    continue
                }
                if governor(before: i).word != nil {
                    if let a = articleDate {
                        let fut = future(before: i)
                        var y = a.year
                        if fut, m < a.month { y += 1 } else if !fut, m > a.month { y -= 1 }
                        add(i, end, Day(year: y, month: m, day: 1).map { EventDate(day: $0, precision: .month) })
                    }
                    i = end
                    continue
                }
            }
            // Years: "in 2022", "since 2014", "the 2015 shoot-down", "in late 2021".
            if let y = year(at: i), governor(before: i).word != nil {
                add(i, i + 1, Day(year: y, month: 1, day: 1).map { EventDate(day: $0, precision: .year) })
            }
            i += 1
        }
        return out
    }

    /// A date without (or with) its year: the latest on or before the article's date, or the next one in the future.
    static func resolve(year: Int?, month: Int, day: Int, articleDate: Day?, future: Bool) -> EventDate? {
        if let year { return Day(year: year, month: month, day: day).map { EventDate(day: $0, precision: .day) } }
        guard let a = articleDate else { return nil }
        guard var d = Day(year: a.year, month: month, day: day) else { return nil }
        if future, d < a { d = Day(year: a.year + 1, month: month, day: day) ?? d }
        if !future, d > a { d = Day(year: a.year - 1, month: month, day: day) ?? d }
        return EventDate(day: d, precision: .day)
    }

    /// The article's date moved by a relative phrase; a week is given as the day seven days away.
    static func move(_ a: Day, _ unit: DateExpression.Unit, _ offset: Int) -> EventDate? {
        switch unit {
        case .day: return EventDate(day: a.adding(days: offset), precision: .day)
        case .week: return EventDate(day: a.adding(days: 7 * offset), precision: .day)
        case .month:
            let k = a.year * 12 + (a.month - 1) + offset
            return Day(year: k / 12, month: k % 12 + 1, day: 1).map { EventDate(day: $0, precision: .month) }
        case .year:
            return Day(year: a.year + offset, month: 1, day: 1).map { EventDate(day: $0, precision: .year) }
        }
    }
}
