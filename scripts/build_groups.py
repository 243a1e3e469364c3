"""Development-time builder of kg/gazetteer/groups_sourced.jsonl: armed groups and
intergovernmental organisations from maintained, licensed data, not from articles.

Sources (see kg/gazetteer/README.md for versions and licences):
- the PETRARCH2 CAMEO actor dictionaries (MIT): Phoenix.MilNonState.actors.txt (militant
  non-state actors, from START's TOPS) and the IGO entries of Phoenix.International.actors.txt;
- the UCDP Non-State Conflict and UCDP/PRIO Armed Conflict datasets (CC-BY 4.0): the
  names of the non-state sides.
Every name passes the filters below (ordinary words, generic descriptions, persons, places,
short acronyms) before it is written; hand-curated groups.jsonl keeps priority.
Run: .venv/bin/python scripts/build_groups.py SOURCES_DIR (README says how to fill it).
"""
from __future__ import annotations

import csv
import difflib
import functools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

GAZ = Path(__file__).resolve().parents[1] / "kg" / "gazetteer"
OUT = GAZ / "groups_sourced.jsonl"
sys.path.insert(0, str(GAZ.parents[1]))
from kg.gazetteer import normalise  # noqa: E402  (the loader's own folding)

#: Words that make a name the name of a group (English and transliterated).
GROUP_WORDS = {
    "army", "armies", "front", "movement", "brigade", "brigades", "force", "forces", "militia",
    "militias", "alliance", "organization", "organisation", "group", "party", "council",
    "command", "commando", "commandos", "cells", "nuclei", "faction", "league", "union",
    "liberation", "resistance", "jihad", "mujahideen", "mujahidin", "mujahedin", "lashkar",
    "jaish", "jaysh", "jeish", "harakat", "harakah", "hizb", "hizbul", "jamaat", "jamiat",
    "jama'at", "jamaa", "tehreek", "tehrik", "ansar", "ansaru", "kataib", "kata'ib", "liwa",
    "ejercito", "ejército", "fuerzas", "frente", "movimiento", "comando", "tanzim", "jabhat",
    "jabha", "brigada", "sipah", "tigers", "guerrilla", "guerrillas", "fighters", "defenders",
    "battalion", "battalions", "legion", "corps", "cartel", "congress", "coalition", "emirate",
    "division", "regiment", "squad", "squads", "guards", "guard", "vanguard", "fedayeen",
    "mujahid", "mujahedeen", "saraya", "katibat", "katiba", "fronte", "armata", "komando",
    "revolutionaries", "rebels", "insurgents", "self-defense", "self-defence", "autodefensas",
    "agency", "bank", "fund", "commission", "court", "tribunal", "community", "assembly",
    "parliament", "programme", "program", "mission", "secretariat", "treaty", "cooperation",
    "co-operation", "organisations", "organizations", "institute", "office",
}
#: Words that say only what kind of group ("National Liberation Army" names no one group).
GENERIC_WORDS = GROUP_WORDS | {
    "the", "of", "and", "for", "in", "on", "to", "a", "an", "de", "del", "la", "el", "y",
    "islamic", "national", "revolutionary", "popular", "people's", "peoples", "people",
    "united", "democratic", "free", "armed", "new", "red", "black", "white", "patriotic",
    "socialist", "communist", "marxist", "leninist", "maoist", "anarchist", "anarchists",
    "international", "world", "global", "unified", "independent", "independence", "freedom",
    "justice", "salvation", "defense", "defence", "unity", "holy", "martyrs", "martyr",
    "martyrs'", "muslim", "muslims", "arab", "christian", "anti-imperialist", "anti-fascist",
    "proletarian", "workers", "workers'", "youth", "students", "student", "federal", "central",
    "southern", "northern", "eastern", "western", "south", "north", "east", "west", "secret",
    "special", "security", "action", "struggle", "struggles", "armed", "fighting", "combatant",
    "combat", "support", "supporters", "committee", "committees", "iii", "ii", "iv", "one",
    "first", "second", "third", "great", "greater", "sacred", "sons", "soldiers", "god",
    "allah", "faith", "religion", "believers", "righteous", "truth", "victory", "conquest",
    "islam", "jihadist", "jihadi", "salafist", "mujahideen", "shura", "majlis", "army's",
    "regional", "economic", "development", "government", "governments", "human", "rights", "permanent", "joint", "general",
    "states", "nations", "countries", "war", "cooperation", "trade", "monetary", "commission",
}
#: Words of a name that say it is a person's office or a part of a body, not a body.
ROLE_WORDS = {"president", "secretary", "secretary-general", "chief", "envoy", "minister",
              "ministers", "monitor", "monitors", "resident", "representative", "spokesman",
              "spokeswoman", "director", "head", "official", "officials", "delegation",
              "contingent", "troops", "soldiers", "chairman", "member", "members", "staff",
              "leader", "leaders", "commander", "ambassador", "observer", "observers",
              "linked", "backed", "affiliated", "led", "supporters", "opponents", "faction",
              "initiative", "project", "conference", "summit", "meeting", "talks", "gang",
              "bodies", "countries"}
#: Source names that mostly mean something else in news: a square, a people, a mosque,
#: the Arabic word for "organisation".
NOT_GROUPS = {"Maidan", "Greenlanders", "Tanzim", "Istiqlal", "SAFERWORLD", "Saferworld", "Estados Unidos"}
#: How a person's name starts ("Abu Musab", "Sheikh Nasrallah").
PERSON_PREFIXES = ("abu ", "abou ", "sheikh ", "sheik ", "mullah ", "mulla ", "imam ", "sayyid ",
                   "sayyed ", "mohammed ", "muhammad ", "mohammad ", "ahmed ", "ali ", "abdul",
                   "abdel", "abd ", "ibn ", "bin ")
#: Words that make a group an armed one; others (party, congress, union) are Organisation.
ARMED_WORDS = {"army", "armies", "brigade", "brigades", "militia", "militias", "force", "forces",
               "front", "fighters", "guerrilla", "guerrillas", "commando", "commandos", "battalion",
               "battalions", "jihad", "mujahideen", "mujahidin", "mujahedin", "lashkar", "jaish",
               "jaysh", "tigers", "liberation", "cartel", "legion", "corps", "self-defense",
               "self-defence", "cells", "nuclei", "squad", "squads", "kataib", "liwa", "saraya",
               "ejercito", "fuerzas", "frente", "armata", "revolutionary", "resistance", "vanguard"}
#: Lower-case function words inside a title-cased name.
SMALL = {"of", "the", "and", "for", "in", "on", "to", "at", "by", "a", "an", "de", "del", "la",
         "le", "les", "des", "du", "di", "y", "e", "da", "do", "dos", "das", "wa", "wal", "fi",
         "li", "min", "ul", "ur", "al", "el", "ad", "ar", "as", "ash", "an-", "bi", "lil", "lid"}
#: Transliterated articles written lower case before a hyphen ("al-Sham", "Jamiat-ul-Ansar").
ARTICLES = {"al", "el", "ul", "ur", "ud", "ad", "ar", "as", "ash", "at", "az", "an", "e", "i", "wal"}
#: CAMEO region codes that name no one state.
REGIONS = {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR",
           "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF",
           "WST", "WEU", "INT", "KAS", "MUS", "KKL", "ARB", "IGO", "NGO", "MNC", "IMG"}
#: UCDP locations under their older names (the gazetteer's name after the arrow).
UCDP_PLACES = {"DR Congo (Zaire)": "Democratic Republic of the Congo", "Myanmar (Burma)": "Myanmar",
               "Yemen (North Yemen)": "Yemen", "Russia (Soviet Union)": "Russia",
               "Serbia (Yugoslavia)": "Serbia", "Madagascar (Malagasy)": "Madagascar",
               "Cambodia (Kampuchea)": "Cambodia", "Zimbabwe (Rhodesia)": "Zimbabwe",
               "Bosnia-Herzegovina": "Bosnia and Herzegovina", "Ivory Coast": "Ivory Coast"}


@functools.lru_cache(maxsize=1)
def _words() -> tuple[set[str], set[str]]:
    return english_words()


def english_words() -> tuple[set[str], set[str]]:
    """Lower-case words and capitalised names of /usr/share/dict/words (Debian's wamerican)."""
    words = Path("/usr/share/dict/words").read_text(encoding="utf-8").split()
    return {w for w in words if w.islower()}, {w for w in words if w[:1].isupper()}


def known_surfaces() -> tuple[dict[str, dict], set[str]]:
    """Folded surface -> hand-curated group record; folded names of states, places, demonyms."""
    groups: dict[str, dict] = {}
    for line in (GAZ / "groups.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            for surface in [record["name"], *record.get("aliases", ()), *record.get("ambiguous_aliases", ())]:
                groups.setdefault(normalise(surface), record)
    places: set[str] = set()
    for filename in ("countries.jsonl", "places.jsonl", "regions.jsonl"):
        for line in (GAZ / filename).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                for surface in [record["name"], *record.get("aliases", ()), *record.get("demonyms", ()),
                                *([record["capital"]] if record.get("capital") else []),
                                *record.get("capital_aliases", ())]:
                    places.add(normalise(surface))
    return groups, places


def country_names() -> dict[str, str]:
    """ISO 3166 alpha-3 code and gazetteer name -> the gazetteer's state name."""
    import pycountry
    names: dict[str, str] = {}
    for line in (GAZ / "countries.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        names[record["name"]] = record["name"]
        country = pycountry.countries.get(alpha_2=record.get("iso2", ""))
        if country is not None:
            names[country.alpha_3] = record["name"]
        for alias in record.get("aliases", ()):
            names.setdefault(alias, record["name"])
    return names


# ---- reading the PETRARCH2 dictionaries -------------------------------------------------

def petrarch_records(path: Path) -> list[dict]:
    """Actor records of a CAMEO actor dictionary: primary phrase, synonyms, codes."""
    records: list[dict] = []
    current: dict | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        phrase = re.sub(r"\[.*", "", line).strip()
        if raw[:1] in "\t " and not phrase:
            if current is not None:
                current["codes"] += codes
        elif phrase.startswith("+"):
            if current is not None:
                current["synonyms"].append(phrase[1:].strip())
                current["codes"] += codes
        else:
            current = {"name": phrase, "synonyms": [], "codes": codes}
            records.append(current)
    return records


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w.lower() not in SMALL)


def title_case(phrase: str, acronyms: set[str]) -> str:
    """An upper-case dictionary phrase ("ADEN_ABYAN_ISLAMIC_ARMY") as news writes it:
    title case, small words lower case, known acronyms and Roman numerals kept."""
    words = phrase.replace("_", " ").split()
    out = []
    for index, word in enumerate(words):
        out.append(_title_word(word, acronyms, first=index == 0))
    return " ".join(out)


def _title_word(word: str, acronyms: set[str], first: bool) -> str:
    if word in acronyms or re.fullmatch(r"[IVX]+", word):
        return word
    if re.fullmatch(r"\d+\w*", word):
        return word.lower()
    parts = word.split("-")
    cased = []
    for index, part in enumerate(parts):
        low = part.lower()
        if part in acronyms:
            cased.append(part)
        elif index < len(parts) - 1 and low in ARTICLES and not (first and index == 0):
            cased.append(low)
        elif index > 0 and low in ARTICLES:
            cased.append(low)
        elif low in SMALL and not first and len(parts) == 1:
            cased.append(low)
        else:
            cased.append(low[:1].upper() + low[1:] if low[:1].isalpha() else low[:2].upper() + low[2:] if low[:1] == "'" else low.capitalize())
    return "-".join(cased)


def _split_acronym(phrase: str) -> tuple[str, str | None]:
    """'BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_' -> ('BASQUE FATHERLAND AND FREEDOM', 'ETA')."""
    text = phrase.replace("_", " ").strip()
    match = re.search(r"\(([^)]*)\)\s*$", text)
    if not match:
        return text, None
    inner = match.group(1).strip()
    return text[:match.start()].strip(), inner


def _rebel_codes(record: dict) -> bool:
    """Whether a country dictionary entry is coded only as rebels, insurgents or separatists
    (no government or elite code: those are persons and parties in power)."""
    roles = {c.split()[0][3:6] for c in record["codes"] if c.strip()}
    return bool(roles) and roles <= {"REB", "INS", "SEP"}


def petrarch_groups(path: Path, states: dict[str, str], rebels_only: bool = False) -> list[dict]:
    """Militant non-state actors of Phoenix.MilNonState.actors.txt (or the rebel-coded
    entries of Phoenix.Countries.actors.txt) as raw group records."""
    out = []
    for record in petrarch_records(path):
        if rebels_only and not _rebel_codes(record):
            continue
        code = next((c.split()[0] for c in record["codes"] if c.strip()), "")
        country = states.get(code[:3]) if code[:3] not in REGIONS else None
        forms: list[tuple[str, str | None]] = []
        for phrase in [record["name"], *record["synonyms"]]:
            if "+" in phrase or "&" in phrase or "#" in phrase:
                continue
            body, inner = _split_acronym(phrase)
            if inner and inner.upper() == inner and " " not in inner and not inner.isdigit():
                forms.append((body, inner))
            elif inner:  # "(COLOMBIA)", "(KARATAS FACTION)": a gloss, not part of the name
                forms.append((body, None))
            else:
                forms.append((body, None))
        acronyms = {inner for _, inner in forms if inner and len(inner) <= 6}
        # a one-word form made of the initials of another form is an acronym too
        long_initials = {_initials(body.split()) for body, _ in forms if " " in body}
        acronyms |= {body for body, _ in forms if " " not in body and body.isalpha()
                     and len(body) <= 6 and any(body in i for i in long_initials)}
        names = [_petrarch_case(body, acronyms) for body, _ in forms]
        out.append({"names": [*dict.fromkeys([*names, *sorted(acronyms)])], "synonyms": set(names),
                    "type": "ArmedGroup", "country": country, "source": "petrarch2"})
    return out


def _petrarch_case(body: str, acronyms: set[str]) -> str:
    """A dictionary phrase cased as news writes it; a short one-word phrase that is no
    English word or name ("PKK", "AQAP") is an acronym and stays upper case."""
    if body in acronyms:
        return body
    if " " not in body and re.fullmatch(r"[A-Z]{2,5}(?:-[A-Z]{1,4})?", body) and \
            body.split("-")[0].lower() not in ARTICLES and \
            body.capitalize() not in _words()[1] and body.lower() not in _words()[0]:
        return body
    return title_case(body, acronyms)


def petrarch_igos(path: Path) -> list[dict]:
    """Intergovernmental organisations of Phoenix.International.actors.txt (codes IGO...)."""
    out = []
    for record in petrarch_records(path):
        codes = [c.strip() for c in record["codes"] if c.strip()]
        if not codes or not all(c.startswith("IGO") and " " not in c for c in codes):
            continue  # persons carry date-restricted codes; NGOs and companies other codes
        body, inner = _split_acronym(record["name"])
        acronym = inner if inner and inner.isupper() and " " not in inner else None
        if " " not in body and body.replace(".", "").replace("-", "").isalpha() and body.isupper():
            names = [body]  # "UNICEF", "ECOWAS": an acronym
        else:
            names = [title_case(body.replace(",", " ,").replace(" ,", ","), {acronym} if acronym else set())]
        if acronym:
            names.append(acronym)
        kind = "Coalition" if re.search(r"\b(?:ALLIANCE|COALITION|PACT)\b", body) else "Organisation"
        out.append({"names": names, "synonyms": set(names), "type": kind, "country": None,
                    "source": "petrarch2"})
    return out


# ---- reading the UCDP datasets ------------------------------------------------------------

def _is_acronym(name: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", name)
    return bool(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1) and " " not in name.strip()


def _expands(acronym: str, full: str) -> bool:
    """Whether `full` spells out `acronym`: every letter of the acronym starts a word of
    `full`, in any order, since an English name often translates a French or Spanish
    acronym ("FPRC": Popular Front for the Rebirth of the Central African Republic)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    initials = list(_initials(re.split(r"[\s\-/]+", full)).upper())
    for letter in letters:
        if letter not in initials:
            return False
        initials.remove(letter)
    return bool(letters) and " " in full


def ucdp_groups(nonstate: Path, acd: Path, states: dict[str, str]) -> list[dict]:
    """Single named non-state sides of the UCDP Non-State (organised groups only, not
    supporters of a party or communal identity groups) and UCDP/PRIO Armed Conflict data."""
    out = []
    with nonstate.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if row["org"] != "1":
                continue
            for side in "ab":
                name = row[f"side_{side}_name"].strip()
                full = re.sub(r"\s+", " ", row[f"side_{side}_name_fulltext"]).strip()
                if "," in name or "," in full:
                    continue
                names = [name]
                if _is_acronym(name) and full not in ("n/a", name) and _expands(name, full):
                    names = [full, name]
                out.append({"names": names, "type": "ArmedGroup",
                            "country": _ucdp_country(row["location"], states), "source": "ucdp"})
    with acd.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            name = row["side_b"].strip()
            if "," in name or name.startswith(("Government of", "Military faction", "Forces of")):
                continue
            out.append({"names": [name], "type": "ArmedGroup",
                        "country": _ucdp_country(row["location"], states), "source": "ucdp"})
    return out


def _ucdp_country(location: str, states: dict[str, str]) -> str | None:
    if "," in location:
        return None
    location = location.strip()
    return states.get(UCDP_PLACES.get(location, location))


# ---- filtering and merging ----------------------------------------------------------------

class Filter:
    """Decides which surface forms may stand for a group alone, and which only for reference."""

    def __init__(self, places: set[str]) -> None:
        self.words, self.proper = _words()
        self.places = places

    def synonym_verdict(self, surface: str, names: list[str]) -> str:
        """A dictionary synonym without a group word ("Nasrallah", "Al-Aqsa") is often a
        leader or a place tied to the group: it is kept only as a spelling of another name."""
        verdict = self.verdict(surface)
        if verdict != "keep" or _is_acronym(surface) or \
                any(w.lower().strip("'") in GROUP_WORDS for w in surface.split()):
            return verdict
        key = _letters(surface)
        if " " not in surface and surface == names[0] and \
                ("-" in surface or any(_is_acronym(n) or n != surface and self.verdict(n) == "keep" for n in names[1:])):
            return verdict  # a one-word name the entry's other names confirm is a group's
        models = [n for n in names if n != surface and not _is_acronym(n) and
                  any(w.lower().strip("'") in GROUP_WORDS for w in n.split())]
        return "keep" if any(_similar(surface, n) for n in models) else "drop"

    def verdict(self, surface: str) -> str:
        """'keep', 'ambiguous' (a short acronym: kept for reference only) or 'drop'."""
        text = surface.strip().strip(".,;:'\"-")
        if len(text) < 3 or not re.search(r"[A-Za-z]", text) or re.search(r"[()\[\]/\\&#]", text):
            return "drop"
        if text in NOT_GROUPS or re.search(r"\b(?:Republic of|State of|Sultanate of|Province of)\b|^\S+ Republic$", text):
            return "drop"  # a self-proclaimed state is a place in news ("in Somaliland") too
        if text.lower().startswith(("the ", "forces of ", "supporters of ")) or " - " in text \
                or "ACUTE" in text.upper():
            return "drop"
        if any(w.islower() and w not in SMALL and w.split("-")[0] not in ARTICLES
               for w in text.split()[1:]):
            return "drop"  # "Sikh insurgents", "Presidential guard": a description
        words = re.split(r"\s+", text)
        lower = [w.lower() for w in words]
        if any(w.strip("'") in ROLE_WORDS for w in lower):
            return "drop"
        if normalise(text) in self.places or normalise(text).lower() in self.places:
            return "drop"
        if len(words) == 1:
            return self._one_word(text)
        if all(w.strip("'") in GENERIC_WORDS or w[:1].isdigit() for w in lower):
            return "drop"  # "National Liberation Army", "Islamic Group": a description
        if not any(w.strip("'") in GROUP_WORDS or "-" in w for w in lower) and \
                all(w.strip("'") in self.words or w[:1].isdigit() or w in self.proper for w in words):
            return "drop"  # "Black Friday", "Burning Path", a person's name
        if not any(w.strip("'") in GROUP_WORDS for w in lower) and len(words) <= 3 and \
                all(w[:1].isupper() for w in words) and any(w in self.proper for w in words):
            return "drop"  # "Hassan Nasrallah", "Mohammed Deif": a person, not a group
        return "keep"

    def _one_word(self, text: str) -> str:
        if _is_acronym(text):
            letters = re.sub(r"[^A-Za-z]", "", text)
            if text.lower() in self.words or text.capitalize() in self.proper:
                return "drop"  # "MODEL", "CARE"
            return "ambiguous" if len(letters) <= 3 else "keep"
        base = text.split("-")
        if text.lower() in self.words or text in self.proper or text.lower().rstrip("s") in self.words \
                or any(p.lower() in self.words for p in base if len(base) > 1 and len(p) > 3):
            return "drop"  # "Outlaws", "Union", "Maidan", "Contras"
        return "keep"


def _full_name(record: dict) -> str | None:
    """The first name of a source entry that is not an acronym, folded; None if it has none."""
    full = [n for n in record["names"] if not _is_acronym(n) and record["verdicts"][n] == "keep"]
    return normalise(full[0]) if full else None


def _similar(one: str, other: str) -> bool:
    """Whether two names are spellings of one name ("Hezballah", "Hizbullah")."""
    return difflib.SequenceMatcher(None, _letters(one), _letters(other)).ratio() >= 0.8


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", re.sub(r"^(?:al|el|the)[\s-]", "", text.lower()))


def merge(raw: list[dict], hand: dict[str, dict], keep: Filter) -> list[dict]:
    """One record per group: raw records sharing a kept surface are merged unless their
    countries differ (then the surface is ambiguous and dropped from both); a record that
    shares a surface with a hand-curated group adds its new surfaces to that group."""
    owners: dict[str, list[int]] = defaultdict(list)
    verdicts: dict[str, str] = {}
    for index, record in enumerate(raw):
        record["verdicts"] = {}
        for name in record["names"]:
            if name in record.get("synonyms", ()):
                record["verdicts"][name] = keep.synonym_verdict(name, record["names"])
            else:
                record["verdicts"][name] = verdicts.setdefault(name, keep.verdict(name))
            if record["verdicts"][name] == "keep":
                owners[normalise(name)].append(index)
    shared_by_rivals = {key for key, idx in owners.items()
                        if len({raw[i]["country"] for i in idx if raw[i]["country"]}) > 1
                        and len({_full_name(raw[i]) for i in idx} - {None}) > 1}
    parent = list(range(len(raw)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for key, idx in owners.items():
        if key in shared_by_rivals:
            continue
        for i in idx[1:]:
            parent[find(i)] = find(idx[0])
    clusters: dict[int, list[int]] = defaultdict(list)
    for index in range(len(raw)):
        clusters[find(index)].append(index)
    records = []
    for members in clusters.values():
        record = _cluster_record([raw[i] for i in members], shared_by_rivals, hand)
        if record is not None:
            records.append(record)
    records = _join_acronyms(_unique_surfaces(records))
    taken = set(hand) | {normalise(s) for r in records for s in [r["name"], *r["aliases"]]}
    for record in records:  # a form another group is known by is not this group's reference
        if "ambiguous_aliases" in record:
            record["ambiguous_aliases"] = [a for a in record["ambiguous_aliases"] if normalise(a) not in taken]
            if not record["ambiguous_aliases"]:
                del record["ambiguous_aliases"]
    return records


def _join_acronyms(records: list[dict]) -> list[dict]:
    """An entry known only by an acronym ("ULFA") joins the one entry whose full name it
    spells exactly, word by word ("United Liberation Front of Assam"), in the same state."""
    by_initials: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        if "sources" in record and not _is_acronym(record["name"]):
            for name in [record["name"], *record["aliases"]]:
                if not _is_acronym(name):
                    by_initials[_initials(re.split(r"[\s\-/]+", name)).upper()].append(record)
    out = []
    for record in records:
        letters = re.sub(r"[^A-Z]", "", record["name"])
        lone = "sources" in record and _is_acronym(record["name"]) and \
            all(_is_acronym(a) for a in record["aliases"])
        matches = {id(r): r for r in by_initials.get(letters, ())} if lone and len(letters) >= 4 else {}
        matches = {k: r for k, r in matches.items()
                   if not (r.get("country") and record.get("country")) or r["country"] == record["country"]}
        if len(matches) == 1:
            target = next(iter(matches.values()))
            target["aliases"] += [s for s in [record["name"], *record["aliases"]] if s not in target["aliases"]]
            target["sources"] = sorted({*target["sources"], *record["sources"]})
            target.setdefault("country", record.get("country"))
            if target["country"] is None:
                del target["country"]
            continue
        out.append(record)
    return out


def _cluster_record(members: list[dict], rivals: set[str], hand: dict[str, dict]) -> dict | None:
    names = [n for m in members for n in m["names"] if m["verdicts"][n] != "drop"]
    kept = [n for n in dict.fromkeys(names) if normalise(n) not in rivals
            and all(m["verdicts"].get(n, "keep") == "keep" for m in members)]
    ambiguous = [n for n in dict.fromkeys(names) if n not in kept]
    unique = [n for n in dict.fromkeys(names) if all(m["verdicts"].get(n, "keep") == "keep" for m in members)]
    known = next((hand[normalise(n)] for n in unique if normalise(n) in hand), None)
    if known is not None:  # a hand-curated group gains only spellings of its own names
        own = [known["name"], *known.get("aliases", ())]
        new = [n for n in kept if normalise(n) not in hand and
               any(_similar(n, o) for o in own if not _is_acronym(o))]
        if not new:
            return None
        record = {"name": known["name"], "type": known["type"], "aliases": new}
        if known.get("country"):
            record["country"] = known["country"]
        return record
    if not kept:
        return None
    kept = list(dict.fromkeys(v for n in kept for v in (n, *_spellings(n))))
    full = [n for n in kept if not _is_acronym(n)]
    name = max(full or kept, key=lambda n: (sum(m["names"][:1] == [n] for m in members), len(n.split()) <= 8, -len(n)))
    countries = {m["country"] for m in members if m["country"]}
    kinds = {m["type"] for m in members}
    record = {"name": name, "type": _kind(kinds, kept),
              "aliases": [n for n in kept if n != name]}
    if ambiguous:
        record["ambiguous_aliases"] = ambiguous
    if len(countries) == 1:
        record["country"] = countries.pop()
    record["sources"] = sorted({m["source"] for m in members})
    return record


#: British and American spellings of words in group names; news uses both.
SPELLINGS = (("Defence", "Defense"), ("Organisation", "Organization"), ("Organisations", "Organizations"))


def _spellings(name: str) -> tuple[str, ...]:
    """The other spelling of a name with a British or American word ("Defense Force")."""
    out = []
    for one, other in SPELLINGS:
        for a, b in ((one, other), (other, one)):
            if re.search(rf"\b{a}\b", name):
                out.append(re.sub(rf"\b{a}\b", b, name))
    return tuple(out)


def _kind(kinds: set[str], names: list[str]) -> str:
    """ArmedGroup for a militant source entry unless its names say a party, congress or
    union ("African National Congress") and nothing armed; IGOs as their source says."""
    if "ArmedGroup" not in kinds:
        return sorted(kinds)[0]
    words = {w.lower().strip("'") for n in names for w in re.split(r"[\s-]+", n)}
    political = {"party", "congress", "union", "league", "foundation", "association", "committee",
                 "council", "organization", "organisation", "movement", "community", "society"}
    return "Organisation" if words & political and not words & ARMED_WORDS else "ArmedGroup"


def _unique_surfaces(records: list[dict]) -> list[dict]:
    """A folded surface belongs to one record: the first (hand-linked records first)."""
    records.sort(key=lambda r: ("sources" in r, r["name"].lower()))
    claimed: set[str] = set()
    out = []
    for record in records:
        own = [s for s in [record["name"], *record["aliases"]] if normalise(s) not in claimed]
        if "sources" in record and record["name"] not in own:
            continue
        claimed.update(normalise(s) for s in own)
        record["aliases"] = [s for s in own if s != record["name"]]
        if "sources" in record or record["aliases"]:
            out.append(record)
    return out


def main(sources: Path) -> None:
    hand, places = known_surfaces()
    states = country_names()
    raw = (petrarch_groups(sources / "Phoenix.MilNonState.actors.txt", states)
           + petrarch_groups(sources / "Phoenix.Countries.actors.txt", states, rebels_only=True)
           + petrarch_igos(sources / "Phoenix.International.actors.txt")
           + ucdp_groups(sources / "ucdp-nonstate-221.csv", sources / "ucdp-prio-acd-221.csv", states))
    records = merge(raw, hand, Filter(places))
    with OUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{OUT.name}: {len(records)} records from {len(raw)} source entries")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/group-sources"))
