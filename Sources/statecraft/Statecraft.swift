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

    /// Parses, runs, then flushes standard output (``CommandEntry``); `--version` alone prints ``versionText``.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--version"] {
            print(versionText)
            Self.exit(withError: (try? StandardOutput.finish()).map { ExitCode.success } ?? ExitCode.failure)
        }
        await CommandEntry.main(Statecraft.self, arguments: arguments)
    }
}
