import StatecraftCore
import StatecraftData
import XCTest

/// The `base` of a non-state group: the state it operates from, where maps place it.
final class ActorBaseTests: XCTestCase {
    func testABaseMustBeAKnownState() throws {
        XCTAssertThrowsError(try ActorDictionary(entries: [
            ActorEntry(id: "LBN", name: "Lebanon", kind: .state),
            ActorEntry(id: "GROUP", name: "Group", kind: .nonstate, base: "ATLANTIS"),
        ])) { XCTAssertTrue("\($0)".contains("base ATLANTIS is not a known state"), "\($0)") }
        XCTAssertThrowsError(try ActorDictionary(entries: [
            ActorEntry(id: "LBN", name: "Lebanon", kind: .state, base: "LBN"),
        ])) { XCTAssertTrue("\($0)".contains("only non-state groups have a base"), "\($0)") }
        XCTAssertEqual(try ActorDictionary(contentsOf: BundledData.actorsURL).entries.filter { $0.kind == .nonstate && $0.base == nil }.map(\.id), [],
                       "every bundled group has a base")
    }
}
