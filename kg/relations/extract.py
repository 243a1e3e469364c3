"""The engine that runs the pattern files over a parsed document and builds RelationEvents.

Patterns find a trigger and whichever arguments the parse makes plain; this module
finds the rest the way English does (the subject of a support verb, of a governing
clause, of an accusation), maps every argument to entities, and asks modality.py
whether the sentence states it as fact.
"""
from __future__ import annotations

import contextlib
import datetime
import functools
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.dates import phrase_date
from kg.documents import Document
from kg.entities import Resolver
from kg.events import DocumentFacts, Evidence, RelationEvent
from kg.gazetteer import Gazetteer
from kg.gazetteer import load as load_gazetteer
from kg.lexicon import words
from kg.ontology import kind
from kg.relations.arguments import Candidate, clause_of, place_of
from kg.relations.modality import given_up, modality, near_miss, remembered
from kg.relations.patterns import Pattern, build_pattern_matchers, deferred
from kg.relations.record import DocumentRecord
from kg.relations.registry import run_engine
from kg.relations.supersede import BACKGROUND_DAYS, dated_back, ended_until, membership_left, supersede, told_after
from kg.relations.treematch import DocTree

#: How much a resolution step costs in confidence: a named argument is surest.
VIA_FACTOR = {"name": 1.0, "appos": 1.0, "known-as": 0.95, "owner": 0.95, "coalition": 0.85,
              "pronoun": 0.85, "description": 0.85, "home-state": 0.75, "leader": 0.85}
#: Relations that hold over time, which a clause can say have ended ("until 2020"); an attack is an event.
STANDING_RELATIONS = frozenset({"alliedWith", "controls"})


@functools.lru_cache(maxsize=4)
def _pattern_matchers(vocab: Vocab):
    return build_pattern_matchers(vocab)


def prepare(vocab: Vocab) -> None:
    """Read the pattern files and compile their matchers now, not on the first document,
    so that worker processes forked after it share them instead of each doing it again."""
    _pattern_matchers(vocab)


def extract_document(doc: Doc, document: Document,
                     gazetteer: Gazetteer | None = None) -> DocumentFacts:
    """Every candidate relation in one parsed document, with entities and evidence.

    Matches run in text order, engines that read back (claims) after the rest; what one
    step hands the next is the document's record, owned here."""
    with sentences_indexed(doc), remembered(doc):
        return _extract(doc, document, gazetteer)


@contextlib.contextmanager
def sentences_indexed(doc: Doc) -> Iterator[None]:
    """While extraction reads `doc`, `Token.sent`, `Span.sent` and `Doc.sents` give the
    sentences found once, through spaCy's user hooks: unhooked, every `.sent` makes two
    Spans and scans for the sentence's bounds, and every `doc.sents` makes every sentence
    again (the readings ask about 45 times a document). Same sentences, same order; the
    hooks go when extraction ends (they hold the document: a cycle otherwise)."""
    if "sents" in doc.user_hooks or "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks:
        yield  # hooks of someone else's: leave them
        return
    sentences = tuple(doc.sents)
    index = [0] * len(doc)
    for n, sentence in enumerate(sentences):
        index[sentence.start:sentence.end] = [n] * len(sentence)
    doc.user_hooks["sents"] = lambda _: iter(sentences)
    doc.user_token_hooks["sent"] = lambda token: sentences[index[token.i]]
    doc.user_span_hooks["sent"] = lambda span: sentences[index[min(span.start, len(index) - 1)]]
    try:
        yield
    finally:
        del doc.user_hooks["sents"], doc.user_token_hooks["sent"], doc.user_span_hooks["sent"]


def _extract(doc: Doc, document: Document, gazetteer: Gazetteer | None) -> DocumentFacts:
    """extract_document's work, its sentences indexed."""
    resolver = Resolver(doc, gazetteer or load_gazetteer())
    if sports_report(resolver.lemmas):  # "Peru hit Chile on the counter": a match report states no war
        return DocumentFacts(document, resolver.all_entities(), ())
    record = DocumentRecord()
    candidates: list[Candidate] = []
    matches = sorted(_matches(doc), key=lambda item: (deferred(item[0]), min(item[1])))
    for pattern, token_ids in matches:
        nodes = {name: doc[i] for name, i in zip(pattern.nodes, token_ids, strict=True)}
        found = run_engine(pattern, nodes, resolver, record)
        _note_doers(found, record)
        candidates.extend(found)
    dates = tuple(ent for ent in resolver.ents if ent.label_ == "DATE")  # the resolver's: Doc.ents makes every entity anew
    commerce = _commercial_triggers(candidates, resolver)
    business = business_report(resolver.lemmas)
    texts: dict[int, str] = {}  # sentence start -> its text, made once (Span.text joins every word)
    told: dict[tuple[int, str], tuple[str, datetime.date | None]] = {}  # (trigger, relation) -> how and when
    read = [(c, _event(c, document, resolver, dates, texts, told)) for c in candidates
            if _well_typed(c) and not (_alliance(c) and (business or c.trigger.i in commerce)) and not _state_not_held(c)]
    told_back = {t.sent.start_char for t in record.moves if _told_back(t, _event_date(t, document, dates), document)}
    events = supersede(_dedupe(e for _, e in read if e is not None), record.losses, record.irregular_takings,
                       record.retakings, _backdated(read, document), _told_past(read), told_back)
    return DocumentFacts(document, resolver.all_entities(), tuple(events))


def sports_report(lemmas: list[str]) -> bool:
    """A match report: four or more distinct words of sport ("goalkeeper", "derby",
    "penalty", "tournament") and more than twice as many sport words as words of armed
    violence. Teams bear the names of states and cities, and "hit", "beat", "attack",
    "take on" and "held" are the words of the game, so no relation in it is a fact. Reads
    the document's lower-cased lemmas (the resolver's list, read once)."""
    return _outweighs_violence(lemmas, "SPORT_REPORT_WORDS", 4)


def business_report(lemmas: list[str]) -> bool:
    """A business report: three or more distinct words of commerce ("airline", "revenue",
    "shareholder", "merger") and more than twice as many commerce words as words of armed
    violence. Its "alliances" and "partners" are airlines' and companies', not "allies or
    partners in force or politics", so it states no alliedWith (a company named like its
    state, "Emirates", makes it look like one). Reads the resolver's lower-cased lemmas."""
    return _outweighs_violence(lemmas, "BUSINESS_REPORT_WORDS", 3)


def _outweighs_violence(lemmas: list[str], word_list: str, distinct: int) -> bool:
    """Whether the lemmas hold `distinct` or more different words of the lexicon's
    `word_list`, and more than twice as many of them as words of armed violence."""
    listed, violence_words = words(word_list), words("VIOLENCE_WORDS")
    found = [w for w in lemmas if w in listed]
    violence = sum(1 for w in lemmas if w in violence_words)
    return len(set(found)) >= distinct and len(found) > 2 * violence


def _note_doers(found: list[Candidate], record: DocumentRecord) -> None:
    """Who carried out each attack or taking, for the engines that read back."""
    record.doers += [(c.trigger.i, c.subject, c.object) for c in found
                     if (c.relation or c.pattern.relation) in ("attacked", "controls")]


def _matches(doc: Doc) -> list[tuple[Pattern, list[int]]]:
    """Every pattern match as (pattern, token indices into doc), sentence by sentence,
    pattern by pattern (the order one DependencyMatcher over the document gives).

    A pattern sees a sentence only when the sentence has the values its nodes need
    (words, dependency labels, parts of speech; derived from the pattern files): most
    sentences reach few or no patterns. Nothing is lost: a match's nodes are linked by
    dependency arcs, which stay inside a sentence.
    """
    found = []
    prefilter = _pattern_matchers(doc.vocab)
    tree = DocTree(doc)  # the document's arrays, read once for every sentence and pattern
    for sent in doc.sents:
        for pattern, matcher in prefilter.patterns_for(tree.values(sent)):
            found += [(pattern, ids) for ids in matcher(tree, sent)]
    return found


def _well_typed(c: Candidate) -> bool:
    """Subject and object are two entities of the types the ontology gives the relation
    (rdfs:domain and rdfs:range in ontology/newskg.ttl)."""
    subject, obj = c.subject.entity, c.object.entity
    relation = kind(c.relation or c.pattern.relation)
    return subject.name != obj.name and \
        (relation.subject_types is None or subject.type in relation.subject_types) and \
        (relation.object_types is None or obj.type in relation.object_types)


def _state_not_held(c: Candidate) -> bool:
    """A whole state the text does not say is held: one state's forces in another ("took
    the largest port in X", "occupy a third of X") hold places there, not the state
    (a state that rules or governs another is said so), and a part of a state ("much of
    eastern X", "parts of X") is not all of it."""
    if (c.relation or c.pattern.relation) != "controls" or c.object.entity.type != "State":
        return False
    if c.subject.entity.type == "State" and c.trigger.lemma_.lower() not in words("RULE_VERBS"):
        return True
    name = c.trigger.doc[c.object.token]
    while name.dep_ in ("compound", "amod") and name.head.i != name.i:
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ == "of" and \
        name.head.head.lower_ in words("PART_NOUNS") - {"all"}


def _alliance(c: Candidate) -> bool:
    """Whether a candidate states an alliance (its own relation, else its pattern's)."""
    return (c.relation or c.pattern.relation) == "alliedWith"


def _commercial_triggers(candidates: list[Candidate], resolver: Resolver) -> set[int]:
    """The alliance words that pair a company with anyone: an alliance or partnership of
    a company is commerce, not force or politics, and so is every pairing the same word
    states ("A and B Airlines became members of the C alliance": A is an airline too)."""
    return {c.trigger.i for c in candidates if _alliance(c) and
            (resolver.is_company(c.subject.entity) or resolver.is_company(c.object.entity))}


def _event(c: Candidate, document: Document, resolver: Resolver, dates: tuple[Span, ...],
           texts: dict[int, str], told: dict[tuple[int, str], tuple[str, datetime.date | None]]
           ) -> RelationEvent | None:
    sentence = c.trigger.sent
    text = texts.get(sentence.start)
    if text is None:
        text = texts[sentence.start] = sentence.text
    evidence = Evidence(document.id, text.strip(), sentence.start_char,
                        sentence.start_char + len(text.rstrip()))
    factor = VIA_FACTOR.get(c.subject.via, 0.8) * VIA_FACTOR.get(c.object.via, 0.8)
    relation = c.relation or c.pattern.relation
    key = (c.trigger.i, relation)  # candidates of one trigger share both (a trigger's pairs)
    if key not in told:
        told[key] = (_stated(c.trigger, relation), _event_date(c.trigger, document, dates))
    stated, date = told[key]
    return RelationEvent(
        relation=relation,
        subject=c.subject.entity, object=c.object.entity, evidence=evidence,
        trigger=c.trigger.text, pattern_id=c.pattern.id,
        confidence=round(c.pattern.confidence * factor, 3),
        modality=stated,
        date=date,
        place=c.place or place_of(c.trigger, resolver, {c.subject.entity.name, c.object.entity.name}),
        cameo=c.pattern.cameo, plover=c.pattern.plover)


def _stated(trigger: Token, relation: str) -> str:
    """How the sentence states a relation of the trigger: its modality, or "superseded"
    when it says a hold was given up or a standing relation ended."""
    stated = modality(trigger)
    if relation == "controls" and stated == "asserted" and near_miss(trigger):
        stated = "attempt"
    if relation == "controls" and stated == "asserted" and given_up(trigger):
        stated = "superseded"
    if relation in STANDING_RELATIONS and stated == "asserted" and (ended_until(trigger) or membership_left(trigger)):
        stated = "superseded"
    return stated


def _event_date(trigger: Token, document: Document, dates: tuple[Span, ...]) -> datetime.date | None:
    """The date the clause of the trigger gives ("on Monday", "in June 2014"), from the
    document's DATE entities."""
    clause = clause_of(trigger)
    sentence = trigger.sent
    for ent in dates:
        if ent.start < sentence.start or ent.end > sentence.end:
            continue
        head = ent.root.head
        hops = 0
        while head.dep_ == "prep" or head.pos_ == "ADP":
            head = head.head
            hops += 1
            if hops > 2:
                break
        if head in (trigger, clause) or ent.root.head in (trigger, clause):
            return phrase_date(ent.text, document.date)
    return None


def _told_back(trigger: Token, date: datetime.date | None, document: Document) -> bool:
    """Whether the clause of trigger is background: dated back ("had seized", "a year ago")
    or dated long before the article ("in December 2016" in a story of March 2017)."""
    return dated_back(trigger) or (date is not None and document.date is not None
                                   and (document.date - date).days >= BACKGROUND_DAYS)


def _backdated(read: list[tuple[Candidate, RelationEvent | None]],
               document: Document) -> set[tuple[int, str, str]]:
    """The controls the text tells as background (sentence offset, holder, place): in a
    clause dated back ("had seized", "a year ago") or dated long before the article."""
    holds = [(c, e) for c, e in read if e is not None and e.relation == "controls"]
    told = [_told_back(c.trigger, e.date, document) for c, e in holds]
    back = {(c.trigger.sent.start, e.object.name) for (c, e), is_back in zip(holds, told) if is_back}

    def told_back_after(c: Candidate, e: RelationEvent) -> bool:
        """"P had been taken in May. It was retaken weeks later": what followed a hold told
        as background, in the next sentence, is background too."""
        start = c.trigger.sent.start
        return start > 0 and told_after(c.trigger) and \
            (c.trigger.doc[start - 1].sent.start, e.object.name) in back
    return {(e.evidence.start, e.subject.name, e.object.name) for (c, e), is_back in zip(holds, told)
            if is_back or told_back_after(c, e)}


def _told_past(read: list[tuple[Candidate, RelationEvent | None]]) -> set[tuple[int, str, str]]:
    """The controls told in the simple past with no date (sentence offset, holder, place):
    "X captured P" is no news by itself, unlike "X has captured P" or "X holds P"."""
    return {(e.evidence.start, e.subject.name, e.object.name) for c, e in read
            if e is not None and e.relation == "controls" and e.date is None and c.trigger.tag_ == "VBD"
            and not any(a.dep_ in ("aux", "auxpass") and a.lemma_ == "have" for a in c.trigger.children)}


def _dedupe(events) -> list[RelationEvent]:
    """One event per relation, pair, sentence and modality: the surest reading wins."""
    best: dict[tuple, RelationEvent] = {}
    for event in events:
        pair = (event.subject.name, event.object.name)
        if kind(event.relation).symmetric:
            pair = tuple(sorted(pair))
        key = (event.relation, pair, event.evidence.start, event.modality)
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    return list(best.values())
