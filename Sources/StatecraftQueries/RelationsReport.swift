import Foundation
import StatecraftCore
import StatecraftStore

/// The relations between two actors, in text and JSON.
public struct RelationsReport {
    public let a: Actor, b: Actor
    /// Totals per direction, kind and modality.
    public let totals: [TieTotal]
    /// The evidence shown (all events, or the best of each tie), oldest first.
    public let events: [Event]
    public let articles: [String: ArticleRecord]
    public let paths: [IndirectPaths.Path]

    public init(a: Actor, b: Actor, totals: [TieTotal], events: [Event], articles: [String: ArticleRecord],
                paths: [IndirectPaths.Path]) {
        self.a = a
        self.b = b
        self.totals = totals
        self.events = events
        self.articles = articles
        self.paths = paths
    }

    /// The report of `a` and `b` from the store: totals per direction and kind (the running
    /// totals, or the period's events), the best `perTie` events of each tie (every event when
    /// nil) with their articles, and up to three indirect paths. Background events are listed
    /// as evidence and count only `includingBackground`.
    public static func load(from db: EventStore, a x: Actor, b y: Actor, since: Day?, until: Day?,
                            perTie: Int?, includingBackground: Bool = false) throws -> RelationsReport {
        let totals: [TieTotal]
        if since == nil && until == nil && !includingBackground {
            totals = try db.tieTotals(between: x.id, and: y.id)
        } else {
            totals = TieTotal.summing(try db.events(between: x.id, and: y.id, since: since, until: until).map { e in
                var e = e
                if includingBackground { e.background = false }
                return e
            })
        }
        let events = try db.events(between: x.id, and: y.id, since: since, until: until, perTie: perTie)
        var articles: [String: ArticleRecord] = [:]
        for e in events where articles[e.article] == nil { articles[e.article] = try db.article(hash: e.article) }
        let paths = IndirectPaths.find(from: x.id, to: y.id, in: try db.tieTotals(), limit: 3)
        return RelationsReport(a: x, b: y, totals: totals, events: events, articles: articles, paths: paths)
    }

    public var score: DyadScore? { DyadScore.rank(totals).first }

    public struct EventJSON: Encodable, Sendable {
        public struct ArticleJSON: Encodable, Sendable {
            public let id: String; public let title: String?; public let url: String?; public let date: String?
        }
        public let source: ActorJSON, target: ActorJSON
        public let kind: String, plover: String, modality: String
        public let weight: Double
        /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as ``datePrecision`` says.
        public let date: String?
        public let datePrecision: String
        /// History the text recalls: evidence that counts nothing in the tie.
        public let background: Bool
        public let evidence: String, trigger: String
        public let sentence: Int, mentions: Int
        /// How many articles (near-duplicates counted once) and how many outlets report the fact.
        public let articles: Int, sources: Int
        public let article: ArticleJSON
    }

    public struct KindJSON: Encodable, Sendable {
        public let source: ActorJSON, target: ActorJSON
        public let kind: String, events: Int, strength: Double
        public let modalities: [String: Int]
    }

    public struct JSON: Encodable, Sendable {
        public let a: ActorJSON, b: ActorJSON
        public let strength: Double, net: Double, sign: String
        /// All events between the two, of which `events` lists the evidence shown.
        public let eventCount: Int
        public let ties: [KindJSON]
        public let events: [EventJSON]
        public let paths: [IndirectPaths.Path]
    }

    /// Per direction and kind: events, strength, modalities; A's acts first, strongest first.
    public var ties: [KindJSON] {
        var groups: [String: (Actor, Actor, RelationKind, [TieTotal])] = [:]
        for t in totals { groups["\(t.source.id)|\(t.target.id)|\(t.kind.rawValue)", default: (t.source, t.target, t.kind, [])].3.append(t) }
        return groups.values.map { s, t, k, ts in
            var mods: [String: Int] = [:]
            for x in ts { mods[x.modality.rawValue, default: 0] += x.events }
            return KindJSON(source: ActorJSON(s), target: ActorJSON(t), kind: k.rawValue, events: ts.reduce(0) { $0 + $1.events },
                            strength: rounded(ts.reduce(0) { $0 + $1.strength }), modalities: mods)
        }.sorted { ($0.source.id == a.id ? 0 : 1, -$0.strength, $0.kind) < ($1.source.id == a.id ? 0 : 1, -$1.strength, $1.kind) }
    }

    public var json: JSON {
        let score = self.score
        return JSON(a: ActorJSON(a), b: ActorJSON(b), strength: rounded(score?.strength ?? 0), net: rounded(score?.net ?? 0),
                    sign: score?.signWord ?? "none", eventCount: totals.reduce(0) { $0 + $1.events }, ties: ties,
                    events: events.map { e in
                        let art = articles[e.article]
                        return EventJSON(source: ActorJSON(e.source), target: ActorJSON(e.target), kind: e.kind.rawValue,
                                         plover: e.plover.rawValue, modality: e.modality.rawValue, weight: e.weight,
                                         date: e.dateText, datePrecision: e.datePrecision.rawValue,
                                         background: e.background, evidence: e.evidence, trigger: e.trigger,
                                         sentence: e.sentence, mentions: e.mentions, articles: e.articles, sources: e.sources,
                                         article: .init(id: e.article, title: art?.title, url: art?.url, date: art?.date?.description))
                    },
                    paths: paths)
    }

    public var text: String {
        var out = "\(a.name) (\(a.id)) — \(b.name) (\(b.id))"
        let numbers = articleNumbers
        guard let score, !totals.isEmpty else {
            out += ": no direct events between them" + (events.isEmpty ? ".\n" : " that count.\n")
            out += backgroundText(numbers: numbers) + sourcesText(numbers: numbers) + pathsText
            return out
        }
        let total = totals.reduce(0) { $0 + $1.events }
        out += String(format: ": strength %.1f, net %+.1f (%@), %d event%@\n", score.strength, score.net,
                      score.signWord, total, total == 1 ? "" : "s")
        for (s, t) in [(a, b), (b, a)] {
            let mine = ties.filter { $0.source.id == s.id }
            guard !mine.isEmpty else { continue }
            out += "\n\(s.name) → \(t.name)\n"
            for tie in mine {
                let mods = tie.modalities.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value > 1 ? " ×\($0.value)" : "")" }
                out += "  \(tie.kind) [\(mods.joined(separator: ", "))]  strength \(String(format: "%.1f", tie.strength))\n"
                let shown = events.filter {
                    !$0.background && $0.source.id == s.id && $0.target.id == t.id && $0.kind.rawValue == tie.kind
                }
                for e in shown { out += eventText(e, numbers: numbers) }
                if shown.count < tie.events {
                    out += "    … \(tie.events - shown.count) more (--all lists every event)\n"
                }
            }
        }
        out += backgroundText(numbers: numbers) + sourcesText(numbers: numbers) + pathsText
        return out
    }

    /// The background events (history the text recalls): evidence that counts nothing.
    private func backgroundText(numbers: [String: Int]) -> String {
        let background = events.filter(\.background)
        guard !background.isEmpty else { return "" }
        var out = "\nBackground (history the text recalls; evidence, not counted):\n"
        for e in background {
            out += "  \(e.source.name) → \(e.target.name)  \(e.kind.rawValue)\n" + eventText(e, numbers: numbers)
        }
        return out
    }

    /// The numbered list of the articles cited.
    private func sourcesText(numbers: [String: Int]) -> String {
        guard !events.isEmpty else { return "" }
        var out = "\nSources:\n"
        for hash in articleOrder {
            let art = articles[hash]
            let title = art?.title ?? art?.sourcePath ?? "untitled"
            var line = "  [\(numbers[hash]!)] \(title)"
            if let d = art?.date { line += " (\(d))" }
            if let u = art?.url { line += " \(u)" } else if let p = art?.sourcePath { line += " \(p)" }
            out += line + "\n"
        }
        return out
    }

    /// One event's evidence lines: modality, sentence, trigger, source number, date, mentions.
    private func eventText(_ e: Event, numbers: [String: Int]) -> String {
        var out = "    \(e.modality.rawValue): \"\(e.evidence)\"\n"
        out += "      trigger \"\(e.trigger)\" · [\(numbers[e.article] ?? 0)] sentence \(e.sentence)"
        out += (e.dateText.map { " · \($0)" } ?? "") + (e.mentions > 1 ? " · \(e.mentions) mentions" : "")
        if e.articles > 1 || e.sources > 1 {
            out += " · \(e.articles) article\(e.articles == 1 ? "" : "s"), \(e.sources) outlet\(e.sources == 1 ? "" : "s")"
        }
        return out + "\n"
    }

    /// Articles in order of first citation.
    private var articleOrder: [String] {
        var seen = Set<String>()
        return events.map(\.article).filter { seen.insert($0).inserted }
    }

    private var articleNumbers: [String: Int] {
        Dictionary(uniqueKeysWithValues: articleOrder.enumerated().map { ($1, $0 + 1) })
    }

    private var pathsText: String {
        guard !paths.isEmpty else { return "" }
        var out = "\nIndirect links (a path is as strong as its weakest tie):\n"
        for p in paths {
            out += "  " + p.actors.map(\.name).joined(separator: " — ") + String(format: "  (%.1f)\n", p.strength)
        }
        return out
    }
}
