"""Whose a noun is: the owner of an ally or control noun ("X's ally", "an ally of X",
"its allies") and "our" in a spokesman's quote; shared by the alliedWith and controls
engines."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Mention
from kg.entities import NON_PERSON_ACTORS, Resolver
from kg.lexicon import words


def ally_owners(trigger: Token, resolver: Resolver) -> list[Mention]:
    """Whose ally (or held place) the noun says: its possessive, its named modifier, or the
    name after an owner preposition ("an ally of X", "loyal to X")."""
    for child in trigger.children:
        if child.dep_ == "poss" and child.lower_ in words("PRONOUNS_PLURAL") and _unnamed_plural_before(child, resolver):
            return []  # "Saleh, once an opponent of the rebels, is now their ally": the rebels, unnamed
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.i in resolver.by_token):
            return resolver.resolve(child, "actor")
        if child.dep_ in ("compound", "nmod", "amod") and child.lower_ in words("ARMED_MODIFIERS"):
            return resolver.resolve(child, "actor")  # "under rebel control": the rebels the text names
        if child.dep_ == "prep" and child.lower_ in words("OWNER_PREPOSITIONS"):
            return [m for g in child.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
    return []


def owner_said(trigger: Token) -> bool:
    """Whether the noun says whose it is, by name or not: a possessive, or an owner
    preposition's object other than "each other" ("the opposition's backers", "allies of the rebels")."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in words("OWNER_PREPOSITIONS") and any(
        g.dep_ == "pobj" and g.lemma_.lower() not in ("other", "another") for g in c.children)) for c in trigger.children)


def _unnamed_plural_before(pronoun: Token, resolver: Resolver) -> bool:
    """The nearest plural noun before a plural pronoun in its sentence is one the text
    does not name ("the rebels"), so the pronoun means them, not an actor named earlier."""
    for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        named = any(t.i in resolver.by_token for t in token.subtree)
        if token.tag_ in ("NNS", "NNPS") or (named and token.dep_ in ("nsubj", "pobj", "dobj", "conj")):
            return token.tag_ == "NNS" and not named
    return False


def first_person_owner(trigger: Token, resolver: Resolver) -> list[Mention]:
    """"P is under our control," the army spokesman said: "our" is the speaker's side,
    named as the subject of the speech verb of this sentence or of the one before."""
    if not any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in trigger.children):
        return []
    sentence = trigger.sent
    candidates = [sentence]
    if sentence.start > 0:
        candidates.append(sentence.doc[sentence.start - 1].sent)
    for span in candidates:
        for token in span:
            if token.lemma_ in words("SPEECH_VERBS"):
                for child in token.children:
                    if child.dep_ == "nsubj" and child.lower_ not in words("SUBJECT_PRONOUNS"):
                        # a person whose side the text leaves unnamed is no side: "'P is under our
                        # control,' rebel colonel X told Reuters" gives no holder
                        return [m for m in resolver.resolve(child, "actor") if m.entity.type in NON_PERSON_ACTORS]
    return []
