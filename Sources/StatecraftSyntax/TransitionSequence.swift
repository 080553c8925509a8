/// Trees as arc-hybrid transition sequences and back: what the parser is trained to produce.
public enum TransitionSequence {
    /// The transitions (0 shift, 1 left, 2 right) that build the projective tree `heads` (1-based, 0 root), or nil when
    /// the tree is not projective or not a tree.
    public static func transitions(heads: [Int32]) -> [Int]? {
        let n = heads.count
        let state = ArcHybridState()
        state.reset(words: n)
        let gold = [-1] + heads
        var out: [Int] = []
        return gold.withUnsafeBufferPointer { g -> [Int]? in
            while !state.isTerminal {
                guard let t = (0..<3).first(where: { state.isValid($0) && state.cost($0, gold: g.baseAddress!) == 0 }) else { return nil }
                out.append(t)
                state.apply(t, label: 0)
            }
            for d in 1...max(1, n) where n > 0 && state.heads[d] != gold[d] { return nil }
            return out
        }
    }

    /// The tree (1-based heads, 0 root) that `transitions` build over `words` words, or nil when one of them is not
    /// allowed where it comes or they leave the sentence unfinished.
    public static func tree(words n: Int, transitions: [Int]) -> [Int32]? {
        let state = ArcHybridState()
        state.reset(words: n)
        for t in transitions {
            guard (0..<3).contains(t), state.isValid(t) else { return nil }
            state.apply(t, label: 0)
        }
        guard state.isTerminal else { return nil }
        return (0..<n).map { state.heads[$0 + 1] }
    }
}
