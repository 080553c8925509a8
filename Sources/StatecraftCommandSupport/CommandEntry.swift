import ArgumentParser
import Foundation
import StatecraftCore

/// The entry point both tools share (`statecraft`, `statecraft-bench`): parse, run, then flush
/// standard output, so a write that failed anywhere is a one-line error with exit status 1.
/// Errors print with control characters escaped; a mistyped subcommand gets a suggestion.
package enum CommandEntry {
    /// Runs `root` on the process's arguments and exits.
    package static func main(_ root: ParsableCommand.Type, arguments: [String]) async -> Never {
        var command: ParsableCommand
        let arguments = joiningNegativeValues(arguments)
        if let typo = misspelledSubcommand(in: arguments, root: root) { root.exit(withError: typo) }
        do {
            command = try root.parseAsRoot(arguments)
        } catch {
            root.exit(withError: error)
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
            root.exit(withError: shown(error))
        }
        root.exit()
    }

    /// `--top -1` as `--top=-1`: a negative number after a long option is that option's value
    /// (ArgumentParser would take it for an option and say "Missing value"), so the option's own
    /// check can say what is wrong with it. No command takes a negative number as an argument.
    package static func joiningNegativeValues(_ arguments: [String]) -> [String] {
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

    /// "unknown command 'statecraft relatons'; did you mean relations?" for a word where a subcommand is
    /// expected that is one or two edits from a real one (nil otherwise: ArgumentParser reports it).
    package static func misspelledSubcommand(in arguments: [String], root: ParsableCommand.Type) -> CLIError? {
        var command: ParsableCommand.Type = root
        var path = root._commandName
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
    package static func shown(_ error: Error) -> Error {
        switch error {
        case let e as ValidationError: return ValidationError(TerminalText.clean(e.message))
        // Help requests, exit codes and parser errors (a command group's run() throws one for help).
        case _ where String(reflecting: type(of: error)).hasPrefix("ArgumentParser."): return error
        default: return CLIError(TerminalText.clean("\(error)").replacingOccurrences(of: "\n", with: " "))
        }
    }
}
