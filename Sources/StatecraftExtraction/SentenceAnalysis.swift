import StatecraftCore

/// The analysis of one sentence: actor mentions, triggers, and for each trigger its
/// subject, object and modality. Every scan is bounded, so the work is linear in the sentence.
struct SentenceAnalysis {
    let x: EventExtractor
    let t: UnsafeBufferPointer<Token>
    let range: Range<Int>
    let bytes: [UInt8]
    let article: Article
    let index: Int
    var context: DiscourseContext

    var mentions: [Mention] = []
    /// Token index → mention index (for tokens inside a mention), -1 elsewhere.
    var mentionAt: [Int] = []
    var found: [Found] = []
    var allCaps = false
    /// A headline in title case ("Rumsfeld Visits Iraq"): capitalized verbs are verbs.
    var titleCase = false
    /// Token offset → index of the trigger starting there / covering it, -1 elsewhere.
    var foundStart: [Int32] = []
    var foundCover: [Int32] = []
    /// The syntax stage's parse and roles for this sentence (SyntacticRoles.swift).
    var syntax = SyntaxScratch()

    func foundStarting(at j: Int) -> Int? {
        guard j >= range.lowerBound, j < range.upperBound, !foundStart.isEmpty else { return nil }
        let k = foundStart[j - range.lowerBound]
        return k >= 0 ? Int(k) : nil
    }

    func foundCovering(_ j: Int) -> Int? {
        guard j >= range.lowerBound, j < range.upperBound, !foundCover.isEmpty else { return nil }
        let k = foundCover[j - range.lowerBound]
        return k >= 0 ? Int(k) : nil
    }

    mutating func indexFound() {
        foundStart = Array(repeating: -1, count: range.count)
        foundCover = Array(repeating: -1, count: range.count)
        for (k, f) in found.enumerated() {
            foundStart[f.start - range.lowerBound] = Int32(k)
            for q in f.start..<f.end { foundCover[q - range.lowerBound] = Int32(k) }
        }
    }

    /// Tokens inside modal cue phrases ("does not rule out", "reserve the right").
    var cueCovered: [Bool] = []
    /// The cues of the longest cue phrase starting at each token, as a bit mask.
    var cueMask: [UInt8] = []

    static func bit(_ c: EventExtractor.Cue) -> UInt8 {
        switch c {
        case .possible: return 1
        case .alleged: return 2
        case .intended: return 4
        case .negation: return 8
        case .conditional: return 16
        }
    }

    /// A trigger occurrence.
    struct Found {
        var start: Int
        var end: Int
        var spec: TriggerSpec
        var consumed = false
        /// Modality forced by a controlling verb.
        var forcedModality: Modality?
        /// Source forced by a controlling verb ("accused X of ...": X).
        var forcedSource: [Int32]?
        var controlTrigger: String?
    }

    enum Screen { case ok, foreign, sports }

    init(x: EventExtractor, t: UnsafeBufferPointer<Token>, range: Range<Int>, bytes: [UInt8], article: Article,
         index: Int, context: DiscourseContext) {
        self.x = x
        self.t = t
        self.range = range
        self.bytes = bytes
        self.article = article
        self.index = index
        self.context = context
    }

    var w: EventExtractor.Words { x.w }

    @inline(__always)
    func word(_ i: Int) -> Int32 { i >= range.lowerBound && i < range.upperBound ? t[i].word : -2 }

    /// Skips sentences that are not English or are about sport.
    func screen() -> Screen {
        var words = 0, foreign = 0, known = 0, sports = 0
        for i in range where t[i].flags.contains(.word) {
            words += 1
            if t[i].flags.contains(.nonASCII) { foreign += 1 }
            if t[i].word >= 0 { known += 1 }
            if w.sports.contains(t[i].word) { sports += 1 }
        }
        if words >= 6, foreign * 3 > words || known * 6 < words { return .foreign }
        if sports >= 2 { return .sports }
        return .ok
    }

    // MARK: - Mentions

    mutating func findMentions() {
        mentionAt = Array(repeating: -1, count: range.count)
        var capsWords = 0, wordsCount = 0
        for i in range where t[i].flags.contains(.word) {
            wordsCount += 1
            if t[i].flags.contains(.allCaps) || !t[i].flags.contains(.capitalized) && t[i].flags.contains(.digit) { capsWords += 1 }
        }
        allCaps = wordsCount >= 4 && capsWords * 10 >= wordsCount * 9
        var capitalized = 0
        for i in range where t[i].flags.contains(.word) && t[i].flags.contains(.capitalized) { capitalized += 1 }
        titleCase = wordsCount >= 3 && capitalized * 10 >= wordsCount * 6
        var i = range.lowerBound
        while i < range.upperBound {
            if t[i].flags.contains(.capitalized), let stop = x.lexicon.stops.matches(t, from: i, limit: range.upperBound).last {
                i += stop.length
                continue
            }
            if var m = matchMention(at: i) {
                if m.resolved, m.actors.count <= 1, !m.speakerPronoun {
                    // Pronouns: an antecedent in this sentence first, then the previous sentence.
                    let wd = t[i].word
                    if w.personPronouns.contains(wd) {
                        if let p = mentions.first(where: { $0.person && $0.actors.count == 1 && !precededByPreposition($0.start) })
                            ?? mentions.last(where: { $0.person && $0.actors.count == 1 }) { m.actors = p.actors }
                        else if let p = context.lastPerson, context.age <= 1, !unknownNameBefore(i), i - range.lowerBound <= 8 { m.actors = [p] } else { m.actors = [] }
                    } else if w.thingPronouns.contains(wd) {
                        // "Turkey was preparing to send its military", "the YPG's expansion and its alliance":
                        // a possessive "its" refers to the nearest candidate; a subject "it" to the first.
                        let candidate: (Mention) -> Bool = { !$0.resolved && !$0.person && $0.actors.count == 1 && ($0.form != .adjective)
                            && (!self.precededByPreposition($0.start) || self.word($0.end) == self.w.possessive)
                            && !self.w.memberHeads.contains(self.word($0.end))
                            && !($0.start == self.range.lowerBound && self.t[$0.start].flags.contains(.allCaps)) }
                        if wd != w.it, let p = mentions.last(where: candidate) { m.actors = p.actors }
                        else if let p = mentions.first(where: { !$0.resolved && !$0.person && $0.actors.count == 1 && ($0.form != .adjective)
                            && !precededByPreposition($0.start) && !w.memberHeads.contains(word($0.end)) && start(of: $0)
                            && !($0.start == range.lowerBound && t[$0.start].flags.contains(.allCaps)) }) { m.actors = p.actors }
                        else if wd != w.it, let p = context.lastSubject, context.age <= 1, i - range.lowerBound <= 4 { m.actors = [p] } else { m.actors = sentenceInitialIt(at: i) }
                    }
                }
                if w.pluralPronouns.contains(t[i].word) {
                    // "they": a pair or coordinated group, else a plural agent ("Palestinian leaders", "Russians").
                    let pair = mentions.last(where: { $0.actors.count == 2 })
                    // "the EU and Turkey inched closer as EU leaders softened their demands": the nearer plural agent.
                    if let a = mentions.last(where: { $0.actors.count == 1 && !$0.resolved && $0.agent && !$0.possessive
                                                     && $0.start > (pair?.end ?? range.lowerBound) && !self.precededByPreposition($0.start) }),
                       pair != nil, Int(t[a.end - 1].end) > 0, bytes[Int(t[a.end - 1].end) - 1] == 115 { m.actors = a.actors }
                    else if let p = pair { m.actors = p.actors }
                    else if let p = mentions.last(where: { $0.actors.count == 1 && !$0.resolved && $0.form == .adjective && $0.agent
                                                           && !precededByPreposition($0.start) && (Int(t[$0.end - 1].end) > 0 && bytes[Int(t[$0.end - 1].end) - 1] == 115) }) {
                        m.actors = p.actors
                    } else { m.actors = pluralAntecedent(at: i) }
                }
                if w.possessivePronouns.contains(t[i].word) { m.possessive = true }
                if let prev = mentions.last, !m.resolved, prev.end + 1 == m.start, word(prev.end) == w.and,
                   prev.actors.count == 1, m.actors.count == 1, prev.actors != m.actors {
                    mentions.append(Mention(start: m.start, end: m.start, actors: prev.actors + m.actors, form: .name, resolved: true))
                }
                for k in m.start..<m.end { mentionAt[k - range.lowerBound] = mentions.count }
                mentions.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        // Relations between mentions and their neighbours.
        for k in mentions.indices {
            var m = mentions[k]
            let before = m.start - 1
            var b = before
            // Skip a determiner or an adjective-ish "isolated" before the name.
            if b >= range.lowerBound, w.determiners.contains(t[b].word) { b -= 1 }
            // "in northern Syria", "across north-western Syria": a region of the place is still a place.
            if b > range.lowerBound, isRegionWord(b) {
                b -= 1
                if b > range.lowerBound, t[b].word == w.dash, isRegionWord(b - 1) { b -= 2 }
                if b >= range.lowerBound, w.determiners.contains(t[b].word) { b -= 1 }
            }
            if b >= range.lowerBound, w.prepositions.contains(t[b].word) {
                m.oblique = true
                m.preposition = t[b].word
            }
            // Possessive and agent nouns after it.
            var a = m.end
            if word(a) == w.possessive { m.possessive = true; a += 1 }
            var j = a
            // Up to two lower-case modifiers may stand before the agent noun ("Nigerian junior foreign minister"),
            // unless they make it a non-state group ("Afghan rebel leaders").
            var lead = a
            while lead < range.upperBound, lead < a + 2, m.form == .adjective, t[lead].flags.contains(.word),
                  !t[lead].flags.contains(.capitalized), !w.agentNouns.contains(t[lead].word), !w.titles.contains(t[lead].word),
                  !w.nonstateModifiers.contains(t[lead].word), !w.prepositions.contains(t[lead].word),
                  !w.stopVerbs.contains(t[lead].word), !x.triggers.starts(with: t[lead].word), t[lead].word != w.and { lead += 1 }
            if lead > a, lead < range.upperBound, w.agentNouns.contains(t[lead].word) || w.titles.contains(t[lead].word) { j = lead }
            var agentStart = j
            while j < range.upperBound, j < agentStart + 3, w.titles.contains(t[j].word) || w.agentNouns.contains(t[j].word) {
                j += 1
            }
            // Agent phrases as data (DiscourseReference.swift): a longer state organ extends, a people phrase blocks.
            let phrase = agentPhrase(after: a, lead: lead, of: m)
            if phrase.blocks { j = agentStart } else if let e = phrase.end, e > j { agentStart = phrase.start; j = e }
            if j > agentStart, phrase.end == j || w.agentNouns.contains(t[j - 1].word) || w.titles.contains(t[j - 1].word) {
                m.agent = true
                if !m.possessive, m.form == .person || m.form == .metonym || m.form == .capital
                    || m.form == .name && !w.titles.contains(t[agentStart].word) {
                    // "the Bush administration", "Kremlin spokesman", "Beijing government": the organ is the actor's.
                    for q in m.end..<j { mentionAt[q - range.lowerBound] = k }
                    m.end = j
                }
                if m.form == .adjective || m.possessive || (m.form == .name && w.titles.contains(t[agentStart].word)) {
                    // "Russian President Vladimir Putin", "Ukraine's President Volodymyr Zelensky", "Pakistan President X": one actor.
                    var e = j
                    if let next = mentionIndex(at: e), mentions[next].actors == m.actors {
                        e = mentions[next].end
                        mentions[next].actors = []
                        m.person = true
                    } else {
                        while e < range.upperBound, e < j + 3, t[e].flags.contains(.capitalized), t[e].flags.contains(.word),
                              mentionIndex(at: e) == nil, !(e == j && t[e].word >= 0 && !isNameWord(e)) { e += 1 }
                        if e > j { m.person = true }
                    }
                    if m.possessive { m.possessive = false }
                    for q in m.end..<e { mentionAt[q - range.lowerBound] = k }
                    m.end = e
                    // "the Syrian president Bashar al-Assad's main backers": a possessive after the whole name.
                    if word(e) == w.possessive { m.possessive = true }
                }
            }
            if m.form == .person { m.agent = true }
            mentions[k] = m
        }
        mentions = mentions.enumerated().map { (k, m) in
            var m = m
            if m.actors.isEmpty { m.actors = [] }
            _ = k
            return m
        }
        // "British UN ambassador": the adjective's state acts; the organisation only qualifies the post.
        for k in mentions.indices where mentions[k].form == .adjective && !mentions[k].agent {
            if let n = mentionIndex(at: mentions[k].end), n != k,
               mentions[n].actors.allSatisfy({ x.lexicon.actors[Int($0)].kind == .igo }), mentions[n].agent {
                mentions[k].agent = true
                mentions[k].person = mentions[n].person
                for q in mentions[n].start..<mentions[n].end { mentionAt[q - range.lowerBound] = k }
                mentions[k].end = mentions[n].end
                mentions[n].actors = []
            }
        }
        // "its U.N. diplomats", "their Nato envoy": the possessor's own officials at the organisation.
        for k in mentions.indices where mentions[k].agent && mentions[k].form == .name && mentions[k].start - 1 >= range.lowerBound
            && mentions[k].actors.allSatisfy({ x.lexicon.actors[Int($0)].kind == .igo }) {
            if let p = mentionIndex(at: mentions[k].start - 1), p != k, mentions[p].possessive, mentions[p].resolved, !mentions[p].actors.isEmpty {
                mentions[k].actors = mentions[p].actors
            }
        }
        // "Israeli and Palestinian leaders": coordinated adjectives share the agent noun.
        for k in stride(from: mentions.count - 2, through: 0, by: -1) where mentions[k].form == .adjective && !mentions[k].agent {
            let e = mentions[k].end
            if e < range.upperBound, t[e].word == w.and || t[e].word == w.or || t[e].word == w.comma,
               let n = mentionIndex(at: e + 1), mentions[n].form == .adjective, mentions[n].agent {
                mentions[k].agent = true
            }
        }
        // "King Hassan of Morocco", "President X of Y": a titled name of a state is that state's person.
        for k in mentions.indices where mentions[k].oblique && mentions[k].preposition == w.of {
            var q = mentions[k].start - 2
            var names = 0
            while q >= range.lowerBound, names < 3, t[q].flags.contains(.capitalized), mentionIndex(at: q) == nil, !w.titles.contains(t[q].word) {
                q -= 1; names += 1
            }
            if names > 0, q >= range.lowerBound, w.titles.contains(t[q].word) {
                mentions[k].oblique = false
                mentions[k].person = true
                mentions[k].agent = true
            }
        }
        // "the EU and Turkey inched closer as EU leaders softened their demands": a plural agent named after the pair is nearer.
        for k in mentions.indices where mentions[k].resolved && mentions[k].actors.count == 2 && mentions[k].end > mentions[k].start
            && w.pluralPronouns.contains(t[mentions[k].start].word) {
            if let a = mentions[..<k].last(where: { $0.actors.count == 1 && !$0.resolved && $0.agent && !$0.possessive && !$0.oblique
                                                     && Int(t[$0.end - 1].end) > 0 && bytes[Int(t[$0.end - 1].end) - 1] == 115 }),
               let pair = mentions[..<k].last(where: { $0.actors.count == 2 && $0.end <= a.start }), pair.end <= a.start {
                mentions[k].actors = a.actors
            }
        }
        // "Afghans vow to kill …", "many Syrians had fled": a bare plural demonym names people, not the government;
        // "the Russians" and a pair of sides ("Israelis and Palestinians") still speak for their states.
        for k in mentions.indices where mentions[k].plural && mentions[k].form == .adjective && mentions[k].agent
            && (mentions[k].end >= range.upperBound || !w.agentNouns.contains(t[mentions[k].end].word)) {
            let m = mentions[k]
            let determined = m.start - 1 >= range.lowerBound && t[m.start - 1].word == w.the
            let paired = m.end < range.upperBound && t[m.end].word == w.and && mentionIndex(at: m.end + 1) != nil
                || m.start - 2 >= range.lowerBound && t[m.start - 1].word == w.and && mentionIndex(at: m.start - 2) != nil
            if !determined, !paired { mentions[k].agent = false }
        }
        // Pronouns left unresolved before titles and agents were known: a second look.
        for k in mentions.indices where mentions[k].resolved && mentions[k].actors.isEmpty && !mentions[k].speakerPronoun
            && mentions[k].end > mentions[k].start {
            let wd = t[mentions[k].start].word
            let before = mentions[..<k]
            if w.personPronouns.contains(wd), let p = before.first(where: { $0.person && $0.actors.count == 1 }) {
                mentions[k].actors = p.actors
            } else if w.pluralPronouns.contains(wd), let p = before.last(where: { $0.actors.count == 1 && !$0.resolved && $0.agent && $0.form == .adjective
                                                                          && Int(t[$0.end - 1].end) > 0 && bytes[Int(t[$0.end - 1].end) - 1] == 115 }) {
                mentions[k].actors = p.actors
            }
        }
        // Drop places and topics (worked out without mutating, so no copy of the analysis per check).
        for k in placeAndTopicDrops() { mentions[k].actors = [] }
        // Rebuild the token map without dropped mentions.
        for k in mentionAt.indices where mentionAt[k] >= 0 && mentions[mentionAt[k]].actors.isEmpty
            && !mentions[mentionAt[k]].speakerPronoun { mentionAt[k] = -1 }
    }

    /// Mentions that name places and topics, not actors: capitals after "in", "the Ukraine war", "Korean peninsula",
    /// regions of a country, nationals, ethnic groups, datelines. Each check looks only at this mention and later ones.
    func placeAndTopicDrops() -> [Int] {
        var dropped: [Int] = []
        var placeList: [Int] = []   // token ends of dropped place names, for lists of places
        for k in mentions.indices {
            let m = mentions[k]
            guard !m.actors.isEmpty else { continue }
            var drop = false
            if m.start - 1 >= range.lowerBound, w.former.contains(t[m.start - 1].word) { drop = true }
            // "Syria's north-east", "Iraq's Anbar province": a part of the country is a place.
            if m.possessive, m.end + 1 < range.upperBound, isRegionWord(m.end + 1) || text(m.end + 1, m.end + 2).lowercased().hasPrefix("north-")
                || text(m.end + 1, m.end + 2).lowercased().hasPrefix("south-")
                || span(m.end + 1, min(range.upperBound, m.end + 5)).contains(where: { q in
                       ["province", "region", "governorate", "district", "city", "town", "coast", "enclave", "capital", "port"].contains(text(q, q + 1).lowercased())
                       && span(m.end + 1, q).allSatisfy { t[$0].flags.contains(.word) && mentionIndex(at: $0) == nil && foundCovering($0) == nil } }) { drop = true }
            // "a Briton", "an American", "Zimbabwe jails Briton": one national is a person, not the state.
            if m.form == .adjective, !m.agent, !m.plural, m.end - m.start == 1, isBareNoun(m),
               ["a", "an", "one"].contains(text(m.start - 1, m.start).lowercased())
                || ["briton", "frenchman", "englishman", "dutchman", "scotsman", "irishman", "welshman"].contains(text(m.start, m.end).lowercased()) { drop = true }
            // "an area of eastern Syria", "parts of Iraq", "the north of Syria": a part of the country is a place.
            if m.oblique, m.preposition == w.of, !m.resolved, m.form == .name || m.form == .capital, m.start - 2 >= range.lowerBound,
               span(max(range.lowerBound, m.start - 4), m.start - 1).contains(where: { i in t[i + 1].word == w.of
                   && !(i - 1 >= range.lowerBound && text(i - 1, i).lowercased() == "as")
                   && ["area", "areas", "part", "parts", "region", "regions", "north", "south", "east", "west", "centre", "center",
                       "province", "provinces", "territory", "territories", "border", "outskirts", "swathes", "swaths"].contains(text(i, i + 1).lowercased()) }) { drop = true }
            // "ethnic Albanians in Serbia", "ethnic Russians": a people, not the state of that name.
            if m.start - 1 >= range.lowerBound, t[m.start - 1].word == w.ethnic { drop = true }
            // "anti-Islamic State", "pro-Russian": a stance, not the actor.
            if m.start - 2 >= range.lowerBound, t[m.start - 1].word == w.dash, ["anti", "pro", "non", "ex", "intra", "inter"].contains(text(m.start - 2, m.start - 1).lowercased()) { drop = true }
            // "Australia-based activists", "London-based": a place of residence.
            if m.end + 1 < range.upperBound, t[m.end].word == w.dash, ["based", "born", "registered", "listed", "controlled", "held", "occupied", "dominated", "allied", "linked",
                "affiliated", "aligned", "friendly", "owned", "funded", "backed", "made", "style", "inspired", "sponsored",
                "supported", "armed", "trained", "leaning", "oriented"].contains(text(m.end + 1, m.end + 2).lowercased()) { drop = true }
            // "Nato allies", "Isis fighters": the members, not the organisation; but "its European Community partners"
            // (an actor's fellow members) stand for the organisation itself.
            if m.form == .name || m.form == .nonstate, !m.possessive, w.memberHeads.contains(word(m.end)),
               !(m.start - 1 >= range.lowerBound && w.possessivePronouns.contains(t[m.start - 1].word)
                 && ["partners", "allies", "partner", "ally"].contains(text(m.end, m.end + 1).lowercased())
                 && m.actors.allSatisfy({ x.lexicon.actors[Int($0)].kind == .igo })) { drop = true }
            // "US and EU-backed forces": the first conjunct shares the hyphenated modifier.
            if m.end + 3 < range.upperBound, t[m.end].word == w.and || t[m.end].word == w.or, let n = mentionIndex(at: m.end + 1),
               mentions[n].end + 1 < range.upperBound, t[mentions[n].end].word == w.dash,
               ["backed", "led", "supported", "sponsored", "funded", "armed", "trained", "allied", "brokered"].contains(text(mentions[n].end + 1, mentions[n].end + 2).lowercased()) { drop = true }
            // "Hizbullah Brigades": a group's name inside another group's name.
            if m.form == .nonstate, m.end < range.upperBound, t[m.end].flags.contains(.capitalized), t[m.end].flags.contains(.word),
               mentionIndex(at: m.end) == nil, !titleCase { drop = true }
            // "the Syrian Kurds", "Iraqi insurgents", "Kurdish militias": groups, not the state.
            if m.possessive, m.end + 1 < range.upperBound, w.nonstateModifiers.contains(word(m.end + 1))
                || ["kurds", "arabs", "shia", "sunni", "christians", "tribes", "clans", "people", "civilians", "citizens",
                    "refugees", "minority", "minorities", "population"].contains(text(m.end + 1, m.end + 2).lowercased()) { drop = true }
            // "Iranian militia units", "Syrian rebels": a group named by a state's adjective is not the state.
            if m.form == .adjective, w.nonstateModifiers.contains(word(m.end)) || !m.agent && ["kurds", "kurdish", "arabs", "shia", "sunni", "christians", "tribes", "clans"].contains(text(m.end, m.end + 1).lowercased()) { drop = true }
            // A dateline: "TOKYO -", "KABUL (AFP) -", "ABIDJAN, Ivory Coast --".
            if m.start == range.lowerBound, m.form == .capital || m.form == .name, t[m.start].flags.contains(.allCaps),
               word(m.end) == w.dash || word(m.end) == w.openParen || word(m.end) == w.comma { drop = true }
            if m.start <= range.lowerBound + 3, m.start - 1 >= range.lowerBound, t[m.start - 1].word == w.comma,
               t[range.lowerBound].flags.contains(.allCaps), word(m.end) == w.dash { drop = true }
            if m.form == .capital, m.oblique, w.locationPreps.contains(m.preposition),
               !(m.start - 2 >= range.lowerBound && w.missions.contains(t[m.start - 2].word)),
               // "arrived in Seoul": where a leader arrives is the state visited.
               !(m.preposition == w.in && m.start - 2 >= range.lowerBound && w.arrival.contains(t[m.start - 2].word)) { drop = true }
            if (m.form == .name || m.form == .adjective || m.form == .capital), !m.possessive, !m.agent,
               w.nonActorHeads.contains(word(m.end)),
               !m.actors.contains(where: { x.lexicon.actors[Int($0)].kind == .igo || x.lexicon.actors[Int($0)].kind == .bloc }) { drop = true }
            // "in Washington, Brussels and London": every member of a list of places is a place.
            if !drop, m.form == .capital || m.form == .metonym, !m.possessive, m.start - 1 > range.lowerBound,
               t[m.start - 1].word == w.comma || t[m.start - 1].word == w.and || t[m.start - 1].word == w.or,
               let prev = placeList.last, prev == m.start - 1 { drop = true }
            if drop {
                dropped.append(k)
                if m.form == .capital || m.form == .metonym, m.oblique && w.locationPreps.contains(m.preposition) || placeList.last == m.start - 1 { placeList.append(m.end) }
            }
        }
        return dropped
    }

    /// "five Palestinians killed Saturday in …", "three Iraqis wounded in a bombing": a counted group right before a
    /// participle with no object after it is the patient of a reduced passive, not the subject.
    func countedPatient(before f: Found) -> Bool {
        guard let k = mentionIndex(at: f.start - 1), mentions[k].start - 1 >= range.lowerBound else { return false }
        let q = mentions[k].start - 1
        let counted = t[q].flags.contains(.digit) || ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "dozens", "several", "many", "some", "more", "hundreds", "thousands", "scores", "eleven", "twelve", "twenty"].contains(text(q, q + 1).lowercased())
        guard counted, f.end < range.upperBound else { return counted }
        let next = t[f.end].word
        return mentionIndex(at: f.end) == nil && (w.prepositions.contains(next) || w.timeWords.contains(next)
            || w.currentTime.contains(next) || next == w.comma || next == w.and || isBoundary(f.end))
    }

    /// Whether the verb at `start` is a "to"-infinitive ("to fight", "to swiftly fight").
    func infinitive(_ start: Int) -> Bool {
        var j = start - 1
        while j > range.lowerBound, j > start - 3, skippable(j), t[j].word != w.to { j -= 1 }
        return j >= range.lowerBound && t[j].word == w.to
    }

    /// A lower-case word naming part of a country: "northern", "north-western", "rural", "occupied".
    @inline(__always)
    func isRegionWord(_ i: Int) -> Bool {
        guard i >= range.lowerBound, i < range.upperBound, t[i].flags.contains(.word) else { return false }
        // "in Western Afghanistan": a capitalized compass adjective before a state's name.
        if t[i].flags.contains(.capitalized) { return w.compassAdjectives.contains(t[i].word) && mentionIndex(at: i + 1) != nil }
        return w.regionWords.contains(t[i].word)
    }

    /// Function words: a name followed by one of these is not modifying a noun.
    func isFunctionWord(_ i: Int) -> Bool {
        let id = t[i].word
        if w.prepositions.contains(id) || w.verbGroup.contains(id) || w.subordinators.contains(id) || w.determiners.contains(id)
            || w.possessivePronouns.contains(id) || w.objectStops.contains(id) || id == w.and || id == w.or || id == w.to { return true }
        if foundStarting(at: i) != nil { return true }
        let s = text(i, i + 1).lowercased()
        return ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "several", "many",
                "its", "their", "his", "her", "said", "says", "say", "than", "and", "not", "no", "more", "most"].contains(s)
    }

    /// Whether an unknown capitalized name (someone the dictionary does not know) stands before token `i`:
    /// then "he" is more likely that person than the last leader named.
    func unknownNameBefore(_ i: Int) -> Bool {
        var q = range.lowerBound
        while q < i {
            if t[q].flags.contains(.capitalized), t[q].flags.contains(.word), t[q].word < 0, mentionAt[q - range.lowerBound] < 0,
               !t[q].flags.contains(.allCaps) { return true }
            q += 1
        }
        return false
    }

    /// Whether a preposition (after an optional determiner) stands before token `i`.
    func precededByPreposition(_ i: Int) -> Bool {
        var b = i - 1
        if b >= range.lowerBound, w.determiners.contains(t[b].word) { b -= 1 }
        if isRegionWord(b) { b -= 1 }
        return b >= range.lowerBound && w.prepositions.contains(t[b].word)
    }

    /// Always true: a hook that keeps the antecedent filter readable.
    func start(of m: Mention) -> Bool { m.start >= range.lowerBound }

    /// Whether a capitalized token is likely part of a name (not a known common word like "The").
    func isNameWord(_ i: Int) -> Bool {
        let id = t[i].word
        return !(w.determiners.contains(id) || w.prepositions.contains(id) || w.subordinators.contains(id) || x.triggers.starts(with: id))
    }

    @inline(__always)
    func mentionIndex(at i: Int) -> Int? {
        guard i >= range.lowerBound, i < range.upperBound else { return nil }
        let k = mentionAt[i - range.lowerBound]
        return k >= 0 && !mentions[k].actors.isEmpty ? k : nil
    }

    /// The mention starting at token `i`, if any. Declared `mutating` only so that the per-token loop in
    /// `findMentions` passes the analysis in place: a non-mutating call from there copied it for every token.
    mutating func matchMention(at i: Int) -> Mention? {
        let tok = t[i]
        let wd = tok.word
        guard wd >= 0 else {
            // "a fresh offer from Afganistan": a capitalized word no lexicon knows, one edit from a state's name.
            guard tok.flags.contains(.capitalized), !tok.flags.contains(.allCaps), !tok.flags.contains(.nonASCII),
                  tok.end - tok.start >= 7, i + 1 >= range.upperBound || !t[i + 1].flags.contains(.capitalized) else { return nil }
            let lower = bytes[Int(tok.start)..<Int(tok.end)].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            guard let a = x.lexicon.misspelledState(lower[...]) else { return nil }
            return Mention(start: i, end: i + 1, actors: [a], form: .name)
        }
        // Pair expressions.
        if let p = x.pairs.matches(t, from: i, limit: range.upperBound).last, let pair = context.lastPair {
            if !(wd == w.each) || true {
                return Mention(start: i, end: i + p.length, actors: [pair.0, pair.1], form: .name, resolved: true)
            }
        }
        // "the North", "the South" in a Korean context.
        if context.korean, (wd == w.north || wd == w.south), tok.flags.contains(.capitalized),
           i > range.lowerBound, t[i - 1].word == w.the, mentionIndex(at: i + 1) == nil,
           !(word(i + 1) >= 0 && t[min(i + 1, range.upperBound - 1)].flags.contains(.capitalized) && i + 1 < range.upperBound) {
            let id = wd == w.north ? "PRK" : "KOR"
            if let a = x.lexicon.actorIndex[id] { return Mention(start: i, end: i + 1, actors: [a], form: .name) }
        }
        if let r = definiteReference(at: i) { return r }
        // Pronouns.
        if w.personPronouns.contains(wd) {
            return Mention(start: i, end: i + 1, actors: [], form: .person, person: true, resolved: true)
        }
        if w.thingPronouns.contains(wd) || w.pluralPronouns.contains(wd) {
            return Mention(start: i, end: i + 1, actors: [], form: .name, resolved: true)
        }
        if w.speakerPronouns.contains(wd), !tok.flags.contains(.allCaps) || allCaps {
            return Mention(start: i, end: i + 1, actors: [], form: .name, resolved: true, speakerPronoun: true)
        }
        guard tok.flags.contains(.capitalized) || tok.flags.contains(.digit) else { return nil }
        let all = x.lexicon.trie.matches(t, from: i, limit: range.upperBound)
        for (length, payloads) in all.reversed() {
            var valid: [AliasPayload] = []
            for p in payloads {
                if p.allCaps, !tok.flags.contains(.allCaps) { continue }
                if p.capitalized, !tok.flags.contains(.capitalized) { continue }
                if p.form == .capital || p.form == .name || p.form == .person || p.form == .nonstate || p.form == .metonym {
                    // The whole phrase must be a name: the last word capitalized too (not "Jordan river").
                }
                if let o = p.officeholder {
                    if !o.holdsOffice(on: article.date) {
                        // A titled name still counts ("President Bush") unless "former";
                        // so does "the Bush administration" (the state's government of that time).
                        let prev = i - 1
                        let govt = i + length < range.upperBound
                            && ["administration", "government", "regime", "cabinet"].contains(text(i + length, i + length + 1).lowercased())
                        guard govt || prev >= range.lowerBound && w.titles.contains(t[prev].word),
                              !(prev >= range.lowerBound && w.former.contains(t[prev].word)),
                              !(prev - 1 >= range.lowerBound && w.former.contains(t[prev - 1].word)) else { continue }
                    } else if i - 1 >= range.lowerBound, w.former.contains(t[i - 1].word) || (i - 2 >= range.lowerBound && w.former.contains(t[i - 2].word)) {
                        continue
                    }
                }
                valid.append(p)
            }
            guard !valid.isEmpty else { continue }
            // "outgoing chief Dlamini-Zuma" (AU chair then, a South African minister before): the office held on the day wins.
            if valid.contains(where: { $0.officeholder?.holdsOffice(on: article.date) == true }) {
                valid.removeAll { $0.officeholder.map { !$0.holdsOffice(on: article.date) } ?? false }
            }
            let order: (MentionForm) -> Int = {
                switch $0 {
                case .name, .nonstate: return 0
                case .metonym: return 1
                case .capital: return 2
                case .person: return 3
                case .adjective: return 4
                }
            }
            let best = valid.min { order($0.form) < order($1.form) }!
            let actors = Set(valid.filter { order($0.form) == order(best.form) }.map(\.actor))
            guard actors.count == 1 else { return nil }
            // A name followed by more capitalized name words is someone else's name ("Jordan Peterson"), unless a title or agent.
            var m = Mention(start: i, end: i + length, actors: [best.actor], form: best.form)
            m.person = best.form == .person
            if best.plural { m.agent = true; m.plural = true }
            return m
        }
        return nil
    }

    // MARK: - Triggers

    mutating func findTriggers() {
        cueCovered = Array(repeating: false, count: range.count)
        cueMask = Array(repeating: 0, count: range.count)
        for q in range where t[q].word >= 0 && x.cues.starts(with: t[q].word) {
            if let m = x.cues.matches(t, from: q, limit: range.upperBound).last {
                for r in q..<(q + m.length) { cueCovered[r - range.lowerBound] = true }
                var mask: UInt8 = 0
                for c in m.payloads { mask |= Self.bit(c) }
                cueMask[q - range.lowerBound] = mask
            }
        }
        var i = range.lowerBound
        while i < range.upperBound {
            if mentionIndex(at: i) != nil, !(word(i) >= 0 && x.triggers.starts(with: t[i].word) && mentions[mentionIndex(at: i)!].form == .adjective && false) {
                i += 1
                continue
            }
            if let m = x.triggers.matches(t, from: i, limit: range.upperBound, skip: { self.w.timeWords.contains(self.t[$0].word) }).last {
                var spec = m.payloads.first!
                // A noun reading after a determiner, possessive or adjective; else the verb reading.
                if m.payloads.count > 1 {
                    // A verb after its subject (an actor, a pronoun) or an auxiliary; a noun elsewhere.
                    var p = i - 1
                    while p >= range.lowerBound, w.timeWords.contains(t[p].word) || (skippable(p) && !w.verbGroup.contains(t[p].word)) { p -= 1 }
                    var verbContext = i == range.lowerBound
                    if p >= range.lowerBound {
                        let prev = t[p].word
                        if let k = mentionIndex(at: p) {
                            let mk = mentions[k]
                            verbContext = !mk.possessive && (mk.form != .adjective || mk.agent)
                            // "its UN Security Council veto", "Russia's UN veto": a name after a possessor modifies a noun.
                            if mk.start - 1 >= range.lowerBound, t[mk.start - 1].word == w.possessive
                                || w.possessivePronouns.contains(t[mk.start - 1].word) { verbContext = false }
                        } else {
                            verbContext = w.verbGroup.contains(prev) || w.personPronouns.contains(prev) || w.thingPronouns.contains(prev)
                                || w.pluralPronouns.contains(prev) || prev == w.who || prev == w.which || prev == w.that
                                || (t[p].flags.contains(.capitalized) && t[p].flags.contains(.word) && !w.determiners.contains(prev))
                        }
                        if w.determiners.contains(prev) || prev == w.possessive || w.possessivePronouns.contains(prev) { verbContext = false }
                    }
                    // "the US attacks would target …": a verb is not followed by a modal.
                    if verbContext, i + m.length < range.upperBound,
                       ["would", "will", "could", "can", "may", "might", "must", "should", "have", "has", "had", "were", "are", "is", "was"].contains(text(i + m.length, i + m.length + 1).lowercased()) {
                        verbContext = false
                    }
                    if let pick = m.payloads.first(where: { ($0.pos == .verb) == verbContext }) { spec = pick }
                }
                // "does not rule out" is a hedge, not a rejection.
                if spec.kind == .rejection, spec.phrase.hasPrefix("rule"), (1...2).contains(where: { i - $0 >= range.lowerBound && (t[i - $0].word == w.not || text(i - $0, i - $0 + 1).lowercased() == "n't") }) {
                    i += m.length
                    continue
                }
                // A capitalized noun mid-sentence is part of a name ("World War II", "Cold War"); so is a capitalized
                // verb outside title-case headlines ("the Free Syrian Army").
                if spec.pos == .verb, !allCaps, !titleCase, t[i].flags.contains(.capitalized), i > range.lowerBound,
                   t[i - 1].word != w.quote, !t[i].flags.contains(.lineBreakBefore) {
                    i += m.length
                    continue
                }
                if spec.pos == .noun, !allCaps, t[i].flags.contains(.capitalized), i > range.lowerBound,
                   t[i - 1].word != w.quote, !t[i].flags.contains(.lineBreakBefore) {
                    i += m.length
                    continue
                }
                // Phrasal verbs that are not the trigger: "take back", "press ahead", "charged into".
                let head = text(i, i + 1).lowercased()
                let next = i + m.length < range.upperBound ? text(i + m.length, i + m.length + 1).lowercased() : ""
                let prevWord = i > range.lowerBound ? text(i - 1, i).lowercased() : ""
                if head == "back", ["off", "down", "away", "out"].contains(next) { i += m.length; continue }
                if head == "back", ["take", "took", "taken", "taking", "bring", "brought", "come", "came", "go", "went", "fall",
                                    "fell", "pull", "pulled", "hold", "held", "set", "pay", "paid", "cut", "scale", "scaled",
                                    "roll", "rolled", "push", "pushed", "fight", "fought", "get", "got", "send", "sent", "win",
                                    "won", "give", "gave", "hit", "strike", "struck", "step", "stepped", "turn", "turned",
                                    "call", "called", "look", "move", "moved", "flew", "fly", "head", "headed"].contains(prevWord) {
                    i += m.length
                    continue
                }
                if spec.kind == .demand || spec.role == .control(.urge), head.hasPrefix("press"), next == "ahead" || next == "on" {
                    i += m.length
                    continue
                }
                if head.hasPrefix("charg"), ["into", "toward", "towards", "at", "through", "ahead"].contains(next) {
                    i += m.length
                    continue
                }
                if spec.kind == .attack || spec.kind == .rejection && head.hasPrefix("shoot"),
                   (i + m.length..<min(range.upperBound, i + m.length + 4)).contains(where: { ["proposal", "proposals", "plan", "plans", "idea", "ideas", "bill", "motion", "bid", "suggestion",
                       "deal", "deals", "agreement", "rapprochement", "balance", "tone", "chord", "note", "compromise", "bargain", "accord", "pact", "alliance"].contains(text($0, $0 + 1).lowercased()) }) {
                    i += m.length
                    continue
                }
                // "a cabinet meeting", "party talks": a domestic body meeting itself.
                if spec.kind == .talks, spec.pos == .noun, ["cabinet", "party", "parliamentary", "committee", "board", "staff",
                                                            "press", "internal", "family", "shareholder", "shareholders", "council"].contains(prevWord) {
                    i += m.length
                    continue
                }
                // "the cold war", "a trade war", "the first world war", "a war of words": not an armed attack between the parties.
                if spec.kind == .attack, spec.pos == .noun, head == "war",
                   ["cold", "trade", "price", "tariff", "currency", "world", "culture", "information", "civil", "economic", "cyber",
                    "propaganda", "media", "diplomatic", "sanctions", "legal", "political"].contains(prevWord)
                    || next == "of" && ["words", "attrition"].contains(text(i + m.length + 1, i + m.length + 2).lowercased()) {
                    i += m.length
                    continue
                }
                if head.hasPrefix("welcom"), spec.pos == .verb, let k = mentionIndex(at: i + m.length) ?? mentionIndex(at: i + m.length + 1),
                   mentions[k].person || mentions[k].form == .adjective && mentions[k].agent, !mentions[k].possessive,
                   word(mentions[k].end) != w.possessive,
                   // "welcome the Bush win": the name modifies a thing that is welcomed.
                   !(mentions[k].end < range.upperBound && t[mentions[k].end].flags.contains(.word) && !t[mentions[k].end].flags.contains(.capitalized)
                     && !isFunctionWord(mentions[k].end) && !w.prepositions.contains(t[mentions[k].end].word) && !w.verbGroup.contains(t[mentions[k].end].word)) {
                    spec = TriggerSpec(kind: .visit, plover: nil, pos: .verb, role: .host, phrase: spec.phrase)
                }
                if spec.kind == .concession, (i + m.length..<min(range.upperBound, i + m.length + 3)).contains(where: { w.communication.contains(t[$0].word) }) {
                    i += m.length
                    continue
                }
                // "conceded that" (admitted), "stood by as" (looked on), "defended itself": not acts towards another.
                if next == "that", head.hasPrefix("conced") || head.hasPrefix("admit") { i += m.length; continue }
                if text(i, i + m.length).lowercased().hasSuffix(" by"), next == "as" || next == "while" { i += m.length; continue }
                if ["itself", "themselves", "himself", "herself"].contains(next) { i += m.length; continue }
                // "combat tours in Iraq": a tour is a visit only "of"/"to" somewhere or someone's.
                if head.hasPrefix("tour"), spec.pos == .noun, next != "of", next != "to", !(i > range.lowerBound && (t[i - 1].word == w.possessive || mentionIndex(at: i - 1) != nil)) {
                    i += m.length; continue
                }
                // "seizing a chance", "took the initiative": an opportunity is taken, nobody is seized.
                if (i + m.length..<min(range.upperBound, i + m.length + 3)).contains(where: { ["chance", "chances", "opportunity", "opportunities", "initiative", "moment", "opening", "lead", "advantage"].contains(text($0, $0 + 1).lowercased()) }) {
                    i += m.length; continue
                }
                // "meet a request", "meet the deadline": not a meeting.
                if head == "meet" || head == "met" || head == "meets" || head == "meeting",
                   (i + m.length..<min(range.upperBound, i + m.length + 4)).contains(where: { ["request", "requests", "demand", "demands", "deadline", "target", "targets", "goal", "goals", "standards", "standard", "needs", "criteria", "conditions", "obligations", "expectations", "costs"].contains(text($0, $0 + 1).lowercased()) }) {
                    i += m.length; continue
                }
                // "demonstrating Russia's new clout": to demonstrate something is to show it, not to protest.
                if spec.kind == .protest, spec.pos == .verb, head.hasPrefix("demonstrat") || head.hasPrefix("protest"),
                   mentionIndex(at: i + m.length) != nil || ["the", "a", "an", "its", "their", "his", "her", "that", "how"].contains(next) {
                    i += m.length; continue
                }
                // "returned to the UK": travel, not a concession.
                if spec.kind == .concession, head.hasPrefix("return"), next == "to" || next == "home" { i += m.length; continue }
                // "illegal income", "an illegal organisation": a judging adjective on a thing judges nobody here.
                if spec.role == .evaluative, m.length == 1, i + 1 < range.upperBound, t[i + 1].flags.contains(.word),
                   !t[i + 1].flags.contains(.capitalized), !isFunctionWord(i + 1) {
                    i += m.length; continue
                }
                // "he talks of recalling forces": talk of is speech, not talks.
                if spec.kind == .talks, i + m.length < range.upperBound, t[i + m.length].word == w.of, spec.phrase.hasPrefix("talk") {
                    i += m.length
                    continue
                }
                // "plan to deal with": a noun-only trigger right after "to" is a verb we do not code.
                if spec.pos == .noun, m.payloads.allSatisfy({ $0.pos == .noun }), i > range.lowerBound,
                   t[i - 1].word == w.to || ["will", "would", "could", "can", "must", "should", "may", "might", "'ll"].contains(prevWord) {
                    i += m.length
                    continue
                }
                // "a state of siege", "the report": a verb of saying after a determiner is a noun.
                if spec.role == .speech, i > range.lowerBound, w.determiners.contains(t[i - 1].word) || w.possessivePronouns.contains(t[i - 1].word) {
                    i += m.length
                    continue
                }
                // "long-threatened", "Israeli-occupied": part of a compound adjective.
                if i > range.lowerBound, t[i - 1].word == w.dash, !t[i].flags.contains(.spaceBefore) {
                    i += m.length
                    continue
                }
                // "during the fight", "after the war": a nominal event in the background.
                if spec.pos == .noun, i - 2 >= range.lowerBound, w.determiners.contains(t[i - 1].word), w.background.contains(t[i - 2].word) {
                    i += m.length
                    continue
                }
                if i + m.length < range.upperBound, t[i + m.length].word == w.dash, !t[i + m.length].flags.contains(.spaceBefore) {
                    i += m.length
                    continue
                }
                // "invasion forces", "aid workers": a noun modifying another noun.
                if spec.pos == .noun, i + m.length < range.upperBound, w.agentNouns.contains(t[i + m.length].word)
                    || ["workers", "agencies", "agency", "groups", "organisations", "organizations", "submarine", "submarines",
                        "conference", "conferences", "zone", "zones"].contains(next) {
                    i += m.length
                    continue
                }
                // "arm" needs its recipient right after it ("arm Ukraine"), else it is "heavily armed".
                if spec.kind == .armsSupply, spec.phrase.hasPrefix("arm+") || spec.phrase.hasPrefix("rearm"),
                   mentionIndex(at: i + m.length) == nil, mentionIndex(at: i + m.length + 1) == nil {
                    i += m.length
                    continue
                }
                found.append(Found(start: i, end: i + m.length, spec: spec))
                i += m.length
            } else {
                i += 1
            }
        }
    }

    func isBoundary(_ i: Int) -> Bool {
        let id = t[i].word
        return id == w.semicolon || id == w.colon || id == w.period || id == w.question || id == w.bang
    }

    /// A comma that opens a new clause: ", but", ", which", ", while".
    func isClauseComma(_ i: Int) -> Bool {
        t[i].word == w.comma && i + 1 < range.upperBound && (w.subordinators.contains(t[i + 1].word) || t[i + 1].word == w.and && mentionIndex(at: i + 2) == nil)
    }

    /// Mentions coordinated with mention `k` to its left ("the United States, Britain and the European Union").
    func groupLeft(_ k: Int) -> [Int] {
        var group = [k]
        // "Syria and its allies": a possessive pronoun heads its own noun phrase.
        if mentions[k].resolved, mentions[k].possessive, w.possessivePronouns.contains(t[mentions[k].start].word) { return group }
        var start = mentions[k].start
        while true {
            var j = start - 1
            if j > range.lowerBound, t[j].word == w.the { j -= 1 }
            guard j > range.lowerBound else { break }
            let sep = t[j].word
            guard sep == w.and || sep == w.comma || sep == w.amp || sep == w.or else { break }
            // A list ends in "and"/"or" next to its last member: "Germany, France support" is no list.
            if group.count == 1, sep == w.comma { break }
            j -= 1
            if j >= range.lowerBound, t[j].word == w.comma, sep == w.and { j -= 1 }
            guard let prev = mentionIndex(at: j), !mentions[prev].resolved || mentions[prev].actors.count == 1 else { break }
            if mentions[prev].form == .adjective, !mentions[prev].agent, sep != w.and { break }
            // "militias in Syria, and Turkey's detention": a place inside another phrase is no conjunct of the possessor.
            // "cold war with Qatar and Ankara's alliance": a possessor starts its own noun phrase.
            if mentions[prev].oblique, !mentions[k].oblique, w.locationPreps.contains(mentions[prev].preposition) || mentions[k].possessive { break }
            group.append(prev)
            start = mentions[prev].start
        }
        return group.reversed()
    }

    /// Mentions coordinated with mention `k` to its right.
    func groupRight(_ k: Int) -> [Int] {
        var group = [k]
        var joined = false
        var end = mentions[k].end
        while true {
            var j = end
            if word(j) == w.possessive { break }
            guard j < range.upperBound else { break }
            let sep = t[j].word
            guard sep == w.and || sep == w.comma || sep == w.amp || sep == w.or else { break }
            j += 1
            if sep != w.comma { joined = true }
            if sep == w.comma, word(j) == w.and { j += 1; joined = true }
            if word(j) == w.the { j += 1 }
            guard let next = mentionIndex(at: j), mentions[next].start == j else { break }
            group.append(next)
            end = mentions[next].end
        }
        return joined ? group : [k]
    }

    /// The subject of a trigger starting at `start`: the nearest eligible mention to its left in the clause.
    func subject(before start: Int, nounTrigger: Bool) -> [Int]? {
        let floor = range.lowerBound
        let head = start < range.upperBound ? text(start, start + 1).lowercased() : ""
        // A gerund takes the actor right before it, even after a preposition ("of Moscow providing weapons").
        if head.hasSuffix("ing"), let k = mentionIndex(at: start - 1), !mentions[k].possessive || mentions[k].resolved == false && mentions[k].possessive == false {
            if mentions[k].form != .adjective || mentions[k].agent { return groupLeft(k) }
        }
        // A purpose infinitive after an object ("summoned Niger's ambassador to complain"): the main verb's subject.
        if start - 1 > floor, t[start - 1].word == w.to, let k = mentionIndex(at: start - 2), mentions[k].start - 1 >= floor,
           let vk = foundCovering(mentions[k].start - 1) ?? (mentions[k].start - 2 >= floor ? foundCovering(mentions[k].start - 2) : nil),
           found[vk].spec.pos == .verb, found[vk].spec.role != .speech, !{ if case .control = found[vk].spec.role { return true } else { return false } }() {
            return subject(before: found[vk].start, nounTrigger: false)
        }
        // A participle after a comma (", saying …", ", warning …") takes the main clause's subject.
        if head.hasSuffix("ing"), start - 1 >= floor, t[start - 1].word == w.comma {
            for k in mentions.indices where mentions[k].start < start && eligibleSubject(k) { return groupLeft(k) }
            return nil
        }
        var j = start - 1
        var steps = 0
        var nounModifiers = 0
        var passedTrigger = false
        var passedVerb = !nounTrigger
        while j >= floor, steps < 40 {
            steps += 1
            if isBoundary(j) { return nil }
            if isClauseComma(j) { return nil }
            let id = t[j].word
            if id == w.which || id == w.who, j - 1 >= floor, t[j - 1].word == w.comma, let k = mentionIndex(at: j - 2) {
                return [k]
            }
            if id == w.comma {
                // A parenthetical time phrase ", on Tuesday," between subject and verb.
                var tp = j - 1
                while tp > floor, tp > j - 5, skippable(tp) || t[tp].flags.contains(.digit) { tp -= 1 }
                if tp < j - 1, tp > floor, t[tp].word == w.comma { j = tp - 1; continue }
                // An appositive ", a close Moscow ally since the Cold War,": the actor before it is the subject;
                // after an unknown name ("Mykhailo Podolyak, a senior aide to Ukraine's President,") the actor inside it.
                var k = j - 1
                var span = 0
                while k > floor, span < 14, t[k].word != w.comma, !isBoundary(k) { k -= 1; span += 1 }
                // A non-restrictive relative clause ", which has previously demanded …,": the actor before it is the subject.
                if k > floor, t[k].word == w.comma, t[k + 1].word == w.which || t[k + 1].word == w.who,
                   let mk = mentionIndex(at: k - 1), !mentions[mk].oblique, eligibleSubject(mk) { return groupLeft(mk) }
                if k > floor, t[k].word == w.comma, w.determiners.contains(t[k + 1].word) {
                    if let mk = mentionIndex(at: k - 1), !mentions[mk].oblique { return groupLeft(mk) }
                    if t[k - 1].flags.contains(.capitalized), (k + 1..<j).contains(where: { w.roleNouns.contains(t[$0].word) }) {
                        for q in stride(from: j - 1, to: k, by: -1) {
                            if let mk = mentionIndex(at: q), mentions[mk].agent || mentions[mk].person || mentions[mk].form != .adjective {
                                return [mk]
                            }
                        }
                    }
                }
            }
            if let k = mentionIndex(at: j) {
                j = mentions[k].start - 1
                // A noun's subject acts through a verb ("signed a pact", "launched an offensive");
                // an actor right before "the war" with no verb between is no subject of it.
                if nounTrigger, !passedVerb { return nil }
                // "a force raised by Washington to fight Isis": the agent of a participle does not do the infinitive's act.
                if !nounTrigger, mentions[k].oblique, mentions[k].preposition == w.by, infinitive(start) { return nil }
                if eligibleSubject(k) { return groupLeft(k) }
                continue
            }
            if nounTrigger, found.contains(where: { $0.end == j + 1 && $0.start < start && !$0.consumed && $0.spec.role != .speech
                && $0.spec.role != .host && $0.spec.pos == .verb }) {
                return nil
            }
            // "Michel called the agreement a development", "said the talks would": a verb of saying before a definite
            // nominal event speaks about it; its subject is no party to it ("announced/confirmed the deal" still is).
            if nounTrigger, start - 1 > floor, ["the", "this", "that", "these"].contains(text(start - 1, start).lowercased()),
               found.contains(where: { f in f.end == j + 1 && f.start < start && f.spec.role == .speech
                   && !["announce", "confirm", "declare"].contains(where: { text(f.start, f.end).lowercased().hasPrefix($0) }) }) {
                return nil
            }
            // "X established ties with and opened an embassy": coordinated predicates share the subject.
            if id == w.and, j == start - 1 || (j + 1..<start).allSatisfy({ skippable($0) }),
               let prev = found.last(where: { $0.end <= j && $0.spec.pos == .verb && $0.spec.role != .speech }), prev.start < j {
                return subject(before: prev.start, nounTrigger: false)
            }
            // "Washington and its allies", "Washington along with its allies": a conjunct that is not an actor.
            if t[j].flags.contains(.word), j - 2 > floor, w.possessivePronouns.contains(t[j - 1].word),
               t[j - 2].word == w.and || t[j - 2].word == w.with {
                j -= 3
                if j >= floor, text(j, j + 1).lowercased() == "along" { j -= 1 }
                continue
            }
            // Only the verb group (auxiliaries, adverbs, time words, hedges, controlling verbs) may stand between
            // a subject and its verb; a noun also lets its modifiers and one light verb stand there.
            // "is making a state visit to", "are holding talks with": a light verb in the progressive.
            if nounTrigger, !passedVerb, isProgressiveLightVerb(j) { passedVerb = true; j -= 2; continue }
            if nounTrigger, !passedTrigger, w.beForms.contains(t[j].word) || w.experiencer.contains(t[j].word) { return nil }
            if nounTrigger, looksLikeVerb(j) { passedVerb = true }
            if skippable(j) { j -= 1; continue }
            if foundCovering(j) != nil { passedTrigger = true; passedVerb = true }
            // "militias that it says threaten its sovereignty": a verb right after "says" has no subject of its own here;
            // the speaker is not the one who acts.
            if !nounTrigger, let fk = foundCovering(j), found[fk].spec.role == .speech, found[fk].end == start,
               ["says", "said", "say", "claims", "claimed", "believes", "believed", "fears", "feared"].contains(text(found[fk].start, found[fk].end).lowercased()) {
                return nil
            }
            // "Russia says demands for … are unrealistic": a noun right after "says" opens the reported clause; the speaker
            // did not make it.
            if nounTrigger, let fk = foundCovering(j), found[fk].spec.role == .speech, found[fk].end >= start - 1,
               ["says", "said", "say", "claims", "claimed", "believes", "insists", "insisted"].contains(text(found[fk].start, found[fk].end).lowercased()) {
                return nil
            }
            if let fk = foundCovering(j), found[fk].start < start, case let f = found[fk],
               f.spec.role == .speech || f.spec.role == .must || { if case .control = f.spec.role { return true } else { return false } }() {
                j = f.start - 1
                continue
            }
            if nounTrigger, !passedTrigger, w.beForms.contains(t[j].word) || w.experiencer.contains(t[j].word) { return nil }
            if nounTrigger, nounModifiers < 5, t[j].flags.contains(.word) || t[j].word == w.dash || t[j].word == w.quote
                || !t[j].flags.contains(.word) && !isBoundary(j) && t[j].word != w.comma,
               !w.prepositions.contains(t[j].word), !t[j].flags.contains(.capitalized) || t[j].flags.contains(.digit) {
                nounModifiers += 1
                j -= 1
                continue
            }
            return postmodifiedSubject(endingBefore: j + 1)
        }
        return nil
    }

    /// A subject followed by a short postmodifier before its verb: "Russian aircraft including helicopter gunships",
    /// "Israeli helicopters and tanks", "Laurent Fabius and a group of deputies", "Sheikh Hamad al-Thani".
    func postmodifiedSubject(endingBefore stop: Int) -> [Int]? {
        var j = stop - 1
        var n = 0
        while j >= range.lowerBound, n < 7 {
            if isBoundary(j) || t[j].word == w.comma || w.subordinators.contains(t[j].word) || t[j].word == w.that { return nil }
            if foundCovering(j) != nil { return nil }
            // "… closed in and their father sent": another noun phrase with its own head stands before the verb.
            if mentionIndex(at: j) == nil, looksLikeVerb(j) && isFunctionWord(j + 1) || w.possessivePronouns.contains(t[j].word) { return nil }
            if let k = mentionIndex(at: j) {
                if !eligibleSubject(k), mentions[k].oblique { j = mentions[k].start - 1; n += 1; continue }
                guard eligibleSubject(k) else { return nil }
                let after = mentions[k].end
                guard after < range.upperBound else { return nil }
                let first = text(after, after + 1).lowercased()
                let starters: Set<String> = ["including", "and", "using", "with", "of", "along", "together", "backed", "armed", "-",
                                             "al", "bin", "ibn", "el", "de", "van", "von", "da", "di", "du", "le", "la", "ben",
                                             "operating", "based", "working", "stationed", "deployed", "active", "in", "at"]
                if starters.contains(first) || (t[after].flags.contains(.capitalized) && mentionIndex(at: after) == nil && !titleCase && !allCaps) {
                    return groupLeft(k)
                }
                return nil
            }
            j -= 1
            n += 1
        }
        return nil
    }

    /// A word that is probably a verb: an auxiliary or modal, a past form in -ed, or a common irregular past.
    func looksLikeVerb(_ j: Int) -> Bool {
        guard t[j].flags.contains(.word), !t[j].flags.contains(.capitalized) || titleCase else { return false }
        if w.verbLike.contains(t[j].word) { return true }
        // A past form in -ed of four letters or more (bytes, no string built).
        let a = Int(t[j].start), e = Int(t[j].end)
        return e - a > 3 && bytes[e - 1] | 0x20 == 100 && bytes[e - 2] | 0x20 == 101
    }

    /// Tokens that may stand between a subject and its verb: auxiliaries, modals, adverbs, time words, hedge words.
    func skippable(_ j: Int) -> Bool {
        let id = t[j].word
        if w.verbGroup.contains(id) || w.timeWords.contains(id) || w.currentTime.contains(id) { return true }
        if cueCovered[j - range.lowerBound] { return true }
        if t[j].flags.contains(.word), !t[j].flags.contains(.capitalized), t[j].end - t[j].start > 4 {
            let e = Int(t[j].end)
            if bytes[e - 1] == 121, bytes[e - 2] == 108 { return true }   // -ly adverb
        }
        return false
    }

    func eligibleSubject(_ k: Int) -> Bool {
        let m = mentions[k]
        if m.speakerPronoun && m.actors.isEmpty { return false }
        // "Security forces in Guinea": the forces are Guinea's.
        if m.oblique, m.preposition == w.in, m.start - 2 >= range.lowerBound,
           ["police", "authorities", "government", "officials"].contains(text(m.start - 2, m.start - 1).lowercased())
            || text(max(range.lowerBound, m.start - 3), m.start - 1).lowercased() == "security forces" { return true }
        if m.oblique && m.preposition != w.by { return false }
        if m.possessive { return false }
        if m.form == .adjective, !m.agent { return false }
        if m.start == m.end { return false }
        return true
    }

    /// The object of a trigger ending at `end`: the first eligible mention to its right in the clause.
    func object(after end: Int, excluding source: Set<Int32>, noun: Bool = false, kind: RelationKind? = nil,
                talksTakesTopic: Bool = false, territorial: Bool = false, peacekeeping: Bool = true) -> [Int]? {
        var j = end
        var steps = 0
        while j < range.upperBound, steps < 14 {
            steps += 1
            if isBoundary(j) { return nil }
            if t[j].word == w.comma { return nil }
            // "peacekeeping troops have arrived in Bosnia": a force's noun reaches the place through a verb of arrival.
            if noun, kind == .aid || kind == .mobilization, j > end, w.verbGroup.contains(t[j].word) || w.arrival.contains(t[j].word) { j += 1; continue }
            if noun, w.stopVerbs.contains(t[j].word) { return nil }
            // "pushed for progress and is one of …": a coordinated predicate starts.
            if j > end, t[j].word == w.and, j + 1 < range.upperBound, w.stopVerbs.contains(t[j + 1].word) { return nil }
            // "as part of …" sets a context; "… and Russia had urged …" starts a new clause.
            if t[j].word >= 0, text(j, j + 1).lowercased() == "as", text(j + 1, j + 2).lowercased() == "part" { return nil }
            if j >= end, t[j].word == w.and || text(j, j + 1).lowercased() == "but", let k = mentionIndex(at: j + 1) ?? mentionIndex(at: j + 2),
               mentions[k].end < range.upperBound, w.verbGroup.contains(t[mentions[k].end].word) || looksLikeVerb(mentions[k].end)
                || (foundStarting(at: mentions[k].end).map { found[$0].spec.pos == .verb } ?? false) { return nil }
            if noun, j > end, mentionIndex(at: j) == nil, looksLikeVerb(j), !(j + 1 < range.upperBound && mentionIndex(at: j + 1) != nil) { return nil }
            // "backed Kurds to oust Islamic State": an infinitive clause is not the object.
            if t[j].word == w.to, j > end, j + 1 < range.upperBound, mentionIndex(at: j + 1) == nil,
               w.commonVerbs.contains(t[j + 1].word) || (foundStarting(at: j + 1).map { found[$0].spec.pos == .verb } ?? false) { return nil }
            if w.objectStops.contains(t[j].word), j > end {
                // "demanded (today) that Israel …": the addressee is the subject of the that-clause.
                let early = (end..<j).allSatisfy { w.timeWords.contains(t[$0].word) || w.currentTime.contains(t[$0].word) }
                if !(t[j].word == w.that && early && (kind == .demand || kind == nil)) { return nil }
            }
            // "calls for attacks on the US", "a call for the withdrawal of US troops from Syria": the actor after an event noun
            // belongs to that event, not to the demand or the rejection.
            if j >= end, kind == .demand || kind == .rejection, mentionIndex(at: j) == nil, let fk = foundCovering(j),
               found[fk].spec.pos == .noun && found[fk].spec.role == .event || kind == .rejection && found[fk].spec.kind == .accusation { return nil }
            if let k = mentionIndex(at: j), let kind {
                let m = mentions[k]
                // The direct object is the source itself ("warns Americans to …"): no other party.
                if m.actors.allSatisfy({ source.contains($0) }), !noun, !m.possessive, j <= end + 2 { return nil }
                // "Assad's main backers, Iran and Russia": the possessor is not the party.
                if m.possessive, let q = span(m.end + 1, min(range.upperBound, m.end + 4)).first(where: { w.relationNouns.contains(t[$0].word) }) {
                    // "from Assad's main backer, the Russian president, Vladimir Putin": the appositive names the party.
                    j = q + 1 < range.upperBound && t[q + 1].word == w.comma ? q + 2 : m.end
                    continue
                }
                // "discuss Syria", "negotiated a ceasefire": talks verbs take topics as objects; partners come with "with".
                if kind == .talks, !noun, talksTakesTopic,
                   !span(max(end, m.start - 4), m.start).contains(where: { t[$0].word == w.with || t[$0].word == w.between }) { j = m.end; continue }
                // "an alliance against X", "fighting alongside X": not a partner / not a target.
                if m.oblique, m.preposition == w.against, x.ontology[kind].family == .cooperation { j = m.end; continue }
                if m.oblique, m.preposition >= 0, x.vocabulary.word(m.preposition) == "alongside" { j = m.end; continue }
                // "backed UN sanctions against X": an actor modifying an event noun is not the object of support.
                if [.support, .cooperation, .aid].contains(kind), foundStarting(at: m.end).map({ found[$0].spec.pos == .noun }) ?? false { j = m.end; continue }
                // "in Syria", "at the UN": places are not targets (except where one goes or deploys, or a state
                // whose territory a curfew or blockade covers: "lifted a night curfew in Montenegro").
                let coveredState = territorial && m.form == .name && m.actors.allSatisfy { x.lexicon.actors[Int($0)].kind == .state }
                let placeKind = kind == .visit || kind == .mobilization || kind == .investigation || kind == .aid && peacekeeping
                if m.oblique, w.locationPreps.contains(m.preposition), m.preposition != w.to, !placeKind, !coveredState,
                   !prepositionInTrigger(end: end, before: m.start),
                   !(m.start - 2 >= range.lowerBound && w.missions.contains(t[m.start - 2].word)) { j = m.end; continue }
                // "demands on the sticking point of Cyprus", "backs a veto for members of the Security Council":
                // an actor after "of" that completes a plain noun belongs to that noun, not to the demand or support.
                if m.oblique, m.preposition == w.of, kind == .demand || kind == .support || kind == .talks || kind == .rejection, m.start - 2 >= range.lowerBound,
                   case let n = m.start - (t[m.start - 1].word == w.of ? 2 : 3), n >= range.lowerBound, t[n].flags.contains(.word),
                   !t[n].flags.contains(.capitalized), foundCovering(n) == nil, !w.agentNouns.contains(t[n].word),
                   kind == .demand || kind == .rejection || w.memberHeads.contains(t[n].word) { j = m.end; continue }
                // "talks on Iraq": a topic, not a party.
                if m.oblique, w.topicPreps.contains(m.preposition), [.talks, .visit, .cooperation, .support, .pact, .rejection].contains(kind) { j = m.end; continue }
                // An adjective on a thing ("Sudanese refugee camp", "European nations") is a target only of hostile acts;
                // otherwise that noun phrase is the object and it is no actor.
                if m.form == .adjective, !m.agent, x.ontology[kind].family != .conflict, kind != .concession, !m.possessive {
                    if !m.oblique, kind == .demand { return nil }
                    j = m.end; continue
                }
                // "defends N. Korea policy", "welcome the Bush win": for support, a name modifying a thing is not the object.
                if x.ontology[kind].family != .conflict, kind != .rejection, !m.possessive, !m.agent, !m.oblique, m.end < range.upperBound,
                   t[m.end].flags.contains(.word), !t[m.end].flags.contains(.digit), !isFunctionWord(m.end),
                   !m.actors.contains(where: { x.lexicon.actors[Int($0)].kind == .igo }),
                   !t[m.end].flags.contains(.capitalized), mentionIndex(at: m.end) == nil, !w.prepositions.contains(t[m.end].word),
                   t[m.end].word != w.and, !w.verbGroup.contains(t[m.end].word) { return nil }
            }
            if let k = mentionIndex(at: j) {
                let m = mentions[k]
                if isAttribution(k) { return nil }
                // "strikes in airspace it controls": a pronoun before a verb is a new clause's subject, not the object.
                if m.resolved, m.end - m.start == 1, t[m.start].word == w.it || text(m.start, m.end).lowercased() == "they",
                   m.end < range.upperBound, t[m.end].flags.contains(.word), !t[m.end].flags.contains(.capitalized) || titleCase,
                   !w.prepositions.contains(t[m.end].word), !w.determiners.contains(t[m.end].word), t[m.end].word != w.and,
                   t[m.end].word != w.or, !w.objectStops.contains(t[m.end].word) { return nil }
                // "charges cleric sought by US": the agent of another participle is not this verb's object.
                if m.oblique, m.preposition == w.by, j > end + 1, looksLikeVerb(m.start - 2) || t[m.start - 2].flags.contains(.capitalized) && titleCase
                    && text(m.start - 2, m.start - 1).lowercased().hasSuffix("ed") || text(m.start - 2, m.start - 1).lowercased() == "sought" { return nil }
                if m.speakerPronoun || m.actors.allSatisfy({ source.contains($0) }) {
                    j = m.end
                    continue
                }
                return groupRight(k)
            }
            // Another finite event verb starts a new predicate.
            if j > end, let fk = foundStarting(at: j), case let f = found[fk], !f.consumed,
               f.spec.pos == .verb && (f.spec.role != .speech || j > end + 1 && mentionIndex(at: j - 1) != nil)
                || f.spec.pos == .noun && j > end + 2 && f.spec.role != .evaluative && mentionIndex(at: j - 1) == nil
                   && f.spec.kind != .aid && f.spec.role != .transfer { return nil }
            j += 1
        }
        return nil
    }

    /// Whether a mention is the speaker of a trailing attribution (", a State Department spokesman said").
    func isAttribution(_ k: Int) -> Bool {
        let m = mentions[k]
        var j = m.end
        var n = 0
        while j < range.upperBound, n < 4 {
            if let fk = foundStarting(at: j), found[fk].spec.role == .speech { return true }
            if isBoundary(j) || t[j].word == w.comma { return false }
            j += 1
            n += 1
        }
        return false
    }

    /// The modality of the event at trigger `f`, from cues before it in its clause.
    func modality(of f: Found) -> Modality {
        if let m = f.forcedModality {
            // "if the US sought to strike Syria": a condition outranks the controlling verb.
            var q = f.start - 1
            var n = 0
            while q >= range.lowerBound, n < 14, !isBoundary(q), !isClauseComma(q) {
                if cuesAt(q).contains(.conditional) { return .hypothetical }
                q -= 1; n += 1
            }
            return m
        }
        var cuesSeen = Set<EventExtractor.Cue>()
        var j = f.start - 1
        var steps = 0
        while j >= range.lowerBound, steps < 10 {
            if isBoundary(j) || isClauseComma(j) { break }
            if t[j].word == w.comma { break }
            // "never said when an attack would take place": the negation is about the saying, not the attack.
            if w.whClause.contains(t[j].word) { break }
            if mentionIndex(at: j) != nil, let k = mentionIndex(at: j),
               !mentions[k].oblique && !mentions[k].possessive && (mentions[k].form != .adjective || mentions[k].agent)
                || f.spec.pos == .noun && (f.start - mentions[k].end) <= 3 {
                // The cue must sit between the subject and the trigger; stop at the subject.
                var s = mentions[k].start - 1
                // ...but keep "does not rule out Russia sending": cues before the subject that govern it.
                var extra = 0
                while s >= range.lowerBound, extra < 5, !isBoundary(s), t[s].word != w.comma {
                    for c in cuesAt(s) where c == .possible || c == .conditional && !(s - 1 >= range.lowerBound && text(s - 1, s).lowercased() == "even") || (f.spec.pos == .noun && c == .negation
                        && (extra < 2 || extra < 4 && text(mentions[k].start - 1, mentions[k].start).lowercased() == "any")
                        && ["no", "not", "n't", "never", "without"].contains(text(s, s + 1).lowercased())) { cuesSeen.insert(c) }
                    s -= 1
                    extra += 1
                }
                if let c = clauseOpenerCue(before: mentions[k].start) { cuesSeen.insert(c) }
                break
            }
            for c in cuesAt(j) where !(c == .conditional && j - 1 >= range.lowerBound && text(j - 1, j).lowercased() == "even") { cuesSeen.insert(c) }
            j -= 1
            steps += 1
        }
        // A noun trigger as the subject of a modal ("the US attacks would target …"): not a fact.
        if f.spec.pos == .noun, f.end < range.upperBound {
            switch text(f.end, f.end + 1).lowercased() {
            case "would", "could", "might", "may": cuesSeen.insert(.possible)
            case "will": cuesSeen.insert(.intended)
            default: break
            }
        }
        // A noun followed by "to be held", "due to", "scheduled for": a plan.
        if f.spec.pos == .noun {
            var q = f.end
            while q < range.upperBound, q < f.end + 10, !isBoundary(q) {
                let a = text(q, q + 1).lowercased(), b = text(q + 1, q + 2).lowercased()
                if a == "to" && b == "be" || a == "due" && (b == "to" || b == "on" || b == "in") || a == "scheduled" || a == "slated" {
                    cuesSeen.insert(.intended)
                    break
                }
                q += 1
            }
            // "a potential US withdrawal", "the planned summit": a modifier of the noun.
            var p = f.start - 1
            var n = 0
            while p >= range.lowerBound, n < 7, !isBoundary(p), t[p].word != w.comma {
                let a = text(p, p + 1).lowercased()
                // "to restore normalcy and cooperation": the purpose of an act is not yet done.
                if p - 1 >= range.lowerBound, t[p - 1].word == w.to, w.purposeVerbs.contains(t[p].word) {
                    cuesSeen.insert(.intended); break
                }
                if ["potential", "possible", "prospective", "likely", "mooted"].contains(a) { cuesSeen.insert(.possible); break }
                if ["planned", "proposed", "upcoming", "forthcoming", "future", "expected", "promised", "pledged"].contains(a) { cuesSeen.insert(.intended); break }
                // "ahead of talks", "in the run-up to summits": the event is still to come.
                if opensFutureFrame(at: p) { cuesSeen.insert(.intended); break }
                // "Trump's order for withdrawal": a retreat announced is only promised.
                if f.spec.kind == .concession, w.announcing.contains(t[p].word) { cuesSeen.insert(.intended); break }
                if w.determiners.contains(t[p].word) {
                    // "announced a rapid troop withdrawal", "on the eve of a UN visit": what stands before the article governs the noun.
                    if f.spec.kind == .concession && span(max(range.lowerBound, p - 2), p).contains(where: { w.announcing.contains(t[$0].word) })
                        || opensFutureFrame(at: p - 1) { cuesSeen.insert(.intended) }
                    break
                }
                p -= 1; n += 1
            }
        }
        // "backed an arms embargo", "proposed sanctions", "backed immediate UN sanctions": a measure someone backs is not yet taken.
        if [.sanctions, .attack, .coercion, .mobilization].contains(f.spec.kind ?? .visit),
           let b = span(max(range.lowerBound, f.start - 4), f.start).last(where: { w.backingVerbs.contains(t[$0].word) }),
           span(b + 1, f.start).allSatisfy({ mentionIndex(at: $0) != nil || !looksLikeVerb($0) && foundCovering($0) == nil }) {
            cuesSeen.insert(.intended)
        }
        // A future time after the trigger ("visits Canada next week"): a plan.
        var q = f.end
        while q < range.upperBound, q < f.end + 10, !isBoundary(q), t[q].word != w.comma {
            let word = text(q, q + 1).lowercased()
            if word == "tomorrow" || (word == "next" && ["week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(text(q + 1, q + 2).lowercased())) {
                cuesSeen.insert(.intended)
                break
            }
            q += 1
        }
        // A bare infinitive ("NATO to send staff", "Minister to visit"): a plan.
        if f.start - 2 >= range.lowerBound, t[f.start - 1].word == w.to, f.spec.pos == .verb,
           mentionIndex(at: f.start - 2) != nil || ["is", "are", "was", "were", "due", "set", "expected", "scheduled"].contains(text(f.start - 2, f.start - 1).lowercased()) {
            cuesSeen.insert(.intended)
        }
        if cuesSeen.contains(.possible) { return .possible }
        if cuesSeen.contains(.conditional) { return .hypothetical }
        if cuesSeen.contains(.negation) { return .denied }
        if cuesSeen.contains(.alleged) { return .alleged }
        if cuesSeen.contains(.intended) { return .intended }
        return .asserted
    }

    /// Whether token `q` ends a frame that puts what follows in the future: "on the eve of", "ahead of",
    /// "in the run-up to", "a prelude to".
    func opensFutureFrame(at q: Int) -> Bool {
        guard q - 1 >= range.lowerBound, q < range.upperBound, t[q].word == w.of || t[q].word == w.to else { return false }
        let before = text(max(range.lowerBound, q - 3), q).lowercased()
        return ["eve", "ahead", "run-up", "run - up", "prelude"].contains(where: before.hasSuffix)
    }

    /// The mood a subordinate clause gets from what opens it: "recommend that the EU open talks",
    /// "hopes that X will", "… will top the agenda when X welcomes Y": not (yet) facts.
    func clauseOpenerCue(before subjectStart: Int) -> EventExtractor.Cue? {
        var b = subjectStart - 1
        if b >= range.lowerBound, w.determiners.contains(t[b].word) { b -= 1 }
        guard b > range.lowerBound else { return nil }
        let opener = text(b, b + 1).lowercased()
        if opener == "that" || opener == "for" {
            // The verb governing the clause, one or two words before ("recommended strongly that").
            for q in stride(from: b - 1, through: max(range.lowerBound, b - 2), by: -1) {
                let v = text(q, q + 1).lowercased()
                if ContextTerms.irrealisVerbs.contains(v) { return .intended }
                // "the UK claim that the OPCW backed …", "allegations that": what is claimed is alleged.
                if opener == "that", ["claim", "claims", "claimed", "allegation", "allegations", "allege", "alleges", "alleged",
                                      "accusation", "accusations", "suggestion", "suggestions", "rumour", "rumours", "reports"].contains(v) { return .alleged }
            }
            return nil
        }
        if ["when", "once", "until", "before", "after"].contains(opener) {
            // The main clause speaks of the future: "will top the agenda when …".
            var q = b - 1
            var n = 0
            while q >= range.lowerBound, n < 20, !isBoundary(q) {
                let v = text(q, q + 1).lowercased()
                if v == "will" || v == "'ll" || v == "shall" { return .intended }
                q -= 1; n += 1
            }
        }
        return nil
    }

    func cuesAt(_ j: Int) -> [EventExtractor.Cue] {
        // Phrases that start at j (longest), e.g. "not rule out", "reserve the right"; computed once per sentence.
        if !cueMask.isEmpty, j >= range.lowerBound, j < range.upperBound {
            let mask = cueMask[j - range.lowerBound]
            if mask == 0 { return [] }
            return [EventExtractor.Cue.possible, .alleged, .intended, .negation, .conditional].filter { mask & Self.bit($0) != 0 }
        }
        let m = x.cues.matches(t, from: j, limit: range.upperBound)
        return m.last?.payloads ?? []
    }

    // MARK: - Events

    mutating func run() -> [Event] {
        findMentions()
        for m in mentions where !m.actors.isEmpty {
            if m.actors.contains(where: { w.koreanActors.contains($0) }) { context.korean = true }
        }
        var out: [Event] = []
        let hasMention = mentions.contains { !$0.actors.isEmpty }
        defer {
            if EventExtractor.debug {
                var line = "[\(index)] " + mentions.filter { !$0.actors.isEmpty }.map { m in
                    text(m.start, m.end) + "=" + m.actors.map { x.lexicon.actors[Int($0)].id }.joined(separator: "+")
                        + (m.oblique ? "/obl" : "") + (m.possessive ? "/pos" : "") + (m.agent ? "/agt" : "") + "/\(m.form)"
                }.joined(separator: " ")
                line += " || " + found.map { text($0.start, $0.end) + ($0.consumed ? "(c)" : "") }.joined(separator: ", ")
                print(line)
            }
        }
        if hasMention {
            findTriggers()
            indexFound()
            if mentions.contains(where: \.speakerPronoun), let spk = speaker() {
                for k in mentions.indices where mentions[k].speakerPronoun { mentions[k].actors = spk }
            }
            directiveSpeech()
            applyControls()
            for fi in found.indices where !found[fi].consumed {
                out += eventsUsingSyntax(for: fi)
            }
        }
        updateContext(out)
        if hasMention, !x.generatedTriggers.isEmpty { out += generatedEvents() }
        return out
    }

    /// The speaker of the sentence, if a verb of saying names one.
    func speaker() -> [Int32]? {
        for f in found where f.spec.role == .speech {
            if f.start - 1 >= range.lowerBound, t[f.start - 1].word == w.and,
               let first = found.first(where: { $0.start < f.start && $0.spec.pos == .verb && $0.spec.role != .speech }),
               let s = subject(before: first.start, nounTrigger: false) { return actors(s) }
            if let s = subject(before: f.start, nounTrigger: false) { return actors(s) }
            // "…," said X: inverted attribution.
            if f.start - 1 >= range.lowerBound, t[f.start - 1].word == w.comma || t[f.start - 1].word == w.quote,
               let o = object(after: f.end, excluding: []) { return actors(o) }
        }
        return nil
    }

    func actors(_ group: [Int]) -> [Int32] {
        var out: [Int32] = []
        for k in group { for a in mentions[k].actors where !out.contains(a) { out.append(a) } }
        return out
    }

    /// Controlling verbs: colour or consume the trigger they govern.
    mutating func applyControls() {
        for fi in found.indices {
            guard case .control(let c) = found[fi].spec.role else { continue }
            if c == .accuse, word(found[fi].end) == w.of {
                // "a general accused of organising …": a participle, nobody accuses in this sentence.
                found[fi].consumed = true
            }
            // The governed trigger: the next event trigger within 8 tokens (for accusations, an act: a verb).
            guard let gi = found.indices.first(where: { $0 > fi && isGovernable(found[$0]) }),
                  c != .accuse || found[gi].spec.pos == .verb else { continue }
            // Not across a clause boundary.
            if (found[fi].end..<found[gi].start).contains(where: { isBoundary($0) || t[$0].word == w.comma
                && !(mentionIndex(at: $0 - 1) != nil && (mentionIndex(at: $0 + 1) != nil || mentionIndex(at: $0 + 2) != nil)) }) { continue }
            if found[gi].start - found[fi].end > 10 { continue }
            // "vows to track down an inmate who leads a group that kidnapped …": the act belongs to the relative clause.
            if (found[fi].end..<found[gi].start).contains(where: { t[$0].word == w.who || t[$0].word == w.which
                || t[$0].word == w.that && $0 > found[fi].end && t[$0 - 1].flags.contains(.word) && !t[$0 - 1].flags.contains(.capitalized)
                   && foundCovering($0 - 1) == nil }) { continue }
            // The governed act follows the control directly or right after "to"/"of"/"from"/"that" (two words at most).
            if found[gi].start > found[fi].end {
                var q = found[gi].start - 1
                var gap = 0
                while q >= found[fi].end, gap < 3, !(t[q].word == w.to || t[q].word == w.of || text(q, q + 1).lowercased() == "from"
                        || t[q].word == w.that || text(q, q + 1).lowercased() == "for") { q -= 1; gap += 1 }
                let linked = q >= found[fi].end && gap < 3 || found[gi].start == found[fi].end
                let adjacentNoun = found[gi].spec.pos == .noun && found[gi].start - found[fi].end <= 3
                if !linked && !adjacentNoun { continue }
            }
            let phrase = text(found[fi].start, found[fi].end)
            // The governed act's subject is the controller's unless it names its own.
            let ownSubject = (found[fi].end..<found[gi].start).contains { q in
                if let k = mentionIndex(at: q) { return eligibleSubject(k) } else { return false }
            }
            if !ownSubject, c == .intend || c == .threaten, found[gi].forcedSource == nil {
                let ctl = found[fi].spec.pos == .noun ? possessorOrModifier(before: found[fi].start).map { groupLeft($0) }
                    ?? subject(before: found[fi].start, nounTrigger: true) : subject(before: found[fi].start, nounTrigger: false)
                if let ctl { found[gi].forcedSource = actors(ctl) }
            }
            switch c {
            case .intend:
                found[gi].forcedModality = negatedBefore(fi) ? .denied : .intended
                found[gi].controlTrigger = phrase
                found[fi].consumed = true
            case .threaten:
                if let k = found[gi].spec.kind ?? (found[gi].spec.role == .transfer ? .aid : nil),
                   x.ontology[k].family == .cooperation {
                    found[gi].forcedModality = .intended
                    found[gi].controlTrigger = phrase
                    found[fi].consumed = true
                } else {
                    found[gi].consumed = true
                    found[fi].controlTrigger = "gov:\(gi)"
                }
            case .prepare where found[gi].spec.kind.map({ x.ontology[$0].family != .conflict }) ?? (found[gi].spec.role == .host):
                // "preparing to arrive in China": a plan, not a mobilisation.
                found[gi].forcedModality = .intended
                found[gi].controlTrigger = phrase
                found[fi].consumed = true
            case .refuse, .warn, .urge, .prepare:
                found[gi].consumed = true
                found[fi].controlTrigger = "gov:\(gi)"
            case .harm:
                if harms(found[gi]) { found[gi].consumed = true }
                found[fi].consumed = true
            case .accuse:
                found[gi].forcedModality = .alleged
                found[gi].controlTrigger = phrase
                if word(found[fi].end) == w.of {
                    // "three Americans accused of torturing …": a participle; the accused is the noun before it.
                    found[fi].consumed = true
                    if let k = mentionIndex(at: found[fi].start - 1) ?? mentionIndex(at: found[fi].start - 2), mentions[k].form != .adjective || mentions[k].agent {
                        found[gi].forcedSource = mentions[k].actors
                    } else { found[gi].consumed = true }
                } else if let obj = object(after: found[fi].end, excluding: []) { found[gi].forcedSource = actors(obj) }
            }
        }
        // Rejections, demands and protests consume what follows in their clause (the thing rejected or demanded).
        for fi in found.indices where !found[fi].consumed && (found[fi].spec.pos == .verb || found[fi].spec.role == .control(.urge))
            && [.rejection, .demand].contains(found[fi].spec.kind ?? .visit) {
            var gi = fi + 1
            while gi < found.count, !(found[fi].end..<found[gi].start).contains(where: { isBoundary($0) || t[$0].word == w.comma }) {
                if found[gi].spec.role != .speech { found[gi].consumed = true }
                gi += 1
            }
        }
        // "negotiations on an Israeli troop pullback": the topic of talks or a demand is not an event of its own.
        for fi in found.indices where found[fi].spec.pos == .noun && [.talks, .demand, .pact].contains(found[fi].spec.kind ?? .visit) {
            var e = found[fi].end
            while e < range.upperBound, w.timeWords.contains(t[e].word) || w.currentTime.contains(t[e].word) { e += 1 }
            guard e < range.upperBound, t[e].word == w.on || text(e, e + 1).lowercased() == "over" || text(e, e + 1).lowercased() == "about" else { continue }
            if let gi = found.indices.first(where: { $0 > fi }), found[gi].start - e <= 5, found[gi].spec.pos == .noun {
                found[gi].consumed = true
            }
        }
        // Transfer verbs consume the aid they move, even past the recipient ("provide Syria with reconstruction aid").
        for fi in found.indices where found[fi].spec.role == .transfer && !found[fi].consumed {
            var gi = fi + 1
            while gi < found.count, found[gi].start - found[fi].end <= 8,
                  !(found[fi].end..<found[gi].start).contains(where: { isBoundary($0) || t[$0].word == w.comma }) {
                if [.aid, .armsSupply].contains(found[gi].spec.kind ?? .visit), found[gi].spec.pos == .noun { found[gi].consumed = true }
                gi += 1
            }
        }
        // Event verbs consume the noun triggers that are their objects ("lift the curfew").
        for fi in found.indices where found[fi].spec.pos == .verb && (found[fi].spec.role == .event || found[fi].spec.role == .transfer) && !found[fi].consumed {
            if let gi = found.indices.first(where: { $0 > fi }), found[gi].spec.pos == .noun, found[gi].spec.role == .event,
               found[gi].start - found[fi].end <= 6,
               !(found[fi].end..<found[gi].start).contains(where: { (mentionIndex(at: $0) != nil && mentions[mentionIndex(at: $0)!].end != found[gi].start) || isBoundary($0) || t[$0].word == w.comma }) {
                let verbHead = text(found[fi].start, found[fi].start + 1).lowercased()
                let aspectual = ["reinforce", "strengthen", "boost", "deepen", "expand", "increase", "renew", "resume", "open",
                                 "begin", "start", "continue", "step", "intensify", "ramp", "broaden"].contains { verbHead.hasPrefix($0) }
                if found[fi].spec.kind == .concession && [.talks, .pact, .cooperation].contains(found[gi].spec.kind ?? .visit)
                    || aspectual && found[gi].spec.kind != found[fi].spec.kind {
                    // "open negotiations", "resume talks": the talks are the event.
                    found[fi].consumed = true
                    continue
                }
                found[gi].consumed = true
            }
        }
    }

    func isGovernable(_ f: Found) -> Bool {
        switch f.spec.role {
        case .event, .transfer, .host: return true
        case .control(let c): return c == .threaten || c == .intend
        default: return false
        }
    }

    func negatedBefore(_ fi: Int) -> Bool {
        var j = found[fi].start - 1
        var n = 0
        while j >= range.lowerBound, n < 3 {
            if cuesAt(j).contains(.negation) { return true }
            j -= 1; n += 1
        }
        return false
    }

    /// `a..<b`, or an empty range when `b < a` (scans near the ends of a sentence).
    func span(_ a: Int, _ b: Int) -> Range<Int> { a..<max(a, b) }

    /// The source text of tokens `s..<e`, clamped to the sentence ("" when empty or outside).
    @inline(__always)
    func text(_ s: Int, _ e: Int) -> String {
        let s = max(s, range.lowerBound), e = min(e, range.upperBound)
        guard e > s else { return "" }
        return String(decoding: bytes[Int(t[s].start)..<Int(t[e - 1].end)], as: UTF8.self)
    }

    var evidence: String { text(range.lowerBound, range.upperBound) }

    /// Events for trigger `fi`.
    mutating func events(for fi: Int) -> [Event] {
        let f = found[fi]
        var kind = f.spec.kind
        var role = f.spec.role
        switch role {
        case .speech: return []
        case .control(let c):
            switch c {
            case .intend:
                // Alone: an intent to cooperate, only with a clear object ("agreed to a six-month extension").
                guard f.spec.phrase == "agree+ to", f.end < range.upperBound,
                      w.determiners.contains(t[f.end].word) || mentionIndex(at: f.end) != nil || t[f.end].flags.contains(.capitalized)
                else { return [] }
                kind = .cooperation
                role = .event
                found[fi].forcedModality = .intended
            case .threaten: kind = .threat
            case .refuse: kind = .rejection
            case .warn: kind = .warning
            case .urge: kind = .demand
            case .prepare:
                // "prepared to claim the end of the caliphate": preparing counts only for a hostile act it governs.
                guard f.controlTrigger?.hasPrefix("gov:") == true else { return [] }
                kind = .mobilization
            case .accuse: kind = .accusation
            case .harm: return []
            }
        default: break
        }
        // Source and target.
        var sourceActors: [Int32]?
        var targetActors: [Int32]?
        /// The mention the source came from, when a subject or an "of" agent named it.
        var sourceMention: Int?
        var reciprocal = false
        let isNoun = f.spec.pos == .noun
        // Nothing coded and a party missing: the syntax stage may find it (SyntacticRoles.swift).
        defer { if sourceActors == nil || targetActors == nil && !reciprocal { syntax.missingRoles = true } }

        if role == .evaluative || role == .must {
            guard let spk = speaker(), !spk.contains(where: { (subject(before: f.start, nounTrigger: false).map(actors) ?? []).contains($0) && role == .must }) else { return [] }
            sourceActors = spk
            if role == .must {
                guard let s = subject(before: f.start, nounTrigger: false) else { return [] }
                targetActors = actors(s)
            } else {
                // The actor the judgment is about: in the reported words between the verb of saying and the judgment,
                // or, when the attribution follows ("…," X said), the nearest before the judgment.
                let speech = found.filter { $0.spec.role == .speech }
                let lo: Int
                if let before = speech.last(where: { $0.end <= f.start }) { lo = afterAudience(of: before) } else if speech.contains(where: { $0.start >= f.end }) { lo = max(range.lowerBound, f.start - 15) } else { return [] }
                var j = lo
                while j < f.start {
                    if let k = mentionIndex(at: j), !mentions[k].actors.allSatisfy({ spk.contains($0) }), !isAttribution(k),
                       mentions[k].form != .adjective || mentions[k].agent,
                       mentions[k].start != mentions[k].end, !mentions[k].oblique || mentions[k].preposition == w.by {
                        targetActors = mentions[k].actors
                        break
                    }
                    j += 1
                }
            }
        } else {
            if let forced = f.forcedSource { sourceActors = forced }
            // Passive: "was sanctioned by X".
            var passive = false
            if f.spec.pos == .verb {
                var b = f.start - 1
                if b >= range.lowerBound, t[b].flags.contains(.word), !w.beForms.contains(t[b].word), t[b].word < 0 || (b - 1 >= range.lowerBound && w.beForms.contains(t[b - 1].word)) { b -= 1 }
                let reducedRelative = isParticiple(f) && (word(f.end) == w.by || countedPatient(before: f))
                    && f.start - 1 >= range.lowerBound && mentionIndex(at: f.start - 1) != nil
                if reducedRelative { b = f.start }
                if b >= range.lowerBound, w.beForms.contains(t[b].word) || reducedRelative, isParticiple(f) {
                    passive = true
                    var j = f.end
                    var agent: [Int32]?
                    var byPhrase = false
                    while j < range.upperBound, j < f.end + 10, !isBoundary(j), t[j].word != w.comma {
                        if t[j].word == w.by {
                            byPhrase = true
                            var from = j + 1
                            if let p = nextMention(from: from, within: 2), mentions[p].possessive, w.possessivePronouns.contains(t[mentions[p].start].word) {
                                from = mentions[p].end   // "by his Vietnamese counterpart"
                            }
                            if let k = nextMention(from: from, within: 4), mentions[k].form != .adjective || mentions[k].agent,
                               // "seized by militants in Iraq": the place after the unknown agent is no agent.
                               !mentions[k].oblique || mentions[k].preposition == w.by {
                                agent = actors(groupRight(k))
                            }
                            break
                        }
                        j += 1
                    }
                    if let s = subject(before: b, nounTrigger: false) ?? possessorSubject(before: b) {
                        targetActors = actors(s)
                    }
                    // "A US national was put under investigation in Italy": the state where it happened acts.
                    if agent == nil, !byPhrase, [.coercion, .investigation, .accusation].contains(f.spec.kind ?? .visit) {
                        var q = f.end
                        while q < range.upperBound, q < f.end + 4, !isBoundary(q) {
                            if t[q].word == w.in, let k = mentionIndex(at: q + 1), mentions[k].form == .name { agent = mentions[k].actors; break }
                            q += 1
                        }
                    }
                    // "troops backed by helicopter gunships": the agent is named and is no actor we know.
                    if byPhrase, agent == nil, f.forcedSource == nil { return [] }
                    sourceActors = sourceActors ?? agent
                }
            }
            if !passive, isNoun, f.spec.phrase.contains("supplier") {
                // "X has been Y's main arms supplier": the possessor receives.
                if let k = possessorOrModifier(before: f.start), mentions[k].possessive { targetActors = actors([k]) }
                if let s = subject(before: possessorOrModifier(before: f.start).map { mentions[$0].start } ?? f.start, nounTrigger: false) { sourceActors = actors(s) }
                passive = true
            }
            if !passive {
                if isNoun {
                    // "X's treaty with Y", "Russian invasion", "United Nations sanctions".
                    if let k = possessorOrModifier(before: f.start), mentions[k].possessive, mentions[k].oblique, mentions[k].preposition == w.to,
                       [.aid, .support].contains(f.spec.kind ?? .visit) {
                        targetActors = actors([k])   // "coming to Baghdad's aid"
                    } else if let k = possessorOrModifier(before: f.start) {
                        if sourceActors == nil { sourceActors = actors(groupLeft(k)) }
                        else if !mentions[k].actors.allSatisfy({ sourceActors!.contains($0) }) { targetActors = actors([k]) }
                    }
                    // "support from Washington", "aid from China": the giver follows "from".
                    if [.support, .aid, .armsSupply].contains(f.spec.kind ?? .visit),
                       text(f.end, f.end + 1).lowercased() == "from", let k = nextMention(from: f.end + 1, within: 3) {
                        // "Having been promised support from Washington, the UK mission …": the giver follows "from",
                        // and whoever the controlling verb named receives.
                        if let forced = sourceActors, !forced.allSatisfy({ mentions[k].actors.contains($0) }) { targetActors = forced }
                        // "support from Moscow and Tehran": co-sources, never source and target of each other.
                        sourceActors = actors(groupRight(k))
                        sourceMention = k
                    }
                    // "the withdrawal of US troops from Syria", "deployment of NATO troops": the agent after "of" acts.
                    if sourceActors == nil, word(f.end) == w.of, !actsOnPatient(f), let k = nextMention(from: f.end + 1, within: 4), mentions[k].agent {
                        sourceActors = actors([k])
                        sourceMention = k
                        if targetActors == nil, let o = object(after: mentions[k].end, excluding: Set(mentions[k].actors), noun: true, kind: f.spec.kind) {
                            targetActors = actors(o)
                        }
                    }
                    // "talks between X and Y".
                    if word(f.end) == w.between, let k = nextMention(from: f.end + 1, within: 3) {
                        let g = actors(groupRight(k))
                        // "negotiations between Russia and forces that …": the other party is no actor we know.
                        if g.count < 2, word(mentions[k].end) == w.and { return [] }
                        if sourceActors == nil, f.spec.kind == .talks, let s = subject(before: f.start, nounTrigger: true) { sourceActors = actors(s) }
                        if sourceActors == nil, g.count >= 2 { sourceActors = g; reciprocal = true } else { targetActors = g }
                    }
                }
                if sourceActors == nil {
                    if let s = subject(before: f.start, nounTrigger: isNoun) { sourceActors = actors(s); sourceMention = s.last }
                }
                if sourceActors == nil, let s = introSubject(f) { sourceActors = s }
                // "Putin flew to Beijing for talks with Xi", "U.S. and Russian negotiators return to Geneva for talks":
                // talks one travels for are held by the clause's subject.
                if sourceActors == nil, isNoun, kind == .talks, f.start - 1 > range.lowerBound, text(f.start - 1, f.start).lowercased() == "for" {
                    var q = f.start - 2
                    while q >= range.lowerBound, !isBoundary(q), !isClauseComma(q) {
                        if let k = mentionIndex(at: q), eligibleSubject(k), !mentions[k].oblique,
                           mentions[k].end < range.upperBound, looksLikeVerb(mentions[k].end) || foundStarting(at: mentions[k].end) != nil
                            || w.verbGroup.contains(t[mentions[k].end].word) || w.travelVerbs.contains(t[mentions[k].end].word) {
                            sourceActors = actors(groupLeft(k)); sourceMention = k; break
                        }
                        q -= 1
                    }
                }
                if targetActors == nil, !reciprocal {
                    let territorial = [.coercion, .concession, .sanctions].contains(kind ?? .visit)
                        && span(f.start, min(range.upperBound, f.end + 4)).contains { w.territorialMeasures.contains(t[$0].word) }
                    // "US assistance to Kurdish militia within Syria": aid reaches a place only as a force sent there.
                    let peacekeeping = kind != .aid || role == .transfer || f.spec.phrase.contains("peace")
                    if let o = object(after: f.end, excluding: Set(sourceActors ?? []), noun: isNoun, kind: kind ?? (role == .transfer ? transferKind(after: f.end) : nil),
                                     talksTakesTopic: f.spec.phrase.hasPrefix("discuss") || f.spec.phrase.hasPrefix("negotiate"),
                                     territorial: territorial, peacekeeping: peacekeeping) { targetActors = actors(o) }
                }
            }
            // "Djibouti hosts French troops": a host of forces is no host of a visit.
            if role == .host, hostsForces(f) { return [] }
            if role == .host, let tg = targetActors {
                // The guest is named right after "hosted"/"greeted" (or by the passive's agent), not "a meeting at the UN".
                let direct = passive || (f.end..<min(range.upperBound, f.end + 3)).contains { q in
                    if let k = mentionIndex(at: q) { return tg.contains(where: { mentions[k].actors.contains($0) }) && !mentions[k].oblique && !mentions[k].possessive } else { return false }
                }
                // (Unless the parse named the guest: "received a visit from Putin".)
                if !direct, syntax.roles == nil { return [] }
                if let s = sourceActors { sourceActors = tg; targetActors = s }
            }
        }
        // Transfers: the kind from what is moved.
        if role == .transfer {
            kind = transferKind(after: f.end)
            if kind == nil { return [] }
            // The recipient comes right after the verb ("gave the Ivory Coast") or after "to"/"for".
            if let tg = targetActors, let k = mentions.indices.first(where: { mentions[$0].start >= f.end && mentions[$0].actors == tg || mentions[$0].start >= f.end && tg.contains(where: mentions[$0].actors.contains) }) {
                let m = mentions[k]
                let direct = m.start <= f.end + 2 && !m.oblique
                let place = kind == .aid && m.preposition == w.in   // "a peace-keeping force in Liberia"
                if !(direct || place || m.preposition == w.to || text(m.start - 1, m.start).lowercased() == "for") { return [] }
            }
        }
        // Controls that consumed the act they govern take its object.
        if let gov = f.controlTrigger, gov.hasPrefix("gov:"), let gi = Int(gov.dropFirst(4)) {
            let g = found[gi]
            if f.spec.role == .control(.urge) {
                // "called for the withdrawal of US troops from Syria": a demand is addressed to the one who must act
                // (the agent after "of"), never to the place or the victim of the act called for.
                if targetActors == nil, g.spec.pos == .noun, word(g.end) == w.of, let k = nextMention(from: g.end + 1, within: 4),
                   mentions[k].agent || mentions[k].form != .adjective, !mentions[k].actors.allSatisfy({ (sourceActors ?? []).contains($0) }) {
                    targetActors = mentions[k].actors
                }
            } else if let o = object(after: g.end, excluding: Set(sourceActors ?? [])),
                      // "refuses to pull its troops from Iraq": the place left is no party to the refusal.
                      !(f.spec.role == .control(.refuse) && mentions[o[0]].oblique && text(mentions[o[0]].start - 1, mentions[o[0]].start).lowercased() == "from"),
                      targetActors == nil || f.spec.role == .control(.refuse) || f.spec.role == .control(.threaten) || f.spec.role == .control(.prepare) {
                targetActors = targetActors ?? actors(o)
            }
        }
        applySyntacticRoles(source: &sourceActors, target: &targetActors)
        // "blamed each other": every party of the subject does it to every other.
        let bothWays = syntax.roles?.reciprocal == true
        if bothWays { reciprocal = true; targetActors = nil }
        if EventExtractor.debug { print("  trig \(f.spec.phrase) kind=\(String(describing: kind)) src=\(String(describing: sourceActors)) tgt=\(String(describing: targetActors))") }
        // "summoned Niger's ambassador to complain": the main verb's object is the one complained to.
        if targetActors == nil, f.start - 2 >= range.lowerBound, t[f.start - 1].word == w.to, let k = mentionIndex(at: f.start - 2),
           !mentions[k].actors.allSatisfy({ (sourceActors ?? []).contains($0) }), mentions[k].start - 1 >= range.lowerBound,
           foundCovering(mentions[k].start - 1) != nil {
            targetActors = mentions[k].actors
        }
        // "threatened to stop talks if the United States goes ahead": the condition's subject is the one threatened.
        if targetActors == nil, kind == .threat || kind == .warning {
            var q = f.end
            while q < range.upperBound, q < f.end + 20, !isBoundary(q) {
                if cuesAt(q).contains(.conditional), let k = nextMention(from: q + 1, within: 3), eligibleSubject(k),
                   !mentions[k].actors.allSatisfy({ (sourceActors ?? []).contains($0) }) {
                    targetActors = actors(groupRight(k))
                    break
                }
                q += 1
            }
        }
        // "Turkey has national security concerns over the YPG": a standing attitude, not an act of criticism.
        if kind == .criticism, isNoun, span(max(range.lowerBound, f.start - 4), f.start).contains(where: { w.possessionVerbs.contains(t[$0].word) }) { return [] }
        // "the Russia investigation": a state's name before an inquiry names whom it is into, not who runs it.
        if kind == .investigation, isNoun, let k = possessorOrModifier(before: f.start), mentions[k].form == .name, !mentions[k].possessive,
           mentions[k].actors.allSatisfy({ x.lexicon.actors[Int($0)].kind == .state }), sourceActors == mentions[k].actors { return [] }
        // "converts who leave Britain to fight for Isis": fighting for a group is joining it, not attacking it.
        if kind == .attack, f.spec.pos == .verb, f.spec.phrase.hasPrefix("fight"), text(f.end, f.end + 1).lowercased() == "for" { return [] }
        // "threatens British interests", "threatens peace and security": a judgment, not a threat made.
        if kind == .threat, f.spec.pos == .verb, span(f.end, min(range.upperBound, f.end + 4)).contains(where: {
            ["interests", "peace", "security", "stability", "lives", "livelihoods", "future", "existence", "order"].contains(text($0, $0 + 1).lowercased()) }) {
            return []
        }
        // "plans to train Kurdish forces": training another's forces is military aid, not a mobilisation against them.
        if kind == .mobilization, f.spec.phrase.hasPrefix("train"), let tg = targetActors,
           !mentions.contains(where: { $0.start >= f.end && $0.actors == tg && $0.preposition == w.against }) { kind = .aid }
        // Forces that arrive or deploy somewhere: peacekeepers bring aid ("NATO peacekeeping troops arrived in Bosnia"),
        // troops mobilise ("Russian troops arrived in Syria" is no state visit).
        if kind == .visit || kind == .mobilization, role == .event, let k = sourceMention, let d = deploymentKind(of: k) {
            kind = d
        }
        // Popular protest: a country's people demonstrate ("Palestinian youths …", "thousands of Iranians protested");
        // a government's protest is a formal complaint. Demonstrations and riots need a population behind them.
        var popular = false
        if kind == .protest, f.spec.plover == nil {
            if let k = sourceMention, isPopulation(k) { popular = true }
            else if isNoun, sourceMention == nil, let k = possessorOrModifier(before: f.start), mentions[k].form == .adjective, !mentions[k].agent,
                    mentions[k].actors == sourceActors ?? [] { popular = true }   // "Palestinian riots", "Iranian protests"
            else if sourceActors == nil, let k = protestingPopulation(before: f.start) {
                sourceActors = mentions[k].actors
                popular = true
            }
            if popular { targetActors = protestTarget(after: f.end, excluding: Set(sourceActors ?? [])) }
            else if !f.spec.phrase.hasPrefix("protest") { return [] }
        }
        // A deployment by the UN or another organisation (not an alliance) is peacekeeping: aid.
        if kind == .mobilization, let s0 = sourceActors?.first, x.lexicon.actors[Int(s0)].kind == .igo, x.lexicon.actors[Int(s0)].id != "NATO" {
            kind = .aid
        }
        guard let kindFinal = kind else { return [] }
        guard var src = sourceActors, !src.isEmpty else { syntax.missingRoles = true; return [] }
        var tgt = targetActors ?? []
        // Speaker pronouns resolved to the speaker.
        if tgt.isEmpty {
            // Symmetric kinds with a coordinated subject: events among the subject's actors.
            if src.count >= 2, x.ontology[kindFinal].symmetric || reciprocal {
                // "informants whom they have met": the object is the relative clause's head, not each other.
                if inObjectRelativeClause(f) { return [] }
                reciprocal = true
            } else if src.count >= 2, kindFinal == .cooperation
                        || kindFinal == .support && (f.spec.phrase.contains("ties") || f.spec.phrase.contains("relations")) {
                reciprocal = true
            } else if let pair = context.lastPair, src.count == 1, [.support, .cooperation, .talks].contains(kindFinal),
                      !inObjectRelativeClause(f), !hasThingObject(f),
                      // Other actors named after the trigger are the parties the coder could not attach; guess none.
                      !mentions.contains(where: { m in m.start >= f.end && !m.actors.isEmpty && !m.actors.allSatisfy(src.contains)
                          && !span(f.end, m.start).contains(where: { isBoundary($0) || isClauseComma($0) }) }),
                      src[0] == pair.0 || src[0] == pair.1 {
                tgt = [src[0] == pair.0 ? pair.1 : pair.0]
            } else {
                syntax.missingRoles = true
                return []
            }
        }
        if f.spec.generated, reciprocal || targetActors == nil || !generatedFrameHolds(f, source: src, target: tgt) { return [] }
        if history(near: f) { return [] }
        // "X and Y, who backed A and B respectively": pairings the coder does not untangle.
        if range.contains(where: { t[$0].end - t[$0].start == 12 && text($0, $0 + 1).lowercased() == "respectively" }) { return [] }
        // "asked its allies to surrender weapons once the fight against Isis …": the addressee follows the verb closely.
        if f.spec.role == .control(.urge), f.spec.pos == .verb, !tgt.isEmpty,
           let k = mentions.indices.first(where: { mentions[$0].start >= f.end && mentions[$0].actors.contains(tgt[0]) }),
           mentions[k].start > f.end + 4 { return [] }
        if company() { return [] }
        var modality = modality(of: found[fi])
        if case .control(let c) = f.spec.role, c == .threaten || c == .refuse || c == .warn || c == .urge || c == .accuse || c == .prepare {
            if negatedBefore(fi) { modality = .denied }
            else if modality == .alleged || modality == .denied { modality = .asserted }
        }
        if role == .evaluative || role == .must { modality = .asserted }
        let trigger = (f.controlTrigger.map { $0.hasPrefix("gov:") ? "" : $0 + " … " } ?? "") + text(f.start, f.end)
        var out: [Event] = []
        func emit(_ s: Int32, _ tg: Int32) {
            guard s != tg else { return }
            let source = x.lexicon.actors[Int(s)], target = x.lexicon.actors[Int(tg)]
            let def = x.ontology[kindFinal]
            var plover = f.spec.plover ?? def.plover
            if kindFinal == .protest, f.spec.plover == nil, !popular { plover = .accuse }
            if modality == .intended {
                if def.family == .conflict { plover = [.threat, .warning, .accusation, .criticism, .rejection, .protest].contains(kindFinal) ? plover : .threaten }
                else if kindFinal != .demand { plover = .agree }
            } else if kindFinal == .pact, modality == .asserted,
                      (max(range.lowerBound, f.start - 4)..<f.end).contains(where: { w.signWords.contains(t[$0].word) }) {
                plover = .support   // PLOVER: signing or ratifying an agreement is SUPPORT; agreeing to one is AGREE.
            } else if kindFinal == .concession {
                plover = modality == .asserted ? .retreat : .concede
            }
            out.append(Event(source: source, target: target, kind: kindFinal, plover: plover, modality: modality,
                             weight: def.weight, date: article.date, article: article.id, sentence: index,
                             evidence: evidence, trigger: trigger))
        }
        defer { if out.isEmpty { syntax.missingRoles = true } }
        if reciprocal && tgt.isEmpty {
            src = Array(src.prefix(4))
            for a in 0..<src.count {
                for b in (a + 1)..<max(a + 1, src.count) {
                    emit(src[a], src[b])
                    if bothWays, !x.ontology[kindFinal].symmetric { emit(src[b], src[a]) }
                }
            }
        } else {
            for s in src.prefix(6) { for tg in tgt.prefix(6) { emit(s, tg) } }
        }
        return out
    }

    /// "the United States supports some opposition forces": a verb with a noun-phrase object of its own
    /// is about that thing, not about the last pair of actors named.
    func hasThingObject(_ f: Found) -> Bool {
        guard f.spec.pos == .verb, f.end < range.upperBound else { return false }
        var j = f.end
        while j < range.upperBound, j < f.end + 3, w.timeWords.contains(t[j].word) || w.currentTime.contains(t[j].word) { j += 1 }
        guard j < range.upperBound, t[j].flags.contains(.word), mentionIndex(at: j) == nil else { return false }
        let id = t[j].word
        if w.prepositions.contains(id) || w.objectStops.contains(id) || id == w.and || id == w.or || isBoundary(j) { return false }
        let s = text(j, j + 1).lowercased()
        return !["each", "one", "together", "jointly", "mutually", "bilaterally", "closely"].contains(s)
    }

    /// "resolutions that Russia itself has supported": the verb's object is the relative clause's head noun,
    /// which stands before "that"/"which"/"whom"; no actor from another sentence fills it.
    func inObjectRelativeClause(_ f: Found) -> Bool {
        var j = f.start - 1
        var n = 0
        while j >= range.lowerBound, n < 6, skippable(j) { j -= 1; n += 1 }
        guard let k = mentionIndex(at: j) else { return false }
        var b = mentions[k].start - 1
        if b >= range.lowerBound, t[b].word == w.the { b -= 1 }
        guard b > range.lowerBound else { return false }
        let rel = t[b].word
        guard rel == w.that || rel == w.which || text(b, b + 1).lowercased() == "whom" else { return false }
        // The head before the relativizer is a thing, not an actor ("the resolutions that", not "Russia, which").
        return mentionIndex(at: b - 1) == nil && t[b - 1].word != w.comma
    }

    func isParticiple(_ f: Found) -> Bool {
        let s = text(f.start, f.end).lowercased()
        let head = s.split(separator: " ").first.map(String.init) ?? s
        return head.hasSuffix("ed") || head.hasSuffix("en") || ["struck", "shot", "held", "sent", "sold", "given", "met", "hit", "beaten", "fought", "frozen", "withdrawn", "put", "cut", "set", "brought", "taken", "seen", "caught", "kept", "led"].contains(head)
    }

    func nextMention(from j: Int, within n: Int) -> Int? {
        var i = j
        while i < range.upperBound, i < j + n {
            if isBoundary(i) { return nil }
            if let k = mentionIndex(at: i) { return k }
            i += 1
        }
        return nil
    }

    /// For nouns: a possessor ("Russia's [new] treaty", "their cooperation") or an actor word right before
    /// ("Russian invasion", "United Nations sanctions", "Israeli troop pullback").
    func possessorOrModifier(before start: Int) -> Int? {
        var j = start - 1
        var gap = 0
        while j >= range.lowerBound, gap <= 3 {
            if let k = mentionIndex(at: j) {
                let m = mentions[k]
                if m.possessive { return k }
                // "Russia's UN veto", "its UN Security Council veto": the possessor before the modifier owns the noun.
                if gap == 0, let p = mentionIndex(at: m.start - 1), mentions[p].possessive { return p }
                if gap == 0, m.start - 2 >= range.lowerBound, t[m.start - 1].word == w.possessive, let p = mentionIndex(at: m.start - 2) { return p }
                // "the Riyadh agreement", "Baghdad bombings": a capital before a noun names the place.
                if m.form == .capital { return nil }
                if gap == 0 { return k }
                if m.oblique && m.preposition != w.by { return nil }
                if gap == 1 && m.form == .adjective { return k }
                return nil
            }
            if t[j].word == w.possessive, let k = mentionIndex(at: j - 1) { return k }
            // Only lower-case modifiers may stand between ("mutual defence", "new"); "British citizens backing" is the citizens'.
            if !t[j].flags.contains(.word) && t[j].word != w.dash && t[j].word != w.quote { return nil }
            if w.population.contains(t[j].word) || w.people.contains(t[j].word) { return nil }
            if t[j].flags.contains(.digit) { return nil }
            if w.determiners.contains(t[j].word) || w.prepositions.contains(t[j].word) || w.stopVerbs.contains(t[j].word) { return nil }
            if x.triggers.starts(with: t[j].word) && gap > 0 { return nil }
            j -= 1
            if t[j + 1].flags.contains(.word) { gap += 1 }
        }
        return nil
    }

    /// The patient of a passive: any actor word before the verb ("Three US servicemen were killed").
    func possessorSubject(before b: Int) -> [Int]? {
        var j = b - 1
        while j >= range.lowerBound, skippable(j) { j -= 1 }
        // "Three US servicemen were killed": the actor word of the noun phrase right before the verb.
        var n = 0
        while j >= range.lowerBound, n < 2, mentionIndex(at: j) == nil, t[j].flags.contains(.word), !t[j].flags.contains(.capitalized) || t[j].flags.contains(.allCaps) {
            // "a campaign against Islamic State that was backed": the relative clause's head is no actor.
            if w.objectStops.contains(t[j].word) || w.prepositions.contains(t[j].word) || w.subordinators.contains(t[j].word)
                || t[j].word == w.and || t[j].word == w.or { return nil }
            j -= 1; n += 1
        }
        if let k = mentionIndex(at: j), !mentions[k].oblique { return groupLeft(k) }
        return nil
    }

    /// "On a trip to Vietnam, Putin …", "Making his first visit to North Korea, Putin …": the main subject after the opener.
    func introSubject(_ f: Found) -> [Int32]? {
        let first = text(range.lowerBound, range.lowerBound + 1).lowercased()
        guard w.prepositions.contains(t[range.lowerBound].word) || first.hasSuffix("ing") else { return nil }
        // Only a trigger inside the opening phrase (before its comma) takes the main subject.
        guard !(range.lowerBound..<f.start).contains(where: { t[$0].word == w.comma }) else { return nil }
        guard !(range.lowerBound..<f.start).contains(where: { if let k = mentionIndex(at: $0) { return eligibleSubject(k) } else { return false } }) else { return nil }
        var j = f.end
        var n = 0
        while j < range.upperBound, n < 25 {
            if isBoundary(j) { return nil }
            if t[j].word == w.comma {
                if let k = mentionIndex(at: j + 1) ?? mentionIndex(at: j + 2) ?? mentionIndex(at: j + 3) {
                    let m = mentions[k]
                    if !m.oblique, m.form != .adjective || m.agent { return actors(groupRight(k)) }
                }
                return nil
            }
            j += 1; n += 1
        }
        return nil
    }

    /// What a transfer verb moves: weapons → armsSupply, inspectors → investigation, troops → mobilization, else aid.
    func transferKind(after end: Int) -> RelationKind? {
        var j = end
        var n = 0
        for q in max(range.lowerBound, end - 4)..<end where w.communication.contains(t[q].word) { return nil }
        // "giving Trump the praise he craves", "gave tacit support": diplomatic backing, not material aid.
        for q in end..<min(range.upperBound, end + 5) where w.backingWords.contains(t[q].word) { return .support }
        var k = end
        while k < range.upperBound, k < end + 10, !isBoundary(k) {
            if text(k, k + 1).lowercased().hasPrefix("peace") { return .aid }
            if w.communication.contains(t[k].word), k < end + 4 || mentionIndex(at: k - 1) == nil && k < end + 7 && (end..<k).contains(where: { t[$0].word == w.possessive }) { return nil }
            if w.people.contains(t[k].word), k < end + 6 { return .cooperation }
            k += 1
        }
        while j < range.upperBound, n < 8 {
            let id = t[j].word
            if text(j, j + 1).lowercased().hasPrefix("peace") { return .aid }
            if w.weapons.contains(id) { return .armsSupply }
            if w.inspectors.contains(id) { return .investigation }
            if w.troops.contains(id) { return .mobilization }
            if isBoundary(j) || mentionIndex(at: j) != nil && n > 0 && t[j - 1].word == w.to { break }
            j += 1; n += 1
        }
        return .aid
    }

    /// A history lesson: a year well before the article's date right by the trigger.
    func history(near f: Found) -> Bool {
        // "which has previously demanded …", "had once backed": an earlier act recalled, not news of the day.
        if span(max(range.lowerBound, f.start - 3), f.start).contains(where: { w.recalled.contains(t[$0].word) })
            || f.start - 1 >= range.lowerBound && t[f.start - 1].word == w.once {
            return true
        }
        // "Less than a year ago, …", "decades ago": the sentence looks back.
        // "…, the deadliest since fighting broke out four years ago": only what the "since" phrase recalls is old.
        for j in range where t[j].word == w.ago && j - 1 >= range.lowerBound && w.longSpans.contains(t[j - 1].word) {
            if let since = span(max(range.lowerBound, j - 10), j).last(where: { t[$0].word == w.since }) {
                if f.start > since && f.start < j { return true }
            } else { return true }
        }
        let year = article.date?.year ?? 0
        // "In 2013, …": a sentence framed by an earlier year.
        if year > 0, range.count > 3, t[range.lowerBound].word == w.in,
           t[range.lowerBound + 1].flags.contains(.digit), t[range.lowerBound + 1].end - t[range.lowerBound + 1].start == 4,
           let y = Int(text(range.lowerBound + 1, range.lowerBound + 2)), y >= 1800, y < year - 1 { return true }
        if range.contains(where: { w.currentTime.contains(t[$0].word) }) { return false }
        // "… closer since Russia's invasion of Ukraine in 2022": an act the present still runs from is no history lesson.
        let runsSince = span(max(range.lowerBound, f.start - 4), f.start).contains { t[$0].word == w.since }
        var j = max(range.lowerBound, f.start - 4)
        while j < min(range.upperBound, f.end + 16) {
            if t[j].flags.contains(.digit), t[j].end - t[j].start == 4,
               let y = Int(String(decoding: bytes[Int(t[j].start)..<Int(t[j].end)], as: UTF8.self)), y >= 1800, y <= 2100 {
                if year > 0, y < year - 5, j >= f.start - 3, j < f.end + 8 { return true }
                // "the 2015 shoot-down", "in November, 2015 when Turkey shot down", "cut off relations with Syria in 2012"
                // (not "since 2015"): an earlier year that dates the trigger's own clause.
                if year > 0, y < year, !runsSince, !(j - 1 >= range.lowerBound && (t[j - 1].word == w.since || w.untilWords.contains(t[j - 1].word))),
                   j >= f.start - 4 && j < f.start || j >= f.end && span(f.end, j).allSatisfy({ !isBoundary($0) && !isClauseComma($0) })
                       && j - 1 >= range.lowerBound && (t[j - 1].word == w.in || t[j - 1].word == w.dash && j - 2 >= range.lowerBound && t[j - 2].flags.contains(.digit)) { return true }
            }
            j += 1
        }
        return false
    }

    /// A company deal: the sentence is about shares, stakes, earnings.
    func company() -> Bool {
        var n = 0
        for i in range where w.company.contains(t[i].word) { n += 1 }
        return n >= 2
    }

    mutating func updateContext(_ events: [Event]) {
        noteSalience()
        context.age += 1
        context.pairAge += 1
        let before = context.lastPair.map { [$0.0, $0.1] }
        for m in mentions where !m.actors.isEmpty && m.actors.count == 1 {
            if m.person || m.form == .person { context.lastPerson = m.actors[0]; context.age = 0 }
        }
        if let firstSubject = mentions.first(where: { !$0.actors.isEmpty && $0.actors.count == 1 && !$0.oblique && !$0.possessive && ($0.form != .adjective || $0.agent) }) {
            context.lastSubject = firstSubject.actors[0]
        }
        let pairExpression = mentions.first(where: { $0.actors.count == 2 && $0.end > $0.start && $0.resolved })
        if let pair = pairExpression {
            context.lastPair = (pair.actors[0], pair.actors[1])
        } else {
        for e in events.reversed() where e.source.id != e.target.id {
            if let a = x.lexicon.actorIndex[e.source.id], let b = x.lexicon.actorIndex[e.target.id] {
                context.lastPair = (a, b)
                break
            }
        }
        }
        if events.isEmpty, pairExpression == nil {
            // Two actors coordinated as a subject: "Russia and Vietnam", not "concerns over North Korea and Russia".
            for k in mentions.indices where !mentions[k].actors.isEmpty && !mentions[k].oblique && !precededByPreposition(mentions[k].start) {
                let g = groupRight(k)
                if g.count == 2, mentions[g[0]].actors.count == 1, mentions[g[1]].actors.count == 1 {
                    context.lastPair = (mentions[g[0]].actors[0], mentions[g[1]].actors[0])
                    break
                }
            }
        }
        if context.lastPair.map({ [$0.0, $0.1] }) != before { context.pairAge = 0 }
        if context.age > 2 { context.lastPerson = nil }
        // "the two countries" refers back two sentences at most.
        if context.pairAge > 2 { context.lastPair = nil }
    }
}
