import Foundation
import StatecraftCore

extension Timeline {
    /// The timeline as text: one line per period with a bar of its strength that a terminal can
    /// show (Unicode block elements), its net sign, and its commonest kinds; then the marked events.
    public func text(title: String) -> String {
        let total = periods.reduce(into: (events: 0, strength: 0.0, net: 0.0)) {
            $0.events += $1.events; $0.strength += $1.strength; $0.net += $1.net
        }
        let plural: String = total.events == 1 ? "" : "s"
        var out: String = "\(title), by \(by.rawValue): \(total.events) event\(plural), "
        out += String(format: "strength %.1f, net %+.1f", total.strength, total.net)
        if let first = periods.first, let last = periods.last { out += " (\(label(first)) … \(label(last)))" }
        out += "\n"
        if undated > 0 { out += "  (\(undated) undated event\(undated == 1 ? "" : "s") in no period)\n" }
        guard !periods.isEmpty else { return out + "  no dated events\n" }
        let width = 30
        let top = periods.map(\.strength).max() ?? 0
        let labelWidth = periods.map { label($0).count }.max() ?? 7
        func pad(_ text: String, _ n: Int) -> String { text.padding(toLength: n, withPad: " ", startingAt: 0) }
        let header: [String] = [pad("period", labelWidth), "  events  strength     net  ",
                                pad("strength, net sign", width + 4), "kinds\n"]
        out += "  " + header.joined()
        for p in periods {
            let bar: String = Self.bar(top > 0 ? p.strength / top * Double(width) : 0)
            let sign: String = p.events == 0 ? "" : (p.net > 1e-9 ? "+" : (p.net < -1e-9 ? "−" : " "))
            let ranked = p.kinds.sorted { a, b in a.value != b.value ? a.value > b.value : a.key.rawValue < b.key.rawValue }
            let kinds: String = ranked.prefix(3).map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
            let numbers: String = String(format: "  %6d  %8.1f  %+6.1f  ", p.events, p.strength, p.net)
            let line: [String] = ["  ", pad(label(p), labelWidth), numbers, pad(bar + " " + sign, width + 4), kinds, "\n"]
            out += line.joined()
        }
        if !markers.isEmpty {
            out += "\nMarked (strongest pact, sanctions and attack events):\n"
            for m in markers {
                out += "  \(m.day)  \(m.kind.rawValue)  \(m.source.name) → \(m.target.name)" + (m.count > 1 ? " ×\(m.count)" : "") + "\n"
            }
        }
        return out
    }

    /// A horizontal bar `cells` characters long, in eighths.
    static func bar(_ cells: Double) -> String {
        let eighths = Int((max(0, cells) * 8).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }

    /// The timeline as CSV: `start,end,events,strength,net`, then one column per kind and per
    /// modality that occurs (event counts), in name order.
    public func csv() -> String {
        let kinds = Set(periods.flatMap { $0.kinds.keys }).sorted()
        let modalities = Set(periods.flatMap { $0.modalities.keys }).sorted { $0.rawValue < $1.rawValue }
        var out = (["start", "end", "events", "strength", "net"] + kinds.map(\.rawValue) + modalities.map(\.rawValue))
            .joined(separator: ",") + "\n"
        for p in periods {
            var cells = [p.start.description, p.end.description, String(p.events),
                         JSONLiteral.number(rounded(p.strength)), JSONLiteral.number(rounded(p.net))]
            cells += kinds.map { String(p.kinds[$0] ?? 0) }
            cells += modalities.map { String(p.modalities[$0] ?? 0) }
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }
}
