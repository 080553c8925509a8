import Foundation
import StatecraftCore

/// One line of `extract` output, read back.
public enum ExtractRecord: Sendable {
    /// An event, with the article it came from.
    case event(Event, ExtractedArticle)
    /// The line that closes an article (`--articles`): its fields, how many event lines it has and its text's signature.
    case article(ExtractedArticle, events: Int, signature: TextSignature?)
}

/// Reads the lines that ``ExtractLine`` writes. A line that is not one of them is an error
/// whose message names the problem (the caller adds file and line).
public struct ExtractLineReader: Sendable {
    public init() {}

    /// A line that cannot be read; `problem` is one short phrase.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public let problem: String
        public var description: String { problem }
    }

    private struct ActorFields: Decodable {
        let id: String
        let name: String
        let kind: String
    }

    private struct ArticleFields: Decodable {
        let id: String
        let hash: String
        let title: String?
        let url: String?
        let date: String?
        let outlet: String?
    }

    private struct LineFields: Decodable {
        let doc: String?
        let sentence: Int?
        let source: ActorFields?
        let target: ActorFields?
        let kind: String?
        let plover: String?
        let modality: String?
        let weight: Double?
        let trigger: String?
        let evidence: String?
        let date: String?
        let datePrecision: String?
        let background: Bool?
        let mentions: Int?
        let article: ArticleFields?
        let events: Int?
        let signature: String?
    }

    /// Parses one (non-blank) line.
    public func record(_ line: Data) throws -> ExtractRecord {
        let f: LineFields
        do { f = try JSONDecoder().decode(LineFields.self, from: line) } catch let e as DecodingError {
            throw Problem(problem: Self.describe(e))
        }
        guard let a = f.article else {
            throw Problem(problem: "missing field 'article' (the output of an older extract, without article fields?)")
        }
        let article = try self.article(a)
        guard f.doc != nil else {
            guard let n = f.events else { throw Problem(problem: "neither an event (no 'doc') nor an article line (no 'events')") }
            guard n >= 0 else { throw Problem(problem: "'events' is negative") }
            var signature: TextSignature?
            if let hex = f.signature {
                guard let s = TextSignature(hex: hex) else { throw Problem(problem: "'signature' is not a text signature") }
                signature = s
            }
            return .article(article, events: n, signature: signature)
        }
        func need<T>(_ v: T?, _ name: String) throws -> T {
            guard let v else { throw Problem(problem: "missing field '\(name)'") }
            return v
        }
        let kindName = try need(f.kind, "kind"), ploverName = try need(f.plover, "plover")
        let modalityName = try need(f.modality, "modality")
        guard let kind = RelationKind(rawValue: kindName) else { throw Problem(problem: "unknown kind '\(kindName)'") }
        guard let plover = PLOVERCategory(rawValue: ploverName) else { throw Problem(problem: "unknown PLOVER category '\(ploverName)'") }
        guard let modality = Modality(rawValue: modalityName) else { throw Problem(problem: "unknown modality '\(modalityName)'") }
        let weight = try need(f.weight, "weight")
        let sentence = try need(f.sentence, "sentence")
        let mentions = f.mentions ?? 1
        guard sentence >= 0, mentions >= 1 else { throw Problem(problem: "'sentence' or 'mentions' out of range") }
        var date: (day: Day, precision: DatePrecision)?
        if let text = f.date {
            guard let d = Day.parse(partial: text) else { throw Problem(problem: "'date' is not YYYY-MM-DD, YYYY-MM or YYYY") }
            date = d
        }
        if let p = f.datePrecision {
            guard let precision = DatePrecision(rawValue: p) else { throw Problem(problem: "unknown datePrecision '\(p)'") }
            guard date == nil || date!.precision == precision else {
                throw Problem(problem: "'date' does not have the precision 'datePrecision' says")
            }
        }
        let event = Event(source: try actor(try need(f.source, "source")), target: try actor(try need(f.target, "target")),
                          kind: kind, plover: plover, modality: modality, weight: weight,
                          date: date?.day, article: article.hash, sentence: sentence,
                          evidence: try need(f.evidence, "evidence"), trigger: try need(f.trigger, "trigger"),
                          mentions: mentions, datePrecision: date?.precision ?? .day, background: f.background ?? false)
        return .event(event, article)
    }

    private func actor(_ a: ActorFields) throws -> Actor {
        guard let kind = ActorKind(rawValue: a.kind) else { throw Problem(problem: "unknown actor kind '\(a.kind)'") }
        guard !a.id.isEmpty else { throw Problem(problem: "an actor without id") }
        return Actor(id: a.id, name: a.name, kind: kind)
    }

    private func article(_ a: ArticleFields) throws -> ExtractedArticle {
        guard a.hash.utf8.count == 64, a.hash.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else {
            throw Problem(problem: "'article.hash' is not a SHA-256 hex digest")
        }
        return ExtractedArticle(id: a.id, hash: a.hash, title: a.title, url: a.url, date: try day(a.date, "article.date"),
                                outlet: a.outlet)
    }

    private func day(_ s: String?, _ name: String) throws -> Day? {
        guard let s else { return nil }
        guard let d = Day(s) else { throw Problem(problem: "'\(name)' is not YYYY-MM-DD") }
        return d
    }

    private static func describe(_ e: DecodingError) -> String {
        func path(_ c: DecodingError.Context, _ key: CodingKey? = nil) -> String {
            ((c.codingPath + (key.map { [$0] } ?? [])).map(\.stringValue)).joined(separator: ".")
        }
        switch e {
        case .keyNotFound(let key, let c): return "missing field '\(path(c, key))'"
        case .typeMismatch(_, let c), .valueNotFound(_, let c):
            return c.codingPath.isEmpty ? "not a JSON object" : "field '\(path(c))' has the wrong type"
        case .dataCorrupted(let c): return c.codingPath.isEmpty ? "not valid JSON" : "field '\(path(c))' is not valid"
        @unknown default: return "not valid JSON"
        }
    }
}
