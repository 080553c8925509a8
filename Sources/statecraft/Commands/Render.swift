import ArgumentParser

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(not yet implemented)")
    func run() throws { throw CLIError("Render is not implemented yet") }
}
