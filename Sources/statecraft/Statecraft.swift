import ArgumentParser

@main
struct Statecraft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statecraft",
        abstract: "Turn news into a geopolitical relationship graph.",
        subcommands: [
            // Issue 2 (foundation)
            Build.self, Relations.self, Ties.self, Render.self, Extract.self, Actors.self,
            Evaluate.self, BenchExtract.self,
            // Issue 6 (interchange)
            Import.self, Export.self, BenchGDELT.self, BenchBuild.self,
        ])
}
