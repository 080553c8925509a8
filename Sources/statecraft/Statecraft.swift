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
            command = try parseAsRoot(Self.joiningNegativeValues(Array(CommandLine.arguments.dropFirst())))
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

    /// `--top -1` as `--top=-1`: a negative number after a long option is that option's value
    /// (ArgumentParser would take it for an option and say "Missing value"), so the option's own
    /// check can say what is wrong with it. No command takes a negative number as an argument.
    static func joiningNegativeValues(_ arguments: [String]) -> [String] {
        var out: [String] = []
        for a in arguments {
            if let last = out.last, last.hasPrefix("--"), !last.contains("="), last != "--",
               a.hasPrefix("-"), a.count > 1, Double(a) != nil {
                out[out.count - 1] = last + "=" + a
            } else {
                out.append(a)
            }
        }
        return out
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
