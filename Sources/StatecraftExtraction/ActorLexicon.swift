import StatecraftCore

/// How a surface form names an actor, as the matcher sees it.
enum MentionForm: Sendable, Hashable {
    case name, capital, adjective, metonym, person, nonstate
}

/// One reading of an alias phrase in the trie.
struct AliasPayload: Sendable, Hashable {
    let actor: Int32
    let form: MentionForm
    /// The officeholder, for person names (checked against the article's date).
    let officeholder: Officeholder?
    /// The alias is written in capitals ("US", "DPRK"): the text must be too.
    let allCaps: Bool
    /// The alias starts with a capital: the text must too.
    let capitalized: Bool
    /// Plural demonym ("Russians", "Palestinians"): acts as a group of people.
    let plural: Bool
}

/// The dictionary compiled for matching: every alias as a phrase of word ids in a trie.
struct ActorLexicon: Sendable {
    var actors: [Actor] = []
    var trie = PhraseTrie<AliasPayload>()
    var actorIndex: [String: Int32] = [:]
    /// Phrases that look like actor names but are not ("Latin America"): matched first and skipped.
    var stops = PhraseTrie<Bool>()
    /// One-word state names of seven letters or more, lower-cased, by first letter: a capitalized word the
    /// vocabulary does not know that is one edit away from one of them is that state ("Afganistan").
    var misspellable: [UInt8: [(name: [UInt8], actor: Int32)]] = [:]

    init(dictionary: ActorDictionary, vocabulary: inout Vocabulary) {
        func add(_ alias: String, _ actor: Int32, _ form: MentionForm, _ officeholder: Officeholder? = nil) {
            var words = alias
            if words.hasPrefix("the ") || words.hasPrefix("The ") { words.removeFirst(4) }
            let keys = Tokenizer.keys(words)
            guard !keys.isEmpty else { return }
            let ids = keys.map { vocabulary.intern($0.key) }
            let letters = words.filter(\.isLetter)
            let allCaps = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            let capitalized = words.first?.isUppercase ?? false
            let plural = form == .adjective && words.hasSuffix("s") && !words.hasSuffix("ss")
            trie.insert(ids, AliasPayload(actor: actor, form: form, officeholder: officeholder, allCaps: allCaps,
                                          capitalized: capitalized, plural: plural))
        }
        for entry in dictionary.entries {
            let i = Int32(actors.count)
            actors.append(entry.actor)
            actorIndex[entry.id] = i
            let nameForm: MentionForm = entry.kind == .nonstate ? .nonstate : .name
            if entry.id.count >= 2, entry.kind != .state { add(entry.id, i, nameForm) }
            add(entry.name, i, nameForm)
            for n in entry.names { add(n, i, nameForm) }
            if let c = entry.capital { add(c, i, .capital) }
            if entry.kind == .state {
                for n in [entry.name] + entry.names where n.count >= 7 && n.allSatisfy(\.isLetter) {
                    let bytes = Array(n.lowercased().utf8)
                    misspellable[bytes[0], default: []].append((bytes, i))
                }
            }
            for a in entry.adjectives { add(a, i, .adjective) }
            for m in entry.metonyms { add(m, i, .metonym) }
            for l in entry.leaders {
                for n in [l.name] + l.aliases { add(n, i, .person, l) }
            }
        }
        for phrase in ContextTerms.stopPhrases {
            stops.insert(Tokenizer.keys(phrase).map { vocabulary.intern($0.key) }, true)
        }
        for (alias, id) in ContextTerms.extraAliases {
            if let i = actorIndex[id], dictionary.resolve(alias) == nil { add(alias, i, .name) }
        }
        // Non-state groups the dictionary does not know.
        for g in ContextTerms.nonstateGroups {
            if g.aliases.contains(where: { dictionary.resolve($0) != nil }) { continue }
            let i = Int32(actors.count)
            actors.append(Actor(id: g.id, name: g.name, kind: .nonstate))
            actorIndex[g.id] = i
            for a in g.aliases { add(a, i, .nonstate) }
        }
    }
}

extension ActorLexicon {
    /// The state whose one-word name is one edit (insertion, deletion, substitution or swap of neighbours)
    /// away from `word` (lower-cased bytes), if exactly one is.
    func misspelledState(_ word: ArraySlice<UInt8>) -> Int32? {
        guard word.count >= 7, let first = word.first, let candidates = misspellable[first] else { return nil }
        var found: Int32?
        for c in candidates where abs(c.name.count - word.count) <= 1 && Self.oneEditApart(Array(word), c.name) {
            if let f = found, f != c.actor { return nil }
            found = c.actor
        }
        return found
    }

    /// Whether two different byte strings are one edit apart, in linear time.
    static func oneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if a[(i + 1)...] == b[(i + 1)...] { return true }   // substitution
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]   // swap
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        return long[(i + 1)...] == short[i...]   // insertion or deletion
    }
}
