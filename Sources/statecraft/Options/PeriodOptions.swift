import ArgumentParser
import StatecraftCore

/// `--since D` / `--until D`: the period a query covers (inclusive), and `--half-life`.
struct PeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only events on or after this day.", valueName: "YYYY-MM-DD"))
    var since: Day?

    @Option(help: ArgumentHelp("Only events on or before this day.", valueName: "YYYY-MM-DD"))
    var until: Day?

    @Flag(name: .customLong("with-background"),
          help: "Count background events too (history the text recalls, such as \"since the 2022 invasion\"); by default they are evidence only.")
    var withBackground = false

    func validate() throws {
        if let since, let until, until < since {
            throw ValidationError("--until \(until) is before --since \(since)")
        }
    }

    /// Whether an event's day falls in the period (undated events count only when no bound is set).
    func contains(_ day: Day?) -> Bool {
        if since == nil && until == nil { return true }
        guard let day else { return false }
        if let since, day < since { return false }
        if let until, day > until { return false }
        return true
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
