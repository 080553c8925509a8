import StatecraftCore

/// The importance that sizes a map's nodes.
///
/// Each actor's strength (the sum of its ties' strengths on the map), scaled so the
/// strongest actor has 1.
enum MapCentrality {
    static func scores(dyads: [Dyad], measure: TieStrength) -> [String: Double] {
        var strength: [String: Double] = [:]
        for d in dyads {
            strength[d.a.id, default: 0] += d.strength
            strength[d.b.id, default: 0] += d.strength
        }
        let top = strength.values.max() ?? 0
        guard top > 0 else { return strength.mapValues { _ in 1 } }
        return strength.mapValues { $0 / top }
    }
}
