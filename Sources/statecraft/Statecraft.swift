import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftRender
import StatecraftStore

@main
struct Statecraft: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statecraft",
        abstract: "Turn news into a geopolitical relationship graph.",
        version: "statecraft \(Statecraft.version)",
        subcommands: [
            // Build the graph, ask it questions, draw it.
            Build.self, Relations.self, Ties.self, Render.self, Extract.self, Actors.self, Evaluate.self,
            // Browse it in a web browser.
            Serve.self,
            // Graph analytics.
            CentralityCommand.self, PathCommand.self, Blocs.self, Balance.self, Changes.self, TimelineCommand.self,
            // Event data in and out.
            Import.self, Export.self,
            // Benchmarks against the peers in ../shared/bench.
            Bench.self,
            // Syntax: tagging and dependency parsing.
            Parse.self, TrainParser.self,
        ])

    /// This release.
    static let version = "0.9.0"

    /// What `--version` prints: this release and the Graphviz and SQLite libraries in use.
    static var versionText: String {
        """
        statecraft \(version)
        Graphviz \(GraphvizRenderer.shared.graphvizVersion) (libgvc, in process)
        SQLite \(EventStore.sqliteVersion)
        """
    }

    /// Parses, runs, then flushes standard output: a write that failed anywhere is a one-line
    /// error with exit status 1. Errors print with control characters escaped.
    static func main() async {
        var command: ParsableCommand
        let arguments = Self.joiningNegativeValues(Array(CommandLine.arguments.dropFirst()))
        if arguments == ["--version"] {
            print(versionText)
            Self.exit(withError: (try? StandardOutput.finish()).map { ExitCode.success } ?? ExitCode.failure)
        }
        if let typo = Self.misspelledSubcommand(in: arguments) { Self.exit(withError: typo) }
        do {
            command = try parseAsRoot(arguments)
        } catch {
            Self.exit(withError: error)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
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

    /// "unknown command 'relatons'; did you mean relations?" for a word where a subcommand is
    /// expected that is one or two edits from a real one (nil otherwise: ArgumentParser reports it).
    static func misspelledSubcommand(in arguments: [String]) -> CLIError? {
        var command: ParsableCommand.Type = Statecraft.self
        var path = "statecraft"
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !word.hasPrefix("-") else { return nil }
            if let next = subcommands.first(where: { $0._commandName == word }) {
                command = next
                path += " " + word
                continue
            }
            var near: [(name: String, distance: Int)] = []
            for sub in subcommands {
                let name = sub._commandName
                if let d = EditDistance.levenshtein(name, word.lowercased(), limit: 2) { near.append((name, d)) }
            }
            near.sort { $0.distance < $1.distance }
            guard !near.isEmpty else { return nil }
            let names = near.filter { $0.distance == near[0].distance }.prefix(2).map { $0.name }.joined(separator: " or ")
            return CLIError("unknown command '\(path) \(word)'; did you mean \(names)?")
        }
        return nil
    }

    /// The error as the user sees it: ArgumentParser's own kinds unchanged (help, exit codes,
    /// validation with usage), everything else one line with control characters escaped.
    static func shown(_ error: Error) -> Error {
        switch error {
        case let e as ValidationError: return ValidationError(TerminalText.clean(e.message))
        // Help requests, exit codes and parser errors (a command group's run() throws one for help).
        case _ where String(reflecting: type(of: error)).hasPrefix("ArgumentParser."): return error
        default: return CLIError(TerminalText.clean("\(error)").replacingOccurrences(of: "\n", with: " "))
        }
    }
}
