import Foundation
import StatecraftData
import XCTest
@testable import StatecraftCore

final class ActorDictionaryTests: XCTestCase {
    /// The 193 UN member states, written out here independently of the data file.
    static let unMembers = """
        AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA
        BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ
        ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL
        ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT
        MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY
        PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF KOR SSD
        ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN
        VNM YEM ZMB ZWE
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    static let bundled: ActorDictionary = try! ActorDictionary(contentsOf: BundledData.actorsURL)
    var dict: ActorDictionary { Self.bundled }

    private var tempFiles: [URL] = []

    override func tearDown() {
        for url in tempFiles { try? FileManager.default.removeItem(at: url) }
        tempFiles = []
        super.tearDown()
    }

    /// Writes `text` to a fresh temporary file and returns its URL.
    private func tempFile(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("actors-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        tempFiles.append(url)
        return url
    }

    private func officeholder(_ actor: String, _ name: String, _ role: Officeholder.Role) -> [Officeholder] {
        dict.entry(id: actor)?.leaders.filter { $0.name == name && $0.role == role } ?? []
    }

    // MARK: Coverage

    func testEveryUNMemberObserverAndDisputedStateIsAState() {
        XCTAssertEqual(Set(Self.unMembers).count, 193)
        for id in Self.unMembers + ["VAT", "PSE", "TWN", "XKX"] {
            XCTAssertEqual(dict.actor(id: id)?.kind, .state, "\(id) should be a state")
        }
        XCTAssertGreaterThanOrEqual(dict.actors.filter { $0.kind == .state }.count, 195)
    }

    func testOrganisationsBlocsAndNonStateActorsHaveTheirKinds() {
        for id in ["EU", "UN", "NATO", "ASEAN", "AU", "OPEC", "IAEA", "SCO", "ARAB_LEAGUE", "WHO", "IMF", "WTO", "ICC"] {
            XCTAssertEqual(dict.actor(id: id)?.kind, .igo, id)
        }
        for id in ["G7", "G20", "BRICS", "WEST"] { XCTAssertEqual(dict.actor(id: id)?.kind, .bloc, id) }
        for id in ["HAMAS", "HEZBOLLAH", "ISIS", "AL_QAEDA", "TALIBAN", "HOUTHIS", "WAGNER", "PKK",
                   "AL_SHABAAB", "BOKO_HARAM", "HTS"] {
            XCTAssertEqual(dict.actor(id: id)?.kind, .nonstate, id)
        }
        XCTAssertEqual(Set(dict.entry(id: "G7")!.members), ["CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"])
        XCTAssertTrue(dict.entry(id: "NATO")!.members.contains("FIN"))
        XCTAssertFalse(dict.entry(id: "NATO")!.members.contains("UKR"))
        XCTAssertEqual(dict.entry(id: "EU")?.seat, "Brussels")
        XCTAssertEqual(dict.entry(id: "UN")?.members.count, 193)
    }

    // MARK: Resolution

    func testResolvesNorthKoreaByNameShortFormCapitalAndID() {
        for text in ["north korea", "North Korea", "DPRK", "Pyongyang", "prk", "N.Korea", "N. Korea",
                     "Democratic People's Republic of Korea", "North Korean"] {
            XCTAssertEqual(dict.resolve(text)?.id, "PRK", text)
        }
    }

    func testResolvesMetonymsAndShortForms() {
        let expected = [
            "the Kremlin": "RUS", "Kremlin": "RUS", "the White House": "USA", "the State Department": "USA",
            "the Pentagon": "USA", "Foggy Bottom": "USA", "Downing Street": "GBR", "Whitehall": "GBR",
            "the Elysee": "FRA", "the Élysée": "FRA", "Quai d'Orsay": "FRA", "Zhongnanhai": "CHN",
            "the Blue House": "KOR", "U.S.": "USA", "UK": "GBR", "the Netherlands": "NLD", "Ivory Coast": "CIV",
            "Côte d'Ivoire": "CIV", "Türkiye": "TUR", "Hanoi": "VNM", "Kyiv": "UKR", "Seoul": "KOR",
            "Vietnamese": "VNM", "Russians": "RUS", "the West": "WEST", "Western countries": "WEST",
            "Islamic State": "ISIS", "Daesh": "ISIS", "ISIL": "ISIS", "Houthi rebels": "HOUTHIS",
            "Ansar Allah": "HOUTHIS", "Wagner Group": "WAGNER", "Hayat Tahrir al-Sham": "HTS",
            "UN Security Council": "UN", "Brussels": "EU",
        ]
        for (text, id) in expected { XCTAssertEqual(dict.resolve(text)?.id, id, text) }
    }

    func testKoreanNorthAndSouthAreLeftToTheExtractor() {
        XCTAssertNil(dict.resolve("the North"))
        XCTAssertNil(dict.resolve("the South"))
        XCTAssertNil(dict.resolve("Korea"))
        XCTAssertNil(dict.resolve("Korean"))
    }

    func testArmedGroupsAreNotTheCountriesTheyOperateIn() {
        XCTAssertEqual(dict.resolve("Hamas")?.id, "HAMAS")
        XCTAssertEqual(dict.resolve("Hezbollah")?.id, "HEZBOLLAH")
        XCTAssertEqual(dict.resolve("Taliban")?.id, "TALIBAN")
        XCTAssertEqual(dict.resolve("Boko Haram")?.id, "BOKO_HARAM")
    }

    func testSuggestsNearestActorsForMisspellings() {
        XCTAssertTrue(dict.suggestions(for: "Nroth Korea").map(\.id).contains("PRK"))
        XCTAssertTrue(dict.suggestions(for: "Vietnma").map(\.id).contains("VNM"))
        XCTAssertNil(dict.resolve("Nroth Korea"))
    }

    // MARK: Officeholders

    func testBidenIsPresidentOnlyWithinHisTerm() throws {
        let terms = officeholder("USA", "Joe Biden", .headOfState)
        XCTAssertEqual(terms.count, 1)
        let biden = try XCTUnwrap(terms.first)
        XCTAssertTrue(biden.holdsOffice(on: Day("2021-01-20")))
        XCTAssertTrue(biden.holdsOffice(on: Day("2024-06-20")))
        XCTAssertTrue(biden.holdsOffice(on: Day("2025-01-20")))
        XCTAssertFalse(biden.holdsOffice(on: Day("2021-01-19")))
        XCTAssertFalse(biden.holdsOffice(on: Day("2025-01-21")))
        XCTAssertFalse(biden.holdsOffice(on: Day("2016-06-01")))
    }

    func testPresidentOnADayIsExactlyOnePerson() {
        let usa = dict.entry(id: "USA")!.leaders.filter { $0.role == .headOfState }
        func president(_ d: String) -> [String] { usa.filter { $0.holdsOffice(on: Day(d)) }.map(\.name) }
        XCTAssertEqual(president("2024-06-20"), ["Joe Biden"])
        XCTAssertEqual(president("2019-06-20"), ["Donald Trump"])
        XCTAssertEqual(president("2025-06-20"), ["Donald Trump"])
        XCTAssertEqual(president("2010-06-20"), ["Barack Obama"])
    }

    func testPutinTermsAsPresidentAndPrimeMinister() {
        let president = officeholder("RUS", "Vladimir Putin", .headOfState)
        let premier = officeholder("RUS", "Vladimir Putin", .headOfGovernment)
        XCTAssertEqual(president.count, 2)
        XCTAssertEqual(premier.count, 2)
        let day = Day("2010-06-01")
        XCTAssertFalse(president.contains { $0.holdsOffice(on: day) })
        XCTAssertTrue(premier.contains { $0.holdsOffice(on: day) })
        XCTAssertTrue(president.contains { $0.holdsOffice(on: Day("2024-06-20")) })
        XCTAssertEqual(premier.first { $0.from == Day("2008-05-08") }?.to, Day("2012-05-07"))
    }

    func testVietnamLeadersOfTheSeedArticle() {
        let toLamPresident = officeholder("VNM", "To Lam", .headOfState)
        XCTAssertEqual(toLamPresident.first?.from, Day("2024-05-22"))
        XCTAssertEqual(toLamPresident.first?.to, Day("2024-10-21"))
        XCTAssertEqual(officeholder("VNM", "To Lam", .leader).first?.from, Day("2024-08-03"))
        let trong = officeholder("VNM", "Nguyen Phu Trong", .leader)
        XCTAssertTrue(trong.contains { $0.holdsOffice(on: Day("2024-06-20")) })
        XCTAssertFalse(trong.contains { $0.holdsOffice(on: Day("2024-08-01")) })
    }

    func testKimResolvesToNorthKoreaThroughItsLeader() {
        XCTAssertEqual(dict.resolve("Kim Jong Un")?.id, "PRK")
        XCTAssertEqual(dict.resolve("Kim Jong-un")?.id, "PRK")
        XCTAssertEqual(dict.resolve("Putin")?.id, "RUS")
        XCTAssertEqual(dict.resolve("Zelenskyy")?.id, "UKR")
        let kims = dict.index["kim"] ?? []
        XCTAssertEqual(Set(kims.map(\.actorID)), ["PRK"])
    }

    func testG20AndSeedStatesListHeadsAndForeignMinisters() {
        let states = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA PRK VNM UKR"
        for id in states.split(separator: " ").map(String.init) {
            let roles = Set(dict.entry(id: id)?.leaders.map(\.role) ?? [])
            XCTAssertFalse(roles.isDisjoint(with: [.headOfState, .headOfGovernment]), "\(id) has no head")
            XCTAssertTrue(roles.contains(.foreignMinister), "\(id) has no foreign minister")
        }
    }

    // MARK: User dictionaries

    func testUserDictionaryExtendsAnActorAndAddsNewOnes() throws {
        var d = dict
        let url = try tempFile("""
            {"actors": [
              {"id": "PRK", "name": "North Korea", "kind": "state", "names": ["Hermit Kingdom"],
               "leaders": [{"name": "Pak Example", "aliases": ["Pak"], "role": "spokesperson", "from": "2024-01-01"}]},
              {"id": "SOMALILAND", "name": "Somaliland", "kind": "nonstate", "capital": "Hargeisa"}
            ]}
            """)
        try d.add(contentsOf: url)
        XCTAssertEqual(d.resolve("Hermit Kingdom")?.id, "PRK")
        XCTAssertEqual(d.resolve("DPRK")?.id, "PRK", "the bundled names stay")
        XCTAssertEqual(d.resolve("Pak Example")?.id, "PRK")
        XCTAssertTrue(d.entry(id: "PRK")!.leaders.contains { $0.name == "Kim Jong Un" })
        XCTAssertEqual(d.resolve("Hargeisa")?.id, "SOMALILAND")
        XCTAssertEqual(d.entries.count, dict.entries.count + 1)
        XCTAssertNil(dict.resolve("Hermit Kingdom"), "the bundled dictionary is a value and is unchanged")
    }

    /// Adds `json` as a user dictionary and returns the error it must raise.
    private func loadError(_ json: String, file: StaticString = #filePath, line: UInt = #line) throws -> (DataFileError, URL) {
        var d = dict
        let url = try tempFile(json)
        do {
            try d.add(contentsOf: url)
        } catch let error as DataFileError {
            XCTAssertEqual(error.file, url.path, file: file, line: line)
            XCTAssertTrue(error.description.hasPrefix(url.path + ":"), error.description, file: file, line: line)
            XCTAssertFalse(error.description.contains("\n"), "one line", file: file, line: line)
            return (error, url)
        }
        XCTFail("no error for \(json)", file: file, line: line)
        throw XCTSkip("no error")
    }

    func testMalformedUserDictionaryNamesFileAndEntry() throws {
        let (badKind, _) = try loadError(#"{"actors": [{"id": "RUS", "name": "Russia", "kind": "state"}, {"id": "XYZ", "name": "Xland", "kind": "country"}]}"#)
        XCTAssertTrue(badKind.entry?.contains("XYZ") ?? false, badKind.description)
        XCTAssertTrue(badKind.entry?.contains("actors[1]") ?? false, badKind.description)

        let (noName, _) = try loadError(#"{"actors": [{"id": "XYZ", "kind": "state"}]}"#)
        XCTAssertTrue(noName.entry?.contains("XYZ") ?? false, noName.description)
        XCTAssertTrue(noName.problem.contains("name"), noName.description)

        let (badDate, _) = try loadError(#"{"actors": [{"id": "XYZ", "name": "X", "kind": "state", "leaders": [{"name": "A B", "role": "headOfState", "from": "2024-02-30"}]}]}"#)
        XCTAssertTrue(badDate.entry?.contains("XYZ") ?? false, badDate.description)

        let (badRole, _) = try loadError(#"{"actors": [{"id": "XYZ", "name": "X", "kind": "state", "leaders": [{"name": "A B", "role": "king"}]}]}"#)
        XCTAssertTrue(badRole.entry?.contains("leaders[0].role") ?? false, badRole.description)
    }

    func testInvalidEntriesAreRejectedWithTheirID() throws {
        let (lower, _) = try loadError(#"{"actors": [{"id": "xyz", "name": "X", "kind": "state"}]}"#)
        XCTAssertEqual(lower.entry, "xyz")

        let (twice, _) = try loadError(#"{"actors": [{"id": "XYZ", "name": "X", "kind": "state"}, {"id": "XYZ", "name": "Y", "kind": "state"}]}"#)
        XCTAssertEqual(twice.entry, "XYZ")

        let (backwards, _) = try loadError(#"{"actors": [{"id": "XYZ", "name": "X", "kind": "state", "leaders": [{"name": "A B", "role": "headOfState", "from": "2024-01-01", "to": "2023-01-01"}]}]}"#)
        XCTAssertEqual(backwards.entry, "XYZ leader A B")

        let (member, _) = try loadError(#"{"actors": [{"id": "BLOC1", "name": "Bloc", "kind": "bloc", "members": ["RUS", "NOPE"]}]}"#)
        XCTAssertEqual(member.entry, "BLOC1")
        XCTAssertTrue(member.problem.contains("NOPE"))
    }

    func testFileThatIsNotJSONIsNamed() throws {
        let (notJSON, _) = try loadError("actors: [RUS]")
        XCTAssertNil(notJSON.entry)
        XCTAssertTrue(notJSON.problem.contains("JSON"), notJSON.description)

        var d = dict
        let missing = URL(fileURLWithPath: "/nonexistent/actors.json")
        XCTAssertThrowsError(try d.add(contentsOf: missing)) { error in
            XCTAssertEqual((error as? DataFileError)?.file, missing.path)
        }
    }
}
