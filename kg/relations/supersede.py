"""The later state wins: control that the same text says was lost or retaken is marked
superseded, so only the holder the article ends with is asserted."""
from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from kg.events import RelationEvent
from kg.relations.arguments import clause_of
from kg.relations.schema import modality_cues, shipped_pattern_files, words_for
from kg.syntax import first_conjunct, has_adverb

#: A hold dated this many days or more before the article is background, not news.
BACKGROUND_DAYS = 60


def supersede(events: list[RelationEvent],
               losses: Iterable[tuple[int, str, str]] = (),
               irregular_takings: Iterable[tuple[int, str]] = (),
               retakings: Iterable[tuple[int, str]] = (),
               backdated: Iterable[tuple[int, str, str]] = (),
               told_past: Iterable[tuple[int, str, str]] = (),
               told_back: Iterable[int] = ()) -> list[RelationEvent]:
    """Marks as superseded every asserted control of a place that another actor retook,
    every holder a place was retaken from, every hold stated no later than the
    sentence saying the holder lost it (losses: sentence offset, holder, place),
    every state's hold stated before unnamed fighters took the place (irregular_takings:
    sentence offset, place), and every taking stated before the place was retaken by
    no one named (retakings: sentence offset, place), unless that taking was a retaking
    the passive restates; each of these ends a hold told as background anywhere in the text
    too. A hold the text dates back (backdated: sentence offset, holder,
    place; "had captured", "two years ago") is older than one it tells as news, whatever
    the order of sentences: it ends, and cannot end, the news holder's. A loss also ends the
    holder's holds told after it in the simple past with no date (told_past: sentence offset,
    holder, place; "X was expelled from P. X captured half of the town"): the story told back.
    A loss, taking or retaking told as background itself (told_back: its sentence offsets; "in
    December 2016 the town was retaken by militants") ends only holds told as background."""
    regain = words_for("controls")["REGAIN_VERBS"]
    by_place: dict[str, list[RelationEvent]] = defaultdict(list)
    for event in events:
        if event.relation == "controls" and event.asserted:
            by_place[event.object.name].append(event)
    old, past = set(backdated), set(told_past)

    def is_old(event: RelationEvent) -> bool:
        return (event.evidence.start, event.subject.name, event.object.name) in old

    news = {place: {e.subject.name for e in held if not is_old(e)} for place, held in by_place.items()}
    losers: set[tuple[str, str]] = set()
    for place, held in by_place.items():
        regains = [e for e in held if e.trigger.lower() in regain or _lemma_in(e, regain)]
        last = max(((not is_old(e), e.evidence.start) for e in regains), default=None)  # retaken twice: the later wins
        winners = {e.subject.name for e in regains if (not is_old(e), e.evidence.start) == last}
        if winners:
            losers |= {(e.subject.name, place) for e in held if e.subject.name not in winners}
        if news[place]:  # "had captured P from X" told after "X seized P": the news holder stays
            losers |= {(e.subject.name, place) for e in held if e.subject.name not in news[place]}
    takers = _place_takers()
    for place, held in by_place.items():
        for taking in (e for e in events if e.pattern_id in takers and e.asserted):
            controls = [h for h in held if h.evidence.start == taking.evidence.start and h.subject == taking.subject]
            if controls and not (all(is_old(h) for h in controls) and taking.object.name in news[place]):
                losers.add((taking.object.name, place))
    back = set(told_back)
    lost = [(at, holder, place, at in back) for at, holder, place in losses]
    lost += [(at - 1, e.subject.name, place, at in back) for at, place in irregular_takings
             for e in by_place.get(place, []) if e.subject.type == "State"]
    retakers = {(e.subject.name, place) for place, held in by_place.items() for e in held
                if e.trigger.lower() in regain or _lemma_in(e, regain)}  # the passive may restate their retaking
    lost += [(at - 1, e.subject.name, place, at in back) for at, place in retakings
             for e in by_place.get(place, []) if (e.subject.name, place) not in retakers]

    def ends(e: RelationEvent, at: int, background: bool) -> bool:
        """A loss ends a hold told before it, and one told after it as the story told back
        (dated back, or in the simple past with no date), not a retaking; a loss told as
        background ends only a hold told as background."""
        if background and not is_old(e):
            return False
        return e.evidence.start <= at or is_old(e) or (
            (e.evidence.start, e.subject.name, e.object.name) in past and
            not (e.trigger.lower() in regain or _lemma_in(e, regain)))

    return [replace(e, modality="superseded") if e.relation == "controls" and e.asserted
            and ((e.subject.name, e.object.name) in losers
                 or any(ends(e, at, background) and (e.subject.name, e.object.name) == (holder, place)
                        for at, holder, place, background in lost)) else e for e in events]


def _lemma_in(event: RelationEvent, vocabulary: frozenset[str]) -> bool:
    stem = event.trigger.lower()
    return any(stem.startswith(w[:-1]) for w in vocabulary if len(w) > 4)


@functools.lru_cache(maxsize=1)
def _place_takers() -> frozenset[str]:
    """Ids of the patterns whose object loses the place the sentence gives the subject
    ("retook the town from Y"): "object_loses_place" in the pattern files."""
    return frozenset(entry.id for checked in shipped_pattern_files()
                     for entry in checked.rules.patterns if entry.object_loses_place)


def dated_back(trigger: Token) -> bool:
    """Whether the clause of a control tells it as background, before the news: "had
    captured" outside reported speech ("said it had captured" is news), "two years ago",
    "a week earlier", "earlier this month", "last year"."""
    verb = first_conjunct(trigger)
    vocabulary = words_for("controls")
    spans, back = vocabulary["SPAN_NOUNS"], vocabulary["FLASHBACK_WORDS"]
    for child in verb.children:
        if child.dep_ not in ("advmod", "npadvmod"):
            continue
        said = {t.lower_ for t in child.subtree}
        if said & spans and said & back and "for" not in said:
            return True
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in modality_cues()["REPORTING"]
    return not reported and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def ended_until(trigger: Token) -> bool:
    """Whether the past clause of a standing relation says when it ended: "was part of X
    until 2020", "backed Y until recently", "had been an ally of Z until it quit" (not
    "is a member until 2030", a term still running)."""
    cues = modality_cues()
    verb = first_conjunct(clause_of(trigger))
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))
    if not past:
        return False
    for child in {*verb.children, *trigger.children}:
        if child.dep_ == "prep" and child.lower_ in cues["TERM_PREPS"] and any(
                o.dep_ in ("pobj", "pcomp", "advmod") and (any(t.ent_type_ == "DATE" for t in o.subtree) or o.lower_ in cues["TERM_ADVERBS"])
                for o in child.children):
            return True  # "until 2020", "until its exit in 2019", "until recently"
        if child.dep_ == "advcl" and child.tag_ == "VBD" and any(
                m.dep_ == "mark" and m.lower_ in cues["TERM_PREPS"] for m in child.children):
            return True  # "until it quit", "until the war ended"
    return False


def membership_left(trigger: Token) -> bool:
    """"joined X in 2010 but quit it in 2019", "A, which joined X, left the bloc in 2019":
    a joining whose member the same sentence then says left (a verb of exit conjoined after
    it, or the main verb of the member the joining describes) is a membership that ended."""
    vocabulary = words_for("alliedWith")
    if trigger.lemma_.lower() not in vocabulary["JOIN_VERBS"]:
        return False
    mains = [c for c in trigger.children if c.dep_ == "conj" and c.i > trigger.i]
    if trigger.dep_ == "relcl" and trigger.head.dep_ == "nsubj":
        mains.append(trigger.head.head)  # "A, which joined X, quit ...": A's own clause
    joined = {t.lower_ for c in trigger.children if c.dep_ in ("dobj", "prep") for t in c.subtree if t.pos_ == "PROPN"}
    return any(v.pos_ == "VERB" and v.lemma_.lower() in vocabulary["EXIT_VERBS"] and
               not any(c.dep_ == "neg" for c in v.children) and _exits_the_joined(v, joined) for v in mains)


def _exits_the_joined(verb: Token, joined: set[str]) -> bool:
    """Whether what a verb of exit leaves is the body just joined: nothing named ("withdrew
    in 2019"), "it", a coalition word ("the bloc") or the same name; not "withdrew its
    troops", "left Mali"."""
    exits = words_for("alliedWith")["EXIT_PREPOSITIONS"]
    for child in verb.children:
        left = [child] if child.dep_ == "dobj" else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in exits else []
        for thing in left:
            named = {t.lower_ for t in thing.subtree if t.pos_ == "PROPN"}
            if thing.pos_ != "PRON" and not (named and named <= joined) and \
                    not (not named and thing.lemma_.lower() in words_for("alliedWith")["COALITION_NOUNS"]):
                return False
    return True


def told_after(trigger: Token) -> bool:
    """Whether the clause of a control places it after another event: "was retaken weeks
    later", "was subsequently recaptured" (after the hold the sentence before told)."""
    verb = first_conjunct(trigger)
    sequel = words_for("controls")["SEQUEL_WORDS"]
    return has_adverb(verb, sequel)
