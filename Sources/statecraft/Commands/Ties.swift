import ArgumentParser

struct Ties: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet implemented)")
    func run() throws { throw CLIError("Ties is not implemented yet") }
}
