import Foundation
import StatecraftCore

extension Timeline {
    /// The timeline as a standalone SVG line-and-bar chart: bars for the events of each period
    /// (left axis), a line for its net score (right axis, dashed zero line; above cooperative,
    /// below conflictual), and the strongest pact (●), sanctions (■) and attack (▲) events marked
    /// at their dates and labelled. Liberation Sans, as the maps.
    public func svg(title: String) -> String {
        // The marked events are numbered on the chart and listed below it, two to a row.
        let listRows = (markers.count + 1) / 2
        let plotH = 270.0
        let left = 60.0, right = 64.0, top = 56.0
        let width = 900.0, height = top + plotH + 40 + Double(listRows) * 15 + 34
        let plotW = width - left - right
        var s = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Liberation Sans, Arial, sans-serif" font-size="11">
            <rect width="100%" height="100%" fill="#ffffff"/>
            <text x="\(left)" y="24" font-size="15" font-weight="bold">\(Self.escape(title))</text>

            """
        let totalEvents = periods.reduce(0) { $0 + $1.events }
        s += "<text x=\"\(left)\" y=\"42\" fill=\"#555\">events by \(by.rawValue) (bars), net score (line)"
            + (undated > 0 ? "; \(undated) undated not shown" : "") + "; \(totalEvents) events</text>\n"
        guard !periods.isEmpty else {
            return s + "<text x=\"\(left)\" y=\"\(top + plotH / 2)\">no dated events</text>\n</svg>\n"
        }
        let n = Double(periods.count)
        let band = plotW / n
        let maxEvents = max(1, periods.map(\.events).max() ?? 1)
        let eventsTop = Double(Self.niceCeiling(maxEvents))
        let maxAbsNet = max(1e-9, periods.map { abs($0.net) }.max() ?? 1)
        let netTop = Self.niceCeiling(maxAbsNet)
        func x(_ i: Int) -> Double { left + band * (Double(i) + 0.5) }
        func yEvents(_ v: Double) -> Double { top + plotH - v / eventsTop * plotH }
        func yNet(_ v: Double) -> Double { top + plotH / 2 - v / netTop * (plotH / 2) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }

        // Grid and axes.
        for k in 0...4 {
            let v = eventsTop * Double(k) / 4
            let y = yEvents(v)
            s += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y))\" stroke=\"#e6e6e6\"/>\n"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\" fill=\"#4a6fa5\">\(Self.short(v))</text>\n"
            let nv = netTop * (Double(k) / 2 - 1)
            s += "<text x=\"\(f(left + plotW + 6))\" y=\"\(f(yNet(nv) + 4))\" fill=\"#333\">\(nv > 0 ? "+" : "")\(Self.short(nv))</text>\n"
        }
        s += "<text transform=\"translate(16 \(f(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"#4a6fa5\">events</text>\n"
        s += "<text transform=\"translate(\(f(width - 12)) \(f(top + plotH / 2))) rotate(90)\" text-anchor=\"middle\" fill=\"#333\">net score</text>\n"

        // Bars.
        let barW = max(1, band * 0.7)
        for (i, p) in periods.enumerated() where p.events > 0 {
            let y = yEvents(Double(p.events))
            s += "<rect x=\"\(f(x(i) - barW / 2))\" y=\"\(f(y))\" width=\"\(f(barW))\" height=\"\(f(top + plotH - y))\" "
                + "fill=\"#9db7d9\"><title>\(label(p)): \(p.events) events, strength \(f(p.strength)), net \(f(p.net))</title></rect>\n"
        }
        // Zero line of the net score, then the line.
        s += "<line x1=\"\(f(left))\" y1=\"\(f(yNet(0)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(yNet(0)))\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>\n"
        let points = periods.enumerated().map { "\(f(x($0.offset))),\(f(yNet($0.element.net)))" }.joined(separator: " ")
        s += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.6\"/>\n"
        if periods.count <= 60 {
            for (i, p) in periods.enumerated() where p.events > 0 {
                s += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(yNet(p.net)))\" r=\"2.5\" fill=\"\(p.net >= 0 ? "#2e7d32" : "#c62828")\"/>\n"
            }
        }
        s += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\" fill=\"none\" stroke=\"#999\"/>\n"

        // Period labels: at most about 14.
        let step = max(1, Int((n / 14).rounded(.up)))
        for (i, p) in periods.enumerated() where i % step == 0 {
            s += "<text x=\"\(f(x(i)))\" y=\"\(f(top + plotH + 16))\" text-anchor=\"middle\">\(label(p))</text>\n"
        }

        // Marked events, at their day within the period's band.
        let first = periods[0].start.ordinal
        let span = Double(periods[periods.count - 1].end.ordinal - first + 1)
        func xDay(_ d: Day) -> Double { left + plotW * (Double(d.ordinal - first) + 0.5) / span }
        for (number, m) in markers.enumerated() {
            let mx = xDay(m.day)
            let my = top + 10
            switch m.kind {
            case .pact: s += "<circle cx=\"\(f(mx))\" cy=\"\(f(my))\" r=\"5\" fill=\"#2e7d32\"/>\n"
            case .sanctions: s += "<rect x=\"\(f(mx - 4.5))\" y=\"\(f(my - 4.5))\" width=\"9\" height=\"9\" fill=\"#ef6c00\"/>\n"
            default: s += "<path d=\"M\(f(mx)),\(f(my - 6)) L\(f(mx + 6)),\(f(my + 5)) L\(f(mx - 6)),\(f(my + 5)) Z\" fill=\"#c62828\"/>\n"
            }
            s += "<line x1=\"\(f(mx))\" y1=\"\(f(my + 6))\" x2=\"\(f(mx))\" y2=\"\(f(top + plotH))\" stroke=\"#bbb\" stroke-dasharray=\"2 3\"/>\n"
            s += "<text x=\"\(f(mx + 7))\" y=\"\(f(my - 4))\" font-size=\"10\" fill=\"#333\">\(number + 1)</text>\n"
            // Listed below the chart: number, kind, day, direction (and how many facts that day).
            let text = "\(number + 1)  \(m.kind.rawValue) \(m.day)  \(m.source.name) → \(m.target.name)" + (m.count > 1 ? " ×\(m.count)" : "")
            let lx = left + (number % 2 == 0 ? 0 : plotW / 2), ly = top + plotH + 40 + Double(number / 2) * 15
            s += "<text x=\"\(f(lx))\" y=\"\(f(ly))\" font-size=\"10.5\" fill=\"#333\">" + Self.escape(String(text.prefix(70))) + "</text>\n"
        }
        // Legend.
        let ly = height - 14
        s += "<circle cx=\"\(f(left + 5))\" cy=\"\(f(ly - 4))\" r=\"5\" fill=\"#2e7d32\"/><text x=\"\(f(left + 14))\" y=\"\(f(ly))\">pact</text>\n"
        s += "<rect x=\"\(f(left + 60))\" y=\"\(f(ly - 8.5))\" width=\"9\" height=\"9\" fill=\"#ef6c00\"/><text x=\"\(f(left + 74))\" y=\"\(f(ly))\">sanctions</text>\n"
        s += "<path d=\"M\(f(left + 150)),\(f(ly - 10)) L\(f(left + 156)),\(f(ly + 1)) L\(f(left + 144)),\(f(ly + 1)) Z\" fill=\"#c62828\"/><text x=\"\(f(left + 162))\" y=\"\(f(ly))\">attack</text>\n"
        s += "<rect x=\"\(f(left + 220))\" y=\"\(f(ly - 9))\" width=\"14\" height=\"10\" fill=\"#9db7d9\"/><text x=\"\(f(left + 240))\" y=\"\(f(ly))\">events</text>\n"
        s += "<line x1=\"\(f(left + 295))\" y1=\"\(f(ly - 4))\" x2=\"\(f(left + 315))\" y2=\"\(f(ly - 4))\" stroke=\"#222\" stroke-width=\"1.6\"/><text x=\"\(f(left + 320))\" y=\"\(f(ly))\">net score</text>\n"
        return s + "</svg>\n"
    }

    /// 1, 2, 5 × 10^k at or above `v`.
    static func niceCeiling(_ v: Double) -> Double {
        guard v > 0 else { return 1 }
        let p = pow(10, floor(log10(v)))
        for m in [1.0, 2.0, 2.5, 5.0, 10.0] where m * p >= v - 1e-12 { return m * p }
        return 10 * p
    }

    static func niceCeiling(_ v: Int) -> Int { Int(niceCeiling(Double(v)).rounded(.up)) }

    static func short(_ v: Double) -> String {
        if abs(v) >= 10_000 { return String(format: "%.0fk", v / 1000) }
        if abs(v - v.rounded()) < 1e-9 { return String(Int(v.rounded())) }
        return String(format: "%.1f", v)
    }

    /// Text for SVG: markup characters escaped, control characters dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
