/// A query that cannot be answered as asked (an unknown actor, a node not in the graph):
/// one line for the user, shown by the CLI as `Error: …` and by the explorer as a page.
public struct QueryError: Error, CustomStringConvertible, Sendable {
    public let message: String
    /// Close names, when the problem is a name that resolves to nothing.
    public let suggestions: [String]

    public init(_ message: String, suggestions: [String] = []) {
        self.message = message
        self.suggestions = suggestions
    }

    public var description: String { message }
}
