import ArgumentParser
import Foundation

@main
struct Statecraft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statecraft",
        abstract: "Turn news into a geopolitical relationship graph.",
        subcommands: [
            // Build the graph, ask it questions, draw it.
            Build.self, Relations.self, Ties.self, Render.self, Extract.self, Actors.self, Evaluate.self,
            // Graph analytics.
            CentralityCommand.self, PathCommand.self, Blocs.self, Balance.self, Changes.self,
            // Event data in and out.
            Import.self, Export.self,
            // Benchmarks against the peers in ../shared/bench.
            Bench.self,
        ])

    /// Parses, runs, then flushes standard output: a write that failed anywhere is a one-line
    /// error with exit status 1. Errors print with control characters escaped.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            Self.exit(withError: error)
        }
        do {
            try command.run()
            try StandardOutput.finish()
        } catch {
            _ = try? StandardOutput.finish()  // what was printed before the error
            Self.exit(withError: Self.shown(error))
        }
    }

    /// The error as the user sees it: ArgumentParser's own kinds unchanged (help, exit codes,
    /// validation with usage), everything else one line with control characters escaped.
    static func shown(_ error: Error) -> Error {
        switch error {
        case is CleanExit, is ExitCode: return error
        case let e as ValidationError: return ValidationError(TerminalText.clean(e.message))
        default: return CLIError(TerminalText.clean("\(error)").replacingOccurrences(of: "\n", with: " "))
        }
    }
}
