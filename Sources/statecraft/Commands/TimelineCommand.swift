import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftQueries
import StatecraftStore

extension Timeline.Granularity: ExpressibleByArgument {}

/// `statecraft timeline A [B]`: events, strength and net per week, month, quarter or year.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "How a dyad (or one actor's ties) changed over time: events, strength and net per period.",
        discussion: """
            Counts the facts between A and B (with B left out: all of A's) in each week, month, quarter or \
            year from the first to the last dated one, empty periods included; background events count \
            nothing unless --with-background. Formats: text (a chart a terminal shows), json \
            {"a","b","by","undated","periods":[{"start","end","events","strength","net","kinds","modalities"}]}, \
            csv (one row per period), svg (bars for events, a line for the net score, pact, sanctions and \
            attack events marked).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, svg }

    @Argument(help: "The actor.") var a: String
    @Argument(help: "The other actor (all of A's ties when left out).") var b: String?

    @Option(help: "week, month, quarter or year.")
    var by: Timeline.Granularity = .month

    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Only these relation kinds (\(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "KIND"))
    var kind: [String] = []

    @Option(help: "text, json, csv or svg.")
    var format: Format = .text

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write here instead of standard output.", valueName: "FILE"))
    var output: String?

    @OptionGroup var period: PeriodOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionary: DictionaryOptions

    func validate() throws {
        for k in kind { _ = try RelationKind.parse(k) }
    }

    func run() throws {
        let destination = try output.map { try OutputFile(path: $0) }
        let db = try store.open()
        var resolver = try StoredActorResolver(store: db, dictionary: dictionary)
        let x = try resolver.resolve(a)
        let y = try b.map { try resolver.resolve($0) }
        if let y, y.id == x.id { throw CLIError("'\(a)' and '\(b!)' are the same actor (\(x.id))") }
        let kinds = Set(try kind.map { try RelationKind.parse($0) })
        var builder = Timeline.Builder(by: by)
        let selection = EventSelection(actor: x.id, other: y?.id, since: period.since, until: period.until, kinds: kinds,
                                       factsOnly: true, includingBackground: period.withBackground)
        try db.forEachEvent(selection) { row in
            var e = row.event
            if period.withBackground { e.background = false }
            builder.add(e)
        }
        let timeline = builder.finish()
        let title = y.map { "\(x.name) — \($0.name)" } ?? "\(x.name) (all ties)"
        let text: String
        switch format {
        case .text: text = timeline.text(title: title)
        case .json: text = try timeline.json(a: x, b: y) + "\n"
        case .csv: text = timeline.csv()
        case .svg: text = timeline.svg(title: title)
        }
        if let destination {
            try destination.write(Data(text.utf8))
        } else {
            try StandardOutput.write(text)
        }
    }
}
