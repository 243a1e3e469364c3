"""What a token or span is as a name, read alone: a proper name, a numbered unit, the
name as written, and the words that make a name a group's."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.lexicon import any_of, words

GROUP_WORDS = ("Army", "Forces", "Front", "Brigade", "Brigades", "Movement", "Militia",
               "Group", "Battalion", "Corps", "Mujahideen", "Jihad", "Taliban", "Guard")


def is_numbered_unit(token: Token) -> bool:
    """"the 6th Infantry Division", "30th Brigade", "Third Army", "Brigade 17": a numbered unit
    of forces, no name of its own but a part of the army or group that has it."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lemma_.lower() in words("UNIT_NOUNS") and after is not None and after.like_num:
        return True
    return token.lemma_.lower() in words("UNIT_NOUNS") and any(
        t.ent_type_ == "ORDINAL" or t.lower_.rstrip("stndrh").isdigit() and t.lower_[-2:] in ("st", "nd", "rd", "th")
        or t.lower_ in words("ORDINAL_WORDS") for t in token.subtree if t.i < token.i)


def is_force_unit(span: Span) -> bool:
    """"the army's 25th Infantry Battalion", "the military's X Task Force": a unit a state's
    force owns is a part of that force, no party of its own (unlike "the Seventh Brigade")."""
    start = span.start
    while start > 0 and (span.doc[start - 1].like_num or span.doc[start - 1].lower_.rstrip("stndrh").isdigit()):
        start -= 1  # "the army's 25th Infantry Battalion": the number is no name
    before = span.doc[start - 1] if start > 0 else None
    owner = before.head if before is not None and before.dep_ == "case" else None
    return owner is not None and owner.dep_ == "poss" and owner.lower_ in words("STATE_FORCE_NOUNS")


def is_name(token: Token) -> bool:
    """A proper name, or a capitalised word the tagger took for a common noun ("Sake")."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper()
                                      and not token.is_sent_start)


def person_titles(name: Token) -> list[Token]:
    """The title nouns the parser hangs on a person's name ("army spokesperson X Y", "X, a
    spokesman for ...", "Turkish President X"): the compound, apposition and nmod children
    of the name's last word; the one reading of a title, whatever class a caller asks for."""
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    return [c for c in name.children if c.dep_ in ("compound", "appos", "nmod")]


def is_qualifier(word: str) -> bool:
    """"Kurdish", "Maoist", "Islamist": a capitalised adjective of a people or a doctrine
    (its ending says so), which qualifies a name rather than starting one."""
    return word[:1].isupper() and word.lower().endswith(("ish", "ist"))


def titled(name: Token) -> bool:
    """Whether a name carries a person's title ("commander X Y", "President X"): it names
    a person, whatever noun of place it follows ("the last stronghold of commander X")."""
    return any(c.dep_ == "compound" and c.lower_ in any_of("LEADER_NOUNS", "OTHER_TITLE_NOUNS")
               for c in person_titles(name))


def heads_a_group_noun(span: Span) -> bool:
    """"the Fatimiyoun group", "the Maute militia": a name the parser hangs as a compound
    on a singular group noun names a group."""
    return span.root.dep_ == "compound" and span.root.head.tag_ == "NN" and \
        span.root.head.lemma_.lower() in words("COLLECTIVE_GROUP_HEADS")


def clean_surface(span: Span) -> str:
    """The name as written, without a leading article or a trailing possessive."""
    doc, start, end = span.doc, span.start, span.end  # only the end tokens are read
    while start < end and doc[start].lower_ in words("ARTICLES"):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", ",", ".", "-"):
        end -= 1
    return doc[start:end].text.strip() if start < end else ""


def office_words_only(surface: str) -> bool:
    """Whether a capitalised phrase is made only of the words of an office or a state's
    force ("Armed Forces", "Minister of Foreign Affairs", "Joint Chiefs of Staff"): a title
    that names no one of its own, so the state or person beside it is who acts."""
    parts = [w.removesuffix("'s").removesuffix("’s") for w in surface.lower().split()]
    return all(w in any_of("NOT_NAMES", "LEADER_NOUNS", "OTHER_TITLE_NOUNS", "OFFICE_NAME_WORDS") for w in parts)


def people_stem(word: str) -> str:
    """A people's word without its adjective ending ("kurdish" -> "kurd", "tigrayan" ->
    "tigray"), to find it in a name ("Kurdistan", "Tigray People's ..."); four letters at least."""
    for ending in ("ish", "ian", "an", "i", "ese"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word
