import StatecraftCore
import StatecraftQueries
import XCTest

final class MonthlyTimelineTests: XCTestCase {
    private func event(_ kind: RelationKind, _ weight: Double, _ modality: Modality = .asserted, on date: String?) -> Event {
        Event(source: Actor(id: "RUS", name: "Russia", kind: .state), target: Actor(id: "PRK", name: "North Korea", kind: .state),
              kind: kind, plover: .cooperate, modality: modality, weight: weight, date: date.flatMap { Day($0) }, article: "a",
              sentence: 0, evidence: "e", trigger: "t")
    }

    func testMonthsAreContiguousWithKindsAndUndatedApart() throws {
        let t = MonthlyTimeline(events: [
            event(.pact, 8, on: "2023-11-30"), event(.armsSupply, 7, .possible, on: "2024-01-02"), event(.pact, 8, on: "2024-01-20"),
            event(.sanctions, -8, on: "2024-01-21"), event(.visit, 1.9, on: nil),
        ])
        XCTAssertEqual(t.months.map(\.month), ["2023-11", "2023-12", "2024-01"], "the empty December is listed")
        XCTAssertEqual(t.months.map(\.events), [1, 0, 3])
        XCTAssertEqual(t.undated, 1)
        let jan = t.months[2]
        XCTAssertEqual(jan.strength, 8 + 7 * 0.3 + 8, accuracy: 1e-9)
        XCTAssertEqual(jan.net, 8 + 7 * 0.3 - 8, accuracy: 1e-9)
        XCTAssertEqual(jan.kinds["pact"], MonthlyTimeline.KindTotal(events: 1, strength: 8))
        XCTAssertEqual(jan.kinds["armsSupply"]?.strength ?? 0, 2.1, accuracy: 1e-9)
        XCTAssertTrue(try t.json(a: Actor(id: "RUS", name: "Russia", kind: .state),
                                 b: Actor(id: "PRK", name: "North Korea", kind: .state)).contains("\"month\" : \"2023-12\""))
    }

    func testNoEventsNoMonths() {
        let t = MonthlyTimeline(events: [])
        XCTAssertTrue(t.months.isEmpty)
        XCTAssertEqual(t.undated, 0)
    }
}
