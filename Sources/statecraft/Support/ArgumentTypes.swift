import ArgumentParser
import StatecraftCore
import StatecraftInterchange

extension RelationKind: ExpressibleByArgument {}

extension UnknownActorPolicy: ExpressibleByArgument {}

extension RelationKind {
    /// The kind a `--kind` value names (any case), or a one-line error with the nearest kinds:
    /// "unknown relation kind 'sanction'; did you mean sanctions?".
    static func parse(_ value: String) throws -> RelationKind {
        if let k = allCases.first(where: { $0.rawValue.lowercased() == value.lowercased() }) { return k }
        var near: [(name: String, distance: Int)] = []
        for k in allCases {
            if let d = EditDistance.levenshtein(k.rawValue.lowercased(), value.lowercased(), limit: 3) { near.append((k.rawValue, d)) }
        }
        near.sort { $0.distance < $1.distance }
        let best = near.filter { $0.distance == near.first?.distance }.prefix(2).map { $0.name }
        let hint = best.isEmpty ? "" : "; did you mean \(best.joined(separator: " or "))?"
        throw ValidationError("unknown relation kind '\(value)'\(hint) (kinds: \(allCases.map(\.rawValue).joined(separator: ", ")))")
    }
}

/// `--half-life 90d` (days; a bare number is days too; `w` weeks, `y` years), finite and at
/// most a million days.
struct HalfLife: ExpressibleByArgument {
    let days: Double
    init?(argument: String) {
        var s = argument.lowercased()
        var factor = 1.0
        if s.hasSuffix("d") { s.removeLast() } else if s.hasSuffix("w") { s.removeLast(); factor = 7 } else if s.hasSuffix("y") { s.removeLast(); factor = 365.25 }
        guard let v = Double(s), v > 0, v.isFinite, v * factor <= 1_000_000 else { return nil }
        days = v * factor
    }
}
