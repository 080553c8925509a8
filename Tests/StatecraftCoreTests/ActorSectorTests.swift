import XCTest
@testable import StatecraftCore

final class ActorSectorTests: XCTestCase {
    /// ICEWS sector labels (and variants of them) to CAMEO's agent sectors.
    func testDatasetLabelsNameTheirSector() {
        let cases: [(String, ActorSector)] = [
            ("Police", .police), ("Citizen", .civilians), ("Military", .military), ("Military Personnel - Special", .military),
            ("Government", .government), ("Head of Government", .government), ("Foreign Affairs", .government),
            ("Cabinet / Council of Ministers / Advisors", .government), ("Defense / Security Ministry", .military),
            ("Armed Rebel", .rebels), ("Insurgents", .rebels), ("Militant", .rebels),
            ("People Associated with the Opposition", .opposition), ("Protester", .opposition),
            ("Media Personnel", .media), ("Newspaper", .media), ("Business", .business), ("Businessperson", .business),
            ("Member of Parliament", .legislature), ("Court Judge", .judiciary), ("Lawyer/Attorney", .judiciary),
            ("Party Member", .parties), ("Student", .education), ("Labor Union", .labor), ("Employee", .labor),
            ("Islamic Preacher", .religion), ("Medical Personnel", .health), ("Criminal", .criminals),
            ("Armed Gang", .criminals), ("Men", .civilians), ("Women", .civilians), ("Fishermen", .civilians),
            ("Human Rights Group", .ngo), ("Reserve Personnel", .other), ("Representatives", .legislature),
        ]
        for (label, sector) in cases { XCTAssertEqual(ActorSector(label: label), sector, label) }
    }

    func testKeywordsMatchWholeWordsOnly() {
        XCTAssertNotEqual(ActorSector(label: "Policemen"), .civilians, "'men' is not a word of 'policemen'")
        XCTAssertEqual(ActorSector(label: "Policemen"), .police)
        XCTAssertEqual(ActorSector(label: "Stateless Wanderers"), .other)
        XCTAssertEqual(ActorSector(label: ""), .other)
    }
}
