"""Known states, cities, armed groups and organisations, read from the shipped JSONL files.

The extraction engine resolves surface forms to canonical names through `load()`;
the same data feeds a spaCy `entity_ruler` so names the small model misses are tagged.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from kg.cache import pickled, source_key
from kg.errors import InputError
from kg.events import ENTITY_TYPES
from kg.hashing import extractor_fingerprint

#: Data files in load order: an earlier file wins when two entries share a surface form.
DATA_FILES = ("countries.jsonl", "groups.jsonl", "groups_sourced.jsonl", "places.jsonl", "regions.jsonl")
#: Other places a known name can mean, for context to choose (scripts/build_homonyms.py).
HOMONYMS_FILE = "homonyms.jsonl"

#: Ruler label per entity type; demonyms are always NORP.
RULER_LABELS = {"State": "GPE", "City": "GPE", "Region": "GPE", "Place": "GPE",
                "Facility": "FAC", "ArmedGroup": "ORG", "Organisation": "ORG",
                "Coalition": "ORG", "Person": "PERSON"}

GEONAMES = "https://sws.geonames.org/{}/"
WIKIDATA = "http://www.wikidata.org/entity/{}"

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2013": "-", "\u2014": "-"})
_DROP = re.compile(r"[.'\u02bc\u02bb]")
_SPACE = re.compile(r"[\s\-_/,()]+")
_ACRONYM_MAX = 6
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True)
class GazEntry:
    """One known entity: canonical name, kind, surface forms and external identifiers."""

    name: str
    type: str  # one of kg.events.ENTITY_TYPES
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    country: str | None = None  # the state a city or group belongs to
    same_as: tuple[str, ...] = ()  # GeoNames and Wikidata IRIs
    ambiguous: bool = False
    ambiguous_aliases: tuple[str, ...] = ()  # too ambiguous to match alone ("IS"); never indexed


@dataclass(frozen=True)
class Homonym:
    """Another place a known name can mean: its own canonical name ("Tripoli, Lebanon"),
    kind, the state it lies in, and its external identifiers."""

    name: str
    type: str
    country: str
    same_as: tuple[str, ...] = ()


def fold_typography(text: str) -> str:
    """Curly quotes and apostrophes as straight ones, dashes as hyphens: one surface however
    typeset ("Kata\u2019ib" is "Kata'ib")."""
    return text.translate(_FOLD)


def normalise(surface: str) -> str:
    """Fold a surface form to its lookup key: no leading "the", accents, dots, apostrophes
    or hyphens; lower case unless it is a short all-capitals acronym ("US" but not "us")."""
    text = surface.translate(_FOLD).strip()
    text = _LEADING_THE.sub("", text)
    if not text.isascii():  # ASCII has no accents to take off (NFKD leaves it as it is)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACE.sub(" ", _DROP.sub("", text)).strip()
    letters = text.replace(" ", "")
    if letters.isupper() and len(letters) <= _ACRONYM_MAX:
        return letters
    return text.lower()


#: Compass words headlines abbreviate before a state's name ("N. Korea", "C.African Republic").
_COMPASS_ABBREVIATIONS = {"North": "N", "South": "S", "East": "E", "West": "W", "Central": "C"}
_BARE_INITIALS = {"N", "S"}


def abbreviated(surface: str) -> tuple[str, ...]:
    """A state's name or demonym with its leading compass word cut to an initial, the way
    headlines write it: "S. Korean", "S.Korean", "N. Korea"; none for other names. Without the
    dot only N and S ("S Sudan"): a bare "C" or "E" is a group's or a grade's letter as often."""
    first, _, rest = surface.partition(" ")
    initial = _COMPASS_ABBREVIATIONS.get(first)
    if not (initial and rest):
        return ()
    bare = (f"{initial} {rest}",) if initial in _BARE_INITIALS else ()
    return (f"{initial}. {rest}", f"{initial}.{rest}", *bare)


def _surfaces(entry: GazEntry) -> tuple[str, ...]:
    names = (entry.name, *entry.aliases)
    if entry.type != "State":
        return names
    return names + tuple(a for name in names for a in abbreviated(name))


def _demonyms(entry: GazEntry) -> tuple[str, ...]:
    return entry.demonyms + tuple(a for word in entry.demonyms for a in abbreviated(word))


class Gazetteer:
    """Indexes over the entries: exact and normalised names, demonyms, capitals."""

    def __init__(self, entries: list[GazEntry],
                 capital_aliases: dict[str, tuple[str, ...]] | None = None,
                 homonyms: dict[str, tuple[Homonym, ...]] | None = None) -> None:
        self.entries = entries
        self._capital_aliases = capital_aliases or {}
        self._homonyms = homonyms or {}
        self._by_name: dict[str, GazEntry] = {e.name: e for e in reversed(entries)}
        self._exact: dict[str, GazEntry] = {}
        self._folded: dict[str, GazEntry] = {}
        self._demonyms: dict[str, GazEntry] = {}
        self._capitals: dict[str, GazEntry] = {}
        self._plain_shorts: dict[str, dict[str, GazEntry]] = {}
        self._plain_shorts_read = False
        for entry in entries:
            self._index(entry)

    def _index(self, entry: GazEntry) -> None:
        for surface in _surfaces(entry):
            self._exact.setdefault(surface, entry)
            self._folded.setdefault(normalise(surface), entry)
        for word in _demonyms(entry):
            self._demonyms.setdefault(word, entry)
        if entry.type == "State" and entry.capital:
            for surface in (entry.capital, *self._capital_aliases.get(entry.name, ())):
                self._capitals.setdefault(surface, entry)

    def lookup(self, surface: str) -> GazEntry | None:
        """The entry named or aliased `surface`, exactly or after `normalise`; no demonyms."""
        hit = self._exact.get(surface.strip())
        if hit is not None:
            return hit
        key = normalise(surface)
        return self._folded.get(key) or self._folded.get(key.lower())

    def demonym(self, word: str) -> GazEntry | None:
        """The state whose demonym `word` is ("Syrian", "Syrians" -> Syria); case-sensitive."""
        return self._demonyms.get(word.strip())

    def capital_of(self, city: str) -> GazEntry | None:
        """The state whose capital `city` is ("Kiev" -> Ukraine), else None."""
        hit = self._capitals.get(city.strip())
        if hit is not None:
            return hit
        entry = self.lookup(city)
        return self._capitals.get(entry.name) if entry is not None else None

    def plain_short_forms(self, country: str) -> dict[str, GazEntry]:
        """The ambiguous aliases of the entries lying in `country` that are plain words
        ("Maoists"), each to its entry (the last entry wins a shared alias); read for every
        country at once on first use, as every document set in a country asks again."""
        if not self._plain_shorts_read:  # every country's in one pass over the entries
            for entry in self.entries:
                for alias in entry.ambiguous_aliases:
                    if entry.country is not None and alias.isalpha() and not alias.isupper():
                        self._plain_shorts.setdefault(entry.country, {})[alias] = entry
            self._plain_shorts_read = True
        return self._plain_shorts.get(country, {})

    def homonyms(self, name: str) -> tuple[Homonym, ...]:
        """The other places the canonical name `name` can mean (homonyms.jsonl)."""
        return self._homonyms.get(name, ())

    def country_of(self, place: str) -> GazEntry | None:
        """The state a city or group belongs to ("Mosul" -> Iraq); a state is its own."""
        entry = self.lookup(place)
        if entry is None:
            return None
        if entry.type == "State":
            return entry
        return self._by_name.get(entry.country) if entry.country else None

    def ruler_patterns(self) -> list[dict]:
        """spaCy `entity_ruler` phrase patterns: names and aliases under their type's label,
        demonyms as NORP; `id` is the canonical name. Ambiguous aliases are never included."""
        patterns: list[dict] = []
        seen: set[str] = set()
        for entry in self.entries:
            label = RULER_LABELS[entry.type]
            for surface in _surfaces(entry):
                if surface not in seen:
                    seen.add(surface)
                    patterns.append({"label": label, "pattern": surface, "id": entry.name})
            for word in _demonyms(entry):
                if word not in seen:
                    seen.add(word)
                    patterns.append({"label": "NORP", "pattern": word, "id": entry.name})
        return patterns


def _same_as(record: dict) -> tuple[str, ...]:
    iris = []
    if record.get("geonames"):
        iris.append(GEONAMES.format(record["geonames"]))
    if record.get("wikidata"):
        iris.append(WIKIDATA.format(record["wikidata"]))
    return tuple(iris)


def _entry(record: dict) -> GazEntry:
    if record["type"] not in ENTITY_TYPES:
        raise ValueError(f"type {record['type']!r} of {record['name']!r} is not one of "
                         f"{', '.join(ENTITY_TYPES)}")
    return GazEntry(
        name=record["name"], type=record["type"],
        aliases=tuple(record.get("aliases", ())),
        demonyms=tuple(record.get("demonyms", ())),
        capital=record.get("capital"), country=record.get("country"),
        same_as=_same_as(record), ambiguous=bool(record.get("ambiguous", False)),
        ambiguous_aliases=tuple(record.get("ambiguous_aliases", ())),
    )


def _homonym(record: dict) -> Homonym:
    if record["type"] not in ENTITY_TYPES:
        raise ValueError(f"type {record['type']!r} of {record['homonym']!r} is not one of "
                         f"{', '.join(ENTITY_TYPES)}")
    return Homonym(record["homonym"], record["type"], record["country"], _same_as(record))


def _read(filename: str, make=_entry) -> list[tuple]:
    """Entries of one data file, each with its raw record; a bad line names file and line."""
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            rows.append((make(record), record))
        except (ValueError, KeyError, TypeError) as err:
            raise InputError(f"kg/gazetteer/{filename}:{number}: bad entry ({err}); "
                             "each line must be a JSON object with name and type") from err
    return rows


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer built from every shipped data file (read once per process, and
    kept pickled between runs under the key of the extractor's code and data files, its
    fingerprint, which the content hashes use too)."""
    return pickled("gazetteer", source_key([extractor_fingerprint().encode()]), _built, Gazetteer)


def _built() -> Gazetteer:
    """The gazetteer read from the shipped data files."""
    entries: list[GazEntry] = []
    capital_aliases: dict[str, tuple[str, ...]] = {}
    for filename in DATA_FILES:
        for entry, record in _read(filename):
            entries.append(entry)
            if record.get("capital_aliases"):
                capital_aliases[entry.name] = tuple(record["capital_aliases"])
    homonyms: dict[str, tuple[Homonym, ...]] = {}
    for homonym, record in _read(HOMONYMS_FILE, _homonym):
        homonyms[record["name"]] = (*homonyms.get(record["name"], ()), homonym)
    return Gazetteer(entries, capital_aliases, homonyms)
