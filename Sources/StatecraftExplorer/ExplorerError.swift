/// A request the explorer cannot answer, shown as a page (or a JSON error under `/api/`)
/// with its status: a bad parameter (400, naming it), an unknown actor or page (404, with
/// close names), or a store problem (503).
struct ExplorerError: Error, Sendable {
    let status: Int
    let title: String
    let message: String
    /// Close actors to offer instead: (id, name).
    var suggestions: [(id: String, name: String)] = []

    static func badParameter(_ name: String, _ value: String, expected: String) -> ExplorerError {
        ExplorerError(status: 400, title: "Bad parameter",
                      message: "parameter '\(name)': '\(value)' is not \(expected)")
    }

    static func notFound(_ message: String, suggestions: [(id: String, name: String)] = []) -> ExplorerError {
        ExplorerError(status: 404, title: "Not found", message: message, suggestions: suggestions)
    }

    static func storeUnavailable(_ message: String) -> ExplorerError {
        ExplorerError(status: 503, title: "Store unavailable", message: message)
    }
}
