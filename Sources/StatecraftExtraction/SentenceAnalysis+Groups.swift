import StatecraftCore

/// Who stands behind a mention: a population ("Palestinian youths", "thousands of Iranians") or a
/// state organ named by its agent nouns ("Russian troops", "NATO peacekeeping troops").
extension SentenceAnalysis {
    /// What a force named by mention `k` does when it goes somewhere: peacekeepers bring aid, troops mobilise.
    /// Looks at the agent nouns inside the mention or right after it ("NATO peacekeeping troops", "Russian troops").
    func deploymentKind(of k: Int) -> RelationKind? {
        let m = mentions[k]
        var head = -1, peacekeeping = false
        var j = m.start
        while j < range.upperBound, j < m.end + 3 {
            let agent = w.agentNouns.contains(t[j].word)
            if j >= m.end, !agent { break }
            if agent {
                head = j
                if text(j, j + 1).lowercased().hasPrefix("peacekeep") { peacekeeping = true }
            }
            j += 1
        }
        // The head noun decides: "Turkish military officials" are envoys, "NATO peacekeeping troops" are a force.
        guard head >= 0, m.agent, w.troops.contains(t[head].word) || text(head, head + 1).lowercased().hasPrefix("peacekeep") else { return nil }
        return peacekeeping ? .aid : .mobilization
    }

    /// Whether a demonym stands alone as a noun ("Afghans vow …", "jails Briton for …") rather than before one.
    func isBareNoun(_ m: Mention) -> Bool {
        guard m.end < range.upperBound else { return true }
        let n = m.end
        // "a Russian-imposed peace", "an Iranian Revolutionary Guard base": the demonym modifies what follows.
        if t[n].word == w.dash { return false }
        if !t[n].flags.contains(.word) { return true }
        if w.prepositions.contains(t[n].word) || w.verbGroup.contains(t[n].word) || t[n].word == w.and || t[n].word == w.or
            || w.subordinators.contains(t[n].word) || t[n].word == w.that { return true }
        // In a title-case headline ("Afghans Vow to Kill UN Hostage") a capitalized verb still follows a bare noun.
        if t[n].flags.contains(.capitalized) { return titleCase && (looksLikeVerb(n) || x.triggers.starts(with: t[n].word)) }
        return looksLikeVerb(n)
    }

    /// Whether mention `k` names a country's people rather than its government: a plural demonym
    /// ("Palestinians") or a demonym before a population noun ("Palestinian youths", "Iranian students").
    func isPopulation(_ k: Int) -> Bool {
        let m = mentions[k]
        guard m.form == .adjective, m.actors.count == 1, m.end > m.start, !m.person else { return false }
        if w.population.contains(word(m.end)) { return true }
        if m.end + 1 < range.upperBound, !t[m.end].flags.contains(.capitalized), w.population.contains(word(m.end + 1)) { return true }
        return m.plural
    }

    /// The population that protests at trigger `f`: the nearest population mention before it in the clause,
    /// also after "of" ("thousands of Palestinians protested").
    func protestingPopulation(before start: Int) -> Int? {
        var j = start - 1
        while j >= range.lowerBound, j > start - 25 {
            if isBoundary(j) || isClauseComma(j) { return nil }
            if let k = mentionIndex(at: j) {
                if isPopulation(k), !mentions[k].oblique || mentions[k].preposition == w.of { return k }
                j = mentions[k].start - 1
                continue
            }
            j -= 1
        }
        return nil
    }

    /// The actor a popular protest is against: a named actor or a state organ after the trigger
    /// ("demonstrations against the alleged abuses by the Israeli military"), never a place or an adjective on a thing.
    func protestTarget(after end: Int, excluding source: Set<Int32>) -> [Int32]? {
        var j = end
        while j < range.upperBound, j < end + 14 {
            if isBoundary(j) || isClauseComma(j) { return nil }
            if let k = mentionIndex(at: j) {
                let m = mentions[k]
                let place = m.oblique && w.locationPreps.contains(m.preposition)
                if !place, m.form != .adjective || m.agent, !m.actors.allSatisfy({ source.contains($0) }), !isPopulation(k) {
                    return m.actors
                }
                j = m.end
                continue
            }
            j += 1
        }
        return nil
    }
}
