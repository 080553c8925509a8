import StatecraftCore

/// Two-hop and three-hop links between two actors through third parties, strongest first
/// (a path is as strong as its weakest dyad).
public enum IndirectPaths {
    public struct Path: Encodable, Sendable {
        public let actors: [ActorJSON]
        public let strength: Double
    }

    public static func find(from a: String, to b: String, in totals: [TieTotal], limit: Int) -> [Path] {
        let dyads = DyadScore.rank(totals).filter { $0.strength > 0 }
        var adj: [String: [(String, Double)]] = [:]
        var actor: [String: Actor] = [:]
        for d in dyads {
            adj[d.a.id, default: []].append((d.b.id, d.strength))
            adj[d.b.id, default: []].append((d.a.id, d.strength))
            actor[d.a.id] = d.a
            actor[d.b.id] = d.b
        }
        var found: [([String], Double)] = []
        for (m, s1) in adj[a] ?? [] where m != b {
            for (n, s2) in adj[m] ?? [] where n != a {
                if n == b { found.append(([a, m, b], min(s1, s2))); continue }
                for (o, s3) in adj[n] ?? [] where o == b && n != m {
                    found.append(([a, m, n, b], min(s1, s2, s3)))
                }
            }
        }
        found.sort { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.count, $0.0.joined()) < ($1.0.count, $1.0.joined()) }
        return found.prefix(limit).map { Path(actors: $0.0.compactMap { actor[$0].map(ActorJSON.init) }, strength: rounded($0.1)) }
    }
}
