import Foundation
import GRDB
import StatecraftCore
import XCTest
@testable import StatecraftStore

/// One fact counted once: near-duplicate articles are one report (TextSignature), reports of the
/// same event within a few days are one fact (FactRule), and tie totals count facts.
final class FactTests: XCTestCase {
    let rus = Actor(id: "RUS", name: "Russia", kind: .state)
    let ukr = Actor(id: "UKR", name: "Ukraine", kind: .state)
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-facts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// A wire story of some 120 words.
    let wire = """
        Russia launched a wave of missile and drone strikes on Ukraine's energy grid overnight, officials in Kyiv said \
        on Tuesday, knocking out power to hundreds of thousands of homes as temperatures fell below freezing. The air \
        force said it had shot down most of the drones but that several missiles struck thermal power plants in the \
        centre and west of the country. Emergency crews worked through the night to restore electricity and heating. \
        The energy minister said repairs could take weeks and urged residents to limit their use of appliances during \
        the evening peak. Western governments condemned the attack and pledged more air defence systems, while the \
        Kremlin said the strikes targeted military infrastructure. The United Nations said it was alarmed by the \
        damage to civilian facilities ahead of the winter.
        """

    func copy(_ edits: [(String, String)], plus extra: String = "") -> String {
        var text = wire
        for (a, b) in edits { text = text.replacingOccurrences(of: a, with: b) }
        return text + extra
    }

    func attack(_ date: String, article: String, evidence: String = "Russia launched strikes on Ukraine.") -> Event {
        Event(source: rus, target: ukr, kind: .attack, plover: .assault, modality: .asserted, weight: -10,
              date: Day(date), article: article, sentence: 0, evidence: evidence, trigger: "strikes")
    }

    func item(_ hash: String, date: String, outlet: String?, text: String?, _ events: [Event]) -> ArticleIngest {
        ArticleIngest(article: ArticleRecord(hash: hash, title: "T \(hash)", url: "https://example.org/\(hash)",
                                             date: Day(date), sourcePath: hash, outlet: outlet,
                                             signature: text.flatMap { TextSignature(text: $0) }),
                      events: events)
    }

    func testNearDuplicateSignatures() {
        let a = TextSignature(text: wire)!
        let b = TextSignature(text: copy([("overnight", "late on Monday"), ("weeks", "several weeks")]))!
        let c = TextSignature(text: copy([], plus: " Reporting by our correspondent; editing by the desk."))!
        let other = TextSignature(text: "China and the Philippines traded accusations over a collision near a disputed "
                                  + "shoal in the South China Sea, the latest in a series of confrontations this year.")!
        XCTAssertGreaterThanOrEqual(a.similarity(b), TextSignature.nearDuplicateThreshold, "\(a.similarity(b))")
        XCTAssertGreaterThanOrEqual(a.similarity(c), TextSignature.nearDuplicateThreshold, "\(a.similarity(c))")
        XCTAssertLessThan(a.similarity(other), 0.2)
        XCTAssertEqual(TextSignature(hex: a.hex), a)
        XCTAssertEqual(TextSignature(bytes: a.bytes), a)
        XCTAssertNil(TextSignature(hex: "zz"))
    }

    /// A wire story copied with small edits into three outlets: one report, one fact, three sources.
    func testWireStoryInThreeOutletsIsOneFactWithThreeSources() throws {
        let store = try EventStore(path: dir.appendingPathComponent("s.sqlite").path)
        let texts = [wire, copy([("overnight", "late on Monday")]), copy([("weeks", "several weeks")], plus: " (Reuters)")]
        let outlets = ["Reuters", "The Star", "Daily Times"]
        // The third outlet ran it a day later.
        let dates = ["2024-11-19", "2024-11-19", "2024-11-20"]
        try store.ingest((0..<3).map { i in
            item("h\(i)", date: dates[i], outlet: outlets[i], text: texts[i], [attack(dates[i], article: "h\(i)")])
        })
        let totals = try store.tieTotals()
        XCTAssertEqual(totals.count, 1)
        XCTAssertEqual(totals.first?.events, 1, "one fact")
        XCTAssertEqual(totals.first?.mentions, 3, "three reports")
        XCTAssertEqual(totals.first?.absWeight, 10)
        let events = try store.events(between: "RUS", and: "UKR")
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events.first?.articles, 1, "near-duplicates are one report")
        XCTAssertEqual(events.first?.sources, 3)
        XCTAssertEqual(try store.events().count, 1)
        // The period's sums count the fact once too.
        XCTAssertEqual(try store.tieTotals(since: Day("2024-11-01")).first?.total.events, 1)
    }

    /// Two independent articles on one event: one fact, two articles, two sources.
    func testIndependentReportsOfOneEvent() throws {
        let store = try EventStore(path: dir.appendingPathComponent("s.sqlite").path)
        try store.ingest([
            item("a", date: "2024-11-19", outlet: "Reuters", text: wire, [attack("2024-11-19", article: "a")]),
            item("b", date: "2024-11-20", outlet: "BBC", text: "Ukraine says Russian missiles hit power plants in the west; "
                 + "millions are without heating after the heaviest bombardment in months.", [attack("2024-11-19", article: "b")]),
        ])
        let events = try store.events(between: "RUS", and: "UKR")
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events.first?.articles, 2)
        XCTAssertEqual(events.first?.sources, 2)
    }

    /// Two different attacks in the same week (Monday and Friday): two facts.
    func testTwoEventsOfOneKindInOneWeekAreTwoFacts() throws {
        let store = try EventStore(path: dir.appendingPathComponent("s.sqlite").path)
        try store.ingest([
            item("mon", date: "2024-11-18", outlet: "Reuters", text: "Russian missiles hit Kharkiv on Monday, killing six.",
                 [attack("2024-11-18", article: "mon")]),
            item("fri", date: "2024-11-22", outlet: "Reuters", text: "Russian drones struck Odesa's port on Friday, officials said.",
                 [attack("2024-11-22", article: "fri")]),
        ])
        XCTAssertEqual(try store.tieTotals().first?.events, 2)
        XCTAssertEqual(try store.events(between: "RUS", and: "UKR").count, 2)
    }

    /// The facts do not depend on the order the articles came in.
    func testFactsDoNotDependOnOrder() throws {
        let days = ["2024-11-18", "2024-11-19", "2024-11-21", "2024-11-22", "2024-11-30", "2024-12-01"]
        var results: [[Int]] = []
        for order in [Array(days.indices), Array(days.indices.reversed()), [3, 0, 5, 1, 4, 2]] {
            let store = try EventStore(path: dir.appendingPathComponent("o\(results.count).sqlite").path)
            for i in order {
                try store.ingest([item("d\(i)", date: days[i], outlet: "O\(i)", text: "Story number \(i) about a strike \(i * 7).",
                                       [attack(days[i], article: "d\(i)")])])
            }
            let facts = try store.events(between: "RUS", and: "UKR")
            results.append(facts.map(\.articles))
            XCTAssertEqual(try store.tieTotals().first?.events, facts.count)
        }
        // 18, 19 | 21, 22 | 30, 1 Dec: three facts of two reports each, whatever the order.
        XCTAssertEqual(results[0], [2, 2, 2])
        XCTAssertEqual(results[1], results[0])
        XCTAssertEqual(results[2], results[0])
    }

    func testBackgroundEventsAreEvidenceThatCountsNothing() throws {
        let store = try EventStore(path: dir.appendingPathComponent("s.sqlite").path)
        var old = attack("2022-01-01", article: "h", evidence: "Since Russia's invasion of Ukraine in 2022, ...")
        old.datePrecision = .year
        old.background = true
        try store.ingest([item("h", date: "2024-06-20", outlet: nil, text: nil, [old])])
        XCTAssertTrue(try store.tieTotals().isEmpty)
        XCTAssertTrue(try store.events().isEmpty)
        XCTAssertEqual(try store.events(includingBackground: true).count, 1)
        let evidence = try store.events(between: "RUS", and: "UKR")
        XCTAssertEqual(evidence.count, 1)
        XCTAssertEqual(evidence.first?.dateText, "2022")
        XCTAssertEqual(evidence.first?.background, true)
        XCTAssertEqual(try store.tieTotals(includingBackground: true).first?.total.events, 1)
        XCTAssertEqual(try store.tieTotals(since: Day("2022-01-01"), until: Day("2022-12-31")).count, 0)
    }

    /// A store written before dates and facts opens, migrates once, and regroups its events into facts.
    func testAnOlderStoreMigratesAndRegroupsItsFacts() throws {
        let path = dir.appendingPathComponent("v2.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v2: imported event data (article origin, GDELT counts and ids)")
        try queue.write { db in
            try db.execute(sql: "PRAGMA user_version = 2")
            try db.execute(sql: "INSERT INTO actor (id, name, kind) VALUES ('RUS', 'Russia', 'state'), ('UKR', 'Ukraine', 'state')")
            for (i, day) in ["2024-11-18", "2024-11-19", "2024-11-25"].enumerated() {
                try db.execute(sql: "INSERT INTO article (hash, date, outlet) VALUES (?, ?, 'X')", arguments: ["h\(i)", day])
                try db.execute(sql: """
                    INSERT INTO event (articleID, source, target, kind, plover, modality, weight, date, sentence, evidence, trigger)
                    VALUES (?, 'RUS', 'UKR', 'attack', 'ASSAULT', 'asserted', -10, ?, 0, 'e', 't')
                    """, arguments: [i + 1, day])
            }
            try db.execute(sql: """
                INSERT INTO tie VALUES ('RUS', 'UKR', 'attack', 'asserted', 3, 3, 30, -30, '2024-11-18', '2024-11-25')
                """)
        }
        XCTAssertThrowsError(try EventStore(path: path, readOnly: true))   // a query asks for an upgrade first
        let store = try EventStore(path: path)
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, SchemaVersion.current)
        XCTAssertEqual(try store.tieTotals().first?.events, 2)
        let events = try store.events(between: "RUS", and: "UKR")
        XCTAssertEqual(events.map(\.articles), [2, 1])
        XCTAssertEqual(events.map(\.datePrecision), [.day, .day])
        XCTAssertEqual(events.map(\.background), [false, false])
    }
}
