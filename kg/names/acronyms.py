"""Acronyms and short forms: an acronym defined in brackets or spelt out by a name of the
same text names that entity, whatever the gazetteer usually means by it, and an
ambiguous short form names a group the text also names in full."""
from __future__ import annotations

from kg.events import Entity
from kg.lexicon import words
from kg.names.surface import GROUP_WORDS
from kg.names.table import NameTable


class Acronyms(NameTable):
    """Mixed into Names (kg/names/reader.py)."""

    def _read_definitions(self) -> None:
        """"Rapid Support Forces (RSF)", "... Army-North (SPLA-N)": the acronym names that
        entity everywhere in this document, whatever the gazetteer says it usually stands for."""
        for i, text in enumerate(self.texts):
            if text != "(":
                continue
            token = self.tokens[i]
            close = next((j for j in range(token.i + 2, min(token.i + 6, len(self.doc)))
                          if self.texts[j] == ")"), None)
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
        words_then_names = [(i, i + 1, text) for i, text in enumerate(self.texts)] + \
            [(start, end, self.doc[start:end].text) for start, end, _ in self._spans()]
        for start, end, text in words_then_names:  # a word's text is its one-token span's
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
        text = None  # the document's text in lower case, made when a word may be an acronym
        for i, acronym in enumerate(self.texts):
            current = self.by_token.get(i)
            if current is None or current.type == "State":
                continue
            if acronym in self.defined or not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6):
                continue
            if text is None:
                text = self.doc.text.lower()  # Doc.text joins every token: once, and only if needed
            if current.name.lower() in text:
                continue
            spelt = {e for e in groups if e != current and _spells(e.name, acronym)}
            if len(spelt) == 1:
                self._name_token(i, self._remember(spelt.pop(), acronym))

    def _name_spelt_out(self, bracket: int, acronym: str) -> Entity | None:
        """"the rebel Front of Farmers for Unity and Progress (FFUP)": a long name the
        NER cut short is the whole capitalised run before the acronym's bracket when the
        run's initials are the acronym's letters (in any order: "Support Group for Islam
        and Muslims (GSIM)" keeps its French order) and the NER found a name inside it. A
        state or place named inside it stays itself elsewhere ("Chadian troops" beside the
        "Islamic State of Chad (ISC)"); a body named inside it is the whole group."""
        start = bracket
        link = words("NAME_LINK_WORDS")
        while start > max(1, bracket - 12) and (self.tokens[start - 1].text[:1].isupper() or (
                self.tokens[start - 1].lower_ in link and (self.tokens[start - 2].text[:1].isupper()
                                                        or self.tokens[start - 2].lower_ in link)) or (
                self.tokens[start - 1].lower_ == "the" and self.tokens[start - 2].lower_ in link)):  # "of the Congo"
            start -= 1
        while start < bracket and (self.tokens[start].lower_ in link
                                   or self.tokens[start].lower_ in words("ARTICLES")):
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
        whole = self.from_gazetteer(entry, span.text) if entry is not None else \
            self._remember(Entity(span.text, kind), span.text)
        for part in inside - {whole}:
            if part.type not in ("State", "City", "Region", "Place"):  # "Iraqi forces" stay Iraq's
                self._rename(part, whole)  # "the Defence Group" later on is the same body
        for i in range(start, bracket):
            self._name_token(i, whole)
        return whole

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
        for i, text in enumerate(self.texts if short else ()):
            entity = short.get(text)
            if entity is None or i in self.by_token or self.tokens[i].pos_ in ("VERB", "AUX"):
                continue
            token = self.tokens[i]
            line = [t for t in token.sent if t.is_alpha]
            if token.is_upper and sum(t.is_upper for t in line) > len(line) / 2:
                continue  # a headline in capitals: "WHY IS ..."
            self.by_token[token.i] = entity
            self._remember(entity, token.text)


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
