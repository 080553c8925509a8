import ArgumentParser
import Foundation
import StatecraftCore

/// `statecraft actors`: lists the actor dictionary, or checks it with `--check`.
struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the actor dictionary, or check it for colliding names and terms.",
        discussion: """
            Lists every actor of the bundled dictionary (and of the --dictionary files on top), \
            one line per actor in text, or as JSON: [{"id", "name", "kind", "aliases"}].

            --check reports the problems instead and exits with status 1 if any is hard:
              hard  a name that resolves to no single actor: two actors share it at the same \
            precedence (id > name > metonym > capital > adjective);
              hard  an officeholder's name or alias shared by people of two actors whose terms overlap;
              hard  two holders of one office of an actor (head of state, head of government, \
            foreign or defence minister) whose terms share more than the hand-over day;
              hard  one person in office for two actors at the same time;
              soft  a name shared by two actors that precedence resolves (e.g. "Brussels": \
            the EU's metonym over Belgium's capital), or an actor's name that is also \
            another actor's officeholder.
            Officeholder aliases whose terms do not overlap are not reported ("Tusk": Poland, \
            then the EU, then Poland again).
            """)

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Report alias collisions and overlapping terms; fail on hard ones.")
    var check = false

    func run() throws {
        let dictionary = try dictionaryOptions.load()
        if check {
            let report = dictionary.collisions()
            print(format == .json ? Self.json(report) : Self.text(report))
            if report.hasHardProblems { throw ExitCode.failure }
            return
        }
        switch format {
        case .json: print(Self.json(dictionary.entries))
        case .text: print(Self.text(dictionary.entries))
        }
    }

    // MARK: Listing

    /// `[{"id","name","kind","aliases"}]`, one actor a line, keys in that order.
    static func json(_ entries: [ActorEntry]) -> String { ActorListJSON.encode(entries) }


    static func text(_ entries: [ActorEntry]) -> String {
        let idWidth = entries.map(\.id.count).max() ?? 0
        return entries.map { e in
            let others = e.aliases.filter { $0 != e.name }
            let line = pad(e.id, idWidth) + "  " + pad(e.kind.rawValue, 8) + "  " + e.name
            return others.isEmpty ? line : line + ": " + others.joined(separator: ", ")
        }.joined(separator: "\n")
    }

    // MARK: Check

    struct CheckedAlias: Encodable {
        let alias: String
        let actors: [String]
        let severity: String
        let detail: String
    }

    struct CheckedTerm: Encodable {
        struct Term: Encodable {
            let actor: String
            let name: String
            let role: String
            let from: String?
            let to: String?
        }
        let kind: String
        let severity: String
        let first: Term
        let second: Term
    }

    struct Checked: Encodable {
        let hard: Int
        let soft: Int
        let aliases: [CheckedAlias]
        let overlaps: [CheckedTerm]
    }

    static func json(_ report: DictionaryCheckReport) -> String {
        func term(_ actor: String, _ o: Officeholder) -> CheckedTerm.Term {
            .init(actor: actor, name: o.name, role: o.role.rawValue, from: o.from?.description, to: o.to?.description)
        }
        let hard = report.hardAliases.count + report.overlaps.count
        return encode(Checked(
            hard: hard, soft: report.aliases.count - report.hardAliases.count,
            aliases: report.aliases.map {
                CheckedAlias(alias: $0.alias, actors: $0.actorIDs, severity: $0.severity.rawValue, detail: $0.detail)
            },
            overlaps: report.overlaps.map {
                CheckedTerm(kind: $0.kind.rawValue, severity: $0.severity.rawValue,
                            first: term($0.actorID, $0.first), second: term($0.otherActorID, $0.second))
            }))
    }

    static func text(_ report: DictionaryCheckReport) -> String {
        func term(_ o: Officeholder) -> String {
            "\(o.name) (\(o.role.rawValue), \(o.from?.description ?? "…")..\(o.to?.description ?? ""))"
        }
        var lines = report.aliases.map { "\($0.severity.rawValue)  alias '\($0.alias)': \($0.detail)" }
        for o in report.overlaps {
            switch o.kind {
            case .sameOffice:
                lines.append("hard  overlap \(o.actorID): \(term(o.first)) and \(term(o.second))")
            case .samePerson:
                lines.append("hard  person \(o.first.name): \(o.actorID) \(term(o.first)) and \(o.otherActorID) \(term(o.second))")
            }
        }
        let hard = report.hardAliases.count + report.overlaps.count
        lines.append("\(hard) hard, \(report.aliases.count - report.hardAliases.count) soft")
        return lines.joined(separator: "\n")
    }

    // MARK: Helpers

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and arrays cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
