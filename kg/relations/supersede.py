"""The later state wins: control that the same text says was lost or retaken is marked
superseded, so only the holder the article ends with is asserted."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from kg.events import RelationEvent
from kg.relations.schema import shipped_pattern_files, words_for


def supersede(events: list[RelationEvent],
               losses: Iterable[tuple[int, str, str]] = (),
               irregular_takings: Iterable[tuple[int, str]] = (),
               retakings: Iterable[tuple[int, str]] = ()) -> list[RelationEvent]:
    """Marks as superseded every asserted control of a place that another actor retook,
    every holder a place was retaken from, every hold stated no later than the
    sentence saying the holder lost it (losses: sentence offset, holder, place),
    every state's hold stated before unnamed fighters took the place (irregular_takings:
    sentence offset, place), and every taking stated before the place was retaken by
    no one named (retakings: sentence offset, place), unless that taking was a retaking
    the passive restates."""
    regain = words_for("controls")["REGAIN_VERBS"]
    by_place: dict[str, list[RelationEvent]] = defaultdict(list)
    for event in events:
        if event.relation == "controls" and event.asserted:
            by_place[event.object.name].append(event)
    losers: set[tuple[str, str]] = set()
    for place, held in by_place.items():
        regains = [e for e in held if e.trigger.lower() in regain or _lemma_in(e, regain)]
        last = max((e.evidence.start for e in regains), default=None)  # retaken twice: the later wins
        winners = {e.subject.name for e in regains if e.evidence.start == last}
        if winners:
            losers |= {(e.subject.name, place) for e in held if e.subject.name not in winners}
    takers = _place_takers()
    losers |= {(e.object.name, place) for e in events if e.pattern_id in takers
               for place in by_place if e.asserted and _same_sentence_control(e, by_place[place])}
    lost = [(at, holder, place) for at, holder, place in losses]
    lost += [(at - 1, e.subject.name, place) for at, place in irregular_takings
             for e in by_place.get(place, []) if e.subject.type == "State"]
    lost += [(at - 1, e.subject.name, place) for at, place in retakings
             for e in by_place.get(place, []) if not (e.trigger.lower() in regain or _lemma_in(e, regain))]
    return [replace(e, modality="superseded") if e.relation == "controls" and e.asserted
            and ((e.subject.name, e.object.name) in losers
                 or any(e.evidence.start <= at and (e.subject.name, e.object.name) == (holder, place)
                        for at, holder, place in lost)) else e for e in events]


def _lemma_in(event: RelationEvent, vocabulary: frozenset[str]) -> bool:
    stem = event.trigger.lower()
    return any(stem.startswith(w[:-1]) for w in vocabulary if len(w) > 4)


def _same_sentence_control(taking: RelationEvent, held: list[RelationEvent]) -> bool:
    return any(h.evidence.start == taking.evidence.start and h.subject == taking.subject for h in held)


def _place_takers() -> frozenset[str]:
    """Ids of the patterns whose object loses the place the sentence gives the subject
    ("retook the town from Y"): "object_loses_place" in the pattern files."""
    return frozenset(entry.id for checked in shipped_pattern_files()
                     for entry in checked.rules.patterns if entry.object_loses_place)
