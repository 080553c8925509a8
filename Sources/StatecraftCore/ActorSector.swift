/// The part of a country an event dataset names when it names less than a state:
/// "Police (Nigeria)" is Nigeria's police, "Citizen (Australia)" Australia's civilians.
///
/// Imports roll such sub-state actors up to their state and keep the sector as an attribute
/// (see `ActorResolver`). The sectors follow CAMEO's agent codes (PETRARCH2's
/// `Phoenix.agents.txt`), named in each case's documentation.
public enum ActorSector: String, CaseIterable, Sendable, Codable, Comparable {
    /// GOV (and SPY): executive, ministries, diplomats, local government.
    case government
    /// MIL: armed forces, defence ministry.
    case military
    /// COP: police and law enforcement.
    case police
    /// JUD: courts, judges, prosecutors, lawyers.
    case judiciary
    /// LEG: parliaments and their members.
    case legislature
    /// PTY: political parties and candidates.
    case parties
    /// OPP: the opposition, dissidents, protesters, activists.
    case opposition
    /// REB, INS, UAF: rebels, insurgents, militants, armed bands.
    case rebels
    /// CVL, REF: citizens, villagers, refugees, groups of people.
    case civilians
    /// BUS, AGR: companies, business people, farmers' trade.
    case business
    /// MED: journalists and news organisations.
    case media
    /// EDU: schools, universities, students.
    case education
    /// LAB: unions and workers.
    case labor
    /// REL (MUS, CHR, JEW, HIN, BUD): religious groups and clergy.
    case religion
    /// HLH: health care.
    case health
    /// NGO, HRI: non-governmental organisations.
    case ngo
    /// CRM: criminals.
    case criminals
    /// A sector none of the above names.
    case other

    public static func < (a: ActorSector, b: ActorSector) -> Bool { a.rawValue < b.rawValue }

    /// Keywords of each sector, tried in this order (the first sector with a match wins, so
    /// "People Associated with the Opposition" is the opposition before it is people). A keyword
    /// is one or more words matched whole; a final `*` matches any word starting so.
    static let keywords: [(ActorSector, [String])] = [
        (.rebels, ["rebel*", "insurgen*", "guerrilla*", "militant*", "separatist*", "combatant*", "armed band*",
                   "paramilitar*", "militia*", "terroris*", "extremist*", "jihadi*", "resistance"]),
        (.opposition, ["opposition", "dissident*", "protester*", "demonstrator*", "activist*", "rioter*", "mob"]),
        (.police, ["police*", "law enforcement", "policem*", "gendarme*"]),
        (.military, ["military", "army", "armies", "navy", "naval", "air force", "armed forces", "defense", "defence",
                     "soldier*", "special forces", "coast guard", "troop*", "marine*", "admiral*",
                     "joint chiefs"]),
        (.judiciary, ["court*", "judge*", "judiciary", "judicial", "justice", "prosecut*", "lawyer*", "attorney*"]),
        (.legislature, ["parliament*", "legislat*", "lawmaker*", "congress*", "senat*", "representative*", "assembl*",
                        "house speaker"]),
        (.parties, ["party", "parties", "candidate*"]),
        (.government, ["government*", "ministry", "ministries", "ministery", "minister*", "foreign affairs", "cabinet",
                       "head of state", "envoy*", "embassy", "embassies", "diplomat*", "president*", "official*",
                       "authorit*", "royal", "mayor*", "governor*", "treasury", "interior", "domestic affairs",
                       "election commission", "intelligence", "administration", "regime", "spokes*", "director*",
                       "secretar*", "undersecretar*", "civil servant*", "bureaucrat*", "advis*", "inspector*", "ombudsman",
                       "commission*", "council*", "secret agent*"]),
        (.media, ["media", "newspaper*", "journalist*", "news", "television", "radio", "reporter*", "press"]),
        (.business, ["business*", "company", "companies", "corporat*", "industr*", "bank*", "trade*", "merchant*",
                     "firm*", "investor*", "employer*", "farm*", "agricultur*"]),
        (.education, ["education*", "student*", "school*", "universit*", "teacher*", "academ*", "scholar*", "professor*", "scien*",
                       "intellectual*", "economist*"]),
        (.labor, ["labor", "labour", "union*", "worker*", "employee*", "strik*"]),
        (.religion, ["muslim*", "christian*", "islamic", "church*", "clergy", "relig*", "preacher*", "catholic*",
                     "jewish", "jew*", "buddhist*", "hindu*", "imam*", "priest*", "bishop*", "archbishop*", "cleric*"]),
        (.health, ["medical", "health", "healthcare", "doctor*", "hospital*", "nurse*"]),
        (.ngo, ["ngo*", "non-governmental", "nongovernmental", "human rights", "rights group*", "humanitarian", "charit*", "civic"]),
        (.criminals, ["criminal*", "gang*", "thief", "thieves", "smuggler*", "traffick*", "pirate*", "drug*", "kidnap*",
                      "attacker*", "assailant*", "gunm*", "murder*", "crime"]),
        (.civilians, ["citizen*", "civilian*", "men", "women", "children", "child", "villager*", "people", "refugee*",
                      "fisherm*", "resident*", "indigenous", "youth*", "famil*", "voter*", "population", "migrant*",
                      "immigrant*", "tourist*", "person", "persons", "victim*", "settler*", "veteran*",
                      "asylum seeker*", "minorit*", "ethnic", "hostage*", "prisoner*",
                      "detainee*"]),
    ]

    /// The sector a dataset's sector label names ("Police", "Military Personnel - Special",
    /// "Cabinet / Council of Ministers / Advisors"), `other` when no keyword matches.
    public init(label: String) {
        let words = label.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
        for (sector, keys) in Self.keywords where keys.contains(where: { Self.matches($0, words) }) {
            self = sector
            return
        }
        self = .other
    }

    static func matches(_ keyword: String, _ words: [String]) -> Bool {
        let parts = keyword.split(separator: " ").map(String.init)
        guard !parts.isEmpty, words.count >= parts.count else { return false }
        for start in 0...(words.count - parts.count) {
            let hit = parts.indices.allSatisfy { i in
                let p = parts[i], w = words[start + i]
                return p.hasSuffix("*") ? w.hasPrefix(p.dropLast()) : w == p
            }
            if hit { return true }
        }
        return false
    }
}
