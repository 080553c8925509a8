/// A greedy left-to-right averaged-perceptron tagger for the 17 universal tags.
///
/// Features of word i: its form, normalised form, prefixes, suffixes and shape; the words
/// two to the left and right, their suffixes and shapes; the two tags already chosen to the
/// left, alone and with the word.
struct PartOfSpeechTagger: Sendable {
    static let classes = UPOS.allCases.count
    static let maxFeatures = 40
    let table: PerceptronTable

    init(table: PerceptronTable) { self.table = table }

    /// Writes the feature rows of word `i` into `rows`; returns how many.
    @inline(__always)
    static func features(_ i: Int, _ w: UnsafePointer<WordShape>, _ n: Int, _ tags: UnsafePointer<UInt8>,
                         table: PerceptronTable, into rows: UnsafeMutablePointer<Int>) -> Int {
        let pad = WordShape.padding
        let w0 = w[i]
        let wm1 = i > 0 ? w[i - 1] : pad, wm2 = i > 1 ? w[i - 2] : pad
        let wp1 = i + 1 < n ? w[i + 1] : pad, wp2 = i + 2 < n ? w[i + 2] : pad
        let tm1 = UInt64(i > 0 ? tags[i - 1] : 200), tm2 = UInt64(i > 1 ? tags[i - 2] : 200)
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

    /// Tags `n` words; `scratch` holds `maxFeatures` ints and `classes` floats.
    func tag(_ w: UnsafePointer<WordShape>, _ n: Int, into tags: UnsafeMutablePointer<UInt8>,
             rows: UnsafeMutablePointer<Int>, scores: UnsafeMutablePointer<Float>) {
        for i in 0..<n {
            let k = Self.features(i, w, n, UnsafePointer(tags), table: table, into: rows)
            table.score(rows, k, into: scores)
            tags[i] = UInt8(Self.argmax(scores, Self.classes))
        }
    }

    /// One training pass over a sentence with gold tags; returns how many words it got right.
    func train(_ w: UnsafePointer<WordShape>, _ gold: UnsafePointer<UInt8>, _ n: Int, predicted tags: UnsafeMutablePointer<UInt8>,
               rows: UnsafeMutablePointer<Int>, scores: UnsafeMutablePointer<Float>) -> Int {
        var correct = 0
        for i in 0..<n {
            let k = Self.features(i, w, n, UnsafePointer(tags), table: table, into: rows)
            table.score(rows, k, into: scores)
            let guess = Self.argmax(scores, Self.classes)
            table.update(rows, k, truth: Int(gold[i]), guess: guess)
            if guess == Int(gold[i]) { correct += 1 }
            // Later words see the tag the tagger chose, as they will when tagging.
            tags[i] = UInt8(guess)
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
