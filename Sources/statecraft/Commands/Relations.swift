import ArgumentParser

struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet implemented)")
    func run() throws { throw CLIError("Relations is not implemented yet") }
}
