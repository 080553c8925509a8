/// Pseudo-projective parsing (Nivre & Nilsson 2005, "head" encoding): a non-projective
/// tree is made projective by lifting arcs, shortest first, to the head's head; a lifted word's
/// relation records the relation of the head it was lifted from (`obl|nmod`). After parsing,
/// a word with such a relation is lowered back: below its head, breadth first, left to right,
/// to the first word whose relation is the recorded one.
public enum PseudoProjective {
    /// The separator between a word's own relation and that of its syntactic head.
    public static let separator: Character = "|"

    /// Projective heads and relations for a tree (`heads` 1-based per word, 0 the root).
    public static func projectivize(heads: [Int32], relations: [String]) -> (heads: [Int32], relations: [String]) {
        var h = heads
        var r = relations
        let n = h.count
        var lifted = [Bool](repeating: false, count: n)
        while true {
            // The shortest non-projective arc.
            var best = -1, bestSpan = Int.max
            for d in 1...max(1, n) where n > 0 {
                let head = Int(h[d - 1])
                let span = abs(head - d)
                if span < bestSpan, !DependencyTree.isProjective(arcFrom: head, to: d, heads: h) { best = d; bestSpan = span }
            }
            if best < 0 { break }
            let head = Int(h[best - 1])
            guard head > 0 else { break }   // an arc from the root cannot be lifted (never non-projective in a tree)
            if !lifted[best - 1] {
                r[best - 1] = base(r[best - 1]) + String(separator) + base(r[head - 1])
                lifted[best - 1] = true
            }
            h[best - 1] = h[head - 1]
        }
        return (h, r)
    }

    /// The universal relation of a possibly encoded relation: `nmod:poss|obl` → `nmod`.
    static func base(_ relation: String) -> String {
        var s = Substring(relation)
        if let bar = s.firstIndex(of: separator) { s = s[..<bar] }
        return String(DependencyRelation.universal(s))
    }

    /// Lowers lifted words back (see the type's description) and strips the recorded relations.
    public static func deprojectivize(heads: inout [Int32], relations: inout [String]) {
        let n = heads.count
        guard relations.contains(where: { $0.contains(separator) }) else { return }
        var children = [[Int]](repeating: [], count: n + 1)
        func rebuild() {
            for i in 0...n { children[i].removeAll(keepingCapacity: true) }
            for d in 1...n { children[Int(heads[d - 1])].append(d) }
        }
        rebuild()
        // Top-down order: words nearer the root first.
        var order: [Int] = []
        var queue = [0]
        var qi = 0
        while qi < queue.count {
            let v = queue[qi]; qi += 1
            for c in children[v] { order.append(c); queue.append(c) }
        }
        for d in order {
            let rel = relations[d - 1]
            guard let bar = rel.firstIndex(of: separator) else { continue }
            let own = String(rel[..<bar])
            let wanted = String(rel[rel.index(after: bar)...])
            relations[d - 1] = own
            // Breadth first below the current head, not entering d's own subtree.
            var frontier = children[Int(heads[d - 1])].filter { $0 != d }
            var found = -1
            var fi = 0
            while fi < frontier.count {
                let v = frontier[fi]; fi += 1
                if base(relations[v - 1]) == wanted { found = v; break }
                for c in children[v] where c != d { frontier.append(c) }
            }
            if found > 0 {
                heads[d - 1] = Int32(found)
                rebuild()
            }
        }
    }
}
