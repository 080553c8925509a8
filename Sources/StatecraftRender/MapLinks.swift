/// Where a map's nodes and edges lead when clicked (an SVG map in a browser): Graphviz
/// `URL` attributes, written as `<a xlink:href=… xlink:title=tooltip>` around each element.
///
/// The links must be URLs whose characters need no DOT escaping: no `"` and no `\`
/// (percent-encode what comes from data). Links that break this rule are left out.
public struct MapLinks: Sendable {
    /// The URL of an actor's node, from its id.
    public let node: @Sendable (String) -> String
    /// The URL of an edge, from the ids of its dyad's two actors.
    public let edge: @Sendable (String, String) -> String

    public init(node: @escaping @Sendable (String) -> String, edge: @escaping @Sendable (String, String) -> String) {
        self.node = node
        self.edge = edge
    }

    /// `url` as a DOT attribute value, or nil when it contains a character DOT or Graphviz's
    /// escape substitution would change. `&` is written `&amp;`: Graphviz's SVG writer copies
    /// a URL as it stands (keeping entities), so the SVG stays well-formed XML.
    static func attribute(_ url: String) -> String? {
        guard !url.contains(where: { $0 == "\"" || $0 == "\\" || $0 == "<" || $0 == ">" || $0.isNewline }) else { return nil }
        return "\"" + url.replacingOccurrences(of: "&", with: "&amp;") + "\""
    }
}
