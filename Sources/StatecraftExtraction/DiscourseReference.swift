import StatecraftCore

/// An actor named in a recent sentence, as the discourse remembers it.
struct SalientMention: Sendable {
    let actor: Int32
    /// The sentence index in the article.
    let sentence: Int
    /// Named in subject position: not after a preposition, not a possessor, not a bare adjective.
    let subject: Bool
    /// A plural agent ("Russian forces", "Chinese officials"): a possible antecedent of "they".
    let plural: Bool
    /// One of two actors coordinated or paired ("Turkey and Greece", "the two sides"): "they" may mean both.
    var coordinated = false
}

/// Discourse resolution: agent phrases after a name, definite descriptions and pronouns that point back.
///
/// The rules, each tested in `DiscourseReferenceTests`:
/// - **Agent phrase.** After a demonym, a state's name or a possessor, the longest phrase of `Data/agents.json`
///   decides: a state organ ("military", "coast guard vessels", "defence ministry", "drone") makes the name the
///   acting state; a non-state or people phrase ("rebels", "protesters", "fishing vessels") makes it no actor.
/// - **Definite description** ("the kingdom", "the bloc", "the country", "the ministry"): the description admits
///   some actors (by id list or by kind). Its antecedent is sought in this sentence first, then sentence by
///   sentence back to its window. In this sentence: the only admitted actor named before it outside a
///   prepositional phrase, or, for a description with an id list, the nearest admitted actor. In an earlier sentence (newest first): the first admitted actor in
///   subject position (for an id list, the most recently named admitted actor). Ambiguity resolves to nothing.
///   A description followed by "of" (after any organ nouns) or by a capitalized name ("the Kingdom of Spain",
///   "the military leaders of Mali", "the President Joe Biden") is not a reference.
/// - **"They" / "their" near the start of a sentence** with nothing to refer to in the sentence: the two actors
///   coordinated or paired outside a prepositional phrase in the previous sentence ("Turkey and Greece",
///   "the two sides"), else the one plural agent subject of the previous sentence ("Russian forces").
/// - **Sentence-initial "It" before a verb of saying or demanding** ("It said", "It called on", "It warned"): the
///   previous sentence's subject actor. Any other sentence-initial "It" stays unresolved: on real news "It has
///   refused …", "It now says …" meant a policy, "the west" or "the international community" more often than a state.
extension SentenceAnalysis {
    /// Sentences a plain pronoun reaches back.
    static let pronounWindow = 1

    /// The end of the agent phrase after `mention` (ending at `a`; `lead`: after up to two modifiers), and whether
    /// a non-state or people phrase there ("Syrian rebels", "Chinese fishing vessels") blocks the agent reading.
    /// A non-state group's own members stay its agents ("the YPG militia").
    func agentPhrase(after a: Int, lead: Int, of mention: Mention) -> (start: Int, end: Int?, blocks: Bool) {
        if let m = x.agentPhrases.matches(t, from: a, limit: range.upperBound).last, let meaning = m.payloads.first {
            if meaning != .state, !m.payloads.contains(.state) {
                // A non-state group's own members ("the YPG militia", "Houthi fighters") are its agents.
                let group = mention.actors.contains { x.lexicon.actors[Int($0)].kind == .nonstate }
                return group ? (a, a + m.length, false) : (a, nil, true)
            }
            return (a, a + m.length, false)
        }
        if lead > a, let m = x.agentPhrases.matches(t, from: lead, limit: range.upperBound).last,
           m.payloads.contains(.state) {
            return (lead, lead + m.length, false)
        }
        return (a, nil, false)
    }

    /// A definite description at token `i` resolved to its antecedent, as a mention.
    func definiteReference(at i: Int) -> Mention? {
        guard t[i].word == w.the, let match = x.references.matches(t, from: i, limit: range.upperBound).last,
              let ref = match.payloads.first else { return nil }
        let end = i + match.length
        // "the military leaders of Mali": the of-phrase names whose organ it is.
        var after = end
        while after < range.upperBound, after < end + 3, w.agentNouns.contains(t[after].word) || w.titles.contains(t[after].word) {
            after += 1
        }
        if after < range.upperBound, t[after].word == w.of { return nil }
        // "the president, Bashar al-Assad": an apposition names the referent itself.
        if end + 1 < range.upperBound, t[end].word == w.comma, t[end + 1].flags.contains(.capitalized) { return nil }
        if end < range.upperBound {
            if t[end].flags.contains(.capitalized), t[end].flags.contains(.word), t[end].word != w.possessive { return nil }
        }
        let spec = x.referenceSpecs[ref]
        let listed = !spec.actors.isEmpty
        // This sentence: the admitted actors named before the description.
        var here: [Int32] = []
        for m in mentions where m.actors.count == 1 && !m.speakerPronoun && m.end <= i && spec.admits(m.actors[0], x.lexicon)
            && (listed || !m.oblique && !m.possessive) {
            here.removeAll { $0 == m.actors[0] }
            here.append(m.actors[0])
        }
        if let nearest = here.last {
            guard listed || here.count == 1 else { return nil }
            return Mention(start: i, end: end, actors: [nearest], form: .name)
        }
        // Earlier sentences, newest first, within the window.
        guard spec.window > 0 else { return nil }
        var sentence = index - 1
        while sentence >= self.index - spec.window, sentence >= 0 {
            let there = context.salient.filter { $0.sentence == sentence && spec.admits($0.actor, x.lexicon) }
            if listed, let last = there.last {
                return Mention(start: i, end: end, actors: [last.actor], form: .name)
            }
            if let s = there.first(where: \.subject) {
                return Mention(start: i, end: end, actors: [s.actor], form: .name)
            }
            sentence -= 1
        }
        return nil
    }

    /// "They", "their" with no antecedent in the sentence: the previous sentence's pair, else its one plural agent.
    func pluralAntecedent(at i: Int) -> [Int32] {
        guard i - range.lowerBound <= 4 else { return [] }
        let pair = context.salient.filter { $0.sentence == index - 1 && $0.coordinated && $0.subject }
        if pair.count >= 2, pair[0].actor != pair[1].actor { return [pair[0].actor, pair[1].actor] }
        let plural = Set(context.salient.filter { $0.sentence == index - 1 && $0.plural && $0.subject }.map(\.actor))
        return plural.count == 1 ? [plural.first!] : []
    }

    /// Sentence-initial "It" before a verb of saying or demanding: the previous sentence's subject.
    func sentenceInitialIt(at i: Int) -> [Int32] {
        guard i == range.lowerBound, t[i].word == w.it, let s = context.lastSubject, context.age <= Self.pronounWindow,
              x.itSpeechVerbs.contains(word(i + 1)) else { return [] }
        return [s]
    }

    /// Remembers this sentence's named actors for later references (kept for a few sentences).
    mutating func noteSalience() {
        let horizon = index - 4
        context.salient.removeAll { $0.sentence < horizon }
        for m in mentions where m.actors.count == 1 && !m.speakerPronoun && m.end > m.start {
            let subject = !m.oblique && !m.possessive && (m.form != .adjective || m.agent)
            let last = m.end - 1
            let plural = m.agent && last >= range.lowerBound && Int(t[last].end) > 0 && bytes[Int(t[last].end) - 1] == 115
            context.salient.append(SalientMention(actor: m.actors[0], sentence: index, subject: subject, plural: plural))
        }
        if let pair = mentions.first(where: { $0.actors.count == 2 && $0.resolved && !$0.speakerPronoun }) {
            let subject = !pair.oblique && !(pair.start > range.lowerBound && w.prepositions.contains(t[pair.start - 1].word))
            for a in pair.actors {
                var s = SalientMention(actor: a, sentence: index, subject: subject, plural: false)
                s.coordinated = true
                context.salient.append(s)
            }
        }
        if context.salient.count > 24 { context.salient.removeFirst(context.salient.count - 24) }
    }
}
