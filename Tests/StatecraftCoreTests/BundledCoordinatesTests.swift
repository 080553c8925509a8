import Foundation
import StatecraftData
import XCTest
@testable import StatecraftCore

/// `Data/coordinates.json` places every state at its capital and every organisation at its seat.
final class BundledCoordinatesTests: XCTestCase {
    private func positions() throws -> [String: [Double]] {
        let data = try Data(contentsOf: BundledData.coordinatesURL)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(root["positions"] as? [String: [Double]])
    }

    func testEveryStateAndSeatHasAPositionAndEveryPositionAnActor() throws {
        let dict = try ActorDictionary(contentsOf: BundledData.actorsURL)
        let pos = try positions()
        for e in dict.entries where e.kind == .state || e.seat != nil {
            XCTAssertNotNil(pos[e.id], "\(e.id) has no position")
        }
        for (id, p) in pos {
            XCTAssertNotNil(dict.entry(id: id), "\(id) is not an actor")
            XCTAssertEqual(p.count, 2, id)
            XCTAssertTrue((-90...90).contains(p[0]) && (-180...180).contains(p[1]), "\(id): \(p)")
        }
    }

    func testCapitalsAreWhereTheyShouldBe() throws {
        let pos = try positions()
        func near(_ id: String, _ lat: Double, _ lon: Double, file: StaticString = #filePath, line: UInt = #line) {
            guard let p = pos[id] else { return XCTFail("\(id) missing", file: file, line: line) }
            XCTAssertEqual(p[0], lat, accuracy: 0.5, id, file: file, line: line)
            XCTAssertEqual(p[1], lon, accuracy: 0.5, id, file: file, line: line)
        }
        near("PRK", 39.0, 125.75)   // Pyongyang
        near("USA", 38.9, -77.0)    // Washington
        near("AUS", -35.3, 149.1)   // Canberra, not Sydney
        near("BRA", -15.8, -47.9)   // Brasilia
        near("NZL", -41.3, 174.8)   // Wellington
        near("IAEA", 48.2, 16.4)    // Vienna
        near("AU", 9.0, 38.75)      // Addis Ababa
    }
}
