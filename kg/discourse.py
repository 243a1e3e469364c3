"""What a document named before a given word: the last entity of a kind, the one the
story names most, within a window of sentences. The memory descriptions ("the group",
"the city") and pronouns are resolved against (kg/entities.py), kept apart from the
resolution itself.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.events import Entity
from kg.names import Names


@dataclass
class Mention:
    """A resolved mention: where it is, what it names, and how it was resolved."""

    entity: Entity
    token: int
    via: str = "name"


@dataclass
class Discourse(Names):
    """The names of one document (kg.names), read back from a given word."""

    def mentions_before(self, token: Token) -> list[tuple[int, Entity]]:
        return [(i, e) for i, e in sorted(self.by_token.items()) if i < token.i]

    def recent(self, token: Token, types: frozenset[str], window: int | None = None) -> Mention | None:
        """The last entity of one of these kinds named before token, within `window`
        sentences (this one counting as 0) when given."""
        first = self._window_start(token, window)
        for i, entity in reversed(self.mentions_before(token)):
            if i < first:
                break
            if entity.type in types:
                return Mention(entity, i, "description")
        return None

    def salient(self, token: Token, types: frozenset[str], window: int = 3) -> Mention | None:
        """Among the entities of these kinds named within `window` sentences, the one the
        story names most so far (the latest on a tie): "the militants" means the group
        the article is about, not one it mentioned once in passing."""
        first = self._window_start(token, window)
        before = self.mentions_before(token)
        counts: dict[str, int] = {}
        for i, entity in before:
            if self.by_token.get(i - 1) != entity:
                counts[entity.name] = counts.get(entity.name, 0) + 1
        best: tuple[int, int, Entity] | None = None
        for i, entity in before:
            if i >= first and entity.type in types:
                score = (counts[entity.name], i)
                if best is None or score > best[:2]:
                    best = (*score, entity)
        return Mention(best[2], best[1], "description") if best else None

    def _window_start(self, token: Token, window: int | None) -> int:
        if window is None:
            return 0
        sentence = token.sent
        for _ in range(window):
            if sentence.start == 0:
                break
            sentence = self.doc[sentence.start - 1].sent
        return sentence.start
