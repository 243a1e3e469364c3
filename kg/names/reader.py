"""Names, the entities one document names: the NER's spans read through the gazetteer
(or given a guessed kind), then every reading of the package in its order, and what the
resolver asks of the result (every entity, whether one is a company)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from kg.events import Entity
from kg.gazetteer import GazEntry
from kg.lexicon import any_of, words
from kg.names.acronyms import Acronyms
from kg.names.groups import GroupNames
from kg.names.places import PlaceNames
from kg.names.sources import Sources
from kg.names.surface import (GROUP_WORDS, clean_surface, heads_a_group_noun, is_force_unit, is_numbered_unit,
                              office_words_only, person_titles)

#: NER labels that can name a participant, and the entity kind an unknown name gets.
NER_TYPES = {"GPE": "Place", "LOC": "Region", "FAC": "Facility", "ORG": "Organisation",
             "PERSON": "Person", "NORP": None}


@dataclass
class Names(PlaceNames, GroupNames, Acronyms, Sources):
    """The entities one document names, by token, with every surface form seen."""

    def __post_init__(self) -> None:
        self._read_tokens()
        for ent in self.ents:
            for side in _coordinated_names(ent):
                entity = self._entity_for_span(side)
                if entity is not None:
                    for token in side:
                        self.by_token[token.i] = entity
        self._read_titled_fighters()
        self._read_linked_names()
        self._join_of_names()
        self._read_place_names()
        self._read_city_sides()
        self._read_located_names()
        self._read_placed_names()
        self._read_repeats()
        self._read_called_names()
        self._read_group_names()
        self._read_peoples()
        self._read_company_prefixes()
        self._read_compass_states()
        self._read_name_suffixes()
        self._read_name_prefixes()
        self._read_definitions()
        self._read_spelt_acronyms()
        self._read_short_aliases()
        self._link_short_names()
        self._read_member_words()
        self._read_country_qualified()
        self._read_sources()

    def _entity_for_span(self, span: Span) -> Entity | None:
        if span.label_ not in NER_TYPES:
            return None
        surface = clean_surface(span)
        if not surface or not any(ch.isupper() for ch in surface) and not span.ent_id_:
            return None  # a lower-case word is no name, unless the gazetteer spells it so ("peshmerga")
        if " " not in surface and surface.lower() in words("NOT_NAMES") and not span.ent_id_:
            return None  # "Secretary of State", "the Council": a title word, not a name
        if " " not in surface and surface.lower() in _person_title_words() and not span.ent_id_:
            return None  # "Chinese State Councillor and Minister X": a person's title alone names no one
        if " " in surface and not span.ent_id_ and office_words_only(surface) and \
                self.gazetteer.lookup(surface) is None:
            return None  # "the Armenian Armed Forces", "the Minister of Foreign Affairs of X": an office, no name
        if "-" in surface and surface.split("-")[0].lower() in words("STANCE_PREFIXES") and not span.ent_id_:
            return None  # "pro-Assad forces", "anti-Houthi tribesmen": for or against a name, no name
        if span.ent_id_:
            entry = self.gazetteer.lookup(span.ent_id_)
            if entry is not None:
                return self.from_gazetteer(entry, surface)
        if span.label_ == "ORG" and any(t.lower_ in words("STATE_BODY_WORDS") for t in span) and \
                self.gazetteer.lookup(surface) is None:
            return None  # "Russia's Defense Ministry", "the Ministry of Interior": a state's body, read as "the ministry"
        if _compass_adjective(span) and self.gazetteer.lookup(surface) is None:
            return None  # "a village in the North-eastern state": which part, not a place's name
        if span.label_ == "ORG" and _generic_government(span) and self.gazetteer.lookup(surface) is None:
            return None  # "Somalia's Federal Government", "the Central Government": read as "the federal government"
        if span.label_ == "ORG" and (is_numbered_unit(span.root) or is_force_unit(span)):
            return None  # "the 6th Infantry Division", "33rd Front of the ...", "the army's X Task Force"
        if span.label_ == "NORP":
            entry = self.gazetteer.demonym(surface) or self.gazetteer.lookup(surface)
            return self.from_gazetteer(entry, surface) if entry else None
        entry = self.gazetteer.lookup(surface) or self._demonym_body(span)
        if entry is not None and not _acronym_of_no_place(span, surface, entry):
            return self.from_gazetteer(entry, surface)
        return self._remember(Entity(surface, self._guess_type(span, surface)), surface)

    def _demonym_body(self, span: Span) -> GazEntry | None:
        """"Somali National Army", "Iraqi government": a state body named by its demonym."""
        first = span[0] if span[0].lower_ != "the" else span[1:2][0] if len(span) > 1 else None
        rest = {t.lower_ for t in span if t.i != (first.i if first else -1)} - {"the", "national"}
        if first is None or not rest or not rest <= any_of("STATE_FORCE_NOUNS", "STATE_FORCE_MODIFIERS"):
            return None
        entry = self.gazetteer.demonym(first.text)
        return entry if entry is not None and entry.type == "State" else None

    @staticmethod
    def _guess_type(span: Span, surface: str) -> str:
        kind = NER_TYPES[span.label_] or "Organisation"
        if kind == "Organisation" and len(surface.split()) >= 2 and _after_a_title(span):
            return "Person"  # "group spokesperson Jean Kabila": the NER took the title's name for an organisation
        if kind == "Organisation" and any(w.lower().rstrip(".,") in words("COMPANY_WORDS") for w in surface.split()):
            return kind  # "International Airlines Group", "Nissan Motor Co Ltd": a company
        if kind == "Organisation" and any(w in surface.split() for w in GROUP_WORDS):
            return "ArmedGroup"
        if kind in ("Person", "Organisation") and _after_a_group_noun(span):
            return "ArmedGroup"  # "the rebel group X al-Y", "the terrorist group Z": the title says an armed group
        if kind in ("Person", "Organisation", "Place") and heads_a_group_noun(span):
            return "ArmedGroup"  # "the Fatimiyoun group", "the Maute militia": a name heading a group noun names a group
        if kind == "Place" and span.root.head.lower_ in words("PLACE_NOUNS"):
            return "City" if span.root.head.lower_ in words("CITY_DESCRIPTIONS") else "Region"
        return kind

    def _read_repeats(self) -> None:
        """A one-word name the NER tagged once and missed again (inside quotes, at the
        start of a line) is the same entity wherever the text repeats it."""
        known = {e.name: e for e in self.by_token.values()
                 if " " not in e.name and e.type in ("City", "Region", "Place", "State", "ArmedGroup", "Organisation")}
        for i, text in enumerate(self.texts):
            entity = known.get(text)
            if entity is not None and i not in self.by_token and self.tokens[i].pos_ == "PROPN":
                self.by_token[i] = entity

    def _link_short_names(self) -> None:
        """"Harf said", "Kabila met": a surname alone names the person the text named in
        full, whatever kind the NER guessed for it (the nearest one before, else after)."""
        people = [(start, entity) for start, _, entity in self._spans()
                  if entity.type == "Person" and len(entity.name.split()) >= 2]
        for start, end, entity in self._spans():
            if entity.type in ("State", "City", "Facility") or self.gazetteer.lookup(entity.name) is not None:
                continue  # "the town of X" is a town even when a person is called "... X"
            if self._split_pair(start, end, entity, people):
                continue
            short = entity.name.split()
            matches = [(p_start, person) for p_start, person in people if person != entity
                       and len(short) < len(person.name.split()) and person.name.split()[-len(short):] == short]
            if not matches:
                continue
            before = [m for m in matches if m[0] < start]
            person = (before[-1] if before else matches[0])[1]
            for i in range(start, end):
                self.by_token[i] = person
            self._remember(person, entity.name)
            self._forget_unused(entity)
        surnames = {person.name.split()[-1]: person for _, person in people}
        for i, text in enumerate(self.texts):  # "attended by Okoro and Mbeki": a surname the NER read as no name at all
            person = surnames.get(text)
            if person is None or i in self.by_token:
                continue
            token = self.tokens[i]
            if token.pos_ == "PROPN" and token.ent_type_ in ("", "NORP") and self.gazetteer.lookup(text) is None:
                self.by_token[i] = person

    def _split_pair(self, start: int, end: int, entity: Entity, people: list[tuple[int, Entity]]) -> bool:
        """"the meeting between Okafor and Mbeki": a name the NER ran across "and" whose two
        sides are each the surname of a person the text named in full names those two people."""
        ands = [i for i in range(start + 1, end - 1) if self.tokens[i].lower_ == "and"]
        if len(ands) != 1:
            return False
        cut = ands[0]
        sides = ((start, cut), (cut + 1, end))
        found = []
        for left, right in sides:
            short = [self.texts[i] for i in range(left, right)]
            match = [p for _, p in people if p.name.split()[-len(short):] == short]
            if not match:
                return False
            found.append(match[0])
        for (left, right), person in zip(sides, found):
            for i in range(left, right):
                self.by_token[i] = person
            self._remember(person, " ".join(self.texts[left:right]))
        del self.by_token[cut]
        self._forget_unused(entity)
        return True

    def is_company(self, entity: Entity) -> bool:
        """A company: its name has a company word ("Airlines", "Motor Co", "Ltd"), or it is
        the short form of such a name in this document ("Nissan" beside "Nissan Motor Co")."""
        if entity.type not in ("Organisation", "ArmedGroup"):
            return False
        def company(name: str) -> bool:
            """A company name: a company word ("Ltd", "Corp") after its first word."""
            return any(w.lower().rstrip(".,") in words("COMPANY_WORDS") for w in name.split()[1:])
        if company(entity.name) or entity.name.split()[0].lower() in words("COMPANY_PREFIXES"):
            return True  # "Acme Motor Co", "Air Chad"
        return any(company(other) and other.startswith(entity.name + " ") for other in self.entities)

    def all_entities(self) -> tuple[Entity, ...]:
        """Every entity named in the document, with the surface forms seen as aliases."""
        out = []
        for name, entity in self.entities.items():
            aliases = tuple(sorted(s for s in self.surfaces.get(name, ()) if s != name))
            out.append(Entity(entity.name, entity.type, aliases, entity.same_as))
        return tuple(out)


#: NER labels under which the small model runs one name across "and" into the next.
PAIRED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})


def _coordinated_names(span: Span) -> list[Span]:
    """"the villages of Amberley and Brookfield", "the islands of Ferrel and Osgood": an
    unknown NER span of two one-word names joined by "and" after a place noun and "of"
    names two places (elsewhere it may be one name: "Law and Justice")."""
    if span.label_ not in PAIRED_LABELS or span.ent_id_ or len(span) != 3 or span[1].lower_ != "and":
        return [span]
    first, last = span[0], span[2]
    if not (first.text[:1].isupper() and last.text[:1].isupper()) or last.text in GROUP_WORDS:
        return [span]
    of = first.head
    if not (of.lower_ == "of" and of.head.lemma_.lower() in words("PLACE_NOUNS") and of.head.i < first.i):
        return [span]
    doc = span.doc
    return [Span(doc, first.i, first.i + 1, label=span.label_), Span(doc, last.i, last.i + 1, label=span.label_)]


def _person_title_words() -> frozenset[str]:
    """The words of a person's title: an office that acts for the body it names
    (LEADER_NOUNS) or one that does not (OTHER_TITLE_NOUNS: ranks, local offices)."""
    return any_of("LEADER_NOUNS", "OTHER_TITLE_NOUNS")


def _acronym_of_no_place(span: Span, surface: str, entry: GazEntry) -> bool:
    """"the state news agency GAO", "the agency KANO": a word in capitals the NER calls an
    organisation is an acronym, not the town the gazetteer spells so in lower case
    ("Gao", "Kano"); a state's name in capitals ("US") and a dateline are other matters."""
    return span.label_ == "ORG" and surface.isupper() and entry.type in ("City", "Region", "Place") and \
        surface not in (entry.name, *entry.aliases) and span.start > span.sent.start


def _after_a_title(span: Span) -> bool:
    """"M23 spokesperson X Y", "rebel commander X Y": a name just after a person's title
    noun (the parser hangs the title on the name) names a person."""
    if span.start == 0:
        return False
    title = span.doc[span.start - 1]
    return title.lower_ in _person_title_words() and title in person_titles(span.root)


def _after_a_group_noun(span: Span) -> bool:
    """"whose rebel group X al-Y is taking part", "the terrorist group Z": a name just after
    an armed group's title (a group noun after ARMED_TITLE_MODIFIERS) is the group's name,
    however the parser hung the two ("the rights group X" is no armed group)."""
    if span.start < 2:
        return False
    title, modifier = span.doc[span.start - 1], span.doc[span.start - 2]
    return title.tag_ == "NN" and title.lower_ in words("COLLECTIVE_GROUP_HEADS") and \
        modifier.lower_ in words("ARMED_TITLE_MODIFIERS")


def _generic_government(span: Span) -> bool:
    """"Federal Government", "the Interim Government": capitalised words that only say
    which government of a state it is, no name of its own."""
    content = [t.lower_ for t in span if t.lower_ != "the"]
    return "government" in content and all(w in words("GENERIC_GOVERNMENT_WORDS") for w in content)


def _compass_adjective(span: Span) -> bool:
    """"North-eastern", "Western": a capitalised compass adjective alone says which part
    of somewhere, it names no place ("the North", a state's short name, is a noun)."""
    joined = "".join(t.lower_ for t in span if t.lower_ not in ("the", "-"))
    return joined in words("COMPASS_ADJECTIVES")

