"""queries/*.rq: each documented, each runs on a real pyoxigraph store, each finds the facts."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.documents import Document
from kg.events import RELATIONS, DocumentFacts, Evidence, RelationEvent
from kg.query import list_queries
from kg.rdf import document_iri, entity_iri, to_dataset
from kg.vocab import NKG
from test_rdf import ISIL, MOROCCO, S1, S2, S3, S4, S5, sample_facts

QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"
QUERIES = sorted(QUERY_DIR.glob("*.rq"))
REQUIRED = {"attacks", "allies", "talks", "control", "evidence", "entity", "timeline",
            "candidates", "entities"}


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    data = to_dataset(sample_facts()).serialize(format="nquads").encode("utf-8")
    store.load(data, format=ox.RdfFormat.N_QUADS)
    return store


@pytest.fixture(scope="module")
def disputed(store: ox.Store) -> ox.Store:
    """The sample plus a later document in which ISIL denies the attack on Morocco."""
    denial = "ISIL denied attacking the embassy of Morocco."
    document = Document(id="denial", text=denial, date=dt.date(2015, 4, 14))
    event = RelationEvent("attacked", ISIL, MOROCCO, Evidence("denial", denial, 0, len(denial)),
                          "attacking", "attacked.verb", 0.8, modality="denied")
    data = to_dataset([*sample_facts(), DocumentFacts(document, (ISIL, MOROCCO), (event,))])
    disputed = ox.Store()
    disputed.load(data.serialize(format="nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return disputed


def sample_for(path: Path, store: ox.Store, disputed: ox.Store) -> ox.Store:
    """The sample disputes nothing: the contested query runs where a denial makes a dispute."""
    return disputed if path.stem == "contested" else store


def run(store: ox.Store, name: str, **params: str) -> list[dict[str, str | None]]:
    """Rows of a named query as {variable: lexical value}, params bound to IRIs."""
    text = (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")
    subs = {ox.Variable(k): ox.NamedNode(str(v)) for k, v in params.items()}
    solutions = store.query(text, use_default_graph_as_union=True, substitutions=subs)
    names = [v.value for v in solutions.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names}
            for row in solutions]


def _header(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines[:lines.index(next(
        line for line in lines if not line.startswith("#")))])


def _parameters(path: Path) -> list[str]:
    """The ?variables named in the header from the `Parameters` line on."""
    header = _header(path)
    return re.findall(r"\?(\w+)", header[header.index("Parameters"):])


def test_the_named_queries_ship() -> None:
    assert REQUIRED <= {p.stem for p in QUERIES}


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_each_query_starts_with_a_comment_naming_its_parameters(path: Path) -> None:
    header = _header(path)
    assert header.startswith("# ") and len(header.splitlines()[0]) > 20
    assert _parameters(path), f"{path.name}: say which ?parameters it takes"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_each_query_runs_unbound_and_with_each_parameter_bound(store: ox.Store, disputed: ox.Store,
                                                               path: Path) -> None:
    store = sample_for(path, store, disputed)
    assert run(store, path.stem), f"{path.stem} found nothing in the sample"
    for param in _parameters(path):  # oxigraph refuses substitutions it cannot project
        run(store, path.stem, **{param: "https://example.org/nothing"})


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_each_query_orders_its_rows(store: ox.Store, disputed: ox.Store, path: Path) -> None:
    """A total order: rows that tie on every ORDER BY variable are the same row, so no
    engine may list them differently; and the first key, when a plain ?variable, ascends."""
    store = sample_for(path, store, disputed)
    text = path.read_text(encoding="utf-8")
    assert "ORDER BY" in text
    clause = text[text.index("ORDER BY") + len("ORDER BY"):]
    keys = re.findall(r"\?(\w+)", clause)
    rows = run(store, path.stem)
    by_key: dict[tuple, set[tuple]] = {}
    for row in rows:
        by_key.setdefault(tuple(row.get(k) for k in keys), set()).add(tuple(sorted(row.items(), key=str)))
    ties = [key for key, same in by_key.items() if len(same) > 1]
    assert not ties, f"{path.stem}: rows tie on {keys}: {ties[0]}"
    first = re.match(r"\s*\?(\w+)", clause)
    if first and first.group(1) in rows[0]:
        values = [row[first.group(1)] for row in rows if row[first.group(1)] is not None]
        assert values == sorted(values), f"{path.stem}: not ordered by ?{first.group(1)}"


def test_attacks_returns_asserted_attacks_with_evidence(store: ox.Store) -> None:
    rows = run(store, "attacks")
    assert {(r["attackerLabel"], r["targetLabel"]) for r in rows} == {
        ("ISIL", "Morocco"), ("ISIL", "South Korea")}
    row = rows[0]
    assert row["sentence"] == S1 and row["date"] == "2015-04-12"
    assert row["placeLabel"] == "Tripoli"
    assert row["document"] == str(document_iri("libya-embassies"))


def test_attacks_narrowed_by_a_bound_target(store: ox.Store) -> None:
    rows = run(store, "attacks", target=entity_iri("South Korea"))
    assert [(r["attackerLabel"], r["targetLabel"]) for r in rows] == [("ISIL", "South Korea")]
    assert run(store, "attacks", attacker=entity_iri("Morocco")) == []


def test_allies_read_the_symmetric_relation_both_ways(store: ox.Store) -> None:
    us, morocco, korea = (entity_iri(n) for n in ("United States", "Morocco", "South Korea"))
    of_us = run(store, "allies", actor=us)
    assert {r["allyLabel"] for r in of_us} == {"Morocco", "South Korea"}
    assert all(r["actor"] == str(us) for r in of_us)
    # Morocco alliedWith US (doc 1) and US alliedWith Morocco (doc 2): both evidences
    of_morocco = run(store, "allies", actor=morocco)
    assert {(r["allyLabel"], r["sentence"]) for r in of_morocco} == {
        ("United States", S2), ("United States", S4)}
    # written only as South Korea alliedWith US, still found from the US side
    assert {r["allyLabel"] for r in run(store, "allies", actor=korea)} == {"United States"}


def test_allies_never_return_the_negated_affiliation(store: ox.Store) -> None:
    labels = {(r["actorLabel"], r["allyLabel"]) for r in run(store, "allies")}
    assert ("Libya Dawn", "ISIL") not in labels and ("ISIL", "Libya Dawn") not in labels
    assert ("Morocco", "United States") in labels and ("United States", "Morocco") in labels


def test_talks_returns_host_party_and_sentence(store: ox.Store) -> None:
    rows = run(store, "talks")
    assert [(r["hostLabel"], r["partyLabel"], r["sentence"]) for r in rows] == [
        ("Morocco", "Libya", S4)]
    assert run(store, "talks", host=entity_iri("Libya")) == []


def test_control_returns_actor_place_and_sentence(store: ox.Store) -> None:
    rows = run(store, "control", place=entity_iri("Tripoli"))
    assert [(r["actorLabel"], r["placeLabel"], r["sentence"]) for r in rows] == [
        ("Libya Dawn", "Tripoli", S5)]


def test_evidence_gives_sentence_offsets_document_and_confidence(store: ox.Store) -> None:
    rows = run(store, "evidence", subject=entity_iri("Libya Dawn"))
    assert len(rows) == 1
    row = rows[0]
    text = sample_facts()[1].document.text
    assert row["relation"] == str(NKG.controls) and row["objectLabel"] == "Tripoli"
    assert text[int(row["start"]):int(row["end"])] == row["sentence"] == S5
    assert row["document"] == str(document_iri("morocco talks"))
    assert 0 < float(row["confidence"]) <= 1


def test_evidence_covers_every_asserted_fact_and_no_candidate(store: ox.Store) -> None:
    facts = {(r["subjectLabel"], r["relation"].split("#")[1], r["objectLabel"])
             for r in run(store, "evidence")}
    expected = {(e.subject.name, e.relation, e.object.name)
                for f in sample_facts() for e in f.events if e.asserted}
    assert facts == expected
    narrowed = run(store, "evidence", relation=NKG.alliedWith)
    assert {r["relation"] for r in narrowed} == {str(NKG.alliedWith)}


def test_entity_tells_label_type_altlabels_sameas_and_relations(store: ox.Store) -> None:
    rows = run(store, "entity", entity=entity_iri("ISIL"))
    first = rows[0]
    assert first["label"] == "ISIL" and first["types"] == "ArmedGroup"
    assert set(first["altLabels"].split(" | ")) == {"ISIS", "Islamic State"}
    assert first["sameAs"] == "http://www.wikidata.org/entity/Q2429253"
    relations = {(r["direction"], r["relation"].split("#")[1], r["otherLabel"],
                  r["modality"].split("#")[1]) for r in rows}
    assert relations == {("out", "attacked", "Morocco", "Asserted"),
                         ("out", "attacked", "South Korea", "Asserted"),
                         ("in", "alliedWith", "Libya Dawn", "Negated")}
    assert rows[-1]["modality"] == str(NKG.Negated)  # asserted facts first


def test_entity_without_relations_still_gives_its_row(store: ox.Store) -> None:
    from kg.documents import Document
    from kg.events import DocumentFacts, Entity

    lonely = ox.Store()
    facts = DocumentFacts(Document(id="d", text="x"), (Entity("Chad", "State"),))
    lonely.load(to_dataset([facts]).serialize(format="nquads").encode(),
                format=ox.RdfFormat.N_QUADS)
    rows = run(lonely, "entity", entity=entity_iri("Chad"))
    assert [(r["label"], r["types"], r["relation"]) for r in rows] == [("Chad", "State", None)]


def test_candidates_explain_what_was_not_asserted(store: ox.Store) -> None:
    rows = run(store, "candidates")
    assert [(r["subjectLabel"], r["objectLabel"], r["why"], r["sentence"]) for r in rows] == [
        ("Libya Dawn", "ISIL", "negated", S3)]
    assert rows[0]["assertedElsewhere"] == "false"
    assert run(store, "candidates", modality=NKG.Threat) == []


def test_timeline_orders_by_event_date_then_document_date(store: ox.Store) -> None:
    rows = run(store, "timeline")
    assert rows[0]["date"] == "2015-04-12"  # the only dated events come first
    undated = [r["documentDate"] for r in rows if r["date"] is None]
    assert undated == sorted(undated) and undated[0] == "2015-04-10"
    assert len(rows) == len(run(store, "evidence"))


def test_timeline_of_one_actor(store: ox.Store) -> None:
    rows = run(store, "timeline", actor=entity_iri("Tripoli"))
    assert [(r["subjectLabel"], r["objectLabel"]) for r in rows] == [("Libya Dawn", "Tripoli")]


def test_entities_counts_facts(store: ox.Store) -> None:
    rows = {r["label"]: r for r in run(store, "entities")}
    assert rows["Morocco"]["type"] == str(NKG.State)
    # attacked by ISIL, allied with US (twice written, once counted), hosts talks on Libya
    assert rows["Morocco"]["facts"] == "3"
    assert rows["Libya Dawn"]["facts"] == "1" and rows["Libya Dawn"]["candidates"] == "2"
    states = run(store, "entities", type=NKG.State)
    assert {r["label"] for r in states} == {"Morocco", "South Korea", "United States", "Libya"}


INTERNAL = sorted((QUERY_DIR / "internal").glob("*.rq"))


@pytest.mark.parametrize("path", INTERNAL, ids=lambda p: p.stem)
def test_each_internal_query_says_who_reads_it_and_runs(store: ox.Store, path: Path) -> None:
    """queries/internal/*.rq: the SPARQL kg runs itself; each says what it is for, runs
    on the sample, and lists the relations exactly as kg.events.RELATIONS does."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Internal (kg "), f"{path.name}: say which command reads it"
    rows = list(store.query(text, use_default_graph_as_union=True))  # a syntax error fails here
    holds = not any(term in text for term in ("contentHash", "nkg:story"))  # the sample has no builds
    assert rows or not holds, f"{path.name} found nothing in the sample"
    for values in re.findall(r"VALUES \?\w+ \{([^}]*)\}", text):
        assert values.split() == [f"nkg:{r}" for r in RELATIONS], path.name


def test_internal_queries_are_not_named_queries() -> None:
    assert INTERNAL and not {p.stem for p in INTERNAL} & {p.stem for p in QUERIES}
    assert not set(list_queries()) & {p.stem for p in INTERNAL}
