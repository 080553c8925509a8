import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftStore

/// `statecraft relations A B`: everything that passed between two actors, with evidence.
struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how two actors relate: typed ties both ways, with evidence.",
        discussion: "A and B accept ids, names and aliases in any case: PRK, \"north korea\", DPRK, Pyongyang.")

    @Argument(help: "The first actor.") var a: String
    @Argument(help: "The second actor.") var b: String
    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionary: DictionaryOptions
    @OptionGroup var period: PeriodOptions

    @Option(help: "Evidence events to show per direction and kind (the weightiest first).")
    var evidence: Int = 3

    @Flag(help: "Show every event, not only the best evidence of each tie.")
    var all = false

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard evidence > 0 else { throw ValidationError("--evidence must be at least 1") }
    }

    func run() throws {
        let db = try store.open()
        // Ids and names of stored actors resolve without loading the dictionary (which
        // costs tens of milliseconds); aliases ("DPRK", "Pyongyang") go through it.
        let stored = try db.actors()
        func storedActor(_ text: String) -> Actor? {
            let key = text.trimmingCharacters(in: .whitespaces)
            if let hit = stored[key.uppercased()] { return hit }
            return stored.values.first { $0.name.caseInsensitiveCompare(key) == .orderedSame }
        }
        var dict: ActorDictionary?
        func resolve(_ text: String) throws -> Actor {
            if dictionary.dictionary.isEmpty, let hit = storedActor(text) { return hit }
            if dict == nil { dict = try dictionary.load() }
            return try dict!.require(text)
        }
        let x = try resolve(a), y = try resolve(b)
        guard x.id != y.id else { throw CLIError("'\(a)' and '\(b)' are the same actor (\(x.id))") }
        // Totals per direction and kind: the store's running totals, or the period's events.
        let totals: [TieTotal]
        if period.since == nil && period.until == nil {
            totals = try db.tieTotals(between: x.id, and: y.id)
        } else {
            totals = TieTotal.summing(try db.events(between: x.id, and: y.id, since: period.since, until: period.until))
        }
        let events = try db.events(between: x.id, and: y.id, since: period.since, until: period.until,
                                   perTie: all ? nil : evidence)
        var articles: [String: ArticleRecord] = [:]
        for e in events where articles[e.article] == nil { articles[e.article] = try db.article(hash: e.article) }
        let paths = IndirectPaths.find(from: x.id, to: y.id, in: try db.tieTotals(), limit: 3)
        let report = RelationsReport(a: x, b: y, totals: totals, events: events, articles: articles, paths: paths)
        switch format {
        case .json: try JSONOutput.print(report.json)
        case .text: print(report.text, terminator: "")
        }
    }
}

/// Two-hop and three-hop links between two actors through third parties, strongest first
/// (a path is as strong as its weakest dyad).
enum IndirectPaths {
    struct Path: Encodable {
        let actors: [ActorJSON]
        let strength: Double
    }

    static func find(from a: String, to b: String, in totals: [TieTotal], limit: Int) -> [Path] {
        let dyads = DyadScore.rank(totals).filter { $0.strength > 0 }
        var adj: [String: [(String, Double)]] = [:]
        var actor: [String: Actor] = [:]
        for d in dyads {
            adj[d.a.id, default: []].append((d.b.id, d.strength))
            adj[d.b.id, default: []].append((d.a.id, d.strength))
            actor[d.a.id] = d.a
            actor[d.b.id] = d.b
        }
        var found: [([String], Double)] = []
        for (m, s1) in adj[a] ?? [] where m != b {
            for (n, s2) in adj[m] ?? [] where n != a {
                if n == b { found.append(([a, m, b], min(s1, s2))); continue }
                for (o, s3) in adj[n] ?? [] where o == b && n != m {
                    found.append(([a, m, n, b], min(s1, s2, s3)))
                }
            }
        }
        found.sort { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.count, $0.0.joined()) < ($1.0.count, $1.0.joined()) }
        return found.prefix(limit).map { Path(actors: $0.0.compactMap { actor[$0].map(ActorJSON.init) }, strength: rounded($0.1)) }
    }
}

/// The relations between two actors, in text and JSON.
struct RelationsReport {
    let a: Actor, b: Actor
    /// Totals per direction, kind and modality.
    let totals: [TieTotal]
    /// The evidence shown (all events, or the best of each tie), oldest first.
    let events: [Event]
    let articles: [String: ArticleRecord]
    let paths: [IndirectPaths.Path]

    var score: DyadScore? { DyadScore.rank(totals).first }

    struct EventJSON: Encodable {
        struct ArticleJSON: Encodable { let id: String; let title: String?; let url: String?; let date: String? }
        let source: ActorJSON, target: ActorJSON
        let kind: String, plover: String, modality: String
        let weight: Double
        let date: String?
        let evidence: String, trigger: String
        let sentence: Int, mentions: Int
        let article: ArticleJSON
    }

    struct KindJSON: Encodable {
        let source: ActorJSON, target: ActorJSON
        let kind: String, events: Int, strength: Double
        let modalities: [String: Int]
    }

    struct JSON: Encodable {
        let a: ActorJSON, b: ActorJSON
        let strength: Double, net: Double, sign: String
        /// All events between the two, of which `events` lists the evidence shown.
        let eventCount: Int
        let ties: [KindJSON]
        let events: [EventJSON]
        let paths: [IndirectPaths.Path]
    }

    /// Per direction and kind: events, strength, modalities; A's acts first, strongest first.
    var ties: [KindJSON] {
        var groups: [String: (Actor, Actor, RelationKind, [TieTotal])] = [:]
        for t in totals { groups["\(t.source.id)|\(t.target.id)|\(t.kind.rawValue)", default: (t.source, t.target, t.kind, [])].3.append(t) }
        return groups.values.map { s, t, k, ts in
            var mods: [String: Int] = [:]
            for x in ts { mods[x.modality.rawValue, default: 0] += x.events }
            return KindJSON(source: ActorJSON(s), target: ActorJSON(t), kind: k.rawValue, events: ts.reduce(0) { $0 + $1.events },
                            strength: rounded(ts.reduce(0) { $0 + $1.strength }), modalities: mods)
        }.sorted { ($0.source.id == a.id ? 0 : 1, -$0.strength, $0.kind) < ($1.source.id == a.id ? 0 : 1, -$1.strength, $1.kind) }
    }

    var json: JSON {
        let score = self.score
        return JSON(a: ActorJSON(a), b: ActorJSON(b), strength: rounded(score?.strength ?? 0), net: rounded(score?.net ?? 0),
                    sign: score?.signWord ?? "none", eventCount: totals.reduce(0) { $0 + $1.events }, ties: ties,
                    events: events.map { e in
                        let art = articles[e.article]
                        return EventJSON(source: ActorJSON(e.source), target: ActorJSON(e.target), kind: e.kind.rawValue,
                                         plover: e.plover.rawValue, modality: e.modality.rawValue, weight: e.weight,
                                         date: e.date?.description, evidence: e.evidence, trigger: e.trigger,
                                         sentence: e.sentence, mentions: e.mentions,
                                         article: .init(id: e.article, title: art?.title, url: art?.url, date: art?.date?.description))
                    },
                    paths: paths)
    }

    var text: String {
        var out = "\(a.name) (\(a.id)) — \(b.name) (\(b.id))"
        guard let score, !totals.isEmpty else {
            out += ": no direct events between them.\n"
            out += pathsText
            return out
        }
        let total = totals.reduce(0) { $0 + $1.events }
        out += String(format: ": strength %.1f, net %+.1f (%@), %d event%@\n", score.strength, score.net,
                      score.signWord, total, total == 1 ? "" : "s")
        let numbers = articleNumbers
        for (s, t) in [(a, b), (b, a)] {
            let mine = ties.filter { $0.source.id == s.id }
            guard !mine.isEmpty else { continue }
            out += "\n\(s.name) → \(t.name)\n"
            for tie in mine {
                let mods = tie.modalities.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value > 1 ? " ×\($0.value)" : "")" }
                out += "  \(tie.kind) [\(mods.joined(separator: ", "))]  strength \(String(format: "%.1f", tie.strength))\n"
                let shown = events.filter { $0.source.id == s.id && $0.target.id == t.id && $0.kind.rawValue == tie.kind }
                for e in shown {
                    out += "    \(e.modality.rawValue): \"\(e.evidence)\"\n"
                    out += "      trigger \"\(e.trigger)\" · [\(numbers[e.article] ?? 0)] sentence \(e.sentence + 1)"
                    out += (e.date.map { " · \($0)" } ?? "") + (e.mentions > 1 ? " · \(e.mentions) mentions" : "") + "\n"
                }
                if shown.count < tie.events {
                    out += "    … \(tie.events - shown.count) more (--all lists every event)\n"
                }
            }
        }
        out += "\nSources:\n"
        for hash in articleOrder {
            let art = articles[hash]
            let title = art?.title ?? art?.sourcePath ?? "untitled"
            var line = "  [\(numbers[hash]!)] \(title)"
            if let d = art?.date { line += " (\(d))" }
            if let u = art?.url { line += " \(u)" } else if let p = art?.sourcePath { line += " \(p)" }
            out += line + "\n"
        }
        out += pathsText
        return out
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
