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

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let dict = try dictionary.load()
        let x = try dict.require(a), y = try dict.require(b)
        guard x.id != y.id else { throw CLIError("'\(a)' and '\(b)' are the same actor (\(x.id))") }
        let db = try store.open()
        let events = try db.events(between: x.id, and: y.id, since: period.since, until: period.until)
        var articles: [String: ArticleRecord] = [:]
        for e in events where articles[e.article] == nil { articles[e.article] = try db.article(hash: e.article) }
        let score = DyadScore.rank(RelationGraph(events: events)).first
        let paths = try IndirectPaths.find(from: x.id, to: y.id, in: db.tieTotals(), limit: 3)
        let report = RelationsReport(a: x, b: y, events: events, score: score, articles: articles, paths: paths)
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
    let events: [Event]
    let score: DyadScore?
    let articles: [String: ArticleRecord]
    let paths: [IndirectPaths.Path]

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
        let ties: [KindJSON]
        let events: [EventJSON]
        let paths: [IndirectPaths.Path]
    }

    /// Per direction and kind: events, strength, modalities.
    var ties: [KindJSON] {
        var groups: [String: (Actor, Actor, RelationKind, [Event])] = [:]
        for e in events { groups["\(e.source.id)|\(e.target.id)|\(e.kind.rawValue)", default: (e.source, e.target, e.kind, [])].3.append(e) }
        let measure = TieStrength()
        return groups.values.map { s, t, k, es in
            var mods: [String: Int] = [:]
            for e in es { mods[e.modality.rawValue, default: 0] += 1 }
            return KindJSON(source: ActorJSON(s), target: ActorJSON(t), kind: k.rawValue, events: es.count,
                            strength: rounded(es.reduce(0) { $0 + measure.contribution(of: $1) }), modalities: mods)
        }.sorted { ($0.source.id == a.id ? 0 : 1, -$0.strength, $0.kind) < ($1.source.id == a.id ? 0 : 1, -$1.strength, $1.kind) }
    }

    var json: JSON {
        JSON(a: ActorJSON(a), b: ActorJSON(b), strength: rounded(score?.strength ?? 0), net: rounded(score?.net ?? 0),
             sign: score?.signWord ?? "none", ties: ties,
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
        guard let score, !events.isEmpty else {
            out += ": no direct events in the store.\n"
            out += pathsText
            return out
        }
        let articleCount = Set(events.map(\.article)).count
        out += String(format: ": strength %.1f, net %+.1f (%@), %d event%@ in %d article%@\n", score.strength, score.net,
                      score.signWord, events.count, events.count == 1 ? "" : "s", articleCount, articleCount == 1 ? "" : "s")
        for (s, t) in [(a, b), (b, a)] {
            let mine = events.filter { $0.source.id == s.id && $0.target.id == t.id }
            guard !mine.isEmpty else { continue }
            out += "\n\(s.name) → \(t.name)\n"
            for tie in ties where tie.source.id == s.id {
                let mods = tie.modalities.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value > 1 ? " ×\($0.value)" : "")" }
                out += "  \(tie.kind) [\(mods.joined(separator: ", "))]  strength \(String(format: "%.1f", tie.strength))\n"
                for e in mine where e.kind.rawValue == tie.kind {
                    out += "    \(e.modality.rawValue): \"\(e.evidence)\"\n"
                    out += "      trigger \"\(e.trigger)\" · [\(articleNumber[e.article] ?? 0)] sentence \(e.sentence + 1)"
                    out += (e.date.map { " · \($0)" } ?? "") + (e.mentions > 1 ? " · \(e.mentions) mentions" : "") + "\n"
                }
            }
        }
        out += "\nSources:\n"
        for hash in articleOrder {
            let art = articles[hash]
            let title = art?.title ?? art?.sourcePath ?? "untitled"
            var line = "  [\(articleNumber[hash]!)] \(title)"
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

    private var articleNumber: [String: Int] {
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
