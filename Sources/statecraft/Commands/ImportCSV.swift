import ArgumentParser

struct ImportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "csv", abstract: "(not yet implemented)")
    func run() throws { throw CLIError("not implemented yet") }
}
