import ArgumentParser

@main
struct Statecraft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statecraft",
        abstract: "Turn news into a geopolitical relationship graph.",
        subcommands: [
            // Issue 2 (foundation)
            Build.self, Relations.self, Ties.self, Render.self, Extract.self, Actors.self,
            // Issue 4 (graph analytics)
            CentralityCommand.self, PathCommand.self, Blocs.self, Balance.self, Changes.self, Bench.self,
            // Issue 5 (rendering); the lead folds it under `bench`.
            BenchRender.self,
        ])
}
