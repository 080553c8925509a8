import StatecraftQueries

extension JSONOutput {
    /// Writes one JSON document and a newline to the checked standard output.
    static func print<T: Encodable>(_ value: T, pretty: Bool = true) throws {
        try StandardOutput.write(try encode(value, pretty: pretty) + "\n")
    }
}
