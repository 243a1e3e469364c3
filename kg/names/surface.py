"""What a token or span is as a name, read alone: a proper name, a numbered unit, the
name as written, and the words that make a name a group's."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.lexicon import words

GROUP_WORDS = ("Army", "Forces", "Front", "Brigade", "Brigades", "Movement", "Militia",
               "Group", "Battalion", "Corps", "Mujahideen", "Jihad", "Taliban", "Guard")


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
