/// A greedy left-to-right averaged-perceptron tagger that predicts two tags per word from one
/// weight table: the universal tag (classes 0..<17) and the treebank's own tag (XPOS, Penn
/// Treebank tags for English; classes 17…), which is finer and what the parser reads.
///
/// Features of word i: its form, normalised form, prefixes, suffixes and shape; the words
/// two to the left and right, their suffixes and shapes; the two XPOS tags already chosen to
/// the left, alone and with the word.
struct PartOfSpeechTagger: Sendable {
    static let universalCount = UPOS.allCases.count
    static let maxFeatures = 40
    let table: PerceptronTable
    /// Number of XPOS tags (classes after the universal ones).
    let xposCount: Int
    var classes: Int { Self.universalCount + xposCount }

    init(table: PerceptronTable) {
        self.table = table
        xposCount = table.classes - Self.universalCount
    }

    /// Writes the feature rows of word `i` into `rows`; `history` holds the XPOS tags chosen so far. Returns how many.
    @inline(__always)
    static func features(_ i: Int, _ w: UnsafePointer<WordShape>, _ n: Int, _ history: UnsafePointer<UInt8>,
                         table: PerceptronTable, into rows: UnsafeMutablePointer<Int>) -> Int {
        let pad = WordShape.padding
        let w0 = w[i]
        let wm1 = i > 0 ? w[i - 1] : pad, wm2 = i > 1 ? w[i - 2] : pad
        let wp1 = i + 1 < n ? w[i + 1] : pad, wp2 = i + 2 < n ? w[i + 2] : pad
        let tm1 = UInt64(i > 0 ? history[i - 1] : 255), tm2 = UInt64(i > 1 ? history[i - 2] : 255)
        var k = 0
        @inline(__always) func add(_ h: UInt64) { rows[k] = table.row(h); k += 1 }
        typealias H = FeatureHash
        add(H.mix(1, 0))
        add(H.mix(2, w0.norm))
        add(H.mix(3, w0.form))
        add(H.mix(4, w0.suffix1)); add(H.mix(5, w0.suffix2)); add(H.mix(6, w0.suffix3)); add(H.mix(7, w0.suffix4))
        add(H.mix(8, w0.prefix1)); add(H.mix(9, w0.prefix2)); add(H.mix(10, w0.prefix3))
        add(H.mix(11, w0.shape)); add(H.mix(12, w0.flags))
        add(H.mix(13, wm1.norm)); add(H.mix(14, wp1.norm)); add(H.mix(15, wm2.norm)); add(H.mix(16, wp2.norm))
        add(H.mix(17, wm1.suffix3)); add(H.mix(18, wp1.suffix3)); add(H.mix(19, wp1.suffix2)); add(H.mix(20, wm1.suffix2))
        add(H.mix(21, wm1.shape)); add(H.mix(22, wp1.shape))
        add(H.mix(23, tm1)); add(H.mix(24, tm1, tm2)); add(H.mix(25, tm1, w0.norm)); add(H.mix(26, tm1, w0.suffix3))
        add(H.mix(27, wm1.norm, w0.norm)); add(H.mix(28, w0.norm, wp1.norm))
        add(H.mix(29, UInt64(i == 0 ? 1 : 0), w0.flags, w0.norm))
        add(H.mix(30, tm1, wp1.norm)); add(H.mix(31, wm1.norm, wp1.norm))
        add(H.mix(32, w0.suffix3, wp1.norm)); add(H.mix(33, wm2.shape)); add(H.mix(34, wp2.shape))
        add(H.mix(35, tm2, wm2.norm))
        return k
    }

    /// Tags `n` words: universal tags into `upos`, XPOS ids into `xpos`; `scores` holds `classes` floats.
    func tag(_ w: UnsafePointer<WordShape>, _ n: Int, upos: UnsafeMutablePointer<UInt8>, xpos: UnsafeMutablePointer<UInt8>,
             rows: UnsafeMutablePointer<Int>, scores: UnsafeMutablePointer<Float>) {
        let u = Self.universalCount
        for i in 0..<n {
            let k = Self.features(i, w, n, UnsafePointer(xpos), table: table, into: rows)
            table.score(rows, k, into: scores)
            upos[i] = UInt8(Self.argmax(scores, u))
            xpos[i] = xposCount > 0 ? UInt8(Self.argmax(scores + u, xposCount)) : upos[i]
        }
    }

    /// One training pass over a sentence with gold tags; returns how many universal tags it got right.
    func train(_ w: UnsafePointer<WordShape>, gold: UnsafePointer<UInt8>, goldX: UnsafePointer<UInt8>, _ n: Int,
               history: UnsafeMutablePointer<UInt8>, rows: UnsafeMutablePointer<Int>, scores: UnsafeMutablePointer<Float>) -> Int {
        var correct = 0
        let u = Self.universalCount
        for i in 0..<n {
            let k = Self.features(i, w, n, UnsafePointer(history), table: table, into: rows)
            table.score(rows, k, into: scores)
            let guess = Self.argmax(scores, u)
            if guess == Int(gold[i]) { correct += 1 }
            if xposCount > 0 {
                let guessX = Self.argmax(scores + u, xposCount)
                table.update(rows, k, truth: Int(gold[i]), guess: guess, advance: false)
                table.update(rows, k, truth: u + Int(goldX[i]), guess: u + guessX)
                history[i] = UInt8(guessX)
            } else {
                table.update(rows, k, truth: Int(gold[i]), guess: guess)
                history[i] = UInt8(guess)
            }
        }
        return correct
    }

    @inline(__always)
    static func argmax(_ s: UnsafePointer<Float>, _ n: Int) -> Int {
        var best = 0
        var bestScore = s[0]
        for k in 1..<n where s[k] > bestScore { best = k; bestScore = s[k] }
        return best
    }
}
