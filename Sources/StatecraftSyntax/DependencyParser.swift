/// A greedy arc-hybrid dependency parser with two averaged-perceptron models: one chooses the
/// transition (shift, left, right) from rich features of the stack, the buffer and the partial
/// tree (Zhang & Nivre 2011 templates: words, tags, distance, valency, children and their
/// labels), the other labels each arc as it is made. Trained with a dynamic oracle.
struct DependencyParser: Sendable {
    static let maxFeatures = 160
    /// Transition model: rows of 3 scores.
    let transitions: PerceptronTable
    /// Labeller: rows of one score per relation.
    let labeller: PerceptronTable
    let labelCount: Int

    /// The words of a sentence as nodes 0…n (0 = the root): normalised form, tag, spelling.
    struct Nodes {
        var norm: UnsafeMutablePointer<UInt64>
        var tag: UnsafeMutablePointer<UInt64>
        var shape: UnsafeMutablePointer<WordShape>
    }

    static let none: UInt64 = 0x4E4F_4E45      // an absent position
    static let rootTag: UInt64 = 17
    static let noTag: UInt64 = 18
    static let noLabel: UInt64 = 0xFFFF
    /// Word tags are XPOS ids from here on.
    static let tagBase: UInt64 = 32

    @inline(__always)
    static func distance(_ a: Int, _ b: Int) -> UInt64 {
        if a < 0 || b < 0 { return 0 }
        let d = abs(a - b)
        return d <= 4 ? UInt64(d) : d <= 6 ? 5 : d <= 10 ? 6 : d <= 20 ? 7 : 8
    }

    /// The transition features of the state; returns how many rows it wrote.
    @inline(__always)
    static func transitionFeatures(_ s: ArcHybridState, _ x: Nodes, punctuation: UnsafePointer<Int32>,
                                   table: PerceptronTable, into rows: UnsafeMutablePointer<Int>) -> Int {
        typealias H = FeatureHash
        @inline(__always) func W(_ i: Int) -> UInt64 { i < 0 ? none : x.norm[i] }
        @inline(__always) func T(_ i: Int) -> UInt64 { i < 0 ? noTag : x.tag[i] }
        @inline(__always) func L(_ i: Int) -> UInt64 { i < 0 ? noLabel : UInt64(UInt32(bitPattern: s.labels[i])) }
        @inline(__always) func lc(_ i: Int) -> Int { i < 0 ? -1 : Int(s.leftmost[i]) }
        @inline(__always) func lc2(_ i: Int) -> Int { i < 0 ? -1 : Int(s.leftmost2[i]) }
        @inline(__always) func rc(_ i: Int) -> Int { i < 0 ? -1 : Int(s.rightmost[i]) }
        @inline(__always) func rc2(_ i: Int) -> Int { i < 0 ? -1 : Int(s.rightmost2[i]) }
        @inline(__always) func vl(_ i: Int) -> UInt64 { i < 0 ? 99 : UInt64(min(s.leftCount[i], 6)) }
        @inline(__always) func vr(_ i: Int) -> UInt64 { i < 0 ? 99 : UInt64(min(s.rightCount[i], 6)) }
        @inline(__always) func ls(_ i: Int) -> UInt64 { i < 0 ? 1 : s.leftLabels[i] }
        @inline(__always) func rs(_ i: Int) -> UInt64 { i < 0 ? 1 : s.rightLabels[i] }

        let s0 = s.s0, s1 = s.s1, s2 = s.s2, b0 = s.b(0), b1 = s.b(1), b2 = s.b(2)
        let s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), b0w = W(b0), b0t = T(b0)
        let b1w = W(b1), b1t = T(b1), b2t = T(b2), s2t = T(s2)
        let s0l = lc(s0), s0r = rc(s0), s1l = lc(s1), s1r = rc(s1), b0l = lc(b0)
        let s0l2 = lc2(s0), s0r2 = rc2(s0), b0l2 = lc2(b0)
        let s0lt = T(s0l), s0rt = T(s0r), s1lt = T(s1l), s1rt = T(s1r), b0lt = T(b0l)
        let d01 = distance(s0, b0), d10 = distance(s1, s0)
        // Punctuation between two nodes a < b (commas, dashes, brackets), at most 3.
        @inline(__always) func between(_ a: Int, _ b: Int) -> UInt64 {
            a < 0 || b < 0 || b <= a + 1 ? 0 : UInt64(min(punctuation[b - 1] - punctuation[a], 3))
        }
        let p01 = between(s0, b0), p10 = between(s1, s0)
        var k = 0
        @inline(__always) func add(_ h: UInt64) { rows[k] = table.row(h); k += 1 }
        // Single positions.
        add(H.mix(1, 0))
        add(H.mix(2, s0w)); add(H.mix(3, s0t)); add(H.mix(4, s0w, s0t))
        add(H.mix(5, s1w)); add(H.mix(6, s1t)); add(H.mix(7, s1w, s1t))
        add(H.mix(8, b0w)); add(H.mix(9, b0t)); add(H.mix(10, b0w, b0t))
        add(H.mix(11, b1w)); add(H.mix(12, b1t)); add(H.mix(13, b1w, b1t))
        add(H.mix(14, W(b2))); add(H.mix(15, b2t)); add(H.mix(16, s2t)); add(H.mix(17, W(s2)))
        // Pairs: the top of the stack with the buffer's first word, and with the item below it.
        add(H.mix(20, s0w &+ s0t, b0w &+ b0t)); add(H.mix(21, s0w &+ s0t, b0w)); add(H.mix(22, s0w, b0w &+ b0t))
        add(H.mix(23, s0w &+ s0t, b0t)); add(H.mix(24, s0t, b0w &+ b0t)); add(H.mix(25, s0w, b0w)); add(H.mix(26, s0t, b0t))
        add(H.mix(27, b0t, b1t))
        add(H.mix(28, s1w &+ s1t, s0w &+ s0t)); add(H.mix(29, s1w &+ s1t, s0w)); add(H.mix(30, s1w, s0w &+ s0t))
        add(H.mix(31, s1w &+ s1t, s0t)); add(H.mix(32, s1t, s0w &+ s0t)); add(H.mix(33, s1w, s0w)); add(H.mix(34, s1t, s0t))
        add(H.mix(35, s1w, b0w)); add(H.mix(36, s1t, b0t)); add(H.mix(37, s0w, b1w)); add(H.mix(38, s0t, b1t))
        // Tag triples.
        add(H.mix(40, b0t, b1t, b2t)); add(H.mix(41, s0t, b0t, b1t)); add(H.mix(42, s1t, s0t, b0t))
        add(H.mix(43, s0t, s0lt, b0t)); add(H.mix(44, s0t, s0rt, b0t)); add(H.mix(45, s0t, b0t, b0lt))
        add(H.mix(46, s1t, s0t, s0lt)); add(H.mix(47, s1t, s0t, s0rt)); add(H.mix(48, s1t, s1rt, s0t))
        add(H.mix(49, s1t, s1lt, s0t)); add(H.mix(50, s2t, s1t, s0t)); add(H.mix(51, s1t, s0t, b1t))
        add(H.mix(52, s0w, s1t, b0t)); add(H.mix(53, s1w, s0t, b0t)); add(H.mix(54, b0w, s1t, s0t))
        // Distance.
        add(H.mix(60, s0w, d01)); add(H.mix(61, s0t, d01)); add(H.mix(62, b0w, d01)); add(H.mix(63, b0t, d01))
        add(H.mix(64, s0t, b0t, d01)); add(H.mix(65, s0w, b0w, d01))
        add(H.mix(66, s1t, s0t, d10)); add(H.mix(67, s1w, d10)); add(H.mix(68, s0w, d10)); add(H.mix(69, s1w, s0w, d10))
        // Valency.
        add(H.mix(70, s0w, vr(s0))); add(H.mix(71, s0t, vr(s0))); add(H.mix(72, s0w, vl(s0))); add(H.mix(73, s0t, vl(s0)))
        add(H.mix(74, s1w, vr(s1))); add(H.mix(75, s1t, vr(s1))); add(H.mix(76, s1w, vl(s1))); add(H.mix(77, s1t, vl(s1)))
        add(H.mix(78, b0w, vl(b0))); add(H.mix(79, b0t, vl(b0)))
        // Children: words, tags and labels.
        add(H.mix(80, W(s0l))); add(H.mix(81, s0lt)); add(H.mix(82, L(s0l)))
        add(H.mix(83, W(s0r))); add(H.mix(84, s0rt)); add(H.mix(85, L(s0r)))
        add(H.mix(86, W(s1l))); add(H.mix(87, s1lt)); add(H.mix(88, L(s1l)))
        add(H.mix(89, W(s1r))); add(H.mix(90, s1rt)); add(H.mix(91, L(s1r)))
        add(H.mix(92, W(b0l))); add(H.mix(93, b0lt)); add(H.mix(94, L(b0l)))
        add(H.mix(95, s0t, s0lt, T(s0l2))); add(H.mix(96, s0t, s0rt, T(s0r2))); add(H.mix(97, b0t, b0lt, T(b0l2)))
        add(H.mix(98, s0w, L(s0l), L(s0l2))); add(H.mix(99, s0w, L(s0r), L(s0r2))); add(H.mix(100, b0w, L(b0l), L(b0l2)))
        add(H.mix(101, s1t, s1rt, T(rc2(s1))))
        // Label sets.
        add(H.mix(110, s0w, rs(s0))); add(H.mix(111, s0t, rs(s0))); add(H.mix(112, s0w, ls(s0))); add(H.mix(113, s0t, ls(s0)))
        add(H.mix(114, s1w, rs(s1))); add(H.mix(115, s1t, rs(s1))); add(H.mix(116, s1t, ls(s1)))
        add(H.mix(117, b0w, ls(b0))); add(H.mix(118, b0t, ls(b0)))
        add(H.mix(119, s0t, b0t, ls(b0))); add(H.mix(120, s1t, s0t, rs(s1)))
        // Punctuation in between.
        add(H.mix(130, s0t, b0t, p01)); add(H.mix(131, s1t, s0t, p10)); add(H.mix(132, s0w, p01)); add(H.mix(133, b0w, p01))
        add(H.mix(134, s1w, p10)); add(H.mix(135, s0t, b0t, p01 &* 16 &+ d01))
        return k
    }

    /// Features for labelling the arc from `h` to `d` (before it is added).
    @inline(__always)
    static func labelFeatures(_ s: ArcHybridState, _ x: Nodes, head h: Int, dependent d: Int,
                              table: PerceptronTable, into rows: UnsafeMutablePointer<Int>) -> Int {
        typealias H = FeatureHash
        @inline(__always) func W(_ i: Int) -> UInt64 { i < 0 ? none : x.norm[i] }
        @inline(__always) func T(_ i: Int) -> UInt64 { i < 0 || i > s.n ? noTag : x.tag[i] }
        @inline(__always) func L(_ i: Int) -> UInt64 { i < 0 ? noLabel : UInt64(UInt32(bitPattern: s.labels[i])) }
        let dir: UInt64 = d < h ? 1 : 2
        let hw = W(h), ht = T(h) &+ dir &* 64, dw = W(d), dt = T(d)
        let dist = distance(h, d)
        let dl = Int(s.leftmost[d]), dr = Int(s.rightmost[d])
        let ds = x.shape[d]
        var k = 0
        @inline(__always) func add(_ v: UInt64) { rows[k] = table.row(v); k += 1 }
        add(H.mix(1, dir))
        add(H.mix(2, hw, dir)); add(H.mix(3, ht)); add(H.mix(4, dw, dir)); add(H.mix(5, dt, dir))
        add(H.mix(6, hw, ht)); add(H.mix(7, dw, dt, dir)); add(H.mix(8, ht, dt)); add(H.mix(9, hw, dt))
        add(H.mix(10, ht, dw)); add(H.mix(11, hw, dw, dir)); add(H.mix(12, ht, dt, dist))
        add(H.mix(13, dt, s.leftLabels[d])); add(H.mix(14, dt, s.rightLabels[d]))
        add(H.mix(15, dt, T(dl), L(dl))); add(H.mix(16, dt, T(dr), L(dr)))
        add(H.mix(17, dt, UInt64(min(s.leftCount[d], 4)), UInt64(min(s.rightCount[d], 4))))
        add(H.mix(18, ht, dt, s.leftLabels[h])); add(H.mix(19, ht, dt, s.rightLabels[h]))
        add(H.mix(20, ht, dt, T(d - 1))); add(H.mix(21, ht, dt, T(d + 1))); add(H.mix(22, ht, dt, T(h - 1)))
        add(H.mix(23, ht, dt, T(h + 1)))
        add(H.mix(24, dt, ds.flags, UInt64(d == 1 ? 1 : 0))); add(H.mix(25, dt, ds.suffix3)); add(H.mix(26, ds.suffix2, ht))
        add(H.mix(27, hw, dt, s.leftLabels[d])); add(H.mix(28, W(dl), dw)); add(H.mix(29, W(dr), dt))
        add(H.mix(30, ht, dt, T(s.b(0)))); add(H.mix(31, dw, ht, dist))
        add(H.mix(32, W(d - 1 >= 1 ? d - 1 : -1), dt)); add(H.mix(33, ht, T(s.s1), dt))
        return k
    }

    /// Workspace for one sentence at a time: the state and the feature and score buffers.
    final class Workspace: @unchecked Sendable {
        let state = ArcHybridState()
        let rows = UnsafeMutablePointer<Int>.allocate(capacity: DependencyParser.maxFeatures)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: 4)
        var labelScores = UnsafeMutablePointer<Float>.allocate(capacity: 1)
        var labelCapacity = 1
        /// Per node, how many punctuation words are among words 1…node.
        var punctuation = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        var punctuationCapacity = 1
        deinit { rows.deallocate(); scores.deallocate(); labelScores.deallocate(); punctuation.deallocate() }
        func countPunctuation(_ x: Nodes, _ n: Int) {
            if n + 1 > punctuationCapacity {
                punctuation.deallocate(); punctuationCapacity = 2 * (n + 1); punctuation = .allocate(capacity: punctuationCapacity)
            }
            punctuation[0] = 0
            for i in stride(from: 1, through: n, by: 1) {
                punctuation[i] = punctuation[i - 1] + (x.shape[i].flags & 20 == 16 ? 1 : 0)
            }
        }
        func reserveLabels(_ n: Int) {
            if n > labelCapacity { labelScores.deallocate(); labelScores = .allocate(capacity: n); labelCapacity = n }
        }
    }

    /// Parses the `n` words of `x`; heads and labels are left in `w.state`.
    func parse(_ x: Nodes, _ n: Int, _ w: Workspace) {
        let s = w.state
        s.reset(words: n)
        w.reserveLabels(labelCount)
        w.countPunctuation(x, n)
        while !s.isTerminal {
            let k = Self.transitionFeatures(s, x, punctuation: w.punctuation, table: transitions, into: w.rows)
            transitions.score(w.rows, k, into: w.scores)
            var best = -1
            var bestScore = -Float.infinity
            for t in 0..<3 where s.isValid(t) && (best < 0 || w.scores[t] > bestScore) { best = t; bestScore = w.scores[t] }
            var label: Int32 = -1
            if best > 0 {
                let (h, d) = s.arc(best)
                label = Int32(predictLabel(s, x, head: h, dependent: d, w))
            }
            s.apply(best, label: label)
        }
    }

    @inline(__always)
    func predictLabel(_ s: ArcHybridState, _ x: Nodes, head h: Int, dependent d: Int, _ w: Workspace) -> Int {
        let k = Self.labelFeatures(s, x, head: h, dependent: d, table: labeller, into: w.rows)
        labeller.score(w.rows, k, into: w.labelScores)
        return PartOfSpeechTagger.argmax(w.labelScores, labelCount)
    }

    /// One training pass over a sentence with gold (projective) heads and labels per node 1…n
    /// (index 0 unused); with `explore`, follows its own mistakes with that probability.
    /// Returns (correct transitions, transitions).
    func train(_ x: Nodes, _ n: Int, goldHeads: UnsafePointer<Int32>, goldLabels: UnsafePointer<Int32>,
               explore: Double, random: inout SeededGenerator, _ w: Workspace) -> (Int, Int) {
        let s = w.state
        s.reset(words: n)
        w.reserveLabels(labelCount)
        var correct = 0, total = 0
        var costs = (0, 0, 0)
        w.countPunctuation(x, n)
        while !s.isTerminal {
            let k = Self.transitionFeatures(s, x, punctuation: w.punctuation, table: transitions, into: w.rows)
            transitions.score(w.rows, k, into: w.scores)
            var best = -1, bestScore = -Float.infinity
            var gold = -1, goldScore = -Float.infinity
            var minCost = Int.max
            for t in 0..<3 where s.isValid(t) {
                let c = s.cost(t, gold: goldHeads)
                if t == 0 { costs.0 = c } else if t == 1 { costs.1 = c } else { costs.2 = c }
                minCost = min(minCost, c)
            }
            for t in 0..<3 where s.isValid(t) {
                let c = t == 0 ? costs.0 : t == 1 ? costs.1 : costs.2
                if best < 0 || w.scores[t] > bestScore { best = t; bestScore = w.scores[t] }
                if c == minCost, gold < 0 || w.scores[t] > goldScore { gold = t; goldScore = w.scores[t] }
            }
            let bestCost = best == 0 ? costs.0 : best == 1 ? costs.1 : costs.2
            total += 1
            if bestCost == minCost { correct += 1; transitions.tick() } else { transitions.update(w.rows, k, truth: gold, guess: best) }
            let next = bestCost == minCost || (explore > 0 && random.unit() < explore) ? best : gold
            var label: Int32 = -1
            if next > 0 {
                let (h, d) = s.arc(next)
                if goldHeads[d] == Int32(h) {
                    let kl = Self.labelFeatures(s, x, head: h, dependent: d, table: labeller, into: w.rows)
                    labeller.score(w.rows, kl, into: w.labelScores)
                    let guess = PartOfSpeechTagger.argmax(w.labelScores, labelCount)
                    labeller.update(w.rows, kl, truth: Int(goldLabels[d]), guess: guess)
                    label = goldLabels[d]
                } else {
                    label = Int32(predictLabel(s, x, head: h, dependent: d, w))
                }
            }
            s.apply(next, label: label)
        }
        return (correct, total)
    }
}
