import StatecraftData
import XCTest
@testable import StatecraftCore

/// Officeholder changes of 2025–2026 in the bundled dictionary: the new holder from the day of taking office,
/// the predecessor until then.
final class OfficeholderTermsTests: XCTestCase {
    static let dict: ActorDictionary = try! ActorDictionary(contentsOf: BundledData.actorsURL)

    private func holder(_ actor: String, _ role: Officeholder.Role, on day: String) -> [String] {
        Self.dict.entry(id: actor)?.leaders.filter { $0.role == role && $0.holdsOffice(on: Day(day)) && $0.from != nil }.map(\.name) ?? []
    }

    func testChanges() {
        let cases: [(String, Officeholder.Role, String, String, String, String)] = [
            // actor, role, day before, holder before, first day, new holder
            ("TWN", .headOfState, "2024-05-19", "Tsai Ing-wen", "2024-05-21", "Lai Ching-te"),
            ("CHL", .headOfState, "2026-03-10", "Gabriel Boric", "2026-03-12", "José Antonio Kast"),
            ("NLD", .headOfGovernment, "2026-02-22", "Dick Schoof", "2026-02-24", "Rob Jetten"),
            ("NLD", .foreignMinister, "2026-02-24", "Tom Berendsen", "2026-12-31", "Tom Berendsen"),
            ("BGD", .headOfGovernment, "2026-02-16", "Muhammad Yunus", "2026-02-18", "Tarique Rahman"),
            ("HUN", .headOfGovernment, "2026-05-08", "Viktor Orbán", "2026-05-10", "Péter Magyar"),
            ("VEN", .headOfState, "2026-01-02", "Nicolás Maduro", "2026-01-04", "Delcy Rodríguez"),
        ]
        for (actor, role, before, old, first, new) in cases {
            XCTAssertEqual(holder(actor, role, on: before), [old], "\(actor) \(before)")
            XCTAssertEqual(holder(actor, role, on: first), [new], "\(actor) \(first)")
        }
        // Iran: no supreme leader between Ali Khamenei's death and Mojtaba Khamenei's appointment.
        XCTAssertEqual(holder("IRN", .headOfState, on: "2026-02-28"), ["Ali Khamenei"])
        XCTAssertEqual(holder("IRN", .headOfState, on: "2026-03-05"), [])
        XCTAssertEqual(holder("IRN", .headOfState, on: "2026-12-31"), ["Mojtaba Khamenei"])
    }

    func testLaiByTitleAndSurname() {
        let lai = Self.dict.entry(id: "TWN")!.leaders.first { $0.name == "Lai Ching-te" }!
        XCTAssertTrue(lai.aliases.contains("President Lai"))
        XCTAssertFalse(lai.aliases.contains("Lai"))   // "Jimmy Lai" is someone else
        XCTAssertNil(lai.to)
    }
}
