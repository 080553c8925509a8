import ArgumentParser
import StatecraftCore

extension RelationKind: ExpressibleByArgument {}

/// `--half-life 90d` (days; a bare number is days too).
struct HalfLife: ExpressibleByArgument {
    let days: Double
    init?(argument: String) {
        var s = argument.lowercased()
        var factor = 1.0
        if s.hasSuffix("d") { s.removeLast() } else if s.hasSuffix("w") { s.removeLast(); factor = 7 } else if s.hasSuffix("y") { s.removeLast(); factor = 365.25 }
        guard let v = Double(s), v > 0 else { return nil }
        days = v * factor
    }
}

extension String {
    func leftPadded(to n: Int) -> String { String(repeating: " ", count: max(0, n - count)) + self }
    func rightPadded(to n: Int) -> String { self + String(repeating: " ", count: max(0, n - count)) }
}
