import ArgumentParser
import Foundation
import StatecraftCore

/// `statecraft changes --from D1..D2 --to D3..D4 [--top N] [--format text|json]`.
struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The ties that rose or fell most between two periods.",
        discussion: """
            Each dyad's strength (and net score) is computed from the events of each period \
            (inclusive days; --half-life decays within each period from its latest event), and the \
            dyads are ranked by the change. Needs the store: an edge list has no dates.

            JSON: {"from": {"since", "until"}, "to": {…}, "rose": [{"source": actor, "target": actor, "before": 0, "after": 10, "change": 10, "net_before": 0, "net_after": -10}], "fell": […]}.
            """)

    struct Period: ExpressibleByArgument, CustomStringConvertible {
        let since: Day, until: Day
        init?(argument: String) {
            let parts = argument.components(separatedBy: "..")
            guard parts.count == 2, let a = Day(parts[0]), let b = Day(parts[1]), a <= b else { return nil }
            since = a
            until = b
        }
        func contains(_ d: Day?) -> Bool { d.map { $0 >= since && $0 <= until } ?? false }
        var description: String { "\(since)..\(until)" }
    }

    @Option(help: ArgumentHelp("The earlier period.", valueName: "YYYY-MM-DD..YYYY-MM-DD")) var from: Period
    @Option(help: ArgumentHelp("The later period.", valueName: "YYYY-MM-DD..YYYY-MM-DD")) var to: Period
    @Option(help: "How many rising and falling ties to list.") var top: Int = 10
    @Option(help: "text | json") var format: OutputFormat = .text
    @OptionGroup var source: GraphSourceOptions

    func validate() throws {
        if source.edges != nil { throw ValidationError("changes needs dated events from the store; an edge list (--edges) has no dates") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    struct Change {
        let a: Actor, b: Actor
        let before: Double, after: Double, netBefore: Double, netAfter: Double
        var change: Double { after - before }
    }

    func run() throws {
        var clock = Stopwatch()
        let lo = min(from.since, to.since), hi = max(from.until, to.until)
        let events = source.actorKinds.filter(try StoreAccess.events(source.store, since: max(lo, source.period.since ?? lo), until: min(hi, source.period.until ?? hi),
                                                                     includingBackground: source.period.withBackground))
        let measure = TieStrength(halfLifeDays: source.halfLife?.days)
        let g1 = RelationGraph(events: events.filter { from.contains($0.date) && source.period.contains($0.date) }, measure: measure)
        let g2 = RelationGraph(events: events.filter { to.contains($0.date) && source.period.contains($0.date) }, measure: measure)
        clock.lap("load_s")
        var changes: [Change] = []
        for key in Set(g1.dyadIndex.keys).union(g2.dyadIndex.keys) {
            let d1 = g1.dyadIndex[key], d2 = g2.dyadIndex[key]
            let d = (d1 ?? d2)!
            changes.append(Change(a: d.a, b: d.b, before: d1?.strength ?? 0, after: d2?.strength ?? 0,
                                  netBefore: d1?.net ?? 0, netAfter: d2?.net ?? 0))
        }
        let order: (Change, Change) -> Bool = { x, y in
            abs(x.change) != abs(y.change) ? abs(x.change) > abs(y.change) : (x.a.id, x.b.id) < (y.a.id, y.b.id)
        }
        let rose = Array(changes.filter { $0.change > 1e-12 }.sorted(by: order).prefix(top))
        let fell = Array(changes.filter { $0.change < -1e-12 }.sorted(by: order).prefix(top))
        clock.lap("compute_s")
        switch format {
        case .json:
            func actor(_ a: Actor) -> [String: Any] { ["id": a.id, "name": a.name, "kind": a.kind.rawValue] }
            func item(_ c: Change) -> [String: Any] {
                ["source": actor(c.a), "target": actor(c.b), "before": c.before, "after": c.after, "change": c.change,
                 "net_before": c.netBefore, "net_after": c.netAfter]
            }
            let doc: [String: Any] = [
                "from": ["since": from.since.description, "until": from.until.description],
                "to": ["since": to.since.description, "until": to.until.description],
                "rose": rose.map(item), "fell": fell.map(item),
            ]
            print(orderedJSON(doc, keyOrder: ["from", "to", "since", "until", "rose", "fell", "source", "target", "before", "after",
                                              "change", "net_before", "net_after", "id", "name", "kind"]))
        case .text:
            print("Tie strength \(from) → \(to)")
            for (title, list) in [("Rose", rose), ("Fell", fell)] {
                print("\(title):" + (list.isEmpty ? " none" : ""))
                for (i, c) in list.enumerated() {
                    print("\(i + 1). \(c.a.name) – \(c.b.name): \(formatScore(c.before)) → \(formatScore(c.after)) (\(c.change > 0 ? "+" : "")\(formatScore(c.change)); net \(formatScore(c.netBefore)) → \(formatScore(c.netAfter)))")
                }
            }
        }
        if source.timings { clock.report() }
    }
}
