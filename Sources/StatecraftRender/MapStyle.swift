import Foundation
import StatecraftCore

/// Colours, widths and sizes of the maps.
///
/// Edge colour encodes the relation family and, within it, how intense its acts are on
/// the Goldstein scale: cooperation runs from green (support, ~3) to blue (pacts, arms,
/// aid, ~8); conflict from orange (criticism, ~2) to red (attacks, 10); neutral contact
/// (visits, talks, demands) is grey. Width grows with the square root of strength;
/// ties not stated as facts are dashed; arrowheads show direction, none for symmetric kinds.
/// Node fill encodes the actor kind; node size and type size grow with centrality.
public enum MapStyle {
    /// The type of every label. Liberation Sans is named first because the install step
    /// (`make deps`: fonts-liberation2) guarantees it, so fontconfig lays out the same text with
    /// the same font on every machine whatever else is installed (a generic "Helvetica" resolved
    /// to different fonts and moved the maps by fractions of a point). Arial, metrically the
    /// same, and Helvetica follow for SVG viewers without it.
    public static let font = "Liberation Sans,Arial,Helvetica,sans-serif"

    /// Fill and border colour of an actor kind.
    public static func colours(of kind: ActorKind) -> (fill: String, border: String) {
        switch kind {
        case .state: return ("#dce9f5", "#3b6a9a")
        case .igo: return ("#ece1f5", "#6a4a8c")
        case .bloc: return ("#fbe8c8", "#9a6a1c")
        case .nonstate: return ("#e4e4e4", "#5a5a5a")
        }
    }

    /// The colour ramp endpoints of a family (low intensity, high intensity).
    static func ramp(_ family: RelationFamily) -> (low: RGB, high: RGB, range: ClosedRange<Double>) {
        switch family {
        case .cooperation: return (RGB(0x2c, 0xa2, 0x5f), RGB(0x1f, 0x5f, 0xb4), 3...8)
        case .conflict: return (RGB(0xf0, 0x8a, 0x24), RGB(0xc4, 0x1e, 0x1e), 2...10)
        case .neutral: return (RGB(0x80, 0x80, 0x80), RGB(0x80, 0x80, 0x80), 0...1)
        }
    }

    /// The edge colour for a family at an intensity (mean |weight|, 0...10).
    public static func edgeColour(_ family: RelationFamily, intensity: Double) -> String {
        let r = ramp(family)
        let t = min(1, max(0, (intensity - r.range.lowerBound) / (r.range.upperBound - r.range.lowerBound)))
        return r.low.mixed(with: r.high, t).hex
    }

    /// Pen width for a tie of `strength` on a map whose strongest tie is `maxStrength`.
    public static func penWidth(strength: Double, maxStrength: Double) -> Double {
        guard maxStrength > 0 else { return 1.5 }
        return 1.2 + 4.8 * (max(0, strength) / maxStrength).squareRoot()
    }

    /// Font size (points) of a node with centrality 0...1 (a little smaller on geo maps,
    /// where neighbours are close).
    public static func fontSize(centrality: Double, geo: Bool = false) -> Double {
        (geo ? 12 : 13) + (geo ? 6 : 7) * min(1, max(0, centrality)).squareRoot()
    }

    /// A number with at most `digits` decimals, without trailing zeros (locale-independent).
    static func number(_ x: Double, digits: Int = 2) -> String {
        guard x.isFinite else { return "0" }
        var s = String(format: "%.\(digits)f", x)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }

    /// "armsSupply" → "arms supply".
    public static func words(_ kind: RelationKind) -> String {
        var out = ""
        for ch in kind.rawValue {
            if ch.isUppercase { out += " " + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }
}

/// An sRGB colour.
struct RGB: Equatable {
    let r: Int, g: Int, b: Int
    init(_ r: Int, _ g: Int, _ b: Int) { self.r = r; self.g = g; self.b = b }
    func mixed(with o: RGB, _ t: Double) -> RGB {
        func mix(_ x: Int, _ y: Int) -> Int { Int((Double(x) + (Double(y) - Double(x)) * t).rounded()) }
        return RGB(mix(r, o.r), mix(g, o.g), mix(b, o.b))
    }
    var hex: String { String(format: "#%02x%02x%02x", r, g, b) }
}
