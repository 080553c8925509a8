import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StatecraftCore
import StatecraftQueries
import XCTest

/// `Timeline` against hand-counted events, in each granularity, across month, quarter and year ends.
final class TimelineTests: XCTestCase {
    let rus = Actor(id: "RUS", name: "Russia", kind: .state), prk = Actor(id: "PRK", name: "North Korea", kind: .state)

    private func event(_ kind: RelationKind, _ weight: Double, _ modality: Modality = .asserted, on date: String?,
                       background: Bool = false) -> Event {
        Event(source: rus, target: prk, kind: kind, plover: .cooperate, modality: modality, weight: weight,
              date: date.flatMap { Day($0) }, article: "a", sentence: 0, evidence: "e", trigger: "t", background: background)
    }

    /// Sunday 2023-12-31 and Monday 2024-01-01 sit in different weeks, months, quarters and years.
    lazy var events = [
        event(.pact, 8, on: "2023-12-31"), event(.armsSupply, 7, .possible, on: "2024-01-01"),
        event(.sanctions, -8, on: "2024-01-03"), event(.attack, -10, on: "2024-04-02"),
        event(.talks, 3, on: nil), event(.attack, -10, on: "2022-02-24", background: true),
    ]

    func testMonths() throws {
        let t = Timeline(events: events, by: .month)
        XCTAssertEqual(t.periods.map { t.label($0) }, ["2023-12", "2024-01", "2024-02", "2024-03", "2024-04"])
        XCTAssertEqual(t.periods.map(\.events), [1, 2, 0, 0, 1])
        XCTAssertEqual(t.undated, 1)
        XCTAssertEqual(t.periods[1].strength, 7 * 0.3 + 8, accuracy: 1e-9)
        XCTAssertEqual(t.periods[1].net, 7 * 0.3 - 8, accuracy: 1e-9)
        XCTAssertEqual(t.periods[1].kinds, [.armsSupply: 1, .sanctions: 1])
        XCTAssertEqual(t.periods[1].modalities, [.possible: 1, .asserted: 1])
        XCTAssertEqual(t.periods[0].start.description, "2023-12-01")
        XCTAssertEqual(t.periods[0].end.description, "2023-12-31")
        XCTAssertEqual(t.eventCount, 4, "background and undated events are in no period")
    }

    func testWeeksQuartersYears() {
        let w = Timeline(events: events, by: .week)
        XCTAssertEqual(w.periods.first?.start.description, "2023-12-25")
        XCTAssertEqual(w.periods.first?.end.description, "2023-12-31")
        XCTAssertEqual(w.periods[1].start.description, "2024-01-01")
        XCTAssertEqual(w.periods.prefix(2).map(\.events), [1, 2])
        XCTAssertEqual(w.periods.last?.start.description, "2024-04-01")
        XCTAssertEqual(w.periods.count, 15)
        let q = Timeline(events: events, by: .quarter)
        XCTAssertEqual(q.periods.map { q.label($0) }, ["2023-Q4", "2024-Q1", "2024-Q2"])
        XCTAssertEqual(q.periods.map(\.events), [1, 2, 1])
        XCTAssertEqual(q.periods[1].end.description, "2024-03-31")
        let y = Timeline(events: events, by: .year)
        XCTAssertEqual(y.periods.map(\.events), [1, 3])
        XCTAssertEqual(y.periods.map { $0.end.description }, ["2023-12-31", "2024-12-31"])
    }

    func testJSONContract() throws {
        let t = Timeline(events: events, by: .quarter)
        let json = try t.json(a: rus, b: prk)
        let doc = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        XCTAssertEqual(Set(doc.keys), ["a", "b", "by", "undated", "periods"])
        XCTAssertEqual(doc["by"] as? String, "quarter")
        let periods = doc["periods"] as! [[String: Any]]
        XCTAssertEqual(periods[1]["start"] as? String, "2024-01-01")
        XCTAssertEqual(periods[1]["end"] as? String, "2024-03-31")
        XCTAssertEqual(periods[1]["events"] as? Int, 2)
        XCTAssertEqual(periods[1]["kinds"] as? [String: Int], ["armsSupply": 1, "sanctions": 1])
        let one = try JSONSerialization.jsonObject(with: Data(try t.json(a: rus, b: nil).utf8)) as! [String: Any]
        XCTAssertTrue(one["b"] is NSNull, "one actor's timeline has b null")
    }

    func testTextCSVAndSVG() throws {
        let t = Timeline(events: events, by: .month)
        let text = t.text(title: "Russia — North Korea")
        XCTAssertTrue(text.contains("2024-01"), text)
        XCTAssertTrue(text.contains("█"), text)
        XCTAssertTrue(text.contains("Marked"), text)
        let csv = t.csv().split(separator: "\n")
        XCTAssertEqual(csv.first, "start,end,events,strength,net,armsSupply,attack,pact,sanctions,asserted,possible")
        XCTAssertEqual(csv.count, 6)
        let svg = Timeline(events: events + [event(.pact, 8, on: "2024-02-10")], by: .month).svg(title: "Russia <&> North Korea")
        XCTAssertTrue(svg.hasPrefix("<svg"))
        XCTAssertTrue(svg.contains("Russia &lt;&amp;&gt; North Korea"))
        XCTAssertTrue(svg.contains("pact 2024-02-10"), "pacts are labelled")
        XCTAssertTrue(svg.contains("<polyline"))
        // Well-formed XML.
        XCTAssertNoThrow(try XMLDocument(data: Data(svg.utf8)))
    }

    func testNoEvents() {
        let t = Timeline(events: [], by: .week)
        XCTAssertTrue(t.periods.isEmpty)
        XCTAssertTrue(t.text(title: "X").contains("no dated events"))
        XCTAssertTrue(t.svg(title: "X").contains("no dated events"))
    }
}
