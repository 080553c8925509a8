import ArgumentParser

struct ImportEdges: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edges", abstract: "(not yet implemented)")
    func run() throws { throw CLIError("not implemented yet") }
}
