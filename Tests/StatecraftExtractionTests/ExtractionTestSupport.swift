import StatecraftCore
import StatecraftData
import StatecraftExtraction
import XCTest

/// A shared extractor over the bundled dictionary and ontology, and helpers to extract from one sentence.
enum Fixture {
    static let extractor: EventExtractor = {
        EventExtractor(dictionary: try! ActorDictionary(contentsOf: BundledData.actorsURL),
                       ontology: try! RelationOntology(contentsOf: BundledData.relationsURL))
    }()

    static func events(_ text: String, date: String = "2024-06-20") -> [Event] {
        extractor.extract(Article(id: "t", date: Day(date), text: text)).events
    }

    static func has(_ events: [Event], _ s: String, _ t: String, _ k: RelationKind, _ m: Modality? = nil) -> Bool {
        events.contains { $0.source.id == s && $0.target.id == t && $0.kind == k && (m == nil || $0.modality == m) }
    }

    /// The bundled name of an actor id ("PRK" → "North Korea"), for tests written with names.
    static func name(_ id: String) -> String {
        (try? ActorDictionary(contentsOf: BundledData.actorsURL))?.actors.first { $0.id == id }?.name ?? id
    }

    static func describe(_ events: [Event]) -> String {
        events.map { "\($0.source.id)->\($0.target.id) \($0.kind) \($0.modality)" }.joined(separator: "; ")
    }
}
