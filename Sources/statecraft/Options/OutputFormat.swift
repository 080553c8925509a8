import ArgumentParser

/// `--format text|json` for the query commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
