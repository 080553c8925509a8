/// Extraction-only words that are not actor names: the heads that make a name a place or a topic ("the Korean
/// peninsula", "the Ukraine war"), prepositions of place, pronouns, pair expressions,
/// modal cues, and the non-state groups the coder keeps apart from states.
enum ContextTerms {
    // The agent nouns that make an adjective or possessive the acting state ("Russian troops", "China's foreign
    // ministry") are data: the one-word state agents of Data/agents.json (AgentLexicon.stateWords).

    /// Nouns after a name that make it a topic or a place, not an actor: "the Korean peninsula", "the Ukraine war".
    static let nonActorHeads: [String] = """
    peninsula war conflict crisis issue question border borders region strait sea coast province enclave port \
    city town village river valley gulf bank strip capital suburb suburbs district neighbourhood neighborhood outskirts
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Nouns after an organisation's or group's name that name its members or land, not it:
    /// "Nato allies", "Isis fighters", "EU members", "Isis territory".
    static let memberHeads = ["member", "members", "ally", "allies", "partner", "partners", "countries", "states",
                              "nations", "membership", "fighters", "fighter", "recruiter", "recruiters", "supporters",
                              "sympathisers", "sympathizers", "territory", "branch", "bride", "brides", "affiliate",
                              "affiliates", "militants", "suspects", "suspect", "prisoners", "detainees", "workers"]

    /// Nouns after a demonym that name a country's people, not its government: "Palestinian youths",
    /// "Iranian students". Such a mention is the source only of popular protest.
    static let populationNouns = ["youths", "youth", "protesters", "protestors", "demonstrators", "students", "people",
                                  "civilians", "citizens", "residents", "villagers", "workers", "crowds", "crowd", "activists",
                                  "farmers", "women", "men", "mobs", "mob", "rioters", "marchers", "strikers", "teachers",
                                  "doctors", "nurses", "pilgrims", "settlers", "inhabitants", "townspeople", "shopkeepers"]

    /// Prepositions after which a capital is a place, not its government: "in Hanoi".
    static let locationPrepositions = ["in", "at", "near", "outside", "inside", "around", "across", "within",
                                       "throughout", "via"]

    /// Prepositions that make a following actor an oblique (not a subject).
    static let prepositions = ["in", "at", "near", "outside", "inside", "around", "across", "within", "throughout",
                               "via", "from", "into", "through", "over", "to", "with", "for", "against", "on", "of",
                               "about", "by", "between", "among", "toward", "towards", "upon", "than", "like",
                               "including", "under", "during", "despite", "amid", "alongside"]

    /// Determiners opening an appositive ", a close Moscow ally since the Cold War,".
    static let determiners = ["a", "an", "the"]

    static let subordinators = ["but", "while", "although", "though", "whereas", "which", "who", "where", "when",
                                "because", "as", "after", "before", "since", "unless", "whose", "whom"]

    /// Pair expressions: the two actors last seen together.
    static let pairPhrases = ["the two countries", "the two sides", "both sides", "both countries", "the two nations",
                              "both nations", "the two leaders", "both leaders", "the two governments",
                              "the two neighbours", "the two neighbors", "the two states", "the two allies",
                              "the two presidents", "both governments", "the two capitals"]

    static let personPronouns = ["he", "she", "his", "her", "him"]
    static let thingPronouns = ["it", "its"]
    static let pluralPronouns = ["they", "their", "them"]
    static let speakerPronouns = ["we", "our", "us", "i"]

    // Modal cues ("could", "accused of", "pledged", "not", "if") are data: `cues` in Data/lexicon.json.
    /// Verbs whose "that"/"for" clause states a wish, plan or proposal, not a fact.
    static let irrealisVerbs: Set<String> = ["recommend", "recommends", "recommended", "propose", "proposes", "proposed",
                                             "suggest", "suggests", "suggested", "hope", "hopes", "hoped", "want", "wants",
                                             "wanted", "expect", "expects", "expected", "plan", "plans", "planned", "urge",
                                             "urges", "urged", "demand", "demands", "demanded", "insist", "insists",
                                             "insisted", "ask", "asks", "asked", "wish", "wishes", "calls", "called",
                                             "call", "proposal", "recommendation", "suggestion", "hope", "wish", "plea", "appeal", "appealed", "pressing", "pressed"]

    /// Words that mark a sentence as sports, not international relations.
    static let sportsWords = ["match", "cup", "league", "tournament", "championship", "championships", "goal",
                              "goals", "olympic", "olympics", "medal", "medals", "squad", "coach", "striker",
                              "innings", "wicket", "wickets", "semi-final", "quarter-final", "final", "scored",
                              "midfielder", "defender", "goalkeeper", "grand prix", "seed", "seeded", "set point",
                              "test match", "fixture", "friendly", "world cup", "davis cup", "ryder cup", "tennis",
                              "football", "soccer", "cricket", "rugby", "golf", "nba", "nfl", "fifa", "uefa"]

    /// Words that mark a company deal rather than a state act.
    static let companyWords = ["shares", "stake", "merger", "acquisition", "takeover", "shareholders", "ipo",
                               "quarterly", "earnings", "profit", "profits", "revenue", "stock", "nasdaq",
                               "inc", "corp", "plc", "ltd", "ceo"]

    /// Weapons: a transfer of these is an arms transfer.
    static let weaponWords = ["arms", "weapons", "weapon", "missiles", "missile", "ammunition", "munitions", "tanks",
                              "jets", "fighter", "drones", "artillery", "rockets", "shells", "warplanes", "rifles",
                              "guns", "howitzers", "helicopters", "armaments", "hardware", "weaponry", "arsenal"]
    static let inspectorWords = ["inspectors", "monitors", "investigators", "observers"]
    static let troopWords = ["troops", "soldiers", "forces", "warships", "army", "aircraft", "ships", "navy", "marines"]

    /// Extra surface forms for actors the dictionary already has (historical names): alias → actor id.
    static let extraAliases: [(alias: String, id: String)] = [
        ("European Community", "EU"), ("European Communities", "EU"), ("EC", "EU"), ("EEC", "EU"),
        // The territories of the State of Palestine name it as the actor acted upon there.
        ("West Bank", "PSE"), ("Gaza Strip", "PSE"),
    ]

    /// Words that, between a demonym and an agent noun, make the agent a non-state group ("Afghan rebel leaders").
    static let nonstateModifiers = ["rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "opposition",
                                    "separatist", "separatists", "guerrilla", "guerrillas", "jihadist", "jihadists", "militia", "militias",
                                    "gunmen", "gunman", "fighters", "extremists", "terrorists", "terrorist", "extremist", "jihadi", "abductors", "kidnappers",
                                    "mercenaries", "mercenary", "volunteers", "contractors", "vigilantes", "smugglers"]

    /// Objects that make a transfer a communication, not aid ("a letter handed over to the UN").
    static let communicationWords = ["request", "requests", "misery", "suffering", "problems", "crisis", "instability",
                                     "chaos", "violence", "tension", "tensions", "efforts", "effort", "case", "cases", "file", "files", "power", "authority", "control", "responsibility", "green", "light", "approval", "blessing", "go-ahead", "letter", "letters", "note", "message", "messages", "document", "documents",
                                     "report", "reports", "proposal", "proposals", "statement", "invitation", "credentials"]

    /// Diplomatic missions: a capital after "embassy in" names the host state.
    static let missionWords = ["embassy", "embassies", "consulate", "consulates", "mission"]

    /// Words that put a nominal event in the background ("during the fight", "after the war").
    static let backgroundPrepositions = ["during", "after", "before", "since", "amid", "following", "until"]

    /// Words that date a sentence to the time of writing ("today", "on Monday"): no history lesson.
    static let currentTimeWords = ["today", "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday",
                                   "thursday", "friday", "saturday", "sunday", "currently", "now"]

    /// Phrases that contain an actor's name but name something else: "Latin America" is not the United States.
    static let stopPhrases = ["Latin America", "South America", "North America", "Central America", "Latin American",
                              "South American", "North American", "Central American", "Korean peninsula", "Korean War",
                              "Pan Am", "American Airlines", "New Mexico", "Turkey Point", "Jordan River", "Jordan Valley",
                              "Chinese New Year", "French fries", "Indian Ocean", "Arabian Sea", "Persian Gulf",
                              "Indian Premier League", "Russian roulette", "Dutch courage", "Swiss franc", "New Guinea",
                              "West Africa", "West African", "West Asia", "West End"]

    /// Non-state groups known to the coder when the dictionary has no entry for them.
    static let nonstateGroups: [(id: String, name: String, aliases: [String])] = [
        ("ISIS", "Islamic State", ["Isis", "ISIS", "ISIL", "Isil", "Islamic State", "Daesh"]),
        ("AL_QAEDA", "al-Qaeda", ["al-Qaeda", "al Qaeda", "al-Qaida", "al Qaida", "Al-Qaeda", "Al Qaeda"]),
        ("TALIBAN", "Taliban", ["Taliban", "the Taliban"]),
        ("HAMAS", "Hamas", ["Hamas", "the Hamas"]),
        ("HEZBOLLAH", "Hezbollah", ["Hezbollah", "Hizbollah", "Hizbullah"]),
        ("HOUTHIS", "Houthis", ["Houthis", "Houthi", "Houthi rebels", "Ansar Allah"]),
        ("PKK", "Kurdistan Workers' Party", ["PKK", "Kurdistan Workers' Party"]),
        ("RUF", "Revolutionary United Front", ["Revolutionary United Front", "RUF"]),
        ("AL_SHABAAB", "al-Shabaab", ["al-Shabaab", "al-Shabab", "Shabaab"]),
        ("BOKO_HARAM", "Boko Haram", ["Boko Haram"]),
        ("WAGNER", "Wagner Group", ["Wagner Group", "Wagner"]),
        ("SDF", "Syrian Democratic Forces", ["Syrian Democratic Forces", "SDF"]),
        ("YPG", "People's Protection Units", ["YPG"]),
        ("IRA", "Irish Republican Army", ["IRA"]),
        ("FARC", "FARC", ["FARC"]),
    ]
}
