import Foundation
import HummingbirdTesting
import StatecraftCore
import StatecraftData
import StatecraftExplorer
import StatecraftExtraction
import StatecraftStore
import XCTest

/// A small store in a temporary directory: the bundled seed article through the real coder,
/// and an article full of hostile text (title, URL, evidence, an actor's name) stored as is.
enum ExplorerFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Text an attacker could put in an article.
    static let hostileSentence = "Russia sanctioned them \"onmouseover=alert(1) x=\" <script>alert('sentence')</script> <img src=x onerror=alert(2)> &amp; &lt;b&gt;"
    static let hostileTitle = "<script>alert('title')</script> \"onmouseover=alert(3)"
    static let hostileURL = "javascript:alert('url')"
    static let hostileActorName = "Evil \"Corp\" <script>alert('actor')</script>"

    /// The store, built once per test run.
    static let storePath: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-explorer-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("explorer.sqlite").path
        try! build(into: path)
        return path
    }()

    static func build(into path: String) throws {
        let dictionary = try ActorDictionary(contentsOf: BundledData.actorsURL)
        let ontology = try RelationOntology(contentsOf: BundledData.relationsURL)
        let seedURL = packageRoot.appendingPathComponent("Data/articles/putin-hanoi-2024-06-20.txt")
        let seed = try PlainTextArticleReader().read(contentsOf: seedURL, date: Day("2024-06-20"))
        let extracted = EventExtractor(dictionary: dictionary, ontology: ontology).extract(seed)
        let seedEvents = extracted.events.map { e -> Event in
            var e = e
            e.article = "seedhash"
            if e.date == nil { e.date = seed.date }
            return e
        }
        let evil = Actor(id: "EVIL", name: hostileActorName, kind: .nonstate)
        let rus = dictionary.actor(id: "RUS")!
        let def = ontology[.sanctions]
        let hostile = [
            Event(source: rus, target: evil, kind: .sanctions, plover: def.plover, modality: .asserted, weight: def.weight,
                  date: Day("2024-03-02"), article: "evilhash", sentence: 0, evidence: hostileSentence, trigger: "<b>sanctioned</b>"),
        ]
        let store = try EventStore(path: path)
        try store.ingest([
            ArticleIngest(article: ArticleRecord(hash: "seedhash", title: seed.title, url: seed.url, date: seed.date,
                                                 sourcePath: seedURL.path), events: seedEvents),
            ArticleIngest(article: ArticleRecord(hash: "evilhash", title: hostileTitle, url: hostileURL, date: Day("2024-03-02"),
                                                 sourcePath: nil), events: hostile),
        ])
    }

    /// Runs `body` against the explorer on the fixture store, in process.
    static func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = try Explorer(storePath: storePath).application(host: "127.0.0.1", port: 0)
        try await app.test(.router) { client in try await body(client) }
    }

    /// GET `uri`: status, content type and body text.
    static func get(_ client: any TestClientProtocol, _ uri: String) async throws -> (status: Int, type: String?, body: String) {
        try await client.execute(uri: uri, method: .get) { response in
            (Int(response.status.code), response.headers[.contentType], String(buffer: response.body))
        }
    }
}
