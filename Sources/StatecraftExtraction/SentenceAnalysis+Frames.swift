import StatecraftCore

/// Argument-frame rules that hold for whole classes of triggers: harm verbs over friendly acts, hosts of
/// forces, directives spoken to someone ("told X to …"), light verbs in the progressive, and the patient
/// of a nominal act ("the expulsion of Russian diplomats").
extension SentenceAnalysis {
    /// Whether a harm verb ("damaged", "undermined") cancels the act it governs: a friendly or neutral one
    /// ("damaged cooperation", "undermined the talks"); a hostile act keeps its own reading.
    func harms(_ g: Found) -> Bool {
        guard let k = g.spec.kind else { return g.spec.role == .transfer }
        return x.ontology[k].family != .conflict
    }

    /// Whether the object of a host verb is a force ("hosts French troops", "hosted US forces"): stationing,
    /// not a visit.
    func hostsForces(_ f: Found) -> Bool {
        var j = f.end
        while j < range.upperBound, j < f.end + 5 {
            if isBoundary(j) || t[j].word == w.comma || t[j].word == w.and { return false }
            if w.troops.contains(t[j].word) { return true }
            j += 1
        }
        return false
    }

    /// Nominal acts done to someone: after "of" comes the patient ("the expulsion of Russian diplomats",
    /// "the arrest of a Malian general", "the bombing of Gaza"), not the agent ("the withdrawal of US troops").
    func actsOnPatient(_ f: Found) -> Bool {
        guard f.spec.pos == .noun, let kind = f.spec.kind else { return false }
        return [.coercion, .sanctions, .attack].contains(kind)
    }

    /// "told Iran to make a deal", "tells North Korea to return to talks": a verb of saying with an addressee
    /// and a to-infinitive is a directive, read as a demand on the addressee (the act it names is not asserted).
    mutating func directiveSpeech() {
        for fi in found.indices where found[fi].spec.role == .speech && found[fi].spec.pos == .verb {
            let head = text(found[fi].start, found[fi].start + 1).lowercased()
            guard head.hasPrefix("tell") || head == "told" else { continue }
            var j = found[fi].end
            guard let k = mentionIndex(at: j) ?? mentionIndex(at: j + 1), mentions[k].start <= j + 1,
                  !mentions[k].oblique, !mentions[k].possessive else { continue }
            j = mentions[k].end
            guard j + 1 < range.upperBound, t[j].word == w.to, t[j + 1].flags.contains(.word),
                  mentionIndex(at: j + 1) == nil else { continue }
            found[fi].spec = TriggerSpec(kind: .demand, plover: nil, pos: .verb, role: .control(.urge), phrase: found[fi].spec.phrase)
        }
    }

    /// A light verb in the progressive ("is making", "are holding", "was paying") right before a noun trigger.
    func isProgressiveLightVerb(_ j: Int) -> Bool {
        guard j - 1 >= range.lowerBound, t[j].flags.contains(.word), w.beForms.contains(t[j - 1].word) else { return false }
        let e = Int(t[j].end)
        guard e - Int(t[j].start) > 4, bytes[e - 3] == 105, bytes[e - 2] == 110, bytes[e - 1] == 103 else { return false }   // -ing
        return !w.beForms.contains(t[j].word)
    }

    /// Whether the preposition before an object is the last word of the trigger phrase ("fired at", "fired
    /// missiles at", "war on"): the phrase's frame says that preposition marks the target, so "at the
    /// Philippines" is the target there, not a place.
    func prepositionInTrigger(end: Int, before start: Int) -> Bool {
        guard end - 1 >= range.lowerBound, w.prepositions.contains(t[end - 1].word) else { return false }
        return !span(end, start).contains { w.prepositions.contains(t[$0].word) || isBoundary($0) || t[$0].word == w.comma }
    }

    /// Where the reported words start after a verb of saying: past its audience when the verb takes one
    /// ("tells UN Israel is an aggressor", "told the Security Council that …"). The audience hears the
    /// judgment; it is not what the judgment is about.
    func afterAudience(of speech: Found) -> Int {
        let head = text(speech.start, speech.start + 1).lowercased()
        guard head.hasPrefix("tell") || head == "told" || head.hasPrefix("address") || head.hasPrefix("brief") else { return speech.end }
        var j = speech.end
        if j < range.upperBound, w.determiners.contains(t[j].word) { j += 1 }
        guard let k = mentionIndex(at: j), !mentions[k].oblique else { return speech.end }
        var e = mentions[k].end
        // "the UN General Assembly", "the UN Security Council": the body's name runs on in capitals.
        while e < range.upperBound, e < mentions[k].end + 3, t[e].flags.contains(.capitalized), mentionIndex(at: e) == nil { e += 1 }
        return e
    }
}
