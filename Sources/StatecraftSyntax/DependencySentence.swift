/// One sentence of words with (gold or predicted) universal tags and a dependency tree.
///
/// Word `i` (0-based in the arrays) is word `i + 1` in CoNLL-U; `heads[i]` is 1-based, 0 for the root.
public struct DependencySentence: Sendable, Equatable {
    /// The FORM column of each word.
    public var words: [String]
    /// Universal part-of-speech tags; nil where unknown.
    public var tags: [UPOS?]
    /// Language-specific tags (the XPOS column: Penn Treebank tags in the English treebanks); "_" where unknown.
    public var xtags: [String]
    /// Head of each word, 1-based, 0 = root; -1 where unknown.
    public var heads: [Int32]
    /// Dependency relation of each word (with subtypes, `nsubj:pass`); "_" where unknown.
    public var relations: [String]
    /// Comment lines (`# text = …`), kept for output.
    public var comments: [String] = []
    /// Multiword-token lines (`3-4	don't	…`), kept for output before the word they start at (0-based).
    public var multiwordTokens: [(before: Int, line: String)] = []
    /// The MISC column of each word (`SpaceAfter=No`), "_" when empty.
    public var misc: [String] = []
    /// The 1-based line of the file where the sentence's first line is, for messages.
    public var line: Int = 0

    public init(words: [String], tags: [UPOS?]? = nil, heads: [Int32]? = nil, relations: [String]? = nil) {
        self.words = words
        self.tags = tags ?? Array(repeating: nil, count: words.count)
        self.xtags = Array(repeating: "_", count: words.count)
        self.heads = heads ?? Array(repeating: -1, count: words.count)
        self.relations = relations ?? Array(repeating: "_", count: words.count)
        self.misc = Array(repeating: "_", count: words.count)
    }

    public var count: Int { words.count }

    /// Whether every word has a tag, a head and a relation.
    public var isAnnotated: Bool {
        !tags.contains(nil) && !heads.contains(-1) && !relations.contains("_")
    }

    public static func == (a: DependencySentence, b: DependencySentence) -> Bool {
        a.words == b.words && a.tags == b.tags && a.heads == b.heads && a.relations == b.relations
    }
}

/// Tree checks shared by the reader, the projectiviser and the tests.
public enum DependencyTree {
    /// The 0-based index of a word on a cycle of `heads` (1-based heads, 0 = root), or nil when the heads form a tree.
    public static func wordOnCycle(_ heads: [Int32]) -> Int? {
        let n = heads.count
        // 0 = unvisited, 1 = on the current path, 2 = known to reach the root.
        var state = [UInt8](repeating: 0, count: n + 1)
        state[0] = 2
        var path: [Int] = []
        for start in 1...max(1, n) where n > 0 && state[start] == 0 {
            path.removeAll(keepingCapacity: true)
            var v = start
            while state[v] == 0 {
                state[v] = 1
                path.append(v)
                let h = Int(heads[v - 1])
                if h < 0 || h > n { break }
                v = h
            }
            if state[v] == 1 { return v - 1 }
            for p in path { state[p] = 2 }
        }
        return nil
    }

    /// Whether the arc from `head` to `dependent` (1-based, head 0 = root) is projective: every word between them descends from `head`.
    public static func isProjective(arcFrom head: Int, to dependent: Int, heads: [Int32]) -> Bool {
        let lo = min(head, dependent), hi = max(head, dependent)
        if hi - lo <= 1 { return true }
        for k in (lo + 1)..<hi {
            var v = k
            var steps = 0
            while v != head && v != 0 && steps <= heads.count { v = Int(heads[v - 1]); steps += 1 }
            if v != head { return false }
        }
        return true
    }

    /// Whether every arc of the tree is projective.
    public static func isProjective(_ heads: [Int32]) -> Bool {
        for d in 1...max(1, heads.count) where !heads.isEmpty {
            if !isProjective(arcFrom: Int(heads[d - 1]), to: d, heads: heads) { return false }
        }
        return true
    }
}
