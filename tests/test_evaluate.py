"""Scoring against gold: matching rules one at a time, then a small case counted by hand."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdf_fixtures import TURTLE_PREFIXES

from kg.errors import InputError
from kg.evaluate import (AliasIndex, GoldEntry, Prediction, evaluate_store, format_report,
                         load_aliases, load_gold, matches, normalise, predictions_from_store,
                         score)

EVAL = Path(__file__).resolve().parent / "data" / "eval"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def pred(doc: str, subject: str, relation: str, obj: str, *, subject_labels: tuple = (),
         object_labels: tuple = ()) -> Prediction:
    return Prediction(doc, subject, relation, obj, frozenset({subject, *subject_labels}),
                      frozenset({obj, *object_labels}))


def gold(doc: str, subject: str, relation: str, obj: str | tuple, status: str = "required"
         ) -> GoldEntry:
    objects = obj if isinstance(obj, tuple) else (obj,)
    return GoldEntry(doc, (subject,), relation, objects, status)


@pytest.fixture()
def aliases() -> dict[str, set[str]]:
    return load_aliases(EVAL / "aliases.json")


# --- names and single matches -------------------------------------------------------

@pytest.mark.parametrize("name,expected", [
    ("U.S.", "us"), ("The Islamic State", "islamic state"), ("  the  UAE ", "uae"),
    ("Da’esh", "daesh"), ("al-Shabaab", "al shabaab"), ("Côte d'Ivoire", "cote divoire"),
    ("Theodore", "theodore"),
])
def test_normalise(name: str, expected: str) -> None:
    assert normalise(name) == expected


def test_alias_set_includes_every_list_holding_the_name(aliases: dict[str, set[str]]) -> None:
    index = AliasIndex(aliases)
    assert {"isil", "isis", "islamic state", "daesh"} <= index.names("ISIL")
    assert "isil" in index.names("Islamic State")  # a listed alias brings its whole list
    assert "united nations" in index.names("UN")  # the canonical key belongs to its list
    assert index.names("Morocco") == {"morocco"}


def test_alias_and_leading_the_match(aliases: dict[str, set[str]]) -> None:
    index = AliasIndex(aliases)
    entry = gold("d1", "United States", "attacked", "ISIL")
    assert matches(pred("d1", "the U.S.", "attacked", "Daesh"), entry, index)
    assert not matches(pred("d1", "the U.S.", "attacked", "Libya Dawn"), entry, index)


def test_any_label_of_the_entity_may_match(aliases: dict[str, set[str]]) -> None:
    index = AliasIndex(aliases)
    entry = gold("d1", "Libya Dawn", "controls", "Tripoli")
    plain = pred("d1", "Dawn militia", "controls", "Tripoli")
    with_alt = pred("d1", "Dawn militia", "controls", "Tripoli", subject_labels=("Fajr Libya",))
    assert not matches(plain, entry, index) and matches(with_alt, entry, index)


def test_alliance_matches_either_direction_other_relations_do_not() -> None:
    index = AliasIndex({})
    assert matches(pred("d", "B", "alliedWith", "A"), gold("d", "A", "alliedWith", "B"), index)
    assert not matches(pred("d", "B", "attacked", "A"), gold("d", "A", "attacked", "B"), index)


def test_document_and_relation_must_agree() -> None:
    index = AliasIndex({})
    entry = gold("d1", "A", "attacked", "B")
    assert not matches(pred("d2", "A", "attacked", "B"), entry, index)
    assert not matches(pred("d1", "A", "controls", "B"), entry, index)


def test_object_alternatives() -> None:
    entry = gold("d2", "Russia", "attacked", ("Ukraine", "Kyiv"))
    assert matches(pred("d2", "Russia", "attacked", "Kyiv"), entry, AliasIndex({}))


# --- a whole report, counted by hand ------------------------------------------------

def hand_predictions() -> list[Prediction]:
    return [
        pred("d1", "Islamic State", "attacked", "Morocco"),             # TP (alias) gold 1
        pred("d1", "Islamic State", "attacked", "Morocco"),             # duplicate: dropped
        pred("d1", "Da’esh", "attacked", "South Korea"),                # TP (punctuation) gold 2
        pred("d1", "United States", "alliedWith", "Morocco",
             subject_labels=("the United States",)),                    # TP (reversed) gold 3
        pred("d1", "Morocco", "alliedWith", "United States"),           # same pair: dropped
        pred("d1", "ISIS", "alliedWith", "Fajr Libya"),                 # forbidden gold 4
        pred("d1", "U.S.", "attacked", "ISIL"),                         # optional gold 5
        pred("d1", "United Nations", "hostsTalks", "Libya"),            # forbidden gold 9
        pred("d2", "Russia", "attacked", "Kyiv"),                       # TP (alternative) gold 7
        pred("d2", "Russia", "attacked", "Kherson"),                    # FP
        pred("d1", "Russia", "attacked", "Ukraine"),                    # FP (wrong document)
    ]


def test_counts_per_relation_and_micro(aliases: dict[str, set[str]]) -> None:
    report = score(hand_predictions(), load_gold(EVAL / "gold.jsonl"), aliases)
    attacked = report.per_relation["attacked"]
    # 3 matched of 5 counted (the optional one is left out); all 3 required entries found.
    assert (attacked.tp, attacked.fp, attacked.fn, attacked.optional) == (3, 2, 0, 1)
    assert attacked.precision == pytest.approx(3 / 5) and attacked.recall == 1.0
    assert attacked.f1 == pytest.approx(2 * 0.6 / 1.6)
    allied = report.per_relation["alliedWith"]
    assert (allied.tp, allied.fp, allied.forbidden, allied.fn) == (1, 1, 1, 0)
    assert allied.precision == pytest.approx(0.5) and allied.f1 == pytest.approx(2 / 3)
    talks = report.per_relation["hostsTalks"]
    assert (talks.tp, talks.fp, talks.forbidden, talks.fn) == (0, 1, 1, 1)
    assert (talks.precision, talks.recall, talks.f1) == (0.0, 0.0, 0.0)
    controls = report.per_relation["controls"]
    assert (controls.tp, controls.fp, controls.fn, controls.required) == (0, 0, 1, 1)
    micro = report.micro
    assert (micro.tp, micro.fp, micro.fn, micro.forbidden, micro.optional) == (4, 4, 2, 2, 1)
    assert micro.precision == pytest.approx(4 / 8) and micro.recall == pytest.approx(4 / 6)
    assert micro.f1 == pytest.approx(2 * (1 / 2) * (2 / 3) / (1 / 2 + 2 / 3))


def test_errors_are_listed(aliases: dict[str, set[str]]) -> None:
    report = score(hand_predictions(), load_gold(EVAL / "gold.jsonl"), aliases)
    assert {p.describe() for p in report.false_positives} == {
        "d2: Russia attacked Kherson", "d1: Russia attacked Ukraine"}
    assert [(p.subject, g.subjects[0]) for p, g in report.forbidden_hits] == [
        ("ISIS", "Libya Dawn"), ("United Nations", "United Nations")]
    assert {g.describe() for g in report.missed} == {
        "d1: Morocco hostsTalks Libya", "d2: Ukraine controls Kherson"}


def test_format_and_json(aliases: dict[str, set[str]]) -> None:
    report = score(hand_predictions(), load_gold(EVAL / "gold.jsonl"), aliases)
    text = format_report(report)
    micro_row = next(line for line in text.splitlines() if line.startswith("micro"))
    assert micro_row.split() == ["micro", "4", "4", "2", "2", "1", "0.500", "0.667", "0.571"]
    assert "forbidden hits: 2" in text and "d1: ISIS alliedWith Fajr Libya" in text
    assert "missed required: 2" in text and "d2: Ukraine controls Kherson" in text
    data = json.loads(report.to_json())
    assert data["micro"]["precision"] == 0.5 and len(data["forbidden_hits"]) == 2
    assert data["per_relation"]["attacked"]["tp"] == 3


def test_nothing_predicted_scores_zero_recall(aliases: dict[str, set[str]]) -> None:
    report = score([], load_gold(EVAL / "gold.jsonl"), aliases)
    assert (report.micro.tp, report.micro.fn, report.micro.recall) == (0, 6, 0.0)


# --- loading ------------------------------------------------------------------------

def test_examples_gold_loads_with_alternatives() -> None:
    entries = load_gold(EXAMPLES / "gold.jsonl")
    raw = [json.loads(line) for line in (EXAMPLES / "gold.jsonl").read_text().splitlines() if line]
    assert len(entries) == len(raw)
    assert {e.status for e in entries} == {"required", "optional", "forbidden"}
    assert any(len(e.subjects) == 2 for e in entries)  # ["Saudi Arabia", "Jeddah"]
    assert any(len(e.objects) == 3 for e in entries)  # al-Shabaab under three names


def test_bad_gold_line_names_file_and_line() -> None:
    with pytest.raises(InputError, match=r"bad-relation\.jsonl line 2: unknown relation 'bombed'"):
        load_gold(EVAL / "bad-relation.jsonl")


def test_missing_gold_file() -> None:
    with pytest.raises(InputError, match="no such file"):
        load_gold(EVAL / "nope.jsonl")


def test_aliases_must_map_names_to_lists(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text('{"ISIL": "ISIS"}')
    with pytest.raises(InputError, match="aliases.json"):
        load_aliases(path)


# --- from a store -------------------------------------------------------------------

STORE_TTL = TURTLE_PREFIXES + """
doc:d1 a nkg:Document ; dcterms:identifier "d1" .
<https://w3id.org/newskg/doc/d1#char=0,10> a nkg:Sentence ; dcterms:isPartOf doc:d1 ;
    rdf:value "Daesh hit the Moroccan embassy." .
<https://w3id.org/newskg/doc/d1#char=11,20> a nkg:Sentence ; dcterms:isPartOf doc:d1 ;
    rdf:value "Libya Dawn is not affiliated with ISIL." .
id:Islamic_State a nkg:ArmedGroup ; rdfs:label "Islamic State" ; skos:altLabel "Daesh" .
id:Morocco a nkg:State ; rdfs:label "Morocco" .
id:Libya_Dawn a nkg:ArmedGroup ; rdfs:label "Libya Dawn" .
id:Islamic_State nkg:attacked id:Morocco .
ev:1 a nkg:Attack ; nkg:relation nkg:attacked ; nkg:subjectEntity id:Islamic_State ;
    nkg:objectEntity id:Morocco ; nkg:modality nkg:Asserted ; dcterms:isPartOf doc:d1 ;
    prov:wasDerivedFrom <https://w3id.org/newskg/doc/d1#char=0,10> .
ev:2 a nkg:Alliance ; nkg:relation nkg:alliedWith ; nkg:subjectEntity id:Libya_Dawn ;
    nkg:objectEntity id:Islamic_State ; nkg:modality nkg:Negated ; dcterms:isPartOf doc:d1 ;
    prov:wasDerivedFrom <https://w3id.org/newskg/doc/d1#char=11,20> .
"""


@pytest.fixture()
def store() -> ox.Store:
    store = ox.Store()
    store.load(STORE_TTL.encode(), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode("https://w3id.org/newskg/doc/d1"))
    return store


def test_predictions_from_store_are_asserted_facts_with_all_labels(store: ox.Store) -> None:
    (only,) = predictions_from_store(store)
    assert (only.doc, only.subject, only.relation, only.object) == (
        "d1", "Islamic State", "attacked", "Morocco")
    assert only.subject_labels == {"Islamic State", "Daesh"}
    assert only.evidence == "Daesh hit the Moroccan embassy."


def test_evaluate_store_reads_aliases_beside_gold(store: ox.Store) -> None:
    report = evaluate_store(store, EVAL / "gold.jsonl")
    assert report.per_relation["attacked"].tp == 1  # "Islamic State" is ISIL via aliases.json
    assert report.micro.fp == 0 and report.micro.fn == 5


# --- through the real RDF writer and store -------------------------------------------

def _gold_as_facts(entries: list[GoldEntry], statuses: set[str]) -> list:
    """Each document's gold entries of the given statuses as asserted events (first names)."""
    from kg.documents import read_documents
    from kg.events import DocumentFacts, Entity, Evidence, RelationEvent

    facts = []
    for document in read_documents(sorted(EXAMPLES.glob("*.txt"))):
        events = tuple(
            RelationEvent(g.relation, Entity(g.subjects[0]), Entity(g.objects[0]),
                          Evidence(document.id, document.text[:40], 0, 40))
            for g in entries if g.doc == document.id and g.status in statuses)
        facts.append(DocumentFacts(document, events=events))
    return facts


def test_examples_gold_written_as_rdf_scores_perfectly_and_traps_are_reported(tmp_path: Path) -> None:
    rdf = pytest.importorskip("kg.rdf")
    kg_store = pytest.importorskip("kg.store")
    entries = load_gold(EXAMPLES / "gold.jsonl")
    with kg_store.Store(tmp_path / "store") as store:
        store.add_graphs(rdf.document_graph(f)
                         for f in _gold_as_facts(entries, {"required", "forbidden"}))
        report = evaluate_store(store, EXAMPLES / "gold.jsonl")
    required = sum(g.status == "required" for g in entries)
    forbidden = sum(g.status == "forbidden" for g in entries)
    assert (report.micro.matched_required, report.micro.fn) == (required, 0)
    assert len(report.forbidden_hits) == report.micro.forbidden == forbidden
    assert report.false_positives == []
    assert report.micro.precision == pytest.approx(required / (required + forbidden))
