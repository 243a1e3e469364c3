"""The table of one document's names that every reading in kg/names writes (which
entity each token names, every surface form seen, the acronyms defined), and the moves
the readings share: remember a name, rename one, let a token name another."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.events import Entity
from kg.gazetteer import GazEntry, Gazetteer


@dataclass
class NameTable:
    """What every reading writes: the entities one document names, by token, with every
    surface form seen."""

    doc: Doc
    gazetteer: Gazetteer
    entities: dict[str, Entity] = field(default_factory=dict)
    surfaces: dict[str, set[str]] = field(default_factory=dict)
    by_token: dict[int, Entity] = field(default_factory=dict)
    defined: dict[str, Entity] = field(default_factory=dict)
    #: The document's tokens, made once: a dozen passes read them (spaCy makes a new Token
    #: object on every index and iteration of a Doc).
    tokens: list[Token] = field(init=False, repr=False, compare=False)
    #: Each token's text, lower-case form and lower-cased lemma, read once (every read of
    #: `Token.text`, `.lower_` or `.lemma_` decodes the string from the vocabulary again),
    #: and where the capitalised words are (most passes look at nothing else).
    texts: list[str] = field(init=False, repr=False, compare=False)
    lowers: list[str] = field(init=False, repr=False, compare=False)
    lemmas: list[str] = field(init=False, repr=False, compare=False)
    capitalised: list[int] = field(init=False, repr=False, compare=False)
    #: The NER's entities, made once (`Doc.ents` makes every entity's Span anew).
    ents: tuple[Span, ...] = field(init=False, repr=False, compare=False)
    _children: dict[int, list[Token]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def children_of(self, token: Token) -> list[Token]:
        """`token.children`, made once per token: the resolver asks again and again, and
        every `.children` makes new Tokens (the tree does not change once parsed)."""
        found = self._children.get(token.i)
        if found is None:
            found = self._children[token.i] = list(token.children)
        return found

    def _read_tokens(self) -> None:
        """The document's tokens and their strings, once for every pass."""
        self.tokens = list(self.doc)
        self.texts = [t.text for t in self.tokens]
        self.lowers = [t.lower_ for t in self.tokens]
        self.lemmas = [t.lemma_.lower() for t in self.tokens]
        self.capitalised = [i for i, text in enumerate(self.texts) if text[:1].isupper()]
        self.ents = self.doc.ents

    def _remember(self, entity: Entity, surface: str) -> Entity:
        known = self.entities.setdefault(entity.name, entity)
        self.surfaces.setdefault(entity.name, set()).add(surface)
        return known

    def name_site(self, place: Entity, noun: str, surface: str) -> Entity:
        """"X's airport", "the port in X": a city's airport or port the text names by
        its city alone is a facility of its own, named "<city> <noun>" as news names it
        (whoever holds the airport does not yet hold the city)."""
        return self._remember(Entity(f"{place.name} {noun}", "Facility"), surface)

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

    def from_gazetteer(self, entry: GazEntry, surface: str) -> Entity:
        """The entity a gazetteer entry names, remembered as read from `surface`."""
        return self._remember(Entity(entry.name, entry.type, (), entry.same_as), surface)

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
