"""Span -> canonical entity: what a name in the text names.

The gazetteer first (ruler ids, names, aliases, demonyms), then the statistical NER
with a guessed kind; acronyms defined in brackets, and proper names after place nouns
("the town of X"), which the NER often mistags.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.events import Entity
from kg.gazetteer import GazEntry, Gazetteer
from kg.lexicon import words
from kg.pipeline import DATELINE_MARKS

#: NER labels that can name a participant, and the entity kind an unknown name gets.
NER_TYPES = {"GPE": "Place", "LOC": "Region", "FAC": "Facility", "ORG": "Organisation",
             "PERSON": "Person", "NORP": None}
GROUP_WORDS = ("Army", "Forces", "Front", "Brigade", "Brigades", "Movement", "Militia",
               "Group", "Battalion", "Corps", "Mujahideen", "Jihad", "Taliban", "Guard")


@dataclass
class Names:
    """The entities one document names, by token, with every surface form seen."""

    doc: Doc
    gazetteer: Gazetteer
    entities: dict[str, Entity] = field(default_factory=dict)
    surfaces: dict[str, set[str]] = field(default_factory=dict)
    by_token: dict[int, Entity] = field(default_factory=dict)
    defined: dict[str, Entity] = field(default_factory=dict)
    #: The document's tokens, made once: a dozen passes read them (spaCy makes a new Token
    #: object on every index and iteration of a Doc).
    tokens: list[Token] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.tokens = list(self.doc)
        for ent in self.doc.ents:
            entity = self._entity_for_span(ent)
            if entity is not None:
                for token in ent:
                    self.by_token[token.i] = entity
        self._join_of_names()
        self._read_place_names()
        self._read_city_sides()
        self._read_located_names()
        self._read_repeats()
        self._read_called_names()
        self._read_group_names()
        self._read_peoples()
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

    def _remember(self, entity: Entity, surface: str) -> Entity:
        known = self.entities.setdefault(entity.name, entity)
        self.surfaces.setdefault(entity.name, set()).add(surface)
        return known

    def _rename(self, old: Entity, new: Entity) -> None:
        """Let every token and surface form of `old` name `new` instead."""
        self.entities.pop(old.name, None)
        self.entities.setdefault(new.name, new)
        self.surfaces.setdefault(new.name, set()).update(self.surfaces.pop(old.name, set()) | {old.name})
        for index, entity in list(self.by_token.items()):
            if entity == old:
                self.by_token[index] = self.entities[new.name]
        for key, entity in list(self.defined.items()):
            if entity == old:
                self.defined[key] = self.entities[new.name]

    def _from_gazetteer(self, entry: GazEntry, surface: str) -> Entity:
        return self._remember(Entity(entry.name, entry.type, (), entry.same_as), surface)

    def _entity_for_span(self, span: Span) -> Entity | None:
        if span.label_ not in NER_TYPES:
            return None
        surface = clean_surface(span)
        if not surface or not any(ch.isupper() for ch in surface):
            return None
        if " " not in surface and surface.lower() in words("NOT_NAMES") and not span.ent_id_:
            return None  # "Secretary of State", "the Council": a title word, not a name
        if span.ent_id_:
            entry = self.gazetteer.lookup(span.ent_id_)
            if entry is not None:
                return self._from_gazetteer(entry, surface)
        if span.label_ == "ORG" and any(t.lower_ in words("STATE_BODY_WORDS") for t in span) and \
                self.gazetteer.lookup(surface) is None:
            return None  # "Russia's Defense Ministry", "the Ministry of Interior": a state's body, read as "the ministry"
        if span.label_ == "ORG" and is_numbered_unit(span.root):
            return None  # "the 6th Infantry Division", "33rd Front of the ...": a unit of someone's forces
        if span.label_ == "NORP":
            entry = self.gazetteer.demonym(surface) or self.gazetteer.lookup(surface)
            return self._from_gazetteer(entry, surface) if entry else None
        entry = self.gazetteer.lookup(surface) or self._demonym_body(span)
        if entry is not None:
            return self._from_gazetteer(entry, surface)
        return self._remember(Entity(surface, self._guess_type(span, surface)), surface)

    def _demonym_body(self, span: Span) -> GazEntry | None:
        """"Somali National Army", "Iraqi government": a state body named by its demonym."""
        first = span[0] if span[0].lower_ != "the" else span[1:2][0] if len(span) > 1 else None
        rest = {t.lower_ for t in span if t.i != (first.i if first else -1)} - {"the", "national"}
        if first is None or not rest or not rest <= words("STATE_FORCE_NOUNS") | {"armed", "air", "security"}:
            return None
        entry = self.gazetteer.demonym(first.text)
        return entry if entry is not None and entry.type == "State" else None

    @staticmethod
    def _guess_type(span: Span, surface: str) -> str:
        kind = NER_TYPES[span.label_] or "Organisation"
        if kind == "Organisation" and any(w.lower().rstrip(".,") in words("COMPANY_WORDS") for w in surface.split()):
            return kind  # "International Airlines Group", "Nissan Motor Co Ltd": a company
        if kind == "Organisation" and any(w in surface.split() for w in GROUP_WORDS):
            return "ArmedGroup"
        if kind in ("Person", "Organisation", "Place") and span.root.dep_ == "compound" and \
                span.root.head.lemma_.lower() in words("COLLECTIVE_GROUP_HEADS") and span.root.head.tag_ == "NN":
            return "ArmedGroup"  # "the Fatimiyoun group", "the Maute militia": a name heading a group noun names a group
        if kind == "Place" and span.root.head.lower_ in words("PLACE_NOUNS"):
            return "City" if span.root.head.lower_ in words("CITY_DESCRIPTIONS") else "Region"
        return kind

    def _read_city_sides(self) -> None:
        """"west Beirut", "East Aleppo": a bare compass word before a city names a side of
        it, a place of its own (not "western Beirut", not "west of Beirut")."""
        for token in self.tokens[1:]:
            side = self.tokens[token.i - 1]
            city = self.by_token.get(token.i)
            if city is None or city.type != "City" or side.i in self.by_token or \
                    side.lower_ not in ("north", "south", "east", "west"):
                continue
            name = f"{side.text.capitalize()} {city.name}"
            entry = self.gazetteer.lookup(name)
            entity = (self._from_gazetteer(entry, f"{side.text} {token.text}") if entry is not None
                      else self._remember(Entity(name, "Region"), f"{side.text} {token.text}"))
            end = token.i
            while end < len(self.doc) and self.by_token.get(end) == city:
                self.by_token[end] = entity
                end += 1
            self.by_token[side.i] = entity

    def _read_located_names(self) -> None:
        """"Ardel, 20 km north of Benavo": a name placed by a distance or a compass point
        from a known place is a place, though the NER did not tag it."""
        for token in self.tokens:
            if token.lower_ not in words("COMPASS_NOUNS"):
                continue
            anchors = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" and g.i in self.by_token]
            name = token.head
            if not anchors or self.by_token[anchors[0].i].type not in ("City", "Region", "Place", "State") or \
                    name.i in self.by_token or not is_name(name) or name.pos_ != "PROPN" or name.i > token.i:
                continue
            span = self._proper_span(name)
            entity = self._remember(Entity(span.text, "Place"), span.text)
            for t in span:
                self.by_token[t.i] = entity

    def _read_repeats(self) -> None:
        """A one-word name the NER tagged once and missed again (inside quotes, at the
        start of a line) is the same entity wherever the text repeats it."""
        known = {e.name: e for e in self.by_token.values()
                 if " " not in e.name and e.type in ("City", "Region", "Place", "State", "ArmedGroup", "Organisation")}
        for token in self.tokens:
            entity = known.get(token.text)
            if entity is not None and token.i not in self.by_token and token.pos_ == "PROPN":
                self.by_token[token.i] = entity

    def _read_place_names(self) -> None:
        """"the town of Chibok", "the capital Tripoli", "X province": a proper name beside a
        place noun names a place, whatever the statistical NER made of it."""
        for token in self.tokens:
            if token.lemma_.lower() not in words("PLACE_NOUNS") or token.pos_ != "NOUN":
                continue
            names = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and is_name(g)]
            names += [c for c in token.children if c.dep_ == "appos" and is_name(c)]
            if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                names.append(token.head)
            if token.lemma_.lower() in words("AREA_NOUNS"):  # "the northern X province"
                names += [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1 and is_name(c)]
            names += self._settlement_names(token)
            for name in names:
                known = self.by_token.get(name.i)
                if is_numbered_unit(name):
                    continue  # "the headquarters of the 6th Infantry Division": a unit, no place
                if known is not None and known.type not in ("Person", "Organisation", "Place"):
                    continue
                if known is not None and self.gazetteer.lookup(known.name) is not None:
                    continue
                span = self._proper_span(name) if known is None else self._known_run(name, known)
                kind = "City" if token.lemma_.lower() in words("CITY_DESCRIPTIONS") else "Region"
                entry = self.gazetteer.lookup(span.text)
                entity = (self._from_gazetteer(entry, span.text) if entry is not None
                          else self._retype(Entity(span.text, kind), span.text))
                for t in span:
                    self.by_token[t.i] = entity

    def _settlement_names(self, noun: Token) -> list[Token]:
        """"X city", "X, a town in the north", "X, the provincial capital": the name a
        settlement or area noun follows, or stands in apposition to (not "the X town hall")."""
        if noun.lemma_.lower() not in words("CITY_DESCRIPTIONS") | words("AREA_NOUNS") or noun.dep_ == "compound":
            return []
        names = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1 and c.pos_ == "PROPN"]
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
            names.append(noun.head)
        return names

    def _known_run(self, token: Token, known: Entity) -> Span:
        """The words around token that the NER gave to one name ("Tel Varo" in "Tel Varo
        city", where the parser hangs "Tel" on the noun, not on "Varo")."""
        start = end = token.i
        while start > 0 and self.by_token.get(start - 1) == known:
            start -= 1
        while end + 1 < len(self.doc) and self.by_token.get(end + 1) == known:
            end += 1
        return self.doc[start: end + 1]

    def _read_group_names(self) -> None:
        """"Free Shan Army", "Sahel Alliance", "Jaish al-Fatah": a run of capitalised words
        ending in a word that names an armed group or alliance (or beginning with one in
        Arabic) is one group, even when the ruler tagged a
        place inside it or the NER split or missed it; a state's own forces ("US Army",
        "Syrian Armed Forces") stay the state's."""
        ends = words("GROUP_NAME_ENDS")
        i = 0
        while i < len(self.doc):
            run = self._capitalised_run(i)
            i = max(i + 1, run[-1].i + 1 if run else i + 1)
            if run and run[0].lower_ in words("GROUP_NAME_STARTS") and run[-1].text[:1].isupper():
                pass  # "Jaish al-Fatah", "Jabhat al-Nusra": an Arabic "army / front of ..." is one group
            else:
                while run and (run[-1].text.lower() not in ends or run[-1].lower_ == run[-1].text):
                    run = run[:-1]
            while run and (run[0].lower_ in ("the", "a", "an", "of", "and") or run[0].is_sent_start and run[0].lower_ in words("NOT_NAMES")):
                run = run[1:]
            if len(run) < 2:
                continue
            span = self.doc[run[0].i: run[-1].i + 1]
            known = {self.by_token.get(t.i) for t in span}
            if len(known) == 1 and None not in known:
                continue  # already one entity
            if any(t.lower_ == "and" and None not in (self.by_token.get(t.i - 1), self.by_token.get(t.i + 1))
                   and self.by_token.get(t.i - 1) != self.by_token.get(t.i + 1) for t in span):
                continue  # "Hamas and Hezbollah": two names already read, listed, not one name
            first = self.by_token.get(span[0].i)
            rest = {t.lower_ for t in span if self.by_token.get(t.i) != first or first is None}
            if first is not None and first.type == "State" and rest <= words("STATE_FORCE_NOUNS") | {
                    "armed", "air", "security", "national", "special", "royal", "defence", "defense", "force"}:
                continue
            entry = self.gazetteer.lookup(span.text)
            last = span[-1].text.lower()
            kind = "Coalition" if last in ("alliance", "coalition") else "ArmedGroup" if span[-1].text in GROUP_WORDS \
                or last in ("force", "brigades", "militias") or span[0].lower_ in words("GROUP_NAME_STARTS") \
                else "Organisation"
            entity = (self._from_gazetteer(entry, span.text) if entry is not None
                      else self._retype(Entity(span.text, kind), span.text))
            for t in span:
                old = self.by_token.get(t.i)
                self.by_token[t.i] = entity
                if old is not None and old != entity:
                    self._forget_unused(old)

    def _capitalised_run(self, start: int) -> list[Token]:
        """Capitalised words from `start`, with "of", "for", "and", "the", "al" between them."""
        run: list[Token] = []
        i = start
        while i < len(self.doc):
            token = self.tokens[i]
            if token.text[:1].isupper() and token.is_alpha or token.text in ("-",) and run:
                run.append(token)
            elif token.lower_ in ("of", "for", "and", "the", "al", "de") and run and i + 1 < len(self.doc) \
                    and (self.tokens[i + 1].text[:1].isupper() or token.lower_ == "al" and self.tokens[i + 1].text == "-"
                         and i + 2 < len(self.doc) and self.tokens[i + 2].text[:1].isupper()):
                run.append(token)  # "Army of the Sea", "Jaish al-Fatah"
            else:
                break
            if "\n" in token.whitespace_:
                break
            i += 1
        return run

    def _read_called_names(self) -> None:
        """"a group called X", "a militia known as X": the name after such a group noun
        names a group, even when the statistical NER took it for an event or missed it."""
        for token in self.tokens:
            if token.lemma_.lower() not in words("GROUP_NOUNS") or token.pos_ != "NOUN":
                continue
            for acl in (c for c in token.children if c.dep_ == "acl" and c.lemma_ in ("call", "know", "name", "dub")):
                names = [g for g in acl.children if g.dep_ in ("oprd", "attr") and g.pos_ == "PROPN"]
                names += [g for p in acl.children if p.dep_ == "prep" and p.lower_ == "as"
                          for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                for name in names[:1]:
                    if name.i in self.by_token:
                        continue
                    span = self._proper_span(name)
                    entry = self.gazetteer.lookup(span.text)
                    kind = "ArmedGroup" if token.lemma_.lower() in words("ARMED_GROUP_NOUNS") else "Organisation"
                    entity = (self._from_gazetteer(entry, span.text) if entry is not None
                              else self._remember(Entity(span.text, kind), span.text))
                    for t in span:
                        self.by_token[t.i] = entity

    def _read_peoples(self) -> None:
        """"Bosnian Serbs", "Iraqi Kurds": a people of one state's land named by its
        demonym is a party of its own, not that state; where the text names it so, the
        bare "Serb" of "Serb positions" means that party too (not the state of Serbs)."""
        peoples: dict[str, Entity] = {}
        for token in self.tokens:
            qualifier = self.tokens[token.i - 1] if token.i > 0 else None
            if qualifier is None or not self._is_people_word(token):
                continue
            state = self.gazetteer.demonym(qualifier.text)
            whole = f"{qualifier.text} {token.text}"
            if state is None or state.type != "State" or self.gazetteer.demonym(token.text) == state or \
                    self.gazetteer.demonym(whole) or self.gazetteer.lookup(whole):
                continue  # "Saudi Arabian" is one demonym
            plural = token.text if token.text.endswith("s") else token.text + "s"
            name = f"{qualifier.text} {plural}"
            entity = peoples.get(token.text.rstrip("s")) or self._remember(Entity(name, "ArmedGroup"), name)
            self._remember(entity, f"{qualifier.text} {token.text}")
            peoples[token.text.rstrip("s")] = entity
            self.by_token[qualifier.i] = self.by_token[token.i] = entity
        for token in self.tokens:
            entity = peoples.get(token.text.rstrip("s"))
            if entity is not None and token.i not in self.by_token and token.text[:1].isupper():
                self.by_token[token.i] = entity

    def _read_compass_states(self) -> None:
        """"the North", "the South": in a text naming North Korea or South Sudan, the
        capitalised compass word after "the" is that state."""
        states = {e.name.split()[0]: e for e in self.entities.values()
                  if e.type == "State" and e.name.split()[0] in ("North", "South", "East", "West")}
        for token in self.tokens:
            entity = states.get(token.text)
            nxt = self.tokens[token.i + 1] if token.i + 1 < len(self.doc) else None
            known = self.by_token.get(token.i)
            if entity is None or (known is not None and known.name != token.text) or token.i == 0 or \
                    self.tokens[token.i - 1].lower_ != "the" or (nxt is not None and nxt.text[:1].isupper()):
                continue
            self._remember(entity, f"the {token.text}")
            self.by_token[token.i] = entity

    @staticmethod
    def _is_people_word(token: Token) -> bool:
        """A capitalised people's name ("Serbs", "Serb", "Kurds"), not a body ("Army")."""
        if not token.text[:1].isupper() or token.is_sent_start or token.text in GROUP_WORDS:
            return False
        forms = {token.lower_, token.lemma_.lower(), token.lower_.removesuffix("s")}
        if forms & (words("STATE_FORCE_NOUNS") | words("GROUP_NOUNS") | words("COMPANY_WORDS")):
            return False  # "Palestinian Factions" in a title-case headline, "British Airways": no people
        if token.ent_type_ not in ("", "NORP"):
            return False  # part of another name: "Syrian Democratic Forces"
        return token.ent_type_ == "NORP" or (token.tag_ == "NNPS" and token.text.endswith("s"))

    def _retype(self, entity: Entity, surface: str) -> Entity:
        """Replace what the NER made of a name (a town tagged PERSON) everywhere."""
        old = self.entities.get(entity.name)
        self.entities[entity.name] = entity
        if old is not None:
            for i, known in list(self.by_token.items()):
                if known == old:
                    self.by_token[i] = entity
        return self._remember(entity, surface)

    def _proper_span(self, token: Token) -> Span:
        left = [c for c in token.lefts if c.dep_ in ("compound", "punct") and c.pos_ in ("PROPN", "PUNCT")]
        start = min([token.i] + [c.i for c in left if c.text != ","])
        return self.doc[start: token.i + 1]

    def _read_name_prefixes(self) -> None:
        """"Liwa Hezbollah", "Saraya Hamas": an unknown capitalised word heading a
        known armed group's name as its compound, with no name of its own, makes another
        group's name (a brigade, a movement spelt the way the writer transliterates it),
        not the group inside it; titles and group words stay outside ("Commander X")."""
        outside = words("LEADER_NOUNS") | words("GENERIC_NAME_WORDS") | words("GROUP_NOUNS")
        for start, end, entity in self._spans():
            if start == 0 or entity.type != "ArmedGroup":
                continue
            word = self.tokens[start - 1]
            if word.i in self.by_token or word.is_sent_start or word.tag_ != "NNP" or not word.is_alpha or \
                    not word.text[:1].isupper() or word.dep_ != "compound" or not start <= word.head.i < end or \
                    word.ent_type_ not in ("", "ORG") or word.lower_ in outside:
                continue
            text = self.doc[start - 1: end].text
            entry = self.gazetteer.lookup(text)
            named = self._from_gazetteer(entry, text) if entry is not None else \
                self._remember(Entity(text, "ArmedGroup"), text)
            for i in range(start - 1, end):
                self._name_token(i, named)

    def _read_name_suffixes(self) -> None:
        """"Sudan People's Liberation Army-North", "Movement-in-Opposition": a name with a
        capitalised part joined by a hyphen is another body than the name before the
        hyphen (a branch, a splinter), not the known name inside it; "Russia-Ukraine"
        joins two names and stays two."""
        for start, end, entity in self._spans():
            if end + 1 >= len(self.doc) or entity.type in ("Person", "City"):
                continue
            hyphen = self.tokens[end]
            if hyphen.text not in ("-", "–") or hyphen.whitespace_ or self.tokens[end - 1].whitespace_:
                continue
            stop = end + 1
            while stop < len(self.doc) and stop not in self.by_token and self.tokens[stop].is_alpha and \
                    (self.tokens[stop].text[:1].isupper() or self.tokens[stop].lower_ in ("in", "of")):
                if self.tokens[stop].whitespace_ or stop + 1 >= len(self.doc) or self.tokens[stop + 1].text not in ("-", "–"):
                    stop += 1
                    break
                stop += 2  # "-in-Opposition": on through the next hyphen
            if stop == end + 1 or not self.tokens[stop - 1].text[:1].isupper():
                continue
            while start < end and self.tokens[start].lower_ in ("the", "a", "an"):
                start += 1
            span = self.doc[start:stop]
            entry = self.gazetteer.lookup(span.text)
            kind = "ArmedGroup" if any(w in GROUP_WORDS for w in span.text.replace("-", " ").split()) \
                or entity.type == "ArmedGroup" else "Organisation"
            branch = (self._from_gazetteer(entry, span.text) if entry is not None
                      else self._remember(Entity(span.text, kind), span.text))
            for i in range(start, stop):
                self.by_token[i] = branch
            self._forget_unused(entity)

    def _read_definitions(self) -> None:
        """"Rapid Support Forces (RSF)", "... Army-North (SPLA-N)": the acronym names that
        entity everywhere in this document, whatever the gazetteer says it usually stands for."""
        for token in self.tokens:
            if token.text != "(":
                continue
            close = next((j for j in range(token.i + 2, min(token.i + 6, len(self.doc)))
                          if self.tokens[j].text == ")"), None)
            if close is None:
                continue
            inner = self.doc[token.i + 1: close]
            acronym = inner.text
            joined = all(not t.whitespace_ for t in inner[:-1])
            outer = self.by_token.get(token.i - 1)
            if outer is None or outer.type in ("State", "City", "Region", "Place") and not _spells(outer.name, acronym):
                outer = self._name_spelt_out(token.i, acronym) or outer  # "X-e-Jihad Pakistan (XJP)"
            if outer is not None and joined and acronym.replace("-", "").isupper() and \
                    acronym[:1].isalpha() and len(acronym) > 1 and outer.name != acronym:
                self.defined[acronym] = self._remember(outer, acronym)
        if not self.defined:
            return
        for start, end, _ in [(t.i, t.i + 1, None) for t in self.tokens] + self._spans():
            text = self.doc[start:end].text
            if text in self.defined:
                for i in range(start, end):
                    self._name_token(i, self.defined[text])
        hyphenated = {acronym: entity for acronym, entity in self.defined.items() if "-" in acronym}
        if not hyphenated:
            return
        full = self.doc.text  # Doc.text joins every token: once, not once a token
        for token in self.tokens:  # a defined acronym the tokenizer cut ("SPLA", "-", "N")
            for acronym, entity in hyphenated.items():
                written = full[token.idx: token.idx + len(acronym)]
                if written == acronym and \
                        (token.i == 0 or self.tokens[token.i - 1].whitespace_ or not self.tokens[token.i - 1].is_alpha):
                    span = self.doc.char_span(token.idx, token.idx + len(acronym))
                    for t in span if span is not None else ():
                        self._name_token(t.i, entity)

    def _read_spelt_acronyms(self) -> None:
        """"NDF fighters staged the raid, a spokesman of the Northern Defence Front told
        reporters": an acronym the text never defines in brackets stands for the one group the
        same text spells out with those initials, not for the group the gazetteer usually
        means by it, when the text never spells that one out."""
        groups = {e for e in self.by_token.values() if " " in e.name and e.type in ("ArmedGroup", "Organisation")}
        text = self.doc.text.lower()
        for token in self.tokens:
            acronym, current = token.text, self.by_token.get(token.i)
            if current is None or current.type == "State" or acronym in self.defined or \
                    not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6) or \
                    current.name.lower() in text:
                continue
            spelt = {e for e in groups if e != current and _spells(e.name, acronym)}
            if len(spelt) == 1:
                self._name_token(token.i, self._remember(spelt.pop(), acronym))

    def _name_spelt_out(self, bracket: int, acronym: str) -> Entity | None:
        """"the rebel Front of Farmers for Unity and Progress (FFUP)": a long name the
        NER cut short is the whole capitalised run before the acronym's bracket when the
        run's initials are the acronym's letters (in any order: "Support Group for Islam
        and Muslims (GSIM)" keeps its French order) and the NER found a name inside it."""
        start = bracket
        link = words("NAME_LINK_WORDS")
        while start > max(1, bracket - 12) and (self.tokens[start - 1].text[:1].isupper() or (
                self.tokens[start - 1].lower_ in link and (self.tokens[start - 2].text[:1].isupper()
                                                        or self.tokens[start - 2].lower_ in link)) or (
                self.tokens[start - 1].lower_ == "the" and self.tokens[start - 2].lower_ in link)):  # "of the Congo"
            start -= 1
        while start < bracket and (self.tokens[start].lower_ in link
                                   or self.tokens[start].lower_ in ("the", "a", "an")):
            start += 1
        span = self.doc[start:bracket]
        initials = sorted(t.text[0] for t in span if t.text[:1].isupper())
        letters = sorted(acronym.replace("-", ""))
        inside = {self.by_token[i] for i in range(start, bracket) if i in self.by_token}
        spelt = initials == letters or _abbreviates([t.text for t in span if t.text[:1].isupper()], acronym)
        if len(span) < 3 or not spelt or not inside or any(e.type == "Person" for e in inside) or \
                (all(e.type in ("State", "City") for e in inside) and self.by_token.get(start) in inside):
            return None  # "Kenya Defence Forces (KDF)": a state's own body; not "Union for X of the Congo"
        entry = self.gazetteer.lookup(span.text)
        kind = "ArmedGroup" if any(w in GROUP_WORDS for w in span.text.split()) or \
            any(e.type == "ArmedGroup" for e in inside) else "Organisation"
        whole = self._from_gazetteer(entry, span.text) if entry is not None else \
            self._remember(Entity(span.text, kind), span.text)
        for part in inside - {whole}:
            self._rename(part, whole)  # "the Defence Group" later on is the same body
        for i in range(start, bracket):
            self._name_token(i, whole)
        return whole

    def _name_token(self, i: int, entity: Entity) -> None:
        """Let token i name entity, forgetting what it named before if nothing else does."""
        old = self.by_token.get(i)
        self.by_token[i] = entity
        if old is not None and old != entity:
            self._forget_unused(old)

    def _spans(self) -> list[tuple[int, int, Entity]]:
        """Runs of tokens naming one entity: (start, end, entity), in text order."""
        runs: list[tuple[int, int, Entity]] = []
        for i in sorted(self.by_token):
            entity = self.by_token[i]
            if runs and runs[-1][1] == i and runs[-1][2] == entity:
                runs[-1] = (runs[-1][0], i + 1, entity)
            else:
                runs.append((i, i + 1, entity))
        return runs

    def _forget_unused(self, entity: Entity) -> None:
        if entity not in self.by_token.values() and self.entities.get(entity.name) == entity:
            del self.entities[entity.name]
            self.surfaces.pop(entity.name, None)

    def _join_of_names(self) -> None:
        """"Communist Party of" + "Nepal" + "(Maoist)", "Armed Forces of the" + "Philippines",
        "the Communist Party" + "of the" + "Philippines": a name the NER cut at "of" goes on
        through the place it is of, and a capitalised qualifier in brackets after it; a
        state's own forces so named ("Armed Forces of the Philippines") are that state."""
        for start, end, entity in self._spans():
            if entity.type in ("State", "City", "Person"):
                continue
            cut = self._of_cut(start, end)
            if cut is None:
                continue
            following = self.by_token.get(cut)
            if following is None:
                continue
            stop = cut
            while self.by_token.get(stop) == following:
                stop += 1
            if stop + 2 < len(self.doc) and self.tokens[stop].text == "(" and self.tokens[stop + 2].text == ")" \
                    and self.tokens[stop + 1].is_title and not self.tokens[stop + 1].is_upper:
                stop += 3
            first = start
            while self.tokens[start].lower_ in ("the", "a", "an"):
                start += 1
            span = self.doc[start:stop]
            entry = self.gazetteer.lookup(span.text)
            kind = "ArmedGroup" if any(w in span.text.split() for w in GROUP_WORDS) else entity.type
            if entry is None and following.type == "State" and self._state_force_words(self.doc[start:end]):
                joined = following
            else:
                joined = (self._from_gazetteer(entry, span.text) if entry is not None
                          else self._remember(Entity(span.text, kind), span.text))
            for i in range(first, stop):
                self.by_token[i] = joined
            self._forget_unused(entity)

    def _of_cut(self, start: int, end: int) -> int | None:
        """Where the place a name is "of" starts, when the NER cut the name before it: the
        span ends in "of" or "of the" ("Armed Forces of the"), or a name ending in a group
        word is followed by "of (the)" ("the Communist Party" + "of the Philippines")."""
        words_ = [t.lower_ for t in self.doc[start:end] if t.lower_ not in ("the", "a", "an")]
        if len(words_) >= 2 and words_[-1] == "of":
            return end
        tail = self.doc[end:end + 2]
        if len(words_) < 2 or not self.tokens[end - 1].is_title or \
                self.tokens[end - 1].lower_ not in words("GROUP_NAME_ENDS") or not len(tail) or tail[0].lower_ != "of":
            return None
        return end + 2 if len(tail) > 1 and tail[1].lower_ == "the" else end + 1

    @staticmethod
    def _state_force_words(span: Span) -> bool:
        """"Armed Forces of", "the National Army of": nothing but words for a state's forces."""
        rest = {t.lower_ for t in span} - {"the", "of", "national"}
        return bool(rest) and rest <= words("STATE_FORCE_NOUNS") | {"armed", "air", "security", "force", "royal"}

    def _link_short_names(self) -> None:
        """"Harf said", "Kabila met": a surname alone names the person the text named in
        full, whatever kind the NER guessed for it (the nearest one before, else after)."""
        people = [(start, entity) for start, _, entity in self._spans()
                  if entity.type == "Person" and len(entity.name.split()) >= 2]
        for start, end, entity in self._spans():
            if entity.type in ("State", "City", "Facility") or self.gazetteer.lookup(entity.name) is not None:
                continue  # "the town of X" is a town even when a person is called "... X"
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
        for token in self.tokens:  # "attended by Okoro and Mbeki": a surname the NER read as no name at all
            person = surnames.get(token.text)
            if person is not None and token.i not in self.by_token and token.pos_ == "PROPN" and \
                    token.ent_type_ in ("", "NORP") and self.gazetteer.lookup(token.text) is None:
                self.by_token[token.i] = person

    def _read_member_words(self) -> None:
        """"the Maoists", "Maoist rebels": a distinctive capitalised word of a group's own
        name, alone or as a plural, names that group ("Communist Party of Nepal (Maoist)"),
        and so does a name made only of such words that the NER took for another kind
        ("the Tigers" beside "Liberation Tigers of ..."). The region a group is named for
        names it only as a people's forces ("Tigray ... Front": "Tigrayan forces")."""
        own: dict[str, Entity | None] = {}
        regions: dict[str, Entity | None] = {}
        for entity in set(self.by_token.values()):
            if entity.type not in ("ArmedGroup", "Organisation"):
                continue
            names = {entity.name} | self.surfaces.get(entity.name, set())
            for word in {w for n in names if len(n.split()) >= 2 for w in n.replace("(", " ").replace(")", " ").split()}:
                if len(word) < 4 or not word.istitle() or word.lower() in words("GENERIC_NAME_WORDS"):
                    continue
                place = self.gazetteer.lookup(word)
                table = regions if place is not None and place.type == "Region" else own
                if table is regions or (place is None and self.gazetteer.demonym(word) is None):
                    table[word] = entity if table.get(word, entity) == entity else None  # two groups: neither
        for token in self.tokens:
            if not token.is_title or not self._unnamed_or_misread(token, own):
                continue
            plural = token.text.endswith("s") and token.text[:-1] in own  # "the Maoists"
            modifier = token.dep_ in ("amod", "compound") and token.head.pos_ == "NOUN"  # "Maoist rebels"
            entity = own.get(token.text[:-1]) if plural else own.get(token.text) if modifier else None
            if entity is None and token.i in self.by_token:  # "the Tigers" the NER called a body of its own
                entity = own.get(token.text) or own.get(token.text + "s")
            if entity is None and modifier and token.head.lemma_.lower() in words("ARMED_GROUP_NOUNS") | {"force"}:
                entity = next((regions[r] for r in regions if token.text in (r + "an", r + "n", r + "ian")), None)
            if entity is not None:
                old = self.by_token.get(token.i)
                self.by_token[token.i] = entity
                self._remember(entity, token.text)
                if old is not None:
                    for i in [i for i, e in self.by_token.items() if e == old]:
                        self.by_token[i] = entity
                    self._forget_unused(old)

    def _read_country_qualified(self) -> None:
        """"Pakistan Taliban" as "Pakistani Taliban": a state's name used as a modifier of a
        name stands for its demonym, so the pair is the known name the demonym makes."""
        for token in self.tokens[:-1]:
            state, after = self.by_token.get(token.i), self.by_token.get(token.i + 1)
            if state is None or after is None or state == after or state.type != "State" or \
                    token.text not in state.name.split():
                continue
            end = token.i + 1
            while self.by_token.get(end) == after:
                end += 1
            entry = self.gazetteer.lookup(state.name)
            rest = self.doc[token.i + 1:end].text
            known = next((k for d in (entry.demonyms if entry else ()) if (k := self.gazetteer.lookup(f"{d} {rest}"))), None)
            if known is None or known.name == after.name:
                continue
            entity = self._from_gazetteer(known, f"{token.text} {rest}")
            start = token.i
            while start > 0 and self.by_token.get(start - 1) == state:
                start -= 1
            for i in range(start, end):
                self.by_token[i] = entity
            self._forget_unused(after)

    def _unnamed_or_misread(self, token: Token, own: dict[str, Entity | None]) -> bool:
        """No name yet, or one the gazetteer does not know, that is not a group's and is made
        only of a group's own words ("Tigers", "Tamil Tiger" read as a person) or is a
        people's word the NER took for a body ("Tigrayan")."""
        entity = self.by_token.get(token.i)
        if entity is None:
            return True
        if entity.type not in ("Organisation", "Person") or entity.same_as or self.gazetteer.lookup(entity.name):
            return False
        return all(w in own or w + "s" in own or w.removesuffix("s") in own for w in entity.name.split()) or \
            (" " not in entity.name and entity.name.endswith("n"))

    def _read_short_aliases(self) -> None:
        """"The IS controls ...", "Hashd fighters": a short form too ambiguous to match on its
        own (the gazetteer's ambiguous_aliases) names its group in a text that also names
        the group in full, where it is written as a name (same case, not in a line of
        capitals, not a verb)."""
        short: dict[str, Entity] = {}
        for entity in set(self.by_token.values()):
            entry = self.gazetteer.lookup(entity.name)
            if entry is not None and entry.name == entity.name:
                for alias in entry.ambiguous_aliases:
                    short[alias] = entity
        for token in self.tokens:
            entity = short.get(token.text)
            if entity is None or token.i in self.by_token or token.pos_ in ("VERB", "AUX"):
                continue
            line = [t for t in token.sent if t.is_alpha]
            if token.is_upper and sum(t.is_upper for t in line) > len(line) / 2:
                continue  # a headline in capitals: "WHY IS ..."
            self.by_token[token.i] = entity
            self._remember(entity, token.text)

    def _read_sources(self) -> None:
        """News agencies and outlets that report the story ("NAIROBI (AP) --", "told AFP",
        "according to Xinhua", "the Al-Nahar newspaper said"): the source of a report is
        no participant, so none of its mentions names an actor or an antecedent ("the
        insurgents", "they"); it stays an entity of the document. Known bodies (the
        gazetteer's UN, AU, armed groups) are never taken for sources."""
        sources = {entity for i, entity in self.by_token.items()
                   if entity.type == "Organisation" and self._is_source_position(self.tokens[i])
                   and self.gazetteer.lookup(entity.name) is None}
        for i, entity in list(self.by_token.items()):
            if entity in sources:
                del self.by_token[i]

    def _is_source_position(self, token: Token) -> bool:
        sentence = token.sent
        if sentence[-1].text in DATELINE_MARKS and any(t.text == "(" for t in sentence[: token.i - sentence.start]):
            return True  # "MOGADISHU (Reuters) -": a dateline's agency
        head = token.head
        if token.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
            return True  # "told Reuters"
        if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if token.dep_ in ("compound", "nmod", "poss") and _is_media_noun(head):
            return True  # "the Xinhua news agency", "the state-run X newspaper"
        return any(c.dep_ == "appos" and _is_media_noun(c) for c in token.children)

    def is_company(self, entity: Entity) -> bool:
        """A company: its name has a company word ("Airlines", "Motor Co", "Ltd"), or it is
        the short form of such a name in this document ("Nissan" beside "Nissan Motor Co")."""
        if entity.type not in ("Organisation", "ArmedGroup"):
            return False
        def company(name: str) -> bool:
            return any(w.lower().rstrip(".,") in words("COMPANY_WORDS") for w in name.split()[1:])
        if company(entity.name):
            return True
        return any(company(other) and other.startswith(entity.name + " ") for other in self.entities)

    def all_entities(self) -> tuple[Entity, ...]:
        """Every entity named in the document, with the surface forms seen as aliases."""
        out = []
        for name, entity in self.entities.items():
            aliases = tuple(sorted(s for s in self.surfaces.get(name, ()) if s != name))
            out.append(Entity(entity.name, entity.type, aliases, entity.same_as))
        return tuple(out)


def _is_media_noun(token: Token) -> bool:
    """"newspaper", "broadcaster", "news agency": a noun naming a news medium."""
    nouns = words("MEDIA_NOUNS")
    modifiers = [c.lower_ for c in token.children if c.dep_ in ("compound", "amod")]
    return token.lemma_.lower() in nouns or any(f"{m} {token.lemma_.lower()}" in nouns for m in modifiers)


def is_numbered_unit(token: Token) -> bool:
    """"the 6th Infantry Division", "30th Brigade", "Third Army": a numbered unit of forces,
    no name of its own but a part of the army or group that has it."""
    return token.lemma_.lower() in words("UNIT_NOUNS") and any(
        t.ent_type_ == "ORDINAL" or t.lower_.rstrip("stndrh").isdigit() and t.lower_[-2:] in ("st", "nd", "rd", "th")
        or t.lower_ in words("ORDINAL_WORDS") for t in token.subtree if t.i < token.i)


def is_name(token: Token) -> bool:
    """A proper name, or a capitalised word the tagger took for a common noun ("Sake")."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper()
                                      and not token.is_sent_start)


def clean_surface(span: Span) -> str:
    """The name as written, without a leading article or a trailing possessive."""
    tokens = list(span)
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in ("'s", "’s", "'", ",", ".", "-"):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    return span.doc[tokens[0].i: tokens[-1].i + 1].text.strip()


def _abbreviates(words: list[str], acronym: str) -> bool:
    """Whether the acronym is pieces of the words' beginnings, in order ("Cooperative for the
    Rebuilding of the Valley (CORVA)", "Union for Justice in Eastern Lakeland (UJE)"), the
    first word's first, at most one word left out (a place's second word, "Lakeland")."""
    letters = acronym.replace("-", "").lower()

    def fits(rest: str, i: int, skipped: int) -> bool:
        if not rest:
            return len(words) - i + skipped <= 1
        if i >= len(words):
            return False
        word = words[i].lower()
        if any(rest[:n] == word[:n] for n in range(1, min(len(rest), len(word)) + 1) if fits(rest[n:], i + 1, skipped)):
            return True
        return i > 0 and skipped == 0 and fits(rest, i + 1, 1)

    return bool(words) and letters[:1] == words[0][:1].lower() and fits(letters, 0, 0)


def _spells(name: str, acronym: str) -> bool:
    """Whether the capitals of a name are the acronym's letters ("Democratic Republic of
    the Congo" and "DRC")."""
    return sorted(w[0] for w in name.replace("-", " ").split() if w[:1].isupper()) == sorted(acronym.replace("-", ""))
