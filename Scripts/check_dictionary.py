#!/usr/bin/env python3
"""Checks the actor dictionary (Data/actors.json, or the files given).

Run from the package root:  python3 Scripts/check_dictionary.py [FILE...]
Without FILE it checks Data/actors.json and, against it, Data/coordinates.json
(every state and every organisation with a seat needs a position).

Errors (exit status 1):
  - the file does not parse, or an entry lacks id/name/kind;
  - an id is not upper-case letters, digits or '_', or appears twice;
  - a required actor is missing: every UN member state (193), the observer
    states (VAT, PSE), TWN, XKX, the organisations and blocs of the contract,
    the non-state actors the news talks about;
  - a state id is not three letters, a member id names no actor;
  - an officeholder has a bad role or date, or a term that ends before it starts;
  - two holders of the same office of the same actor overlap in time
    (headOfState, headOfGovernment, foreignMinister, defenceMinister);
  - the same person holds office for two different actors at the same time;
  - a hard alias collision: a surface form that names two actors at the same
    precedence (id > name > metonym > capital > adjective), so that
    `ActorDictionary.resolve` cannot decide; or an officeholder alias shared by
    people of two actors whose terms overlap.

Warnings (printed, exit status unchanged): soft collisions (resolved by
precedence, e.g. "Brussels": EU metonym over Belgium's capital), aliases that
are ordinary English words (the extractor must match them case-sensitively),
states without capital or adjectives, G20 and seed states without an office.
"""
import json
import re
import sys
from collections import defaultdict
from datetime import date

UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA
BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ
ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL
ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT
MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY
PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF KOR SSD
ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN
VNM YEM ZMB ZWE
""".split()
OTHER_STATES = ["VAT", "PSE", "TWN", "XKX"]
ORGS = ["EU", "UN", "NATO", "G7", "G20", "ASEAN", "AU", "BRICS", "OPEC", "IAEA", "SCO", "ARAB_LEAGUE", "WEST",
        "WHO", "IMF", "WORLD_BANK", "WTO", "OSCE", "ICC", "ICJ", "GCC", "OAS", "ECOWAS", "OPCW", "UNHCR", "UNICEF"]
BLOCS = {"G7", "G20", "BRICS", "WEST"}
NONSTATE = ["HAMAS", "HEZBOLLAH", "ISIS", "AL_QAEDA", "TALIBAN", "HOUTHIS", "WAGNER", "PKK", "AL_SHABAAB",
            "BOKO_HARAM", "HTS", "RSF", "M23", "PIJ", "JNIM"]
# States whose heads of state or government and foreign ministers must be listed.
G20_AND_SEED = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA PRK VNM UKR".split()
KINDS = {"state", "igo", "bloc", "nonstate"}
ROLES = {"headOfState", "headOfGovernment", "foreignMinister", "defenceMinister", "leader", "spokesperson"}
SINGLE_HOLDER = {"headOfState", "headOfGovernment", "foreignMinister", "defenceMinister"}
# Precedence of forms, as ActorDictionary.resolve applies it.
RANK = {"id": 0, "name": 1, "metonym": 2, "capital": 3, "adjective": 4}
# Ordinary English words (lower case) that also name an actor or a person: the
# extractor must not match them in lower case.
COMMON_WORDS = set("""
us who au it is chad jordan turkey china polish guinea georgia victoria kingston bush trump rice gates may brown
moon park ban lam west western swede swedes dane danes turk lima nice fox hunt straw truss cleverly gallant
champagne carney wong sharon dutch quad""".split())
FAR = date(9999, 12, 31)
NEAR = date(1, 1, 1)


def normalize(s):
    """ActorDictionary.normalize: lower-case, punctuation folded to one space,
    apostrophes dropped, a leading 'the ' removed."""
    out, space = [], False
    for ch in s.lower():
        if ch.isalpha() or ch.isdigit():
            if space and out:
                out.append(" ")
            space = False
            out.append(ch)
        elif ch in "'\u2019":
            continue
        else:
            space = True
    key = "".join(out)
    return key[4:] if key.startswith("the ") else key


def parse_day(s, where, errors):
    if s is None:
        return None
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        errors.append(f"{where}: date {s!r} is not YYYY-MM-DD")
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        errors.append(f"{where}: date {s} does not exist")
        return None


def overlaps(a, b):
    """Terms overlap when they share more than a hand-over day."""
    a0, a1 = a["_from"] or NEAR, a["_to"] or FAR
    b0, b1 = b["_from"] or NEAR, b["_to"] or FAR
    return a0 < b1 and b0 < a1


def check(entries, errors, warnings):
    ids = {}
    for i, e in enumerate(entries):
        for field in ("id", "name", "kind"):
            if not isinstance(e.get(field), str) or not e[field].strip():
                errors.append(f"actors[{i}]: missing or empty '{field}'")
        eid = e.get("id", f"actors[{i}]")
        if not re.fullmatch(r"[A-Z0-9_]+", str(eid)):
            errors.append(f"{eid}: id must be upper-case letters, digits or '_'")
        if eid in ids:
            errors.append(f"{eid}: id appears twice")
        ids[eid] = e
        if e.get("kind") not in KINDS:
            errors.append(f"{eid}: kind {e.get('kind')!r} is not one of {sorted(KINDS)}")
        if e.get("kind") == "state":
            if not re.fullmatch(r"[A-Z]{3}", eid):
                errors.append(f"{eid}: a state id is an ISO 3166-1 alpha-3 code")
            if not e.get("capital"):
                warnings.append(f"{eid}: state without capital")
            if not e.get("adjectives"):
                warnings.append(f"{eid}: state without adjectives or demonyms")
        for l in e.get("leaders", []):
            where = f"{eid} leader {l.get('name')}"
            if l.get("role") not in ROLES:
                errors.append(f"{where}: role {l.get('role')!r} is not one of {sorted(ROLES)}")
            l["_from"] = parse_day(l.get("from"), where, errors)
            l["_to"] = parse_day(l.get("to"), where, errors)
            if l["_from"] and l["_to"] and l["_to"] < l["_from"]:
                errors.append(f"{where}: term ends ({l['to']}) before it starts ({l['from']})")

    for req in UN_MEMBERS + OTHER_STATES:
        if req not in ids:
            errors.append(f"{req}: required state is missing")
        elif ids[req].get("kind") != "state":
            errors.append(f"{req}: must be a state")
    for req in ORGS:
        if req not in ids:
            errors.append(f"{req}: required organisation or bloc is missing")
        elif ids[req].get("kind") != ("bloc" if req in BLOCS else "igo"):
            errors.append(f"{req}: kind should be {'bloc' if req in BLOCS else 'igo'}")
    for req in NONSTATE:
        if req not in ids:
            errors.append(f"{req}: required non-state actor is missing")
        elif ids[req].get("kind") != "nonstate":
            errors.append(f"{req}: must be nonstate")
    for e in entries:
        for m in e.get("members", []):
            if m not in ids:
                errors.append(f"{e['id']}: member {m} is not a known actor")
        if "base" in e:
            if e.get("kind") != "nonstate":
                errors.append(f"{e['id']}: only non-state groups have a base")
            elif ids.get(e["base"], {}).get("kind") != "state":
                errors.append(f"{e['id']}: base {e['base']} is not a known state")
        elif e.get("kind") == "nonstate":
            errors.append(f"{e['id']}: a non-state group needs a base (the state it operates from)")

    # Offices: coverage and overlapping terms.
    for sid in G20_AND_SEED:
        roles = {l["role"] for l in ids.get(sid, {}).get("leaders", [])}
        for need in ("foreignMinister",):
            if need not in roles:
                warnings.append(f"{sid}: no {need} listed")
        if not roles & {"headOfState", "headOfGovernment"}:
            errors.append(f"{sid}: no head of state or government listed")
        if "defenceMinister" not in roles:
            warnings.append(f"{sid}: no defenceMinister listed")
    for e in entries:
        by_role = defaultdict(list)
        for l in e.get("leaders", []):
            by_role[l.get("role")].append(l)
        for role, ls in by_role.items():
            if role not in SINGLE_HOLDER:
                continue
            for i in range(len(ls)):
                for j in range(i + 1, len(ls)):
                    if overlaps(ls[i], ls[j]):
                        errors.append(f"{e['id']} {role}: terms of {ls[i]['name']} ({ls[i].get('from')}..{ls[i].get('to', '')})"
                                      f" and {ls[j]['name']} ({ls[j].get('from')}..{ls[j].get('to', '')}) overlap")

    # One person in office for two actors at once.
    people = defaultdict(list)
    for e in entries:
        for l in e.get("leaders", []):
            people[normalize(l["name"])].append((e["id"], l))
    for name, terms in people.items():
        for i in range(len(terms)):
            for j in range(i + 1, len(terms)):
                (a, la), (b, lb) = terms[i], terms[j]
                if a != b and overlaps(la, lb):
                    errors.append(f"{la['name']}: in office for {a} ({la['role']}) and {b} ({lb['role']}) at the same time")

    # Alias collisions between actors.
    readings = defaultdict(set)  # key -> {(actor, rank)}
    for e in entries:
        forms = [(e["id"], "id"), (e["name"], "name")] + [(n, "name") for n in e.get("names", [])]
        if e.get("capital"):
            forms.append((e["capital"], "capital"))
        forms += [(a, "adjective") for a in e.get("adjectives", [])] + [(m, "metonym") for m in e.get("metonyms", [])]
        for text, form in forms:
            key = normalize(text)
            if not key:
                errors.append(f"{e['id']}: alias {text!r} has no letters")
                continue
            readings[key].add((e["id"], RANK[form]))
            if key in COMMON_WORDS:
                warnings.append(f"{e['id']}: alias {text!r} is an ordinary English word (match it case-sensitively)")
    hard, soft = [], []
    for key, rs in sorted(readings.items()):
        actors = {a for a, _ in rs}
        if len(actors) < 2:
            continue
        best = min(r for _, r in rs)
        top = sorted({a for a, r in rs if r == best})
        line = f"{key!r}: " + ", ".join(f"{a}({[k for k, v in RANK.items() if v == r][0]})" for a, r in sorted(rs))
        (hard if len(top) > 1 else soft).append(line)
    person_aliases = defaultdict(list)
    for e in entries:
        for l in e.get("leaders", []):
            for text in [l["name"]] + l.get("aliases", []):
                key = normalize(text)
                person_aliases[key].append((e["id"], l))
                if key in COMMON_WORDS:
                    warnings.append(f"{e['id']}: officeholder alias {text!r} is an ordinary English word")
    for key, terms in sorted(person_aliases.items()):
        clash = set()
        for i in range(len(terms)):
            for j in range(i + 1, len(terms)):
                (a, la), (b, lb) = terms[i], terms[j]
                if a != b and overlaps(la, lb):
                    clash.add(f"{a}:{la['name']}")
                    clash.add(f"{b}:{lb['name']}")
        if clash:
            hard.append(f"{key!r} (officeholders at the same time): " + ", ".join(sorted(clash)))
        if key in readings:
            soft.append(f"{key!r}: officeholder of {sorted({a for a, _ in terms})} and actor form of "
                        f"{sorted({a for a, _ in readings[key]})}")
    for h in hard:
        errors.append("hard alias collision " + h)
    for s in soft:
        warnings.append("soft alias collision " + s)


def check_coordinates(path, entries, errors):
    try:
        with open(path, encoding="utf-8") as f:
            positions = json.load(f)["positions"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        errors.append(f"{path}: {exc}")
        return
    ids = {e.get("id") for e in entries}
    for key, value in positions.items():
        if key not in ids:
            errors.append(f"{path}: {key} is not a known actor")
        elif not (isinstance(value, list) and len(value) == 2 and -90 <= value[0] <= 90 and -180 <= value[1] <= 180):
            errors.append(f"{path}: {key}: expected [lat, lon], got {value!r}")
    for e in entries:
        if (e.get("kind") == "state" or e.get("seat")) and e.get("id") not in positions:
            errors.append(f"{path}: no position for {e.get('id')}")


def main(paths, coordinates=None):
    errors, warnings = [], []
    entries = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            return 1
        if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
            print(f'{path}: expected {{"actors": [...]}}', file=sys.stderr)
            return 1
        entries += data["actors"]
    check(entries, errors, warnings)
    if coordinates:
        check_coordinates(coordinates, entries, errors)
    for w in dict.fromkeys(warnings):
        print("warning:", w)
    for e in errors:
        print("error:", e)
    kinds = defaultdict(int)
    for e in entries:
        kinds[e.get("kind")] += 1
    holders = sum(len(e.get("leaders", [])) for e in entries)
    print(f"{len(entries)} actors ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}), "
          f"{holders} officeholder terms; {len(errors)} errors, {len(dict.fromkeys(warnings))} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    if sys.argv[1:]:
        sys.exit(main(sys.argv[1:]))
    sys.exit(main(["Data/actors.json"], coordinates="Data/coordinates.json"))
