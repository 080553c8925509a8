#!/usr/bin/env python3
"""Generates Data/agents.json: agent nouns and the definite descriptions the coder resolves.

Rebuild (from the package root, with ../shared beside it):

    python3 Scripts/generate_agents.py ../shared/data/reference/petrarch2/Phoenix.agents.txt > Data/agents.json

Input: PETRARCH2's agents dictionary (Phoenix.agents.txt, MIT licence, Open Event Data Alliance; format in
PETRARCH2's dictionaries.rst: `PHRASE {PLURALS} [~CODE]`, `_` joins words, `!SET!` substitution sets,
regular plurals generated unless `{}` or a trailing `_`).

Output: {"agents": [{"phrase", "code", "meaning"}], "references": [{"phrase", "kinds", "actors", "window"}]}
  - meaning "state": an organ of the state (government, military, police, courts, legislature, intelligence,
    their officials, ships and aircraft); after a demonym, a country's name or a possessive it stands for that
    state ("the French military", "Chinese coast guard vessels", "Israel's defence ministry").
  - meaning "nonstate": rebels, insurgents, opposition, criminals, unaffiliated armed groups: never the state
    ("Syrian rebels", "Iranian opposition activists").
  - meaning "people": civilians, business, media, religion, professions: the country's people, not its state
    ("Chinese fishing vessels", "Iranian students").
  - references: definite descriptions that refer back to an actor of the article ("the kingdom", "the bloc"),
    with the actor kinds or the actor ids they can denote and how many sentences back they may reach.

The hand-curated part (CURATED_AGENTS, CURATED_AGENT_WORDS, EXCLUDED_WORDS, REFERENCES below) overrides what the PETRARCH file
gets wrong or lacks (singular "drone", "warship"; PETRARCH's places such as "prison", ambiguous "carrier").
"""
import json
import re
import sys

# PETRARCH agent codes (first three letters after "~") → meaning.
STATE_CODES = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
NONSTATE_CODES = {"REB", "OPP", "UAF", "CRM", "INS", "RAD", "PTY"}
# Everything else (CVL, BUS, MED, EDU, HLH, AGR, LAB, REL, CHR, MUS, JEW, HIN, BUD, REF, ELI, NGO, HRI, ENV, PPL …)
# names people of a country, not its state.

# Words that make a PETRARCH phrase a place, an object or an ambiguous word rather than an acting organ.
EXCLUDED_WORDS = {"prison", "prisons", "jail", "jails", "barracks", "post", "district", "house", "check", "position",
                  "carrier", "captain", "echelon", "sheriff", "detective", "constable", "of", "for", "to", "at", "in",
                  "the", "a", "and", "cell", "camp", "building", "headquarters", "office", "meeting", "rule",
                  "system", "machine", "gun", "vehicle", "humvee", "hmmwv", "kfir", "lawyer", "attorney", "barrister",
                  "counsel", "counsellor", "counselor", "conveyancer", "advocate", "chamber", "assemblage",
                  "sovereign", "base", "bases", "hospital", "facility", "authorit", "authorits"}
# PETRARCH stems (a word that is only the start of nouns) and what they stand for.
STEMS = {"minist": ["minister", "ministers", "ministry", "ministries"], "ministr": ["ministry", "ministries"]}

# Agent phrases PETRARCH lacks (singular and plural given explicitly).
CURATED_AGENTS = {
    "state": """drone, drones, warship, warships, war vessel, war vessels, naval vessel, naval vessels, navy vessel,
        navy vessels, navy ship, navy ships, coast guard, coast guards, coast guard vessel, coast guard vessels,
        coast guard ship, coast guard ships, coastguard, coastguards, coastguard vessel, coastguard vessels,
        coastguard ship, coastguard ships, missile, missiles, fighter jet, fighter jets, warplane, warplanes,
        military, militaries, armed forces, forces, troops, soldiers, navy, air force, foreign ministry,
        foreign ministries, defence ministry, defense ministry, interior ministry, ministry, embassy, embassies,
        consulate, government, governments, official, officials, diplomat, diplomats, spokesman, spokeswoman,
        spokesperson, authorities, border guard, border guards, special forces, security forces, intelligence,
        intelligence agency, state media, state television, state news agency""",
    "nonstate": """rebel, rebels, insurgent, insurgents, militant, militants, separatist, separatists, guerrilla,
        guerrillas, jihadist, jihadists, gunman, gunmen, opposition, dissident, dissidents, mercenary, mercenaries,
        extremist, extremists""",
    "people": """protesters, protestors, demonstrators, civilians, students, citizens, nationals, residents,
        villagers, activists, fishermen, fishing vessel, fishing vessels, fishing boat, fishing boats, cargo ship,
        cargo ships, merchant ship, merchant ships, tanker, tankers, airline, airlines, company, companies, firm,
        firms, tourists, journalists, workers, farmers, businessmen, investors, people, pilgrims, migrants, refugees""",
}

# Single words that, after a demonym, a state's name or a possessive, make it the acting state ("Russian troops",
# "China's foreign ministry", "the Saudi side"), including the modifiers of such nouns ("foreign", "prime", "coast").
# Together with every single-word state phrase above they are the coder's agent nouns (AgentLexicon.stateWords):
# this file is their one source.
CURATED_AGENT_WORDS = """president presidents prime minister ministers premier chancellor government governments official
    officials troops forces force army armies military navy soldiers soldier police authorities leader leaders leadership
    diplomat diplomats envoy envoys ambassador ambassadors negotiator negotiators ministry ministries embassy spokesman
    spokeswoman spokesperson administration aircraft jets warplanes helicopters helicopter tanks warships ships officers
    king queen emir sheikh crown prince counterpart delegation parliament regime intelligence security side media agency
    cabinet junta commander commanders generals general guards marines defence defense foreign secretary head heads
    representative representatives officer court courts judges prosecutors lawmakers legislators senators senator coast
    guard air gunships drones bombers vessels submarines artillery units battalion brigade division
    servicemen peacekeepers peacekeeping negotiating team mission monarch dictator strongman ruler rulers vice deputy
    counterparts capital secretary-general chief chiefs""".split()

# Definite descriptions and what they may denote. "kinds": actor kinds; "actors": actor ids (when only some
# actors of a kind can be meant). "window": sentences back (0 = this sentence only).
KINGDOMS = ["SAU", "GBR", "JOR", "MAR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA", "BHR", "KHM", "BTN",
            "LSO", "SWZ", "TON"]
ISLANDS = ["TWN", "CUB", "CYP", "LKA", "MDG", "ISL", "MLT", "JAM", "SGP", "MUS", "MDV", "HTI", "DOM", "TTO",
           "BHR", "IRL", "NZL", "FJI", "TLS", "BRN", "BRB", "BHS", "CPV", "COM", "STP", "SYC"]
BLOCS = ["EU", "ASEAN", "AU", "ECOWAS", "BRICS", "G7", "G20", "SCO", "GCC", "MERCOSUR", "ARAB_LEAGUE", "OPEC",
         "CIS", "CSTO", "SADC", "EAC", "AES", "CARICOM", "OAS", "EAEU", "NATO", "WEST", "QUAD", "AUKUS"]
ALLIANCES = ["NATO", "CSTO", "AUKUS", "QUAD", "AES"]
EMIRATES = ["ARE", "QAT", "KWT"]
COURTS = ["ICJ", "ICC"]
WATCHDOGS = ["IAEA", "OPCW"]
REFERENCES = [
    ("the kingdom", {"actors": KINGDOMS, "window": 4}),
    ("the island", {"actors": ISLANDS, "window": 4}),
    ("the island nation", {"actors": ISLANDS, "window": 4}),
    ("the island state", {"actors": ISLANDS, "window": 4}),
    ("the bloc", {"actors": BLOCS, "window": 4}),
    ("the alliance", {"actors": ALLIANCES, "window": 4}),
    ("the military alliance", {"actors": ALLIANCES, "window": 4}),
    ("the emirate", {"actors": EMIRATES, "window": 4}),
    ("the gulf state", {"actors": ["ARE", "QAT", "KWT", "BHR", "OMN", "SAU"], "window": 4}),
    ("the group", {"kinds": ["nonstate"], "window": 2}),
    ("the militant group", {"kinds": ["nonstate"], "window": 2}),
    ("the armed group", {"kinds": ["nonstate"], "window": 2}),
    ("the militia", {"kinds": ["nonstate"], "window": 2}),
    ("the movement", {"kinds": ["nonstate"], "window": 2}),
    ("the organisation", {"kinds": ["igo"], "window": 2}),
    ("the organization", {"kinds": ["igo"], "window": 2}),
    ("the country", {"kinds": ["state"], "window": 2}),
    ("the nation", {"kinds": ["state"], "window": 2}),
    ("the republic", {"kinds": ["state"], "window": 2}),
    ("the government", {"kinds": ["state"], "window": 2}),
    ("the regime", {"kinds": ["state"], "window": 2}),
    ("the junta", {"kinds": ["state"], "window": 2}),
    ("the ministry", {"kinds": ["state"], "window": 2}),
    ("the foreign ministry", {"kinds": ["state"], "window": 2}),
    ("the defence ministry", {"kinds": ["state"], "window": 2}),
    ("the defense ministry", {"kinds": ["state"], "window": 2}),
    ("the military", {"kinds": ["state"], "window": 2}),
    ("the army", {"kinds": ["state"], "window": 2}),
    ("the president", {"kinds": ["state"], "window": 2}),
    ("the prime minister", {"kinds": ["state"], "window": 2}),
    ("the foreign minister", {"kinds": ["state"], "window": 2}),
    ("the defence minister", {"kinds": ["state"], "window": 2}),
    ("the defense minister", {"kinds": ["state"], "window": 2}),
    ("the court", {"actors": COURTS, "window": 4}),
    ("the tribunal", {"actors": COURTS, "window": 4}),
    ("the watchdog", {"actors": WATCHDOGS, "window": 4}),
    ("the nuclear watchdog", {"actors": WATCHDOGS, "window": 4}),
    ("the union", {"actors": ["EU", "AU"], "window": 4}),
    ("the commission", {"actors": ["EU"], "window": 4}),
    ("the body", {"kinds": ["igo"], "window": 2}),
    ("the rebels", {"kinds": ["nonstate"], "window": 2}),
    ("the rebel group", {"kinds": ["nonstate"], "window": 2}),
    ("the militants", {"kinds": ["nonstate"], "window": 2}),
    ("the insurgents", {"kinds": ["nonstate"], "window": 2}),
    ("the paramilitary group", {"kinds": ["nonstate"], "window": 2}),
    ("the paramilitaries", {"kinds": ["nonstate"], "window": 2}),
]


def plural(word):
    if word.endswith(("men", "ies", "ice", "nel", "ary")) or word in ("police", "military", "intelligence", "staff"):
        return word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("s"):
        return word
    return word + "s"


def parse_phoenix(path):
    sets = {}
    out = []
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"\s*(!\w+!)\s*=\s*(.+)", line)
        if m:
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"\s*(.+?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]", line)
        if not m:
            continue
        phrase, plurals, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        if not code.startswith("~"):
            continue   # organisation codes (NGO~, IGO~) come before an actor code; not agents of a state
        variants = [phrase]
        for name, words in sets.items():
            variants = [v2 for v in variants for v2 in ([v.replace(name, w) for w in words] if name in v else [v])]
        for v in variants:
            stop_plural = v.endswith("_") or plurals is not None
            words = [w for w in re.split(r"[_ ]+", v.strip("_ ").lower()) if w]
            if not words or any(not re.fullmatch(r"[a-z][a-z'\-]*", w) for w in words):
                continue
            if any(w in EXCLUDED_WORDS for w in words) or len(words) > 4:
                continue
            if words[-1] in STEMS:
                out += [(" ".join(words[:-1] + [w]), code[1:4]) for w in STEMS[words[-1]]]
                continue
            forms = [" ".join(words)]
            if plurals and plurals.strip("{} "):
                forms += [p.replace("_", " ").lower().strip() for p in plurals.strip("{}").split(",") if p.strip()]
            elif not stop_plural:
                forms.append(" ".join(words[:-1] + [plural(words[-1])]))
            out += [(f, code[1:4]) for f in forms]
    return out


def meaning(code):
    if code in STATE_CODES:
        return "state"
    if code in NONSTATE_CODES:
        return "nonstate"
    return "people"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate_agents.py PATH/TO/Phoenix.agents.txt > Data/agents.json")
    agents = {}
    for phrase, code in parse_phoenix(sys.argv[1]):
        agents.setdefault(phrase, (code, meaning(code)))
    for m, text in CURATED_AGENTS.items():
        for p in text.split(","):
            agents[" ".join(p.split())] = ("CUR", m)
    for w in CURATED_AGENT_WORDS:
        if agents.get(w, ("", ""))[1] != "state":
            agents[w] = ("CUR", "state")
    rows = [{"phrase": p, "code": c, "meaning": m} for p, (c, m) in sorted(agents.items())]
    refs = [dict({"phrase": p}, **spec) for p, spec in REFERENCES]
    doc = {
        "_generated": "python3 Scripts/generate_agents.py ../shared/data/reference/petrarch2/Phoenix.agents.txt > Data/agents.json",
        "_source": "PETRARCH2 Phoenix.agents.txt (MIT licence, Open Event Data Alliance) and the curated lists of Scripts/generate_agents.py",
        "agents": rows,
        "references": refs,
    }
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
