import ArgumentParser
struct BenchGraph: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graph", abstract: "todo")
}
