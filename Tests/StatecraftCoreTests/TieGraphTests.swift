import StatecraftData
import XCTest
@testable import StatecraftCore

final class TieGraphTests: XCTestCase {
    let rus = Actor(id: "RUS", name: "Russia", kind: .state)
    let prk = Actor(id: "PRK", name: "North Korea", kind: .state)
    let vnm = Actor(id: "VNM", name: "Vietnam", kind: .state)
    let usa = Actor(id: "USA", name: "United States", kind: .state)

    func event(_ s: Actor, _ t: Actor, _ kind: RelationKind, _ modality: Modality, _ weight: Double,
               date: String = "2024-06-20", sentence: Int = 0) -> Event {
        Event(source: s, target: t, kind: kind, plover: .agree, modality: modality, weight: weight, date: Day(date),
              article: "a1", sentence: sentence, evidence: "…", trigger: "…")
    }

    var events: [Event] {
        [event(rus, prk, .pact, .asserted, 8, sentence: 1),          // symmetric: 4 each way
         event(rus, prk, .armsSupply, .possible, 7, sentence: 2),    // 2.1 RUS → PRK
         event(prk, rus, .support, .intended, 3.5, sentence: 3),     // 2.1 PRK → RUS
         event(vnm, rus, .talks, .asserted, 3, sentence: 4),         // symmetric: 1.5 each way
         event(usa, rus, .sanctions, .asserted, -8, sentence: 5),    // 8 USA → RUS, net −8
         event(rus, rus, .talks, .asserted, 3, sentence: 6)]         // a self-tie counts nowhere
    }

    func testSymmetricKindsAreSplitHalfEachWay() throws {
        let ontology = try RelationOntology(contentsOf: BundledData.relationsURL)
        let g = TieGraph(relations: RelationGraph(events: events), ontology: ontology)
        XCTAssertEqual(g.arc(from: "RUS", to: "PRK")?.strength ?? 0, 4 + 2.1, accuracy: 1e-12)
        XCTAssertEqual(g.arc(from: "PRK", to: "RUS")?.strength ?? 0, 4 + 2.1, accuracy: 1e-12)
        XCTAssertEqual(g.arc(from: "VNM", to: "RUS")?.strength ?? 0, 1.5, accuracy: 1e-12)
        XCTAssertEqual(g.arc(from: "RUS", to: "VNM")?.strength ?? 0, 1.5, accuracy: 1e-12)
        XCTAssertNil(g.arc(from: "RUS", to: "USA"), "sanctions point one way")
        XCTAssertEqual(g.arc(from: "USA", to: "RUS")?.net ?? 0, -8, accuracy: 1e-12)
        XCTAssertEqual(g.arc(from: "USA", to: "RUS")?.cooperative ?? -1, 0, "conflict is not cooperation")
        XCTAssertEqual(g.arc(from: "RUS", to: "PRK")?.events, 2, "the pact rides on both arcs")
        XCTAssertEqual(g.actors.map(\.id), ["PRK", "RUS", "USA", "VNM"])
    }

    /// The two arcs of a dyad add up to the dyad's strength as `ties` ranks it, and an actor's
    /// total is the sum of its dyads: one strength, whichever way the graph is read.
    func testArcsAddUpToDyadsAndStoreTotals() throws {
        let ontology = try RelationOntology(contentsOf: BundledData.relationsURL)
        let relations = RelationGraph(events: events)
        let g = TieGraph(relations: relations, ontology: ontology)
        for d in DyadScore.rank(relations) {
            let both = (g.arc(from: d.a.id, to: d.b.id)?.strength ?? 0) + (g.arc(from: d.b.id, to: d.a.id)?.strength ?? 0)
            XCTAssertEqual(both, d.strength, accuracy: 1e-12, "\(d.a.id)–\(d.b.id)")
        }
        XCTAssertEqual(g.totalStrength["RUS"] ?? 0, 8 + 2.1 + 2.1 + 3 + 8, accuracy: 1e-12)
        let fromTotals = TieGraph(totals: TieTotal.summing(events), ontology: ontology)
        XCTAssertEqual(fromTotals.arcs.count, g.arcs.count)
        for (x, y) in zip(fromTotals.arcs, g.arcs) {
            XCTAssertEqual(x.source.id + x.target.id, y.source.id + y.target.id)
            XCTAssertEqual(x.strength, y.strength, accuracy: 1e-12)
            XCTAssertEqual(x.net, y.net, accuracy: 1e-12)
            XCTAssertEqual(x.cooperative, y.cooperative, accuracy: 1e-12)
            XCTAssertEqual(x.events, y.events)
        }
    }

    func testHalfLifeDecaysTheArcs() throws {
        let ontology = try RelationOntology(contentsOf: BundledData.relationsURL)
        let old = event(rus, prk, .pact, .asserted, 8, date: "2024-03-22"), new = event(usa, rus, .sanctions, .asserted, -8)
        let g = TieGraph(relations: RelationGraph(events: [old, new], measure: TieStrength(halfLifeDays: 90)), ontology: ontology)
        XCTAssertEqual(g.arc(from: "RUS", to: "PRK")?.strength ?? 0, 2, accuracy: 1e-9, "half of 8, halved once in 90 days")
    }
}
