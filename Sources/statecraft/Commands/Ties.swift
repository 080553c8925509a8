import Foundation
import ArgumentParser
import StatecraftCore
import StatecraftStore

/// `statecraft ties`: the strongest dyads, strongest first.
struct Ties: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the strongest ties (dyads), strongest first.",
        discussion: """
            A dyad's strength adds |Goldstein weight| × modality discount over its distinct events, both \
            directions (asserted 1, intended 0.6, alleged 0.5, possible 0.3, hypothetical 0.2, denied 0); \
            its net score adds the signed values: above 0 the tie is cooperative, below 0 conflictual.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var actorKinds: ActorKindOptions

    @Option(help: "How many ties to list.")
    var top: Int = 10

    @Option(parsing: .upToNextOption, help: "Only these relation kinds (e.g. pact sanctions).", transform: RelationKind.parse)
    var kind: [RelationKind] = []

    @Option(help: ArgumentHelp("Halve an event's weight every this many days (e.g. 90d).", valueName: "DAYS"))
    var halfLife: HalfLife?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let db = try store.open()
        let dyads: [DyadScore]
        if period.since == nil, period.until == nil, halfLife == nil, !period.withBackground {
            let stored: [TieTotal] = try db.tieTotals()
            let totals = actorKinds.filter(stored).filter { kind.isEmpty || kind.contains($0.kind) }
            dyads = DyadScore.rank(totals)
        } else {
            let events = actorKinds.filter(try db.events(since: period.since, until: period.until, includingBackground: period.withBackground))
                .filter { kind.isEmpty || kind.contains($0.kind) }
            dyads = DyadScore.rank(RelationGraph(events: events, measure: TieStrength(halfLifeDays: halfLife?.days)))
        }
        let shown = Array(dyads.filter { $0.strength > 0 }.prefix(top))
        switch format {
        case .json:
            try JSONOutput.print(shown.map(TieJSON.init))
        case .text:
            if shown.isEmpty {
                print("No ties in \(store.path). Build the graph first: statecraft build Data/articles")
                return
            }
            let width = shown.map { "\($0.a.name) — \($0.b.name)".count }.max() ?? 0
            print("Strongest ties (\(store.path)):")
            for (i, d) in shown.enumerated() {
                let pair = "\(d.a.name) — \(d.b.name)"
                let rank = String(i + 1).leftPadded(to: 3)
                let strength = String(format: "%6.1f", d.strength)
                let net = String(format: "%+6.1f", d.net)
                print("\(rank). \(pair.rightPadded(to: width))  strength \(strength)  net \(net) \(d.signWord.rightPadded(to: 11))  \(d.dominantKinds.map(\.rawValue).joined(separator: ", "))")
            }
        }
    }
}
