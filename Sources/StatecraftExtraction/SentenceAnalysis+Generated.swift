import StatecraftCore

/// Generated triggers (PETRARCH2's verb dictionary): a second reading of the sentence, after the curated
/// lexicon's events, over the words that no curated trigger and no actor mention took. The curated events
/// (and the discourse context) are computed before and without them, so the generated lexicon only adds.
///
/// Their phrases are broad and carry no disambiguation of their own, so an event is coded only when the
/// sentence states both parties plainly: the phrase in a verb position (after its subject, a pronoun or an
/// auxiliary), a named source, and the target right after the phrase (a determiner or a title may stand
/// before the name) or, in the passive, right before it. No target guessed from the discourse, no
/// reciprocal reading of a coordinated subject.
extension SentenceAnalysis {
    /// Tokens allowed between a generated phrase and its target's name ("expelled the Russian ambassador").
    static let generatedTargetReach = 2

    /// The events of generated triggers in this sentence.
    mutating func generatedEvents() -> [Event] {
        guard mentions.lazy.filter({ !$0.actors.isEmpty }).count >= 2 else { return [] }
        let g = x.generatedTriggers
        let ids = g.ids(t, bytes: bytes, range: range)
        var added: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let r = i - range.lowerBound
            guard ids[r] >= 0, mentionIndex(at: i) == nil, foundCovering(i) == nil,
                  let m = g.trie.longest(ids, from: r) else { i += 1; continue }
            let end = i + m.length
            if span(i, end).contains(where: { mentionIndex(at: $0) != nil || foundCovering($0) != nil }) || !inVerbPosition(i) {
                i += 1
                continue
            }
            found.append(Found(start: i, end: end, spec: m.payloads[0]))
            added.append(found.count - 1)
            i = end
        }
        guard !added.isEmpty else { return [] }
        indexFound()
        var out: [Event] = []
        for fi in added { out += events(for: fi) }
        return out
    }

    /// Whether a word stands where a finite verb or an infinitive does: after an actor (not a possessor or
    /// a bare adjective), a pronoun, an auxiliary or "to", or a relative pronoun; never capitalized inside
    /// a sentence outside headlines ("the Free Syrian Army").
    func inVerbPosition(_ i: Int) -> Bool {
        if !allCaps, !titleCase, t[i].flags.contains(.capitalized), i > range.lowerBound, t[i - 1].word != w.quote,
           !t[i].flags.contains(.lineBreakBefore) { return false }
        // "long-threatened", "Israeli-occupied": part of a compound.
        if i > range.lowerBound, t[i - 1].word == w.dash, !t[i].flags.contains(.spaceBefore) { return false }
        if i + 1 < range.upperBound, t[i + 1].word == w.dash, !t[i + 1].flags.contains(.spaceBefore) { return false }
        var p = i - 1
        while p >= range.lowerBound, w.timeWords.contains(t[p].word) || isAdverb(p) { p -= 1 }
        guard p >= range.lowerBound else { return false }
        let prev = t[p].word
        if w.possessivePronouns.contains(prev) || w.determiners.contains(prev) { return false }
        if let k = mentionIndex(at: p) {
            let mk = mentions[k]
            return !mk.possessive && (mk.form != .adjective || mk.agent)
        }
        return w.verbGroup.contains(prev) || w.personPronouns.contains(prev) || w.thingPronouns.contains(prev)
            || w.pluralPronouns.contains(prev) || prev == w.who || prev == w.which || prev == w.that
    }

    /// A lower-case word in -ly ("strongly", "publicly"): an adverb that may stand between subject and verb.
    func isAdverb(_ i: Int) -> Bool {
        guard t[i].flags.contains(.word), !t[i].flags.contains(.capitalized), t[i].end - t[i].start > 4 else { return false }
        return bytes[Int(t[i].end) - 1] == 121 && bytes[Int(t[i].end) - 2] == 108
    }

    /// Whether the parties of a generated trigger's event are stated plainly (see the type's comment).
    func generatedFrameHolds(_ f: Found, source: [Int32], target: [Int32]) -> Bool {
        guard !source.isEmpty, !target.isEmpty else { return false }
        // A question states nothing ("will Russia hit back at the US?").
        if range.contains(where: { t[$0].word == w.question }) { return false }
        // Both parties named, not referred to by a pronoun ("he was taken hostage by …", "he maintained ties with …").
        if let k = mentions.lastIndex(where: { $0.end <= f.start && !$0.actors.isEmpty && $0.actors.contains(where: source.contains) }),
           mentions[k].resolved { return false }
        // "left the UK to join Isis": an infinitive of purpose has no named subject of its own; only one that a
        // controlling verb governs ("plans to join", "agreed to join") takes the clause's subject.
        if f.start - 1 > range.lowerBound, t[f.start - 1].word == w.to {
            guard let c = foundCovering(f.start - 2), case .control = found[c].spec.role else { return false }
        }
        for m in mentions where !m.actors.isEmpty && m.actors.contains(where: target.contains) {
            if m.end <= f.start, m.end >= f.start - 3, word(f.end) == w.by { return !m.resolved }   // "was expelled by X"
            guard m.start >= f.end, m.start <= f.end + Self.generatedTargetReach else { continue }
            if m.resolved { return false }
            // Only a determiner or a modifier between ("expelled the Russian ambassador"), never a clause
            // ("argued that Isis …") or an infinitive ("came to …").
            if span(f.end, m.start).contains(where: { t[$0].word == w.that || t[$0].word == w.to || !t[$0].flags.contains(.word) }) { return false }
            // The target is the head of what follows, not a possessor ("lauded the UAE's recognition"), an adjective
            // ("curb Iranian oil imports") or a name modifying a noun ("respect the UN resolution").
            if m.possessive || word(m.end) == w.possessive || m.form == .adjective && !m.agent || word(m.end) == w.dash { return false }
            if m.end < range.upperBound, t[m.end].flags.contains(.word), !t[m.end].flags.contains(.capitalized),
               !t[m.end].flags.contains(.digit), !isFunctionWord(m.end), !w.prepositions.contains(t[m.end].word),
               !w.verbGroup.contains(t[m.end].word), t[m.end].word != w.and, !w.objectStops.contains(t[m.end].word),
               !looksLikeVerb(m.end), !m.agent { return false }
            return true
        }
        return false
    }
}
