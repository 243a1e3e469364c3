"""What a document named before a given word: the last entity of a kind, the one the
story names most, within a window of sentences, and the group the text described with
a noun ("the rebels"). The memory descriptions ("the group", "the city") and pronouns
are resolved against (kg/entities/), kept apart from the resolution itself.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.events import Entity
from kg.lexicon import words
from kg.names import Names


@dataclass
class Mention:
    """A resolved mention: where it is, what it names, and how it was resolved."""

    entity: Entity
    token: int
    via: str = "name"


def distinct(mentions: list[Mention]) -> list[Mention]:
    """The first mention of each entity, in order: one party or side per name."""
    unique: dict[str, Mention] = {}
    for mention in mentions:
        unique.setdefault(mention.entity.name, mention)
    return list(unique.values())


@dataclass
class Discourse(Names):
    """The names of one document (kg.names), read back from a given word."""

    #: Entity name -> the nouns and modifiers the text described it with (set by the
    #: resolver once names are final, from _read_descriptors).
    descriptors: dict[str, set[str]] = field(default_factory=dict)

    def mentions_before(self, token: Token) -> list[tuple[int, Entity]]:
        """Every named mention before `token`, in text order (token index, entity): the pool antecedents are read from."""
        return [(i, e) for i, e in sorted(self.by_token.items()) if i < token.i]

    def recent(self, token: Token, types: frozenset[str], window: int | None = None,
               skip: Callable[[Token], bool] | None = None) -> Mention | None:
        """The last entity of one of these kinds named before token, within `window`
        sentences (this one counting as 0) when given, passing over mentions `skip` rejects."""
        first = self.window_start(token, window)
        for i, entity in reversed(self.mentions_before(token)):
            if i < first:
                break
            if entity.type in types and not (skip and skip(self.tokens[i])):
                return Mention(entity, i, "description")
        return None

    def salient(self, token: Token, types: frozenset[str], window: int = 3) -> Mention | None:
        """Among the entities of these kinds named within `window` sentences, the one the
        story names most so far (the latest on a tie): "the militants" means the group
        the article is about, not one it mentioned once in passing."""
        first = self.window_start(token, window)
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

    def window_start(self, token: Token, window: int | None) -> int:
        """The first token of the sentence `window` sentences before token's (all of the
        text before it when window is None): where a look back for an antecedent starts."""
        if window is None:
            return 0
        sentence = token.sent
        for _ in range(window):
            if sentence.start == 0:
                break
            sentence = self.tokens[sentence.start - 1].sent
        return sentence.start

    # --- what the text says of each group ---------------------------------------------
    def _read_descriptors(self) -> dict[str, set[str]]:
        """Words the text uses to describe each group ("Houthi rebels", "the CMA, a rebel
        alliance"), so that "the rebels" can find the group the text called rebels."""
        found: dict[str, set[str]] = {}
        for i, entity in self.by_token.items():
            token = self.tokens[i]
            related = [token.head] if token.dep_ in ("compound", "appos", "nsubj") or (
                token.head.dep_ == "acl") else []
            related += [c for c in token.children if c.dep_ == "appos"]
            if token.head.dep_ == "acl" and token.head.head.pos_ == "NOUN":  # "alliance known as X"
                related.append(token.head.head)
            if token.dep_ == "pobj" and token.head.head.dep_ == "acl" and token.head.head.lemma_ in words("NAMING_VERBS"):
                related.append(token.head.head.head)  # "a group known as X", not "a group linked to X"
            for noun in related:
                if noun.pos_ not in ("NOUN", "PROPN") or noun.i in self.by_token:
                    continue
                lemmas = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children
                                                   if c.dep_ in ("amod", "compound") and c.is_alpha}
                found.setdefault(entity.name, set()).update(lemmas)
            own = {c.lemma_.lower() for c in token.children  # "the rebel X", "Islamist Y"
                   if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN") and c.i not in self.by_token}
            if own:
                found.setdefault(entity.name, set()).update(own)
            if token.pos_ == "NOUN" and token.lemma_.lower() in words("GROUP_NOUNS"):
                found.setdefault(entity.name, set()).add(token.lemma_.lower())  # "the X group": part of its name
        return found

    def described(self, token: Token, types: frozenset[str], skip: frozenset[str] = frozenset()) -> Mention | None:
        """The last group the text described with this noun or one of its modifiers (none named in skip)."""
        wanted = {token.lemma_.lower()} | {c.lemma_.lower() for c in token.children
                                           if c.dep_ in ("amod", "compound") and c.is_alpha}  # not the "-" of "anti-X"
        for i, entity in reversed(self.mentions_before(token)):
            if entity.type in types and entity.name not in skip and wanted & self.descriptors.get(entity.name, set()):
                return Mention(entity, i, "description")
        return None
