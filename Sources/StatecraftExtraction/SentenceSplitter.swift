/// Splits a token stream into sentences in one pass.
///
/// A sentence ends at `.`, `!` or `?` (with closing quotes and brackets kept in it) when the
/// next token starts a sentence (capital, quote, digit) and the period does not close an
/// abbreviation (Mr., Dr., Gen., U.S., an initial); a line break always ends one. Sentences
/// longer than `maxTokens` are cut at a comma or semicolon, or hard, and reported.
struct SentenceSplitter: Sendable {
    let period: Int32, bang: Int32, question: Int32, quote: Int32, apostrophe: Int32, closeParen: Int32
    let comma: Int32, semicolon: Int32
    let abbreviations: Set<Int32>
    let maxTokens: Int

    init(vocabulary: inout Vocabulary, maxTokens: Int = 120) {
        period = vocabulary.intern(".")
        bang = vocabulary.intern("!")
        question = vocabulary.intern("?")
        quote = vocabulary.intern("\"")
        apostrophe = vocabulary.intern("'")
        closeParen = vocabulary.intern(")")
        comma = vocabulary.intern(",")
        semicolon = vocabulary.intern(";")
        var abbr = Set<Int32>()
        for a in ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
                  "prof", "st", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
                  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "gens", "cmdr", "brig", "pres", "u.s", "u.n", "n", "s", "approx", "est", "fig", "e.g", "i.e", "etc"] {
            abbr.insert(vocabulary.intern(a))
        }
        abbreviations = abbr
        self.maxTokens = maxTokens
    }

    /// Sentence token ranges over `tokens`, and how many over-long sentences were cut.
    func split(_ t: UnsafeBufferPointer<Token>) -> (ranges: [Range<Int>], cut: Int) {
        var out: [Range<Int>] = []
        var start = 0
        var cut = 0
        var i = 0
        let n = t.count
        func close(_ end: Int) {
            if end > start { out.append(start..<end) }
            start = end
        }
        while i < n {
            if i > start, t[i].flags.contains(.lineBreakBefore) { close(i) }
            let w = t[i].word
            if w == period || w == bang || w == question {
                var j = i + 1
                while j < n, t[j].word == quote || t[j].word == apostrophe || t[j].word == closeParen,
                      !t[j].flags.contains(.spaceBefore) || t[j].word == closeParen { j += 1 }
                if j >= n { i = j; continue }
                let next = t[j]
                let startsSentence = next.flags.contains(.capitalized) || next.flags.contains(.digit)
                    || next.word == quote || next.flags.contains(.lineBreakBefore) || next.word == apostrophe
                var abbreviation = false
                if w == period, i > 0 {
                    let prev = t[i - 1]
                    if prev.end == t[i].start, prev.flags.contains(.word) {
                        if abbreviations.contains(prev.word) { abbreviation = true }
                        // A single capital letter: an initial ("George W. Bush").
                        if prev.end - prev.start == 1, prev.flags.contains(.capitalized) { abbreviation = true }
                    }
                }
                if startsSentence && !abbreviation && next.flags.contains(.spaceBefore) || next.flags.contains(.lineBreakBefore) {
                    close(j)
                    i = j
                    continue
                }
            }
            if i - start >= maxTokens {
                // Cut an over-long sentence at the last comma or semicolon, else here.
                var k = i
                while k > start + maxTokens / 2, t[k].word != comma, t[k].word != semicolon { k -= 1 }
                close(k > start + maxTokens / 2 ? k + 1 : i)
                cut += 1
            }
            i += 1
        }
        close(n)
        return (out, cut)
    }
}
