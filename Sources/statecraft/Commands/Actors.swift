import ArgumentParser

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet implemented)")
    func run() throws { throw CLIError("Actors is not implemented yet") }
}
