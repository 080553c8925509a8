import XCTest
@testable import StatecraftCore

final class TieStrengthTests: XCTestCase {
    let rus = Actor(id: "RUS", name: "Russia", kind: .state)
    let prk = Actor(id: "PRK", name: "North Korea", kind: .state)
    let kor = Actor(id: "KOR", name: "South Korea", kind: .state)

    func event(_ s: Actor, _ t: Actor, _ kind: RelationKind, _ modality: Modality, _ weight: Double,
               date: String = "2024-06-20", article: String = "a1", sentence: Int = 0) -> Event {
        Event(source: s, target: t, kind: kind, plover: .agree, modality: modality, weight: weight, date: Day(date),
              article: article, sentence: sentence, evidence: "…", trigger: "…")
    }

    func testModalityDiscountsOrderFactsAbovePossibilities() {
        let m = TieStrength()
        let delivered = m.contribution(of: event(rus, prk, .armsSupply, .asserted, 7))
        let pledged = m.contribution(of: event(rus, prk, .armsSupply, .intended, 7))
        let possible = m.contribution(of: event(rus, prk, .armsSupply, .possible, 7))
        let denied = m.contribution(of: event(rus, prk, .armsSupply, .denied, 7))
        XCTAssertGreaterThan(delivered, pledged)
        XCTAssertGreaterThan(pledged, possible)
        XCTAssertEqual(denied, 0)
    }

    func testDeniedEventsStayAsEvidenceButCountNothing() {
        let graph = RelationGraph(events: [event(rus, prk, .armsSupply, .denied, 7)])
        let dyad = graph.dyad("PRK", "RUS")
        XCTAssertEqual(dyad?.events.count, 1)
        XCTAssertEqual(dyad?.strength, 0)
    }

    func testDyadAddsBothDirectionsAndSignsConflict() {
        let graph = RelationGraph(events: [
            event(rus, kor, .warning, .asserted, -3),
            event(kor, rus, .criticism, .asserted, -2),
            event(rus, prk, .pact, .asserted, 8),
        ])
        let ranked = DyadScore.rank(graph)
        XCTAssertEqual(ranked.map { "\($0.a.id)-\($0.b.id)" }, ["PRK-RUS", "KOR-RUS"])
        XCTAssertEqual(ranked[1].strength, 5, accuracy: 1e-12)
        XCTAssertEqual(ranked[1].net, -5, accuracy: 1e-12)
        XCTAssertEqual(ranked[1].sign, -1)
        XCTAssertEqual(ranked[1].dominantKinds, [.warning, .criticism])
    }

    func testHalfLifeHalvesOldEvents() {
        let m = TieStrength(halfLifeDays: 30, reference: Day("2024-07-20"))
        let recent = m.contribution(of: event(rus, prk, .pact, .asserted, 8, date: "2024-07-20"))
        let old = m.contribution(of: event(rus, prk, .pact, .asserted, 8, date: "2024-06-20"))
        XCTAssertEqual(recent, 8, accuracy: 1e-12)
        XCTAssertEqual(old, 4, accuracy: 1e-9)
    }

    func testRepeatedMentionsInOneArticleAreOneFact() {
        let merged = [
            event(rus, prk, .pact, .asserted, 8, sentence: 3),
            event(rus, prk, .pact, .asserted, 8, sentence: 9),
            event(rus, prk, .pact, .asserted, 8, article: "a2"),
        ].mergingRepeatedMentions()
        XCTAssertEqual(merged.count, 2)
        XCTAssertEqual(merged[0].mentions, 2)
        XCTAssertEqual(merged[0].sentence, 3)
    }

    func testSelfLoopsAreNotTies() {
        let graph = RelationGraph(events: [event(rus, rus, .talks, .asserted, 3)])
        XCTAssertTrue(graph.dyadIndex.isEmpty)
    }
}
