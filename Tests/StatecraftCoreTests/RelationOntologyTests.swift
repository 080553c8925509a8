import Foundation
import StatecraftData
import XCTest
@testable import StatecraftCore

final class RelationOntologyTests: XCTestCase {
    func testBundledOntologyDefinesEveryKind() throws {
        let ontology = try RelationOntology(contentsOf: BundledData.relationsURL)
        for kind in RelationKind.allCases {
            XCTAssertFalse(ontology[kind].meaning.isEmpty, kind.rawValue)
        }
        XCTAssertTrue(ontology[.pact].symmetric)
        XCTAssertFalse(ontology[.visit].symmetric, "a visit points from the visitor")
        XCTAssertEqual(ontology[.sanctions].plover, .sanction)
        XCTAssertLessThan(ontology[.attack].weight, ontology[.criticism].weight)
        XCTAssertGreaterThan(ontology[.aid].weight, 0)
    }

    func testErrorsNameFileAndEntry() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-relations-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(#"{"relations": [{"kind": "pact", "meaning": "m", "plover": "AGREE", "weight": "heavy", "symmetric": true, "family": "cooperation"}]}"#.utf8).write(to: url)
        XCTAssertThrowsError(try RelationOntology(contentsOf: url)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains(url.path), text)
            XCTAssertTrue(text.contains("relations[0].weight"), text)
        }
    }

    func testMissingKindIsAnError() {
        let one = RelationDefinition(kind: .pact, meaning: "m", plover: .agree, weight: 8, symmetric: true, family: .cooperation)
        XCTAssertThrowsError(try RelationOntology(definitions: [one]))
    }

    func testWeightOutsideGoldsteinScaleIsAnError() {
        let defs = RelationKind.allCases.map {
            RelationDefinition(kind: $0, meaning: "m", plover: .agree, weight: $0 == .attack ? -12 : 1, symmetric: false, family: .neutral)
        }
        XCTAssertThrowsError(try RelationOntology(definitions: defs)) { XCTAssertTrue("\($0)".contains("attack")) }
    }
}
