/// A failure inside Graphviz, carrying Graphviz's own message in one line.
public struct GraphvizError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Which step failed.
    public enum Stage: String, Sendable {
        /// `agmemread`: the DOT text does not parse.
        case parse
        /// `gvLayout`: the engine could not lay the graph out.
        case layout
        /// `gvRenderData`: the renderer could not produce the format.
        case render
    }

    public let stage: Stage
    /// Graphviz's message (its `Error:` lines joined), one line.
    public let message: String

    public init(stage: Stage, message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String { "Graphviz \(stage.rawValue) failed: \(message)" }
}
