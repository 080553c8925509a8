import StatecraftAnalysis
import StatecraftCore

/// Deterministic synthetic event sets for benchmarks and size tests: `actors` actors
/// (mostly states, some organisations and blocs) and `ties` distinct dyads with one to
/// three events each, degree skewed like news coverage (a few actors in most ties).
public enum SyntheticGraph {
    public static func events(actors: Int, ties: Int, seed: UInt64, ontology: RelationOntology) -> [Event] {
        let cast = (0..<actors).map { i -> Actor in
            let kind: ActorKind = i % 17 == 5 ? .igo : (i % 23 == 7 ? .bloc : .state)
            let id = "S" + String(1000 + i).dropFirst()
            return Actor(id: id, name: "Actor \(id.dropFirst())", kind: kind)
        }
        return events(cast: cast, ties: ties, seed: seed, ontology: ontology)
    }

    /// The same with a given cast (real actors, e.g. those with map coordinates).
    public static func events(cast: [Actor], ties: Int, seed: UInt64, ontology: RelationOntology) -> [Event] {
        var rng = SplitMix64(seed: seed)
        let actors = cast.count
        guard actors >= 2 else { return [] }
        let maxTies = actors * (actors - 1) / 2
        var seen = Set<Int>()
        var out: [Event] = []
        let kinds = RelationKind.allCases
        let modalities: [Modality] = [.asserted, .asserted, .asserted, .intended, .possible, .alleged]
        while seen.count < min(ties, maxTies) {
            // Skewed choice: the square of a uniform number favours low indices.
            let u = Double(rng.next() % 1_000_000) / 1_000_000, v = Double(rng.next() % 1_000_000) / 1_000_000
            let i = Int(u * u * Double(actors)), j = Int(v * Double(actors))
            guard i != j else { continue }
            let (a, b) = (min(i, j), max(i, j))
            guard seen.insert(a * actors + b).inserted else { continue }
            for n in 0..<(1 + Int(rng.next() % 3)) {
                let kind = kinds[Int(rng.next() % UInt64(kinds.count))]
                let def = ontology[kind]
                let (s, t) = rng.next() % 2 == 0 ? (cast[a], cast[b]) : (cast[b], cast[a])
                out.append(Event(source: s, target: t, kind: kind, plover: def.plover,
                                 modality: modalities[Int(rng.next() % UInt64(modalities.count))], weight: def.weight,
                                 date: Day(year: 2024, month: 1 + Int(rng.next() % 12), day: 1 + Int(rng.next() % 28)),
                                 article: "synthetic-\(a)-\(b)", sentence: n,
                                 evidence: "\(s.name) and \(t.name): synthetic \(kind.rawValue) event \(n).", trigger: kind.rawValue))
            }
        }
        return out
    }
}
