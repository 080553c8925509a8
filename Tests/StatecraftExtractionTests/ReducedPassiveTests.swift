import StatecraftCore
import XCTest

/// "five Palestinians killed Saturday in …": a counted group before a participle with no object is its patient.
final class ReducedPassiveTests: XCTestCase {
    func testCountedGroupBeforeParticipleIsThePatient() {
        let e = Fixture.events("Abed Nabhan was one of five Palestinians killed Saturday in the continuing Israeli operation in northern Gaza.", date: "2004-08-15")
        XCTAssertFalse(e.contains { $0.source.id == "PSE" && $0.kind == .attack }, Fixture.describe(e))
        let f = Fixture.events("Violence raged on in Iraq, with five Iraqis killed in a suicide car bombing and three Turkish drivers kidnapped.", date: "2004-08-15")
        XCTAssertFalse(f.contains { $0.source.id == "IRQ" }, Fixture.describe(f))
    }

    func testCountedGroupWithAnObjectIsTheSubject() {
        let e = Fixture.events("Three Israeli soldiers killed two Palestinians in Gaza.", date: "2004-08-15")
        XCTAssertTrue(Fixture.has(e, "ISR", "PSE", .attack), Fixture.describe(e))
        let f = Fixture.events("Israeli soldiers killed five Palestinians on Saturday.", date: "2004-08-15")
        XCTAssertTrue(Fixture.has(f, "ISR", "PSE", .attack), Fixture.describe(f))
    }
}
