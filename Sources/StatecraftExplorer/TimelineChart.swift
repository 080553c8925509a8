import StatecraftQueries

/// A timeline as a small inline SVG bar chart: one bar per month, its height the month's
/// event count, its colour the month's net sign (cooperative green, conflictual red,
/// neutral grey), a tooltip (`<title>`) with the month's numbers.
enum TimelineChart {
    static func svg(_ timeline: MonthlyTimeline, width: Int = 720, height: Int = 120) -> String {
        let months = timeline.months
        guard !months.isEmpty else {
            return "<p class=\"empty\">No dated events" + (timeline.undated > 0 ? " (\(timeline.undated) undated)" : "") + ".</p>"
        }
        let maxEvents = max(1, months.map(\.events).max() ?? 1)
        let plotTop = 8, plotBottom = height - 20
        let slot = Double(width - 40) / Double(months.count)
        let barWidth = max(1.0, min(40.0, slot * 0.8))
        var out = "<svg class=\"timeline\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<title>Events per month</title>"
        out += "<line x1=\"30\" y1=\"\(plotBottom)\" x2=\"\(width - 10)\" y2=\"\(plotBottom)\" stroke=\"#999\"/>"
        out += "<text x=\"26\" y=\"\(plotTop + 8)\" text-anchor=\"end\" class=\"axis\">\(maxEvents)</text>"
        out += "<text x=\"26\" y=\"\(plotBottom)\" text-anchor=\"end\" class=\"axis\">0</text>"
        for (i, m) in months.enumerated() {
            let h = Double(plotBottom - plotTop) * Double(m.events) / Double(maxEvents)
            let x = 32 + Double(i) * slot + (slot - barWidth) / 2
            let colour = m.net > 1e-9 ? "#2e8b57" : (m.net < -1e-9 ? "#c0392b" : "#8c8c8c")
            let kinds = m.kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.events)" }.joined(separator: ", ")
            let tip = "\(m.month): \(m.events) event\(m.events == 1 ? "" : "s"), strength \(HTML.number(m.strength)), net \(HTML.number(m.net, signed: true))"
                + (kinds.isEmpty ? "" : " (\(kinds))")
            out += "<rect class=\"bar\" x=\"\(fmt(x))\" y=\"\(fmt(Double(plotBottom) - h))\" width=\"\(fmt(barWidth))\" height=\"\(fmt(h))\" fill=\"\(colour)\"><title>\(HTML.escape(tip))</title></rect>"
        }
        // The first and last months under their bars.
        func centre(_ i: Int) -> Double { 32 + (Double(i) + 0.5) * slot }
        out += "<text x=\"\(fmt(centre(0)))\" y=\"\(height - 4)\" text-anchor=\"\(months.count > 1 ? "start" : "middle")\" class=\"axis\">\(HTML.escape(months[0].month))</text>"
        if months.count > 1 {
            out += "<text x=\"\(fmt(centre(months.count - 1)))\" y=\"\(height - 4)\" text-anchor=\"end\" class=\"axis\">\(HTML.escape(months[months.count - 1].month))</text>"
        }
        return out + "</svg>"
    }

    private static func fmt(_ x: Double) -> String { String(format: "%.1f", x) }
}
