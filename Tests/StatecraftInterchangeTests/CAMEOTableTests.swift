import XCTest
import StatecraftCore
@testable import StatecraftInterchange

final class CAMEOTableTests: XCTestCase {
    let t = Fixtures.cameo

    func testLeadingZerosMatter() {
        XCTAssertEqual(t.code("042")?.kind, .visit)
        XCTAssertEqual(t.code("043")?.reverse, true, "Host a visit: the guest is the visitor")
        XCTAssertNil(t.code("42"), "42 is not a CAMEO code; 042 is")
        XCTAssertEqual(t.code("04")?.kind, .talks)
        XCTAssertNotEqual(t.code("0331")?.code, t.code("331")?.code)
    }

    func testIntentCodesAreIntendedAndCarryPLOVER() {
        let c = t.code("0332")!
        XCTAssertEqual(c.kind, .armsSupply)
        XCTAssertEqual(c.modality, .intended)
        XCTAssertEqual(c.plover, .agree)
        XCTAssertEqual(t.code("163")?.plover, .coerce, "PLOVER maps the embargo code to COERCE")
        XCTAssertEqual(t.code("1712")?.kind, .attack)
        XCTAssertNil(t.code("010")?.kind, "public statements have no interstate relation")
    }

    func testEveryCAMEOReferenceCodeIsKnown() throws {
        let path = try Fixtures.sharedFile("data/reference/cameo-eventcodes.txt")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
        var checked = 0
        for line in lines {
            let code = String(line.split(separator: "\t")[0])
            guard code != "0" else { continue }
            XCTAssertNotNil(t.code(code), "CAMEO \(code)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 280)
    }

    func testEveryICEWSRelationNameMaps() throws {
        var names = Set<String>()
        for f in ["data/events/icews05-15-test.tsv", "data/events/icews05-15-valid.tsv"] {
            for line in try String(contentsOfFile: try Fixtures.sharedFile(f), encoding: .utf8).split(separator: "\n") {
                names.insert(String(line.split(separator: "\t", omittingEmptySubsequences: false)[1]))
            }
        }
        XCTAssertGreaterThan(names.count, 200)
        for n in names { XCTAssertNotNil(t.code(named: n), "ICEWS relation '\(n)'") }
    }

    func testCountryCodes() {
        XCTAssertEqual(t.country(code: "ROM")?.id, "ROU", "CAMEO's old code for Romania")
        XCTAssertEqual(t.country(code: "WST")?.id, "WEST")
        XCTAssertNil(t.country(code: "AFR"), "a region is not a country actor")
    }

    func testValidationNamesTheEntry() {
        XCTAssertThrowsError(try CAMEOTable(codes: [CAMEOCode(code: "04x", name: "bad", kind: .talks, plover: .consult)],
                                            countries: [], origin: "my.json")) {
            XCTAssertTrue("\($0)".contains("my.json") && "\($0)".contains("04x"), "\($0)")
        }
        XCTAssertThrowsError(try CAMEOTable(codes: [CAMEOCode(code: "042", name: "a", kind: .visit, plover: .consult),
                                                    CAMEOCode(code: "042", name: "b", kind: .visit, plover: .consult)],
                                            countries: []))
    }
}
