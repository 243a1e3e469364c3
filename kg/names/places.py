"""Place names the NER misses or mistags: a proper name beside a place noun ("the town of
X", "X province"), a side of a city ("west X"), a name placed by a distance from a known
place, and "the North" for a state so named."""
from __future__ import annotations

from spacy.tokens import Token

from kg.events import Entity
from kg.lexicon import any_of, words
from kg.names.surface import GROUP_WORDS, is_name, is_numbered_unit, titled
from kg.names.table import NameTable


class PlaceNames(NameTable):
    """Mixed into Names (kg/names/reader.py)."""

    def _read_city_sides(self) -> None:
        """"west Beirut", "East Aleppo": a bare compass word before a city names a side of
        it, a place of its own (not "western Beirut", not "west of Beirut")."""
        for i in range(1, len(self.tokens)):
            city = self.by_token.get(i)
            if city is None or city.type != "City" or i - 1 in self.by_token or \
                    self.lowers[i - 1] not in words("CARDINAL_POINTS"):
                continue
            token, side = self.tokens[i], self.tokens[i - 1]
            name = f"{side.text.capitalize()} {city.name}"
            entry = self.gazetteer.lookup(name)
            entity = (self.from_gazetteer(entry, f"{side.text} {token.text}") if entry is not None
                      else self._remember(Entity(name, "Region"), f"{side.text} {token.text}"))
            end = token.i
            while end < len(self.doc) and self.by_token.get(end) == city:
                self.by_token[end] = entity
                end += 1
            self.by_token[side.i] = entity

    def _read_located_names(self) -> None:
        """"Ardel, 20 km north of Benavo": a name placed by a distance or a compass point
        from a known place is a place, though the NER did not tag it."""
        compass = words("COMPASS_NOUNS")  # once, not once a token
        for i, lower in enumerate(self.lowers):
            if lower not in compass:
                continue
            token = self.tokens[i]
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

    def _read_placed_names(self) -> None:
        """"fighting around X", "X lies 90 km south of Y", "the attack in X, some 60
        kilometres south of Y": a name the NER took for a person, organisation or
        facility that the text places things around or near, or places by a distance or
        compass point from a known place, is a place; every mention of it becomes one."""
        placed: dict[str, Entity] = {}
        for start, end, entity in self._spans():
            if entity.type not in ("Person", "Organisation", "Facility") or entity.name in placed or \
                    entity.same_as or self.gazetteer.lookup(entity.name) is not None or \
                    any(word in entity.name.split() for word in GROUP_WORDS):
                continue
            root = self.tokens[end - 1]
            if self._placed_around(root) or self._placed_by_compass(root):
                placed[entity.name] = entity
        for name, entity in placed.items():
            self._retype(Entity(name, "Place", entity.aliases), name)

    def _placed_around(self, name: Token) -> bool:
        """"around X", "near X", "outside X": a preposition that places things at a place."""
        return name.dep_ == "pobj" and name.head.lower_ in words("PLACING_PREPOSITIONS")

    def _placed_by_compass(self, name: Token) -> bool:
        """"X lies 90 km south of Y", "X, some 60 kilometres south of Y": a
        distance in the name's apposition, or a compass point "of" a known place in it or in
        the clause whose subject the name is."""
        heads = [c for c in name.children if c.dep_ == "appos"]
        if any(c.lemma_.lower() in words("DISTANCE_UNITS") and any(k.dep_ == "nummod" for k in c.children)
               for c in heads):
            return True  # "X, some 60 kilometres (37 miles) south of ...": a distance places X
        if name.dep_ == "nsubj" and name.head.lemma_ in words("PLACED_VERBS"):
            heads.append(name.head)
        compass = words("COMPASS_NOUNS")
        for head in heads:
            for token in head.subtree:
                if token.lower_ in compass and any(
                        c.dep_ == "prep" and c.lower_ == "of" and any(
                            g.i in self.by_token and self.by_token[g.i].type in ("City", "Region", "Place", "State")
                            for g in c.subtree)
                        for c in token.children):
                    return True
        return False

    def _read_place_names(self) -> None:
        """"the town of Chibok", "the capital Tripoli", "X province": a proper name beside a
        place noun names a place, whatever the statistical NER made of it."""
        place_nouns = words("PLACE_NOUNS")  # once, not once a token
        for i, lemma in enumerate(self.lemmas):
            if lemma not in place_nouns or self.tokens[i].pos_ != "NOUN":
                continue
            token = self.tokens[i]
            names = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and is_name(g)]
            names += [c for c in token.children if c.dep_ == "appos" and is_name(c)]
            if token.tag_ == "NNS":  # "the towns of A and B": every name the plural lists
                names += [c for n in list(names) for c in n.conjuncts if c.i > n.i and is_name(c)]
            if token.dep_ == "compound" and token.head.pos_ == "PROPN":
                names.append(token.head)
            if token.lemma_.lower() in words("AREA_NOUNS"):  # "the northern X province"
                names += [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1 and is_name(c)]
            names += self._settlement_names(token)
            for name in names:
                known = self.by_token.get(name.i)
                if is_numbered_unit(name):
                    continue  # "the headquarters of the 6th Infantry Division": a unit, no place
                if known is None and name.ent_type_ in ("DATE", "TIME"):
                    continue  # "captured the city of X Saturday": the parser hangs X on the day, no place
                if known is not None and known.type not in ("Person", "Organisation", "Place", "Facility"):
                    continue  # "the border town of X": a town, though the NER saw a facility
                if known is not None and known.type == "Organisation" and name.ent_type_ == "ORG" and \
                        token.lemma_.lower() in words("STATE_POST_NOUNS"):
                    continue  # "a base of the X Tigers": the organisation the NER saw owns the post
                if known is not None and self.gazetteer.lookup(known.name) is not None:
                    continue
                if known is not None and known.type == "Person" and titled(name):
                    continue  # "the last stronghold of commander X": X owns it
                if known is None:
                    span = self._proper_span(name)
                else:  # every word the NER gave the name ("Tel Varo city": the parser hangs "Tel" on the noun)
                    span = next(self.doc[start:end] for start, end, _ in self._spans() if start <= name.i < end)
                kind = "City" if token.lemma_.lower() in words("CITY_DESCRIPTIONS") else "Region"
                entry = self.gazetteer.lookup(span.text)
                entity = (self.from_gazetteer(entry, span.text) if entry is not None
                          else self._retype(Entity(span.text, kind), span.text))
                for t in span:
                    self.by_token[t.i] = entity

    def _settlement_names(self, noun: Token) -> list[Token]:
        """"X city", "X, a town in the north", "X, the provincial capital": the name a
        settlement or area noun follows, or stands in apposition to (not "the X town hall")."""
        if noun.lemma_.lower() not in any_of("CITY_DESCRIPTIONS", "AREA_NOUNS") or noun.dep_ == "compound":
            return []
        names = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1 and c.pos_ == "PROPN"]
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
            names.append(noun.head)
        return names

    def _read_compass_states(self) -> None:
        """"the North", "the South": in a text naming North Korea or South Sudan, the
        capitalised compass word after "the" is that state."""
        states = {e.name.split()[0]: e for e in self.entities.values()
                  if e.type == "State" and e.name.split()[0] in ("North", "South", "East", "West")}
        if not states:
            return  # most texts name no such state: no word to look at
        for token in self.tokens:
            entity = states.get(token.text)
            nxt = self.tokens[token.i + 1] if token.i + 1 < len(self.doc) else None
            known = self.by_token.get(token.i)
            if entity is None or (known is not None and known.name != token.text) or token.i == 0 or \
                    self.tokens[token.i - 1].lower_ != "the" or (nxt is not None and nxt.text[:1].isupper()):
                continue
            self._remember(entity, f"the {token.text}")
            self.by_token[token.i] = entity
