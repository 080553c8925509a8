/// Builds xdot drawing operations (Graphviz's `_background` attribute) in points, y up.
///
/// Used for what is not a node or an edge: the map's sea and graticule, the title and
/// the legend. Unlike HTML-like labels (whose parser leaks memory on every render in
/// Graphviz 2.42), an xdot background is parsed and freed cleanly, and it draws the
/// same in SVG, PNG and PDF. Bold type uses the PostScript name `Helvetica-Bold`, not
/// the `t` (font flags) operation, which leaks in 2.42's pango plugin.
struct XDotDrawing {
    private(set) var ops: [String] = []

    static func n(_ v: Double) -> String { MapStyle.number(v, digits: 1) }

    private static func string(_ s: String) -> String { "\(s.utf8.count) -\(s)" }

    mutating func stroke(_ colour: String) { ops.append("c " + Self.string(colour)) }
    mutating func fill(_ colour: String) { ops.append("C " + Self.string(colour)) }
    mutating func style(_ style: String) { ops.append("S " + Self.string(style)) }

    mutating func line(_ points: [(x: Double, y: Double)]) {
        ops.append("L \(points.count) " + points.map { Self.n($0.x) + " " + Self.n($0.y) }.joined(separator: " "))
    }

    mutating func polygon(_ points: [(x: Double, y: Double)], filled: Bool = true) {
        ops.append((filled ? "P" : "p") + " \(points.count) " + points.map { Self.n($0.x) + " " + Self.n($0.y) }.joined(separator: " "))
    }

    /// A filled ellipse centred at (x, y) with radii rx, ry.
    mutating func ellipse(x: Double, y: Double, rx: Double, ry: Double) {
        ops.append("E \(Self.n(x)) \(Self.n(y)) \(Self.n(rx)) \(Self.n(ry))")
    }

    mutating func rectangle(x: Double, y: Double, width: Double, height: Double, fill: String, border: String) {
        self.fill(fill)
        stroke(border)
        polygon([(x, y), (x + width, y), (x + width, y + height), (x, y + height)])
    }

    /// Text with its baseline at `y`; `align` −1 left, 0 centre, 1 right. `text` must come from ``DOTText/xdotText(_:)``.
    mutating func text(_ text: String, x: Double, y: Double, size: Double, bold: Bool = false, colour: String = "#222222",
                       align: Int = -1) {
        ops.append("F \(Self.n(size)) " + Self.string(bold ? "Helvetica-Bold" : "Helvetica"))
        stroke(colour)
        ops.append("T \(Self.n(x)) \(Self.n(y)) \(align) \(Self.n(Self.width(text, size: size, bold: bold))) " + Self.string(text))
    }

    /// A generous estimate of a text's width in points (Helvetica), for placing what follows it.
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        Double(text.count) * size * (bold ? 0.6 : 0.52)
    }

    /// Operations built elsewhere (another drawing's ``text``).
    mutating func append(raw: String) { if !raw.isEmpty { ops.append(raw) } }

    var text: String { ops.joined(separator: " ") }
}
