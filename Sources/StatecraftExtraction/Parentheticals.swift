/// Short parentheticals ("(PCG)", "(June 16)", "(L)", "($5bn)") are asides: argument finding reads the
/// sentence without them, so that "Manila (PCG) accused China" keeps its subject next to its verb. A
/// parenthesis that names an actor ("the People's Protection Units (YPG)") loses only its brackets, so the
/// name stays next to what it names; one of more than ``maxTokens`` tokens may hold a clause of its own and
/// stays, and so does one that ends the sentence (it hides nothing). The evidence sentence is unchanged: it
/// is cut from the text between the sentence's first and last tokens.
enum Parentheticals {
    /// The longest aside skipped, in tokens between the brackets.
    static let maxTokens = 8

    /// The tokens of `ranges` without their short parentheticals, and the sentence ranges in the new array.
    /// Returns nil when no sentence has one (the common case: no copy).
    static func removing(from t: UnsafeBufferPointer<Token>, ranges: [Range<Int>], open: Int32, close: Int32,
                         namesActor: (Token) -> Bool) -> (tokens: [Token], ranges: [Range<Int>])? {
        var any = false
        for r in ranges where !any { for i in r where t[i].word == open { any = true; break } }
        guard any else { return nil }
        var out: [Token] = []
        out.reserveCapacity(t.count)
        var newRanges: [Range<Int>] = []
        newRanges.reserveCapacity(ranges.count)
        for r in ranges {
            let start = out.count
            var i = r.lowerBound
            while i < r.upperBound {
                if t[i].word == open, let j = closing(t, from: i, in: r, open: open, close: close),
                   j - i - 1 <= maxTokens, j - i - 1 >= 1, j + 1 < r.upperBound, t[j + 1].flags.contains(.word) || j + 2 < r.upperBound {
                    if (i + 1..<j).contains(where: { namesActor(t[$0]) }) {
                        for q in (i + 1)..<j { out.append(t[q]) }
                    }
                    i = j + 1
                    continue
                }
                out.append(t[i])
                i += 1
            }
            newRanges.append(start..<out.count)
        }
        return (out, newRanges)
    }

    /// The index of the bracket closing the one at `i` within the sentence (no nesting), or nil.
    static func closing(_ t: UnsafeBufferPointer<Token>, from i: Int, in r: Range<Int>, open: Int32, close: Int32) -> Int? {
        var j = i + 1
        while j < r.upperBound, j <= i + maxTokens + 1 {
            if t[j].word == close { return j }
            if t[j].word == open { return nil }
            j += 1
        }
        return nil
    }
}
