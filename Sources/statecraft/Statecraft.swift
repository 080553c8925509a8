import ArgumentParser

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
            // Syntax: tagging and dependency parsing.
            Parse.self, TrainParser.self,
        ])
}
