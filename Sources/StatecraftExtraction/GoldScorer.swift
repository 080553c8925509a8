import Foundation
import StatecraftCore

/// Scores predicted events against a gold file exactly as `../shared/eval/score.py` does:
/// recall over required gold events, precision over distinct predictions per record
/// (source, target, kind, PLOVER, modality), and hits on forbidden events.
public struct GoldScorer: Sendable {
    /// One gold event of a record.
    public struct GoldEvent: Sendable {
        public var source: [String]
        public var target: [String]
        public var kinds: [String]?
        public var plover: String?
        public var reciprocal: Bool
        public var status: String
        public var modality: [String]?

        public init(source: [String], target: [String], kinds: [String]? = nil, plover: String? = nil,
                    reciprocal: Bool = false, status: String = "required", modality: [String]? = nil) {
            self.source = source
            self.target = target
            self.kinds = kinds
            self.plover = plover
            self.reciprocal = reciprocal
            self.status = status
            self.modality = modality
        }
    }

    /// One gold record: the article and its gold events.
    public struct Record: Sendable {
        public var article: Article
        public var gold: [GoldEvent]

        public init(article: Article, gold: [GoldEvent]) {
            self.article = article
            self.gold = gold
        }
    }

    /// A prediction as the scorer sees it.
    public struct Prediction: Sendable, Hashable {
        public var source: String, sourceKind: String, target: String, targetKind: String
        public var kind: String, plover: String, modality: String

        public init(_ e: Event) {
            source = e.source.id; sourceKind = e.source.kind.rawValue
            target = e.target.id; targetKind = e.target.kind.rawValue
            kind = e.kind.rawValue; plover = e.plover.rawValue; modality = e.modality.rawValue
        }
    }

    /// The summary numbers, and per-category counts for the confusion table.
    public struct Score: Sendable {
        public var records = 0, required = 0, found = 0, predicted = 0, correct = 0, forbidden = 0
        public var recall: Double { required > 0 ? Double(found) / Double(required) : 0 }
        public var precision: Double { predicted > 0 ? Double(correct) / Double(predicted) : 0 }
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
        /// Gold category (PLOVER or kind) → predicted PLOVER category → count (for records' predictions), "—" when none.
        public var confusion: [String: [String: Int]] = [:]
        /// Misses: record id and gold description.
        public var misses: [String] = []
        /// Predictions that match nothing or a forbidden event.
        public var noise: [String] = []
    }

    public init() {}

    static let equivalent: [Set<String>] = [["DISAPPROVE", "ACCUSE"], ["DEMAND", "REQUEST"], ["FIGHT", "ASSAULT"]]
    static let symmetric: Set<String> = ["AGREE", "CONSULT", "COOPERATE", "pact", "talks", "cooperation"]

    static func samePlover(_ a: String, _ b: String) -> Bool {
        a == b || equivalent.contains { $0.contains(a) && $0.contains(b) }
    }

    static func actorMatches(_ code: String, _ id: String, _ kind: String) -> Bool {
        code == "IGO" ? kind == "igo" : id == code
    }

    /// Whether a prediction matches a gold event (score.py's `event_matches`).
    public static func matches(_ g: GoldEvent, _ p: Prediction) -> Bool {
        let symmetric: Bool
        if let kinds = g.kinds {
            guard kinds.contains(p.kind) else { return false }
            symmetric = kinds.contains { Self.symmetric.contains($0) }
        } else {
            guard samePlover(g.plover ?? "", p.plover) else { return false }
            symmetric = Self.symmetric.contains(g.plover ?? "")
        }
        if let allowed = g.modality, !allowed.isEmpty, !allowed.contains(p.modality) { return false }
        if g.reciprocal {
            return g.source.contains { actorMatches($0, p.source, p.sourceKind) }
                && g.source.contains { actorMatches($0, p.target, p.targetKind) } && p.source != p.target
        }
        let forward = g.source.contains { actorMatches($0, p.source, p.sourceKind) }
            && g.target.contains { actorMatches($0, p.target, p.targetKind) }
        if forward { return true }
        if symmetric {
            return g.source.contains { actorMatches($0, p.target, p.targetKind) }
                && g.target.contains { actorMatches($0, p.source, p.sourceKind) }
        }
        return false
    }

    /// Reads a gold JSONL file: records with `gold` lists.
    public func records(contentsOf url: URL) throws -> [Record] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ArticleReadError.unreadable(file: url.path, reason: "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ArticleReadError.invalidUTF8(file: url.path) }
        var out: [Record] = []
        var n = 0
        let reader = JSONLRecordReader()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let article = try reader.record(line, file: url.path, line: n)
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let gold = obj["gold"] as? [[String: Any]] else {
                throw ArticleReadError.malformedRecord(file: url.path, line: n, problem: "missing list 'gold'")
            }
            var events: [GoldEvent] = []
            for g in gold {
                let kinds: [String]? = (g["kind"] as? [String]) ?? (g["kind"] as? String).map { [$0] }
                events.append(GoldEvent(source: g["source"] as? [String] ?? [], target: g["target"] as? [String] ?? [],
                                        kinds: kinds, plover: g["plover"] as? String,
                                        reciprocal: g["reciprocal"] as? Bool ?? false,
                                        status: g["status"] as? String ?? "required", modality: g["modality"] as? [String]))
            }
            out.append(Record(article: article, gold: events))
        }
        return out
    }

    /// Scores predictions (record id → events) against gold records.
    public func score(_ records: [Record], predictions: [String: [Event]]) -> Score {
        var s = Score()
        s.records = records.count
        for rec in records {
            var seen = Set<Prediction>()
            var mine: [Prediction] = []
            for e in predictions[rec.article.id] ?? [] {
                let p = Prediction(e)
                if seen.insert(p).inserted { mine.append(p) }
            }
            for g in rec.gold where g.status == "required" {
                s.required += 1
                let category = g.plover ?? g.kinds?.joined(separator: "|") ?? "?"
                if let hit = mine.first(where: { Self.matches(g, $0) }) {
                    s.found += 1
                    s.confusion[category, default: [:]][hit.plover, default: 0] += 1
                } else {
                    s.misses.append("\(rec.article.id): \(g.source.joined(separator: ","))→\(g.target.joined(separator: ",")) \(category)")
                    // Which category did the record's predictions carry instead?
                    let other = mine.first.map(\.plover) ?? "—"
                    s.confusion[category, default: [:]][other, default: 0] += 1
                }
            }
            for p in mine {
                s.predicted += 1
                if rec.gold.contains(where: { $0.status == "forbidden" && Self.matches($0, p) }) {
                    s.forbidden += 1
                    s.noise.append("FORBIDDEN \(rec.article.id): \(p.source)→\(p.target) \(p.kind) \(p.plover) \(p.modality)")
                } else if rec.gold.contains(where: { $0.status != "forbidden" && Self.matches($0, p) }) {
                    s.correct += 1
                } else {
                    s.noise.append("unmatched \(rec.article.id): \(p.source)→\(p.target) \(p.kind) \(p.plover) \(p.modality)")
                }
            }
        }
        return s
    }
}
