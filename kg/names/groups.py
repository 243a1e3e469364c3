"""Group names the NER cuts, splits or misses: a run of capitalised words ending in a
group word, a name cut at "of", a branch after a hyphen, "a group called X", a group's
own words ("the Maoists"), "Pakistan Taliban", and peoples ("Bosnian Serbs")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.events import Entity
from kg.gazetteer import GazEntry
from kg.lexicon import any_of, words
from kg.names.surface import (GROUP_WORDS, clean_surface, heads_a_group_noun, is_force_unit, is_qualifier,
                              office_words_only, people_stem)
from kg.names.table import NameTable

#: The marks that join the parts of one name ("Ansar-ul-Y", "Tehreek–e–Z").
HYPHENS = ("-", "–")


class GroupNames(NameTable):
    """Mixed into Names (kg/names/reader.py)."""

    def _read_group_names(self) -> None:
        """"Free Shan Army", "Sahel Alliance", "Jaish al-Fatah": a run of capitalised words
        ending in a word that names an armed group or alliance (or beginning with one in
        Arabic) is one group, even when the ruler tagged a
        place inside it or the NER split or missed it; a state's own forces ("US Army",
        "Syrian Armed Forces") stay the state's."""
        ends = words("GROUP_NAME_ENDS")
        i = 0
        for start in self.capitalised:  # no run starts at another word: _capitalised_run would give none
            if start < i or not self.tokens[start].is_alpha:
                continue
            run = self._capitalised_run(start)
            i = max(start + 1, run[-1].i + 1 if run else start + 1)
            if run and run[0].lower_ in words("GROUP_NAME_STARTS") and run[-1].text[:1].isupper():
                pass  # "Jaish al-Fatah", "Jabhat al-Nusra": an Arabic "army / front of ..." is one group
            else:
                while run and (run[-1].text.lower() not in ends or run[-1].lower_ == run[-1].text):
                    run = run[:-1]
            leading = any_of("ARTICLES", "NAME_RUN_LEADING_WORDS")
            while run and (run[0].lower_ in leading or run[0].is_sent_start and run[0].lower_ in words("NOT_NAMES")):
                run = run[1:]
            if len(run) > 2 and run[0].like_num and run[0].is_alpha and self.gazetteer.demonym(run[1].text):
                run = run[1:]  # "Twelve Nigerian Army soldiers": a count before a demonym is no part of the name
            if len(run) < 2:
                continue
            span = self.doc[run[0].i: run[-1].i + 1]
            if is_force_unit(span):
                continue  # "the army's 25th Infantry Battalion": a unit of a state's force, no group
            known = {self.by_token.get(t.i) for t in span}
            if len(known) == 1 and None not in known and not _arabic_group_as_person(span, known):
                continue  # already one entity
            if any(t.lower_ == "and" and None not in (self.by_token.get(t.i - 1), self.by_token.get(t.i + 1))
                   and self.by_token.get(t.i - 1) != self.by_token.get(t.i + 1) for t in span):
                continue  # "Hamas and Hezbollah": two names already read, listed, not one name
            first = self.by_token.get(span[0].i)
            rest = {t.lower_ for t in span if self.by_token.get(t.i) != first or first is None}
            state_force = any_of("STATE_FORCE_NOUNS", "STATE_FORCE_MODIFIERS", "STATE_FORCE_TITLE_WORDS", "STATE_FORCE_NAME_WORDS")
            if first is not None and first.type == "State" and rest <= state_force:
                continue
            entry = self.gazetteer.lookup(span.text) or self._respelt_run(span)
            if entry is None and office_words_only(span.text):
                continue  # "the Rwandan-backed Armed Forces": a state's force named by no name of its own
            last = span[-1].text.lower()
            kind = "Coalition" if last in ("alliance", "coalition") else "ArmedGroup" if span[-1].text in GROUP_WORDS \
                or last in words("ARMED_NAME_LAST_WORDS") or span[0].lower_ in words("GROUP_NAME_STARTS") \
                else "Organisation"
            entity = (self.from_gazetteer(entry, span.text) if entry is not None
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
            elif token.lower_ in words("NAME_RUN_JOINERS") and run and i + 1 < len(self.doc) \
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
        group_nouns = words("GROUP_NOUNS")  # once, not once a token
        for i, lemma in enumerate(self.lemmas):
            if lemma not in group_nouns or self.tokens[i].pos_ != "NOUN":
                continue
            token = self.tokens[i]
            for acl in (c for c in token.children if c.dep_ == "acl" and c.lemma_ in any_of("NAMING_VERBS", "NAME_GIVING_VERBS")):
                names = [g for g in acl.children if g.dep_ in ("oprd", "attr") and g.pos_ == "PROPN"]
                names += [g for p in acl.children if p.dep_ == "prep" and p.lower_ == "as"
                          for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                for name in names[:1]:
                    if name.i in self.by_token:
                        continue
                    span = self._proper_span(name)
                    entry = self.gazetteer.lookup(span.text)
                    kind = "ArmedGroup" if token.lemma_.lower() in words("ARMED_GROUP_NOUNS") else "Organisation"
                    entity = (self.from_gazetteer(entry, span.text) if entry is not None
                              else self._remember(Entity(span.text, kind), span.text))
                    for t in span:
                        self.by_token[t.i] = entity

    def _read_titled_fighters(self) -> None:
        """"Talks Between the Government and Oromo Rebels": in a title-case line the NER takes a
        people's word and a plural fighters' noun for a name; it describes the one armed group
        the text names with that people's word ("Oromo Liberation Army"), else it stays as read."""
        fighters = words("PLURAL_GROUP_NOUNS")
        for ent in self.ents:
            parts = clean_surface(ent).split()
            after = self.tokens[ent.end].lower_ if ent.end < len(self.doc) else ""
            if not (len(parts) == 2 and parts[1].lower() in fighters or len(parts) == 1 and after in fighters) or \
                    ent.ent_id_ or self.gazetteer.lookup(" ".join(parts)) is not None:
                continue  # "Oromo Rebels" read as one name, or "Oromo" read as a body's name before "rebels"
            own = self.by_token.get(ent.end - 1)
            if own is None or own.type == "ArmedGroup":
                continue
            stem = people_stem(parts[0].lower())
            groups = {e.name: e for e in self.by_token.values() if e.type == "ArmedGroup" and e != own and
                      any(w.lower().startswith(stem) for w in e.name.split())}
            if len(groups) != 1:
                continue
            group = next(iter(groups.values()))
            for token in ent:
                if self.by_token.get(token.i) == own:
                    self.by_token[token.i] = group
            self._forget_unused(own)

    def _read_peoples(self) -> None:
        """"Bosnian Serbs", "Iraqi Kurds": a people of one state's land named by its
        demonym is a party of its own, not that state; where the text names it so, the
        bare "Serb" of "Serb positions" means that party too (not the state of Serbs)."""
        peoples: dict[str, Entity] = {}
        for i in self.capitalised:  # a people's word is capitalised
            token = self.tokens[i]
            qualifier = self.tokens[i - 1] if i > 0 else None
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
        for token in self.tokens if peoples else ():  # most texts name no such people
            entity = peoples.get(token.text.rstrip("s"))
            if entity is not None and token.i not in self.by_token and token.text[:1].isupper():
                self.by_token[token.i] = entity

    def _read_company_prefixes(self) -> None:
        """"Air France", "Air Chad": a company's first word (an airline's "Air") before a
        state's name makes a company's name, not the state, whatever the ruler tagged."""
        prefixes = words("COMPANY_PREFIXES")
        for i in self.capitalised:  # a company's first word is capitalised
            if i + 1 >= len(self.tokens) or self.lowers[i] not in prefixes:
                continue
            token = self.tokens[i]
            state = self.by_token.get(token.i + 1)
            if token.i in self.by_token or state is None or state.type != "State":
                continue
            end = token.i + 1
            while end < len(self.doc) and self.by_token.get(end) == state:
                end += 1
            name = self.doc[token.i:end].text
            entity = self._remember(Entity(name, "Organisation"), name)
            for i in range(token.i, end):
                self.by_token[i] = entity
            self._forget_unused(state)

    @staticmethod
    def _is_people_word(token: Token) -> bool:
        """A capitalised people's name ("Serbs", "Serb", "Kurds"), not a body ("Army")."""
        if not token.text[:1].isupper() or token.is_sent_start or token.text in GROUP_WORDS:
            return False
        if token.lower_.endswith("ish"):
            return False  # "a Syrian Kurdish unit": an adjective ("Kurdish", "Turkish"), no people's name
        forms = {token.lower_, token.lemma_.lower(), token.lower_.removesuffix("s")}
        if forms & any_of("STATE_FORCE_NOUNS", "GROUP_NOUNS", "COMPANY_WORDS"):
            return False  # "Palestinian Factions" in a title-case headline, "British Airways": no people
        if token.ent_type_ not in ("", "NORP"):
            return False  # part of another name: "Syrian Democratic Forces"
        return token.ent_type_ == "NORP" or (token.tag_ == "NNPS" and token.text.endswith("s")) or \
            _people_adjective(token)

    def _read_name_prefixes(self) -> None:
        """"Liwa Hezbollah", "Saraya Hamas": an unknown capitalised word heading a
        known armed group's name as its compound, with no name of its own, makes another
        group's name (a brigade, a movement spelt the way the writer transliterates it),
        not the group inside it; titles and group words stay outside ("Commander X")."""
        outside = any_of("LEADER_NOUNS", "GENERIC_NAME_WORDS", "GROUP_NOUNS")
        for start, end, entity in self._spans():
            if start == 0 or entity.type != "ArmedGroup":
                continue
            word = self.tokens[start - 1]
            if word.i in self.by_token or word.is_sent_start or word.tag_ != "NNP" or not _letters(word.text) or \
                    not word.text[:1].isupper() or word.dep_ != "compound" or not start <= word.head.i < end or \
                    word.ent_type_ not in ("", "ORG") or word.lower_ in outside or is_qualifier(word.text):
                continue  # "Maoist Shining Path": a doctrine's adjective qualifies the group, names no other
            text = self.doc[start - 1: end].text
            entry = self.gazetteer.lookup(text) or self._respelt(word.text, entity)
            named = self.from_gazetteer(entry, text) if entry is not None else \
                self._remember(Entity(text, "ArmedGroup"), text)
            for i in range(start - 1, end):
                self._name_token(i, named)

    def _respelt_run(self, span: Span) -> GazEntry | None:
        """"Kataib Hizbollah": a run ending in a known group's name, read with the group's other
        spellings after the words before it."""
        inner = self.by_token.get(span[-1].i)
        if inner is None or inner.type != "ArmedGroup":
            return None
        cut = next(t.i for t in span if self.by_token.get(t.i) == inner)
        return self._respelt(self.doc[span.start:cut].text, inner) if cut > span.start else None

    def _respelt(self, prefix: str, group: Entity) -> GazEntry | None:
        """"Kata'ib Hizbollah": the known name the prefixed one is when the group inside it is
        spelt one of the other ways the gazetteer knows for it ("Hezbollah", "Hizballah")."""
        known = self.gazetteer.lookup(group.name)
        spellings = (group.name, *known.aliases) if known is not None else (group.name,)
        return next((e for e in (self.gazetteer.lookup(f"{prefix} {s}") for s in spellings) if e is not None), None)

    def _read_linked_names(self) -> None:
        """"Ansar-ul-Mujahideen", "Tehreek-e-Jihad", "Sar-e-Pul": capitalised words joined
        by hyphens through a linking particle ("e", "ul", "al") are one name, however the
        NER cut it or whatever name it tagged inside it."""
        i = 0
        for start in self.capitalised:  # a run starts at a capitalised word
            stop = self._linked_run_end(start) if start >= i else None
            if stop is None:
                continue
            span = self.doc[start:stop]
            inside = [self.by_token[t.i] for t in span if t.i in self.by_token]
            if not (len(inside) == len(span) and len(set(inside)) == 1):
                entry = self.gazetteer.lookup(span.text)
                named = self.from_gazetteer(entry, span.text) if entry is not None else \
                    self._remember(Entity(span.text, self._linked_kind(span, inside)), span.text)
                for t in span:
                    self._name_token(t.i, named)
            i = stop

    def _linked_run_end(self, start: int) -> int | None:
        """Where a run "Word-particle-Word(-particle-Word)" that starts at `start` ends, or
        None when no such run starts there."""
        tokens = self.tokens
        if not (tokens[start].is_alpha and tokens[start].text[:1].isupper()) or \
                start > 0 and tokens[start - 1].text in HYPHENS and not tokens[start - 1].whitespace_:
            return None
        stop, linked = start + 1, False
        while stop + 1 < len(tokens) and not tokens[stop - 1].whitespace_ and tokens[stop].text in HYPHENS \
                and not tokens[stop].whitespace_ and tokens[stop + 1].is_alpha:
            word = tokens[stop + 1]
            if word.text[:1].isupper():
                stop += 2
            elif word.lower_ in words("NAME_LINK_PARTICLES") and not word.whitespace_ and stop + 3 < len(tokens) \
                    and tokens[stop + 2].text in HYPHENS and not tokens[stop + 2].whitespace_ \
                    and tokens[stop + 3].is_alpha and tokens[stop + 3].text[:1].isupper():
                stop += 4
                linked = True
            else:
                break
        return stop if linked else None

    def _linked_kind(self, span: Span, inside: list[Entity]) -> str:
        """The kind of a linked name the gazetteer does not know: a group when a group word
        is part of it or it heads a group noun, a place when the NER read a place in it."""
        if any(w in GROUP_WORDS for w in span.text.split("-")) or \
                any(e.type in ("ArmedGroup", "Coalition") for e in inside) or heads_a_group_noun(span):
            return "ArmedGroup"
        if any(t.ent_type_ in ("GPE", "LOC") for t in span) or span.root.head.lower_ in words("PLACE_NOUNS"):
            return "Place"
        return "Organisation"

    def _read_name_suffixes(self) -> None:
        """"Sudan People's Liberation Army-North", "Movement-in-Opposition": a name with a
        capitalised part joined by a hyphen is another body than the name before the
        hyphen (a branch, a splinter), not the known name inside it; "Russia-Ukraine"
        joins two names and stays two."""
        for start, end, entity in self._spans():
            if end + 1 >= len(self.doc) or entity.type in ("Person", "City"):
                continue
            hyphen = self.tokens[end]
            if hyphen.text not in HYPHENS or hyphen.whitespace_ or self.tokens[end - 1].whitespace_:
                continue
            if self.tokens[end + 1].lower_ in any_of("HYPHEN_PARTICIPLES", "LINK_PARTICIPLES"):
                continue  # "Saudi-Led", "Rebel-Held" in a Title Case headline: a modifier, no branch
            stop = end + 1
            while stop < len(self.doc) and stop not in self.by_token and self.tokens[stop].is_alpha and \
                    (self.tokens[stop].text[:1].isupper() or self.tokens[stop].lower_ in ("in", "of")):
                if self.tokens[stop].whitespace_ or stop + 1 >= len(self.doc) or self.tokens[stop + 1].text not in HYPHENS:
                    stop += 1
                    break
                stop += 2  # "-in-Opposition": on through the next hyphen
            if stop == end + 1 or not self.tokens[stop - 1].text[:1].isupper():
                continue
            while start < end and self.tokens[start].lower_ in words("ARTICLES"):
                start += 1
            span = self.doc[start:stop]
            entry = self.gazetteer.lookup(span.text)
            kind = "ArmedGroup" if any(w in GROUP_WORDS for w in span.text.replace("-", " ").split()) \
                or entity.type == "ArmedGroup" else "Organisation"
            branch = (self.from_gazetteer(entry, span.text) if entry is not None
                      else self._remember(Entity(span.text, kind), span.text))
            for i in range(start, stop):
                self.by_token[i] = branch
            self._forget_unused(entity)

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
            while self.tokens[start].lower_ in words("ARTICLES"):
                start += 1
            span = self.doc[start:stop]
            entry = self.gazetteer.lookup(span.text)
            kind = "ArmedGroup" if any(w in span.text.split() for w in GROUP_WORDS) else entity.type
            if entry is None and following.type == "State" and self._state_force_words(self.doc[start:end]):
                joined = following
            else:
                joined = (self.from_gazetteer(entry, span.text) if entry is not None
                          else self._remember(Entity(span.text, kind), span.text))
            for i in range(first, stop):
                self.by_token[i] = joined
            self._forget_unused(entity)

    def _of_cut(self, start: int, end: int) -> int | None:
        """Where the place a name is "of" starts, when the NER cut the name before it: the
        span ends in "of" or "of the" ("Armed Forces of the"), or a name ending in a group
        word is followed by "of (the)" ("the Communist Party" + "of the Philippines")."""
        words_ = [t.lower_ for t in self.doc[start:end] if t.lower_ not in words("ARTICLES")]
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
        rest = {t.lower_ for t in span} - words("FORCE_TITLE_FILLERS")
        return bool(rest) and rest <= any_of("STATE_FORCE_NOUNS", "STATE_FORCE_MODIFIERS", "STATE_FORCE_TITLE_WORDS")

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
        for i in range(len(self.tokens) - 1):
            state, after = self.by_token.get(i), self.by_token.get(i + 1)
            if state is None or after is None or state == after or state.type != "State" or \
                    self.texts[i] not in state.name.split():
                continue
            token = self.tokens[i]
            end = token.i + 1
            while self.by_token.get(end) == after:
                end += 1
            entry = self.gazetteer.lookup(state.name)
            rest = self.doc[token.i + 1:end].text
            known = next((k for d in (entry.demonyms if entry else ()) if (k := self.gazetteer.lookup(f"{d} {rest}"))), None)
            if known is None or known.name == after.name:
                continue
            entity = self.from_gazetteer(known, f"{token.text} {rest}")
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


def _people_adjective(token: Token) -> bool:
    """"Bosnian Serb forces", "Turkish Cypriot police": a capitalised adjective the NER left
    untagged, after a state's demonym and before a noun of armed men, names a people of that
    state's land (not a company's facilities, "Saudi X facilities"; no title or word of a
    body's name: "Afghan National army")."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    armed = any_of("HOME_STATE_FORCES", "NON_STATE_GROUP_NOUNS", "DOMESTIC_FORCE_HEADS", "HIRED_FORCE_NOUNS")
    return token.tag_ in ("JJ", "NNP") and token.ent_type_ == "" and after is not None and \
        after.text.islower() and after.lower_ in armed - words("STATE_BODY_NOUNS") and \
        token.lower_ not in any_of("GENERIC_NAME_WORDS", "LEADER_NOUNS", "OTHER_TITLE_NOUNS")


def _arabic_group_as_person(span: Span, known: set[Entity | None]) -> bool:
    """"Jaysh al-Thawra" read as one person's name: an Arabic "army / front / brigades of
    the ..." (a group-name opening word, then a joined particle "al-") names a group, not a man."""
    entity = next(iter(known))
    return entity is not None and entity.type == "Person" and span[0].lower_ in words("GROUP_NAME_STARTS") and \
        any(t.lower_ in words("NAME_LINK_PARTICLES") and not t.whitespace_ for t in span[1:])


def _letters(word: str) -> bool:
    """A word of letters, with the apostrophes a transliteration may set in it ("Kata'ib")."""
    return word.replace("'", "").replace("\u2019", "").isalpha()
