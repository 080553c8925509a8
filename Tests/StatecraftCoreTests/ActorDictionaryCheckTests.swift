import StatecraftData
import XCTest
@testable import StatecraftCore

final class ActorDictionaryCheckTests: XCTestCase {
    private func day(_ s: String) -> Day { Day(s)! }

    private func holder(_ name: String, _ role: Officeholder.Role, _ from: String?, _ to: String?,
                        aliases: [String] = []) -> Officeholder {
        Officeholder(name: name, aliases: aliases, role: role, from: from.map(day), to: to.map(day))
    }

    func testBundledDictionaryHasNoHardCollisions() throws {
        let dict = try ActorDictionary(contentsOf: BundledData.actorsURL)
        let report = dict.collisions()
        let hard = report.hardAliases.map { "\($0.alias): \($0.detail)" }
            + report.overlaps.map { "\($0.actorID)/\($0.otherActorID): \($0.first.name) vs \($0.second.name)" }
        XCTAssertFalse(report.hasHardProblems, hard.joined(separator: "\n"))
        // The one known soft collision: "Brussels" is the EU's metonym and Belgium's capital.
        let brussels = report.aliases.first { $0.alias == "brussels" }
        XCTAssertEqual(brussels?.severity, .soft)
        XCTAssertEqual(brussels?.actorIDs, ["BEL", "EU"])
    }

    func testFormSharedAtTheSamePrecedenceIsHard() throws {
        let dict = try ActorDictionary(entries: [
            ActorEntry(id: "COD", name: "DR Congo", kind: .state, adjectives: ["Congolese"]),
            ActorEntry(id: "COG", name: "Congo-Brazzaville", kind: .state, adjectives: ["Congolese"]),
        ])
        let report = dict.collisions()
        XCTAssertEqual(report.aliases.count, 1)
        XCTAssertEqual(report.aliases.first?.alias, "congolese")
        XCTAssertEqual(report.aliases.first?.severity, .hard)
        XCTAssertEqual(report.aliases.first?.actorIDs, ["COD", "COG"])
        XCTAssertTrue(report.hasHardProblems)
        XCTAssertNil(dict.resolve("Congolese"), "a hard collision is one resolve cannot decide")
    }

    func testFormThatPrecedenceResolvesIsSoft() throws {
        let dict = try ActorDictionary(entries: [
            ActorEntry(id: "BEL", name: "Belgium", kind: .state, capital: "Brussels"),
            ActorEntry(id: "EU", name: "European Union", kind: .igo, metonyms: ["Brussels"]),
        ])
        let report = dict.collisions()
        XCTAssertEqual(report.aliases.map(\.severity), [.soft])
        XCTAssertFalse(report.hasHardProblems)
        XCTAssertEqual(dict.resolve("Brussels")?.id, "EU")
    }

    func testOfficeholderAliasesCollideOnlyWhenTermsOverlap() throws {
        let apart = try ActorDictionary(entries: [
            ActorEntry(id: "POL", name: "Poland", kind: .state,
                       leaders: [holder("Donald Tusk", .headOfGovernment, "2007-11-16", "2014-09-22", aliases: ["Tusk"])]),
            ActorEntry(id: "EU", name: "European Union", kind: .igo,
                       leaders: [holder("Donald Tusk", .leader, "2014-12-01", "2019-11-30", aliases: ["Tusk"])]),
        ])
        XCTAssertTrue(apart.collisions().aliases.isEmpty)
        XCTAssertTrue(apart.collisions().overlaps.isEmpty)

        let together = try ActorDictionary(entries: [
            ActorEntry(id: "AAA", name: "Aland", kind: .state,
                       leaders: [holder("Ali Smith", .foreignMinister, "2010-01-01", "2015-01-01", aliases: ["Smith"])]),
            ActorEntry(id: "BBB", name: "Bland", kind: .state,
                       leaders: [holder("Bo Smith", .foreignMinister, "2014-01-01", nil, aliases: ["Smith"])]),
        ])
        let report = together.collisions()
        XCTAssertEqual(report.hardAliases.map(\.alias), ["smith"])
        XCTAssertEqual(report.hardAliases.first?.actorIDs, ["AAA", "BBB"])
    }

    func testOverlappingTermsOfOneOfficeAreReported() throws {
        let dict = try ActorDictionary(entries: [
            ActorEntry(id: "AAA", name: "Aland", kind: .state, leaders: [
                holder("First President", .headOfState, "2000-01-01", "2005-01-01"),
                // Hand-over on the same day is not an overlap.
                holder("Second President", .headOfState, "2005-01-01", "2010-01-01"),
                // Starts before the second one left.
                holder("Third President", .headOfState, "2009-06-01", nil),
                // Several leaders and spokespeople at once are normal.
                holder("Party Chief", .leader, "2000-01-01", nil),
                holder("Army Chief", .leader, "2003-01-01", nil),
            ]),
        ])
        let overlaps = dict.collisions().overlaps
        XCTAssertEqual(overlaps.count, 1)
        XCTAssertEqual(overlaps.first?.kind, .sameOffice)
        XCTAssertEqual(overlaps.first?.first.name, "Second President")
        XCTAssertEqual(overlaps.first?.second.name, "Third President")
        XCTAssertTrue(dict.collisions().hasHardProblems)
    }

    func testOnePersonInOfficeForTwoActorsAtOnce() throws {
        let dict = try ActorDictionary(entries: [
            ActorEntry(id: "AAA", name: "Aland", kind: .state,
                       leaders: [holder("Jo Doe", .defenceMinister, "2010-01-01", "2020-01-01")]),
            ActorEntry(id: "BBB", name: "Bland", kind: .state,
                       leaders: [holder("Jo Doe", .headOfState, "2019-01-01", nil)]),
            // The same person for one actor in two offices at once is fine (president and party chief).
            ActorEntry(id: "CCC", name: "Cland", kind: .state, leaders: [
                holder("Xi Example", .headOfState, "2013-01-01", nil),
                holder("Xi Example", .leader, "2012-01-01", nil),
            ]),
        ])
        let overlaps = dict.collisions().overlaps
        XCTAssertEqual(overlaps.count, 1)
        XCTAssertEqual(overlaps.first?.kind, .samePerson)
        XCTAssertEqual(Set([overlaps.first!.actorID, overlaps.first!.otherActorID]), ["AAA", "BBB"])
    }

    func testTermsOverlapTreatsOpenEndsAsForever() {
        let open = holder("A", .headOfState, nil, nil)
        let later = holder("B", .headOfState, "2030-01-01", "2031-01-01")
        XCTAssertTrue(ActorDictionary.termsOverlap(open, later))
        let before = holder("C", .headOfState, "2020-01-01", "2030-01-01")
        XCTAssertFalse(ActorDictionary.termsOverlap(before, later), "hand-over day")
    }
}
