/// A user-facing error: one line, printed as `Error: <message>`, exit status 1.
package struct CLIError: Error, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
