import XCTest
@testable import StatecraftCore

final class DayTests: XCTestCase {
    func testParsesAndPrints() {
        XCTAssertEqual(Day("2024-06-20")?.description, "2024-06-20")
        XCTAssertEqual(Day("20240620"), Day("2024-06-20"))
        XCTAssertEqual(Day("2024-06-20T10:00:00Z"), Day("2024-06-20"))
        XCTAssertNil(Day("2023-02-29"))
        XCTAssertNil(Day("2024-13-01"))
        XCTAssertNil(Day("June 20"))
    }

    func testOrdinalCountsDays() {
        XCTAssertEqual(Day("1970-01-01")!.ordinal, 0)
        XCTAssertEqual(Day("2024-03-01")!.ordinal - Day("2024-02-28")!.ordinal, 2)
        XCTAssertLessThan(Day("2021-01-20")!, Day("2025-01-20")!)
    }
}
