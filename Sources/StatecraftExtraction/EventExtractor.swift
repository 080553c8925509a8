import StatecraftCore
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Turns article text into events: typed, directed relations between dictionary actors,
/// each with its modality, PLOVER category, weight, evidence sentence and trigger words.
///
/// One pass over the text: a byte tokenizer with integer word ids, a token-level sentence
/// splitter, trie matching of actor aliases and trigger phrases, and bounded left/right
/// scans inside each sentence for subject and object. No regular expressions. The extractor
/// is an immutable value: call ``extract(_:)`` from as many threads as you like.
public struct EventExtractor: Sendable {
    let ontology: RelationOntology
    let lexicon: ActorLexicon
    let vocabulary: Vocabulary
    let triggers: PhraseTrie<TriggerSpec>
    /// Generated phrases (PETRARCH2), read only where the curated lexicon found nothing.
    let generatedTriggers: GeneratedTriggers
    let cues: PhraseTrie<Cue>
    let pairs: PhraseTrie<Int>
    /// Agent phrases after a demonym, name or possessor, with their meaning (`Data/agents.json`).
    let agentPhrases: PhraseTrie<AgentMeaning>
    /// Definite descriptions that refer back ("the kingdom"): index into `referenceSpecs`.
    let references: PhraseTrie<Int>
    let referenceSpecs: [CompiledReference]
    /// Verbs of saying and demanding after a sentence-initial "It" ("It said", "It called on"): the "It" is a speaker.
    let itSpeechVerbs: WordSet
    let splitter: SentenceSplitter
    let w: Words
    /// The syntax stage (`withSyntax(_:policy:)`), nil when the coder runs on position rules alone.
    var syntax: SyntaxStage?

    /// A modal cue found before a trigger.
    enum Cue: Sendable, Hashable { case possible, alleged, intended, negation, conditional }

    /// Word ids the analysis asks about.
    struct Words: Sendable {
        var agentNouns = WordSet(), nonActorHeads = WordSet(), locationPreps = WordSet()
        var prepositions = WordSet(), determiners = WordSet(), subordinators = WordSet()
        var personPronouns = WordSet(), thingPronouns = WordSet(), pluralPronouns = WordSet()
        var speakerPronouns = WordSet(), sports = WordSet(), company = WordSet()
        var weapons = WordSet(), inspectors = WordSet(), troops = WordSet(), beForms = WordSet()
        var experiencer = WordSet(), people = WordSet(), commonVerbs = WordSet(), population = WordSet()
        var arrival = WordSet(), territorialMeasures = WordSet(), recalled = WordSet(), longSpans = WordSet()
        var ago: Int32 = -1, since: Int32 = -1, once: Int32 = -1
        var verbLike = WordSet(), regionWords = WordSet(), compassAdjectives = WordSet(), whClause = WordSet(), backingWords = WordSet(), travelVerbs = WordSet(), untilWords = WordSet(), possessionVerbs = WordSet(), backingVerbs = WordSet(), purposeVerbs = WordSet(), announcing = WordSet(), relationNouns = WordSet()
        var ethnic: Int32 = -1
        var memberHeads = WordSet(), roleNouns = WordSet()
        var verbGroup = WordSet(), topicPreps = WordSet(), objectStops = WordSet()
        var communication = WordSet(), missions = WordSet(), background = WordSet(), timeWords = WordSet()
        var nonstateModifiers = WordSet(), currentTime = WordSet(), signWords = WordSet()
        var titles = WordSet(), former = WordSet(), possessivePronouns = WordSet(), stopVerbs = WordSet()
        var comma: Int32 = -1, period: Int32 = -1, semicolon: Int32 = -1, colon: Int32 = -1, dash: Int32 = -1
        var and: Int32 = -1, or: Int32 = -1, by: Int32 = -1, of: Int32 = -1, to: Int32 = -1, the: Int32 = -1
        var possessive: Int32 = -1, quote: Int32 = -1, between: Int32 = -1, with: Int32 = -1, not: Int32 = -1
        var north: Int32 = -1, south: Int32 = -1, which: Int32 = -1, who: Int32 = -1, that: Int32 = -1
        var openParen: Int32 = -1, closeParen: Int32 = -1, amp: Int32 = -1, against: Int32 = -1, on: Int32 = -1
        var it: Int32 = -1, `in`: Int32 = -1, each: Int32 = -1, question: Int32 = -1, bang: Int32 = -1
        var koreanActors = WordSet()
    }

    /// Prints each sentence's mentions and triggers to standard output (set `STATECRAFT_DEBUG_EXTRACT=1`).
    static let debug = getenv("STATECRAFT_DEBUG_EXTRACT") != nil

    /// Builds an extractor over a dictionary, an ontology and a trigger lexicon (by default the bundled one);
    /// `agents` gives the agent nouns and definite descriptions (the bundled `Data/agents.json` unless given).
    public init(dictionary: ActorDictionary, ontology: RelationOntology, lexicon: TriggerLexicon = .standard,
                agents: AgentLexicon = .bundled) {
        var vocab = Vocabulary()
        _ = vocab.intern("'s")
        let lex = ActorLexicon(dictionary: dictionary, vocabulary: &vocab)
        let (trig, generated) = lexicon.compile(into: &vocab)
        var cueTrie = PhraseTrie<Cue>()
        // Modal cues are data: the lexicon files' "cues" (Data/lexicon.json and any --lexicon layer).
        for (phrase, cue) in lexicon.cues {
            cueTrie.insert(Tokenizer.keys(phrase).map { vocab.intern($0.key) }, Cue(cue))
        }
        var pairTrie = PhraseTrie<Int>()
        for p in ContextTerms.pairPhrases { pairTrie.insert(Tokenizer.keys(p).map { vocab.intern($0.key) }, 2) }
        func set(_ list: [String]) -> WordSet { WordSet(list.map { vocab.intern($0) }) }
        var words = Words()
        words.agentNouns = set(agents.stateWords)
        words.nonActorHeads = set(ContextTerms.nonActorHeads)
        words.locationPreps = set(ContextTerms.locationPrepositions)
        words.prepositions = set(ContextTerms.prepositions)
        words.determiners = set(ContextTerms.determiners)
        words.subordinators = set(ContextTerms.subordinators)
        words.personPronouns = set(ContextTerms.personPronouns)
        words.thingPronouns = set(ContextTerms.thingPronouns)
        words.pluralPronouns = set(ContextTerms.pluralPronouns)
        words.speakerPronouns = set(ContextTerms.speakerPronouns)
        words.sports = set(ContextTerms.sportsWords.filter { !$0.contains(" ") })
        words.company = set(ContextTerms.companyWords)
        words.weapons = set(ContextTerms.weaponWords)
        words.inspectors = set(ContextTerms.inspectorWords)
        words.troops = set(ContextTerms.troopWords)
        words.beForms = set(["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "getting"])
        words.titles = set(["president", "prime", "minister", "leader", "king", "queen", "chancellor", "premier",
                            "secretary", "general", "emir", "sheikh", "prince", "foreign", "defence", "defense",
                            "mr", "mrs", "ms", "dr", "supreme", "vice", "deputy", "top", "diplomat", "envoy",
                            "senior", "chief", "counterpart", "spokesman", "spokeswoman", "ambassador",
                            "negotiator", "official", "head", "affairs"])
        words.nonstateModifiers = set(ContextTerms.nonstateModifiers)
        words.communication = set(ContextTerms.communicationWords)
        words.verbGroup = set(["has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
                               "could", "can", "may", "might", "must", "should", "shall", "do", "does", "did", "to", "not",
                               "n't", "never", "also", "still", "already", "then", "later", "now", "again", "just",
                               "reportedly", "previously", "recently", "jointly", "finally", "formally",
                               "officially", "repeatedly", "further", "even", "all", "both", "each", "itself", "themselves",
                               "'ll", "'ve", "'s", "ever", "since", "meanwhile", "too", "so", "yet", "first", "last",
                               "this", "next", "week", "month", "year", "morning", "evening", "night", "afternoon",
                               "on", "early", "late", "here", "there", "immediately", "swiftly", "quickly", "initially",
                               "had", "long", "soon", "subsequently", "separately", "together", "personally", "publicly",
                               "privately", "reluctantly", "allegedly", "apparently", "effectively", "continue", "continues",
                               "continued", "began", "begins", "begin", "started", "starts", "kept", "keeps", "appeared",
                               "appears", "seemed", "seems", "tried", "tries", "try", "helped", "helps", "help", "moved",
                               "moves", "went", "goes", "got", "get", "set", "due", "about", "able", "unable", "going"])
        words.memberHeads = set(ContextTerms.memberHeads)
        words.population = set(ContextTerms.populationNouns)
        words.arrival = set(["arrive", "arrives", "arrived", "arriving", "deployed", "stationed", "landed", "based"])
        words.recalled = set(["previously", "formerly"])
        words.whClause = set(["when", "whether", "how", "why"])
        words.untilWords = set(["until", "till", "by", "before", "to", "from", "through"])
        words.possessionVerbs = set(["has", "have", "had", "having"])
        words.announcing = set(["announced", "announces", "announce", "ordered", "order", "orders", "decision", "decided", "plan",
                                "plans", "promise", "promised", "promises", "proposal", "proposed", "implementing", "implement"])
        words.relationNouns = set(["backers", "allies", "supporters", "rivals", "enemies", "partners", "neighbours", "neighbors",
                                   "critics", "opponents", "sponsors", "patrons", "proxies", "foes", "backer", "ally", "supporter",
                                   "rival", "enemy", "partner", "neighbour", "neighbor", "critic", "opponent", "sponsor", "patron",
                                   "proxy", "foe"])
        words.ethnic = vocab.intern("ethnic")
        words.purposeVerbs = set(["restore", "resume", "improve", "promote", "expand", "deepen", "establish", "enhance", "revive",
                                  "seek", "discuss", "launch", "start", "hold", "sign", "conclude", "negotiate", "broker"])
        words.backingVerbs = set(["backed", "backs", "back", "supported", "supports", "support", "endorsed", "endorses", "proposed",
                                  "proposes", "propose", "favours", "favors", "favoured", "favored", "sought", "seeks", "seek"])
        words.travelVerbs = set(["return", "returns", "returned", "go", "goes", "went", "come", "comes", "came", "fly", "flies",
                                 "flew", "head", "heads", "headed", "travel", "travels", "travelled", "traveled", "arrive",
                                 "arrives", "arrived", "gather", "gathered", "meet", "met", "convene", "convened"])
        words.backingWords = set(["praise", "support", "backing", "recognition", "blessing", "approval", "credit", "endorsement",
                                  "legitimacy", "cover", "assurances", "guarantees"])
        words.verbLike = set(["has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do",
            "is", "are", "was", "were", "held", "made", "took", "won", "gave", "began", "led", "struck", "sought", "got",
            "makes", "takes", "holds", "wins", "gives", "leads", "seeks", "mounts", "launches", "signs", "announces",
            "hold", "make", "take", "give", "lead", "seek", "mount", "launch", "sign", "announce", "carry", "carried",
            "carries", "wage", "waged", "wages", "stage", "staged", "stages", "conduct", "conducted", "conducts",
            "undertook", "undertake", "undertakes", "brought", "sent", "met", "said", "told", "ran", "set", "put", "kept",
            "left", "paid", "spoke", "wrote", "chose", "drew", "fell", "found", "forged", "built", "bought", "broke",
            "caught", "came", "went", "saw", "stood", "threw", "beat", "bore", "hit", "cut", "shot", "spread", "withdrew",
            "offer", "offers", "open", "opens", "reach", "reaches", "strike", "strikes", "issue", "issues", "renew",
            "renews", "resume", "resumes", "begin", "begins", "start", "starts", "end", "ends", "seal", "seals"])
        words.compassAdjectives = set(["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                                       "southeastern", "southwestern"])
        words.regionWords = set(["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "rural",
                                 "occupied", "coastal", "mainland", "neighbouring", "neighboring", "war-torn", "northeastern",
                                 "northwestern", "southeastern", "southwestern", "upper", "lower"])
        words.longSpans = set(["year", "years", "decade", "decades", "century", "centuries"])
        words.ago = vocab.intern("ago"); words.since = vocab.intern("since"); words.once = vocab.intern("once")
        words.territorialMeasures = set(["curfew", "curfews", "blockade", "blockades", "martial", "lockdown", "closure", "cordon"])
        words.commonVerbs = set(["help", "oust", "take", "make", "keep", "stop", "prevent", "ensure", "allow", "avoid", "get",
                                 "pull", "leave", "enter", "quit", "remove", "cross", "reach", "return", "go", "come", "move",
                                 "give", "put", "bring", "build", "create", "defeat", "destroy", "remove", "replace", "protect",
                                 "defend", "fight", "push", "pull", "leave", "join", "form", "establish", "secure", "restore",
                                 "maintain", "counter", "contain", "curb", "end", "win", "free", "clear", "control", "deter",
                                 "rein", "topple", "overthrow", "face", "meet", "reach", "find", "show", "work", "serve",
                                 "support", "back", "address", "tackle", "resolve", "settle", "boost", "improve", "strengthen",
                                 "reduce", "increase", "limit", "block", "halt", "pressure", "persuade", "convince", "force",
                                 "allow", "enable", "discuss", "review", "monitor", "assess", "investigate", "explain", "say"])
        words.people = set(["suspects", "suspect", "prisoners", "prisoner", "nationals", "detainees", "fugitives",
                            "fugitive", "militants", "militant", "fighters", "citizens", "hostages", "hostage", "captives"])
        words.experiencer = set(["face", "faces", "faced", "facing", "fear", "fears", "feared", "fearing", "pose", "poses",
                                 "posed", "posing", "remain", "remains", "remained", "become", "became", "becomes"])
        words.roleNouns = set(["aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "minister",
                               "official", "envoy", "ambassador", "president", "leader", "chief", "head", "secretary",
                               "diplomat", "representative", "negotiator", "commander", "general", "premier",
                               "chancellor", "king", "emir", "prince", "counterpart", "deputy"])
        words.topicPreps = set(["on", "over", "about", "regarding", "concerning"])
        words.objectStops = set(["after", "before", "despite", "that", "which", "who", "whom", "whose", "while", "whereas", "because", "although",
                                 "though", "when", "if", "unless", "until", "where", "but"])
        words.missions = set(ContextTerms.missionWords)
        words.background = set(ContextTerms.backgroundPrepositions)
        words.timeWords = set(["today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
                               "saturday", "sunday", "again", "also", "formally", "officially", "finally", "bluntly",
                               "flatly", "outright", "once", "reportedly"])
        words.currentTime = set(ContextTerms.currentTimeWords)
        words.signWords = set(["sign", "signs", "signed", "signing", "ink", "inks", "inked", "inking", "ratify",
                               "ratified", "ratifies", "ratifying", "conclude", "concluded", "concludes", "concluding"])
        words.possessivePronouns = set(["his", "her", "its", "their", "our"])
        words.stopVerbs = set(["is", "are", "was", "were", "has", "have", "had", "came", "come", "comes", "did", "does",
                               "do", "will", "would", "can", "could", "should", "may", "might", "must", "said", "says"])
        words.former = set(["former", "ex", "late", "then", "previous"])
        words.comma = vocab.intern(","); words.period = vocab.intern("."); words.semicolon = vocab.intern(";")
        words.colon = vocab.intern(":"); words.dash = vocab.intern("-"); words.and = vocab.intern("and")
        words.or = vocab.intern("or"); words.by = vocab.intern("by"); words.of = vocab.intern("of")
        words.to = vocab.intern("to"); words.the = vocab.intern("the"); words.possessive = vocab.intern("'s")
        words.quote = vocab.intern("\""); words.between = vocab.intern("between"); words.with = vocab.intern("with")
        words.not = vocab.intern("not"); words.north = vocab.intern("north"); words.south = vocab.intern("south")
        words.which = vocab.intern("which"); words.who = vocab.intern("who"); words.that = vocab.intern("that")
        words.openParen = vocab.intern("("); words.closeParen = vocab.intern(")"); words.amp = vocab.intern("&")
        words.against = vocab.intern("against"); words.on = vocab.intern("on"); words.in = vocab.intern("in")
        words.each = vocab.intern("each"); words.it = vocab.intern("it"); words.question = vocab.intern("?"); words.bang = vocab.intern("!")
        for p in ["'", "(", ")", "[", "]", "{", "}", "<", ">", "/", "$", "%", "*", "#", "@", "+", "=", "|", "~", "^", "_", "`"] {
            _ = vocab.intern(p)
        }
        for id in ["PRK", "KOR"] { if let i = lex.actorIndex[id] { words.koreanActors.insert(i) } }
        agentPhrases = agents.agentTrie(vocabulary: &vocab, keepHeads: Set(agents.stateWords))
        (references, referenceSpecs) = agents.referenceTrie(vocabulary: &vocab, lexicon: lex)
        itSpeechVerbs = WordSet(["said", "says", "added", "stated", "announced", "called", "calls", "urged", "urges",
                                 "warned", "warns", "accused", "accuses", "demanded", "demands", "condemned", "condemns",
                                 "rejected", "rejects", "insisted", "insists", "denied", "denies"].map { vocab.intern($0) })
        splitter = SentenceSplitter(vocabulary: &vocab)
        self.ontology = ontology
        self.lexicon = lex
        self.vocabulary = vocab
        self.triggers = trig
        self.generatedTriggers = generated
        self.cues = cueTrie
        self.pairs = pairTrie
        self.w = words
    }

    /// Extracts the events of one article (one per fact; repeated mentions merged).
    public func extract(_ article: Article) -> ExtractionResult {
        var bytes = ArticleLines.cleanBytes(article.text).bytes
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var markup = 0
        bytes.withUnsafeMutableBufferPointer { markup = Self.blankMarkup($0) }
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
        var warnings: [String] = []
        if markup > 0 { warnings.append("\(article.id): skipped \(markup) HTML tags or entities") }
        var events: [Event] = []
        var sentenceCount = 0
        var ranges: [Range<Int>] = []
        var stripped: (tokens: [Token], ranges: [Range<Int>])?
        tokens.withUnsafeBufferPointer { t in
            let (split, cut) = splitter.split(t)
            ranges = split
            sentenceCount = ranges.count
            if cut > 0 { warnings.append("\(article.id): cut \(cut) over-long sentence(s) at \(splitter.maxTokens) tokens") }
            // Short parentheticals ("(PCG)", "(June 16)") are asides that argument finding reads past.
            stripped = Parentheticals.removing(from: t, ranges: ranges, open: w.openParen, close: w.closeParen) {
                $0.flags.contains(.capitalized) && lexicon.trie.starts(with: $0.word)
            }
        }
        if let stripped { tokens = stripped.tokens; ranges = stripped.ranges }
        tokens.withUnsafeBufferPointer { t in
            var context = DiscourseContext()
            var skippedForeign = 0, skippedSports = 0
            for (index, range) in ranges.enumerated() {
                var analysis = SentenceAnalysis(x: self, t: t, range: range, bytes: bytes, article: article,
                                                index: index, context: context)
                switch analysis.screen() {
                case .foreign: skippedForeign += 1; context.forget(); continue
                case .sports: skippedSports += 1; continue
                case .ok: break
                }
                events += analysis.run()
                context = analysis.context
            }
            if skippedForeign > 0 { warnings.append("\(article.id): skipped \(skippedForeign) sentence(s) not in English") }
            if skippedSports > 0 { warnings.append("\(article.id): skipped \(skippedSports) sentence(s) about sport") }
        }
        // The dating stage: each event takes the date its sentence gives (EventDating).
        let dating = EventDating()
        events = events.map { dating.dated($0, articleDate: article.date) }
        return ExtractionResult(events: events.mergingRepeatedMentions(), warnings: warnings, sentenceCount: sentenceCount)
    }

    /// Blanks `<tags>` and `&entities;` in place (linear); returns how many were blanked.
    static func blankMarkup(_ b: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == 60, i + 1 < n, (b[i + 1] >= 97 && b[i + 1] <= 122) || (b[i + 1] >= 65 && b[i + 1] <= 90) || b[i + 1] == 47 || b[i + 1] == 33 {
                var j = i + 1
                while j < n, j - i < 400, b[j] != 62, b[j] != 60 { j += 1 }
                if j < n, b[j] == 62 {
                    for k in i...j { b[k] = 32 }
                    count += 1
                    i = j + 1
                    continue
                }
            } else if c == 38 {
                var j = i + 1
                while j < n, j - i < 10, (b[j] >= 97 && b[j] <= 122) || (b[j] >= 65 && b[j] <= 90) || (b[j] >= 48 && b[j] <= 57) || b[j] == 35 { j += 1 }
                if j < n, j > i + 1, b[j] == 59 {
                    let quoteLike = j - i == 5 && b[i + 1] == 113  // &quot;
                    for k in i...j { b[k] = 32 }
                    if quoteLike { b[i] = 34 }
                    count += 1
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return count
    }
}

/// What earlier sentences of the article say that later ones refer back to.
struct DiscourseContext: Sendable {
    /// The last person named (officeholder or titled), for "he", "his".
    var lastPerson: Int32?
    /// The last actor that was a subject, for "it".
    var lastSubject: Int32?
    /// The last two actors in an event together, for "the two countries".
    var lastPair: (Int32, Int32)?
    /// Whether North or South Korea has been named (for "the North", "the South").
    var korean = false
    /// Sentences since the person/subject was set.
    var age = 0
    /// Sentences since the pair was set.
    var pairAge = 0
    /// Actors named in recent sentences, newest last (see `SalientMention`).
    var salient: [SalientMention] = []

    mutating func forget() { lastPerson = nil; lastSubject = nil; age = 0 }
}
