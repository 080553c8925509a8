#!/usr/bin/env python3
"""Generates Data/lexicon-petrarch.json from PETRARCH2's CAMEO verb dictionary.

    python3 Scripts/generate_lexicon.py ../shared/data/reference/petrarch2/CAMEO.2.0.txt > Data/lexicon-petrarch.json

Reads the verb dictionary (synonym sets `&NAME` / `+WORD`, verb blocks `--- NAME [CODE] ---` with
verbs and their irregular forms `{...}`, patterns `- * OBJECT (PREP NOUN) [CODE] # VERB`; see the
file's header and PETRARCH2's dictionaries.rst) and Data/cameo.json (CAMEO code -> Statecraft kind
and PLOVER category), and writes trigger entries in the lexicon format of Data/lexicon.json:

- a verb whose own or block code maps to a kind becomes `verb+` with that kind;
- a pattern becomes a phrase when it is the verb followed by words only: `* (AT)` -> `fire+ at`,
  `* SANCTIONS` -> `impose+ sanctions` (also with a determiner: `impose+ the sanctions`, where the coder
  reads "the" as any determiner: a, an, its, their, new …),
  `* SANCTIONS (ON)` -> `impose+ sanctions on`; a synonym set stands for its members. A pattern
  applies to the verb its comment names (PETRARCH's own record of where it was found), else to
  every verb of the block;
- skipped: codes that map to no kind (public statements, CAMEO 01x), expressions of intent (03x:
  the hand lexicon's controlling verbs code intent), patterns with words before the verb, with
  `$ ^ %` markers, or with more than one phrase after the verb, generic or ambiguous verbs
  (GENERIC below), bare verbs that are only WordNet synonyms under a broad cue-category code
  (a code ending in 0, such as 040 "consult", which gathers CONSIDER and GO_SOMEWHERE), and
  phrases longer than six words.

Entries are `"generated": true`: the coder codes them only between two named actors, the target
right after the phrase (see TriggerSpec.generated). The hand-curated Data/lexicon.json overrides
these wherever both have a phrase and can exclude generated phrases.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "Data")

# Verbs too generic or too ambiguous to be a trigger on their own (their patterns still count).
GENERIC = set("""
say tell make take get go have be do give put set come see keep hold call ask run turn bring look
show leave find work move use seem appear become begin start end stop open close pass try help
meet join unite gather fire blast blow pound target engage die remove press push pull drive cut
break carry raise lift drop lower fall hit beat shoot charge back support order reach mark face
watch follow lead win lose place post base position stage station pose note claim add report
plan expect hope want need like love hate fear feel think believe know learn hear read write
speak talk answer reply respond return release free grant allow let offer promise agree accept
deal trade buy sell pay cost spend save serve share link merge enlist boost facilitate enact
allocate oversee manage import purchase finance protect defend guard cover shield watch
check test control rule govern command direct head chair host visit arrive travel fly sail
tour cross enter exit land dock anchor crash collapse burn explode rip slap whip abuse hurt
destroy flatten ransack encircle repulse recapture contest challenge question wonder inquire
enquire interview query grill interrogate confine exclude impel impose punish suppress extract
apprehend steal nationalize fine sentence prosecute sue deport exile evict banish oust
abandon abstain compromise loosen pardon submit yield acquit declassify legalise
disgrace curse despair disapprove dismay distrust lament regret jeer savage rebuff
delay overrule endanger disturb march provoke parade patrol overfly mobilize betray
blacklist disassociate disrupt spy undermine secede vandalise
consider argue sweep resign tolerate persuade issue campaign dominate expand assemble invite prevent
contain restrain degrade withdraw respect dispute object postpone countenance accede intervene
sponsor appease aid assist benefit legitimise legitimize embolden encourage liberate repel
defeat approach confront contact encounter introduce notify summon communicate depart
render stock tender attire gear outfit furnish prize value esteem fail breach express dismiss catch
pluck tax inhabit reside infest revolutionise revolutionize overturn appropriate bar compensate ward
tend loot lecture brand kick wrestle cane influence rejoice bargain coordinate attend convene debate
apply suggest affirm cheer enliven galvanize inspire invigorate rouse spur revitalize reassure prefer
favor favour exalt glorify sanctify bless reassert toast reward honor honour celebrate commemorate clap
admire grab snatch pirate subvert usurp abort disband rescind defect mock scoff crucify pillory abhor
scorn reprobate remonstrate chasten stabilise safeguard shelter search decree insist allege formalize
felicitate petition cable
""".split())

# Intent codes (the hand lexicon's controlling verbs code intent) and statements code nothing here.
SKIP_CODE_PREFIXES = ("01", "03")

MAX_WORDS = 6
# The coder reads "the" in a generated phrase as any determiner (a, an, its, their, new, …).
DETERMINERS = "the"


def load_cameo():
    with open(os.path.join(DATA, "cameo.json")) as f:
        cameo = json.load(f)
    kinds = {e["code"]: (e.get("kind"), e.get("plover")) for e in cameo["events"]}
    with open(os.path.join(DATA, "relations.json")) as f:
        defaults = {r["kind"]: r["plover"] for r in json.load(f)["relations"]}
    return kinds, defaults


def kind_of(code, kinds):
    """The (kind, PLOVER) of a CAMEO code, walking up to its parent codes."""
    c = code
    while c:
        if c in kinds and kinds[c][0]:
            return kinds[c]
        if c in kinds:
            return (None, None)
        c = c[:-1]
    return (None, None)


def first_code(bracket):
    """`042:043` -> `042`; `---`, `:173` or empty -> None."""
    code = bracket.split(":")[0].strip()
    return code if re.fullmatch(r"\d{2,4}", code) else None


def words(token):
    """PETRARCH word (underscores join words) -> lower-case words."""
    return [w for w in token.lower().split("_") if w]


def parse(path):
    """Synonym sets and verb blocks: [{name, code, verbs: [(forms, code)], patterns: [(parts, code, verb)]}]."""
    synsets, blocks = {}, []
    current_set, block = None, None
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    in_verbs = False
    for raw in lines:
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            current_set = None
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        comment = ""
        line = raw
        if "#" in line:
            line, comment = line.split("#", 1)
        line = line.strip()
        if not line:
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_set = line[1:].rstrip("_")
                synsets[current_set] = []
            elif line.startswith("+") and current_set is not None:
                synsets[current_set].append(words(line[1:].rstrip("_")))
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---", line)
        if m:
            block = {"name": m.group(1), "code": first_code(m.group(2)), "verbs": [], "patterns": []}
            blocks.append(block)
            continue
        if block is None:
            continue
        if line.startswith("-"):
            pm = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", line)
            if not pm:
                continue
            verb = comment.strip().split(",")[0].strip().split(" ")[0] if comment.strip() else ""
            block["patterns"].append((pm.group(1), first_code(pm.group(2)), verb.lower()))
            continue
        # A verb line: VERB, +PHRASAL_VERB, optional {irregular forms}, optional [code].
        vm = re.match(r"^(\S+?)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$", line)
        if not vm:
            continue
        base = vm.group(1)
        irregular = vm.group(2)[1:-1].split() if vm.group(2) else None
        code = first_code(vm.group(3)[1:-1]) if vm.group(3) else block["code"]
        if vm.group(3) and vm.group(3)[1:-1].strip().startswith("---"):
            code = None
        block["verbs"].append((base, irregular, code))
    return synsets, blocks


def verb_phrases(base, irregular):
    """A dictionary verb in the lexicon's phrase syntax, and its plain head word."""
    multi = "_" in base
    if not multi:
        w = base.lower()
        if irregular is None:
            return [w + "+"], w
        forms = [w] + [f.lower() for f in irregular if "_" not in f and f.lower() != w]
        return ["|".join(dict.fromkeys(forms))], w
    # Phrasal verb: `+` marks the verb word ("+KICK_OUT", "WIRE_+TAP").
    parts = base.split("_")
    head = next((p for p in parts if p.startswith("+")), parts[0])
    ws = [p.lstrip("+").lower() for p in parts if p]
    if irregular is None:
        return [" ".join(w + ("+" if p == head else "") for w, p in zip(ws, parts))], head.lstrip("+").lower()
    out = [" ".join(ws)]
    for f in irregular:
        fw = [p.lstrip("+").lower() for p in f.split("_") if p]
        if fw:
            out.append(" ".join(fw))
    return list(dict.fromkeys(out)), head.lstrip("+").lower()


def object_words(tok, synsets):
    """A pattern noun (`WORD`, `{ADJ NOUN}`, `&SET`) -> alternatives (each a list of words), or None."""
    tok = tok.strip()
    if tok.startswith("{") and tok.endswith("}"):
        inner = tok[1:-1].split()
        if any(t.startswith("&") for t in inner):
            return None
        return [[w for t in inner for w in words(t)]]
    if tok.startswith("&"):
        members = synsets.get(tok[1:].rstrip("_"))
        if not members or len(members) > 40:
            return None
        return members
    if re.fullmatch(r"[A-Z][A-Z\-']*_?", tok):
        return [words(tok.rstrip("_"))]
    return None


def pattern_phrases(pattern, synsets):
    """`* NOUN`, `* (PREP)`, `* (PREP NOUN)`, `* NOUN (PREP)` -> phrase tails (each a string), or None."""
    if "$" in pattern or "^" in pattern or "%" in pattern:
        return None
    if not pattern.startswith("*"):
        return None          # words before the verb: a subject constraint we cannot state
    rest = pattern[1:].strip()
    if not rest:
        return None
    # Split into top-level parts: (…) groups, {…} groups, words.
    parts = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", rest)
    if not parts or len(parts) > 2:
        return None
    tails = [[]]
    for part in parts:
        alts = []
        if part.startswith("("):
            inner = re.findall(r"\{[^}]*\}|\S+", part[1:-1])
            if not inner or len(inner) > 2 or inner[0].startswith("{") or inner[0].startswith("&"):
                return None
            prep = words(inner[0])
            if len(inner) == 1:
                alts = [prep]
            else:
                nouns = object_words(inner[1], synsets)
                if nouns is None:
                    return None
                alts = [prep + n for n in nouns]
        else:
            nouns = object_words(part, synsets)
            if nouns is None:
                return None
            alts = nouns
        tails = [t + a for t in tails for a in alts]
    return tails


def generate(path):
    kinds, defaults = load_cameo()
    synsets, blocks = parse(path)
    groups = {}   # (kind, plover, role, control, cameo, block) -> phrases
    stats = {"blocks": len(blocks), "verbs": 0, "patterns": 0, "skipped_generic": 0, "skipped_code": 0,
             "skipped_pattern": 0}

    def emit(code, block, phrase):
        if code is None or code.startswith(SKIP_CODE_PREFIXES):
            stats["skipped_code"] += 1
            return
        kind, plover = kind_of(code, kinds)
        if kind is None:
            stats["skipped_code"] += 1
            return
        role, control = "event", None
        if code.startswith("043"):
            role = "host"
        elif kind == "demand":
            role, control = "control", "urge"
        elif kind == "threat":
            role, control = "control", "threaten"
        elif kind == "warning":
            role, control = "control", "warn"
        if plover == defaults.get(kind):
            plover = None
        key = (kind, plover, role, control, code, block)
        groups.setdefault(key, [])
        if phrase not in groups[key]:
            groups[key].append(phrase)

    for b in blocks:
        heads = []
        for base, irregular, code in b["verbs"]:
            phrases, head = verb_phrases(base, irregular)
            heads.append((phrases, head))
            stats["verbs"] += 1
            if head in GENERIC and "_" not in base:
                stats["skipped_generic"] += 1
                continue
            # A bare verb counts when its meaning is specific: its own code, a subcategory code (not a
            # cue category ending in 0: 040 "consult" gathers CONSIDER, ASSEMBLE, GO_SOMEWHERE …), or the
            # verb that names its block (KILL in KILL [190]). WordNet synonyms under a broad code are not.
            own_code = code != b["code"]
            specific = code is not None and not code.endswith("0")
            if not (own_code or specific or head == b["name"].lower()):
                stats["skipped_broad"] = stats.get("skipped_broad", 0) + 1
                continue
            for p in phrases:
                if len(p.split()) <= MAX_WORDS:
                    emit(code, b["name"], p)
        for pattern, code, verb in b["patterns"]:
            stats["patterns"] += 1
            tails = pattern_phrases(pattern, synsets)
            if tails is None:
                stats["skipped_pattern"] += 1
                continue
            for phrases, head in heads:
                if verb and head != verb:
                    continue
                for p in phrases:
                    for tail in tails:
                        t = " ".join(tail)
                        if not t or len(p.split()) + len(tail) > MAX_WORDS:
                            continue
                        emit(code, b["name"], p + " " + t)
                        # An object noun usually comes with a determiner or adjective: "imposed new sanctions".
                        if not pattern.lstrip("* ").startswith("("):
                            emit(code, b["name"], p + " " + DETERMINERS + " " + t)
    return groups, stats


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate_lexicon.py CAMEO.2.0.txt > Data/lexicon-petrarch.json")
    groups, stats = generate(sys.argv[1])
    entries = []
    for (kind, plover, role, control, code, block), phrases in sorted(groups.items(), key=lambda kv: (kv[0][4], kv[0][5])):
        e = {"cameo": code, "note": block, "kind": kind}
        if plover:
            e["plover"] = plover
        e["pos"] = "verb"
        e["role"] = role
        if control:
            e["control"] = control
        e["generated"] = True
        e["phrases"] = phrases
        entries.append(e)
    count = sum(len(e["phrases"]) for e in entries)
    about = ("Generated by Scripts/generate_lexicon.py from PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT, "
             "Open Event Data Alliance) through Data/cameo.json; do not edit: rebuild with "
             "`python3 Scripts/generate_lexicon.py ../shared/data/reference/petrarch2/CAMEO.2.0.txt > Data/lexicon-petrarch.json`. "
             f"{len(entries)} entries, {count} phrases from {stats['blocks']} verb blocks "
             f"({stats['verbs']} verbs, {stats['patterns']} patterns; skipped {stats['skipped_generic']} generic verbs, "
             f"{stats['skipped_pattern']} patterns we cannot represent, {stats.get('skipped_broad', 0)} synonyms under a broad code, "
             f"{stats['skipped_code']} phrases whose code has no kind or is intent). "
             "Data/lexicon.json overrides it.")
    out = ["{", " \"about\": " + json.dumps(about) + ",", " \"entries\": ["]
    for i, e in enumerate(entries):
        out.append("  " + json.dumps(e, ensure_ascii=False) + ("," if i < len(entries) - 1 else ""))
    out += [" ]", "}"]
    sys.stdout.write("\n".join(out) + "\n")
    print(f"{len(entries)} entries, {count} phrases; {stats}", file=sys.stderr)


if __name__ == "__main__":
    main()
