"""Reading spaCy's dependency tree the same way in every layer: below entities and
relations, importing no other kg module."""
from __future__ import annotations

from spacy.tokens import Token


def first_conjunct(token: Token) -> Token:
    """The first of the words a coordination joins ("seized and held P": seized; "Russian
    and Syrian forces": Russian), the one the parser hangs the others on, whose head and
    modifiers the others share."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def phrasal(verb: Token) -> str:
    """A verb's lemma with its particles, as a phrasal verb is listed ("head off", "call off")."""
    return " ".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"])


def has_adverb(token: Token, adverbs: frozenset[str] | set[str]) -> bool:
    """Whether one of a word's own adverbs is among `adverbs` ("briefly seized", "nearly captured")."""
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in token.children)
