"""kg.query: finding named queries, binding parameters by substitution, formatting results."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import QueryError
from kg.query import (QUERY_DIR, declared_params, fill_slots, format_result, list_queries,
                      parse_params, query_text, run)
from kg.rdf import entity_iri
from kg.store import Store
from kg.vocab import ID, NKG

DOC = "https://w3id.org/newskg/doc/q"
INJECTION = "x> } ; DROP ALL ; #"
ATTACKS = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?attacker ?target ?label WHERE {
  ?attacker nkg:attacked ?target . OPTIONAL { ?target rdfs:label ?label }
} ORDER BY ?attacker ?target"""


@pytest.fixture
def store(tmp_path: Path):
    graph = rdflib.Graph(identifier=URIRef(DOC))
    graph.add((ID.ISIL, NKG.attacked, ID.Morocco))
    graph.add((ID.ISIL, NKG.attacked, ID.South_Korea))
    graph.add((ID.Libya_Dawn, NKG.attacked, ID.ISIL))
    graph.add((ID.Morocco, RDFS.label, Literal("Morocco")))
    graph.add((ID.ISIL, RDFS.label, Literal('Islamic "State",\tof\nIraq', lang="en")))
    graph.add((ID.ISIL, RDF.type, NKG.ArmedGroup))
    with Store(tmp_path / "store") as opened:
        opened.replace_graph(DOC, graph)
        yield opened


@pytest.fixture
def query_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "beta.rq").write_text("# Second query\n# more words\nASK { ?s ?p ?o }\n")
    (folder / "alpha.rq").write_text("\n#   First query  \nSELECT * WHERE { ?s ?p ?o }\n")
    (folder / "notes.txt").write_text("not a query")
    return folder


# -- finding queries -------------------------------------------------------------------

def test_list_queries_gives_names_and_first_comment_lines(query_dir: Path) -> None:
    assert list_queries(query_dir) == {"alpha": "First query", "beta": "Second query"}


def test_query_text_of_a_name_a_file_and_sparql_text(query_dir: Path) -> None:
    assert query_text("beta", query_dir) == (query_dir / "beta.rq").read_text()
    assert query_text(str(query_dir / "alpha.rq"), query_dir).endswith("{ ?s ?p ?o }\n")
    text = "prefix nkg: <https://w3id.org/newskg/ontology#> ask { ?s nkg:attacked ?o }"
    assert query_text(text, query_dir) == text


def test_an_unknown_query_name_lists_the_known_ones(query_dir: Path) -> None:
    with pytest.raises(QueryError) as caught:
        query_text("atacks", query_dir)
    assert str(caught.value) == ("unknown query 'atacks': known queries are alpha, beta "
                                 "(or give a .rq file or SPARQL text)")


def test_a_missing_query_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="missing.rq not found"):
        query_text(str(tmp_path / "missing.rq"), tmp_path)


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_every_shipped_query_parses(store: Store, name: str) -> None:
    result = run(store, query_text(name))
    assert result.boolean is not None or result.vars


def test_the_shipped_queries_are_listed() -> None:
    names = {path.stem for path in QUERY_DIR.glob("*.rq")}
    assert set(list_queries()) == names


# -- parameters ------------------------------------------------------------------------

def test_parse_params_turns_values_into_terms() -> None:
    params = parse_params([
        "actor=United States", "iri=<https://example.org/a>", "url=https://example.org/x",
        "text=literal:Morocco", "quoted=\"ISIL\"", "single='x=y'", "n=3", "conf=0.8",
        "day=2015-04-13", "?place=Tripoli", "relation=nkg:attacked", "kind=rdfs:label"])
    assert params["actor"] == ox.NamedNode(str(entity_iri("United States")))
    assert params["actor"].value == "https://w3id.org/newskg/id/United_States"
    assert params["iri"] == ox.NamedNode("https://example.org/a")
    assert params["url"] == ox.NamedNode("https://example.org/x")
    assert params["text"] == ox.Literal("Morocco") and params["quoted"] == ox.Literal("ISIL")
    assert params["single"] == ox.Literal("x=y")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert params["n"] == ox.Literal("3", datatype=ox.NamedNode(xsd + "integer"))
    assert params["conf"] == ox.Literal("0.8", datatype=ox.NamedNode(xsd + "decimal"))
    assert params["day"] == ox.Literal("2015-04-13", datatype=ox.NamedNode(xsd + "date"))
    assert params["place"] == ox.NamedNode("https://w3id.org/newskg/id/Tripoli")
    assert params["relation"] == ox.NamedNode(str(NKG.attacked))
    assert params["kind"] == ox.NamedNode(str(RDFS.label))


@pytest.mark.parametrize("pair", ["actor", "=Morocco", "actor=", "my actor=Morocco",
                                  "iri=<https://example.org/a b>"])
def test_bad_parameters_are_query_errors_naming_them(pair: str) -> None:
    if pair.startswith("iri"):  # spaces are not allowed inside an IRI
        with pytest.raises(QueryError, match="iri="):
            parse_params([pair])
        return
    with pytest.raises(QueryError, match="bad parameter"):
        parse_params([pair])


def test_a_parameter_binds_its_variable(store: Store) -> None:
    result = run(store, ATTACKS, parse_params(["target=Morocco"]))
    assert result.rows == [(str(ID.ISIL), str(ID.Morocco), "Morocco")]


@pytest.mark.parametrize("pair", [f"target=literal:{INJECTION}", f"target={INJECTION}",
                                  f"target=\"{INJECTION}\""])
def test_an_injection_in_a_parameter_changes_nothing(store: Store, pair: str) -> None:
    before = store.count()
    result = run(store, ATTACKS, parse_params([pair]))
    assert result.rows == []
    assert store.count() == before


SLOTTED = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?attacker ?target ?label WHERE {
  VALUES (?attacker ?target) { (UNDEF UNDEF) }
  ?attacker nkg:attacked ?target . OPTIONAL { ?target rdfs:label ?label }
} ORDER BY ?attacker ?target"""


def test_a_slot_holds_the_bound_value_and_stays_undef_for_the_unbound_one() -> None:
    filled = fill_slots(SLOTTED, parse_params(["target=Morocco"]))
    assert f"VALUES (?attacker ?target) {{ (UNDEF <{ID.Morocco}>) }}" in filled
    assert fill_slots(SLOTTED, {}) == SLOTTED
    assert fill_slots(SLOTTED, parse_params(["label=Morocco"])) == SLOTTED  # names no slot


@pytest.mark.parametrize("pairs", [[], ["target=Morocco"], ["attacker=ISIL"],
                                   ["attacker=ISIL", "target=South_Korea"], ["target=Nowhere"]])
def test_a_query_with_slots_gives_the_rows_of_the_same_query_without(store: Store,
                                                                     pairs: list[str]) -> None:
    params = parse_params(pairs)
    assert run(store, SLOTTED, params).rows == run(store, ATTACKS, params).rows


@pytest.mark.parametrize("pair", [f"target=literal:{INJECTION}", f"target=\"{INJECTION}\"",
                                  "target=\"a\\\" } } INSERT DATA { <x:a> <x:b> <x:c> } #\""])
def test_an_injection_written_into_a_slot_stays_one_value(store: Store, pair: str) -> None:
    before = store.count()
    params = parse_params([pair])
    filled = fill_slots(SLOTTED, params)
    assert f"{{ (UNDEF {params['target']}) }}" in filled  # escaped
    assert run(store, SLOTTED, params).rows == []
    assert store.count() == before


DECLARED = """# Who attacked whom.
# Parameters (optional): ?attacker
# ?target (entities).
# Filters (optional, not columns): ?either (attacker or target).
PREFIX nkg: <https://w3id.org/newskg/ontology#>
SELECT ?attacker ?target ?either WHERE {
  ?attacker nkg:attacked ?target . FILTER (COALESCE(?either IN (?attacker, ?target), true))
} ORDER BY ?attacker ?target"""


def test_declared_parameters_are_read_from_the_leading_comment() -> None:
    assert declared_params(DECLARED) == (["attacker", "target"], ["either"])
    assert declared_params(ATTACKS) == ([], [])
    assert declared_params("# Parameters: ?a\nSELECT ?b WHERE { ?b ?p ?o }\n# Filters: ?c") == (
        ["a"], [])


def test_a_filter_narrows_the_rows_and_is_not_a_column(store: Store) -> None:
    every = run(store, DECLARED)
    narrowed = run(store, DECLARED, parse_params(["either=Morocco"]))
    assert every.vars == narrowed.vars == ["attacker", "target"]
    assert len(every.rows) == 3 and narrowed.rows == [(str(ID.ISIL), str(ID.Morocco))]


def test_a_parameter_a_declaring_query_does_not_take_is_refused(store: Store) -> None:
    with pytest.raises(QueryError, match=r"no parameter 'actor': it takes attacker, target, either"):
        run(store, DECLARED, parse_params(["actor=Morocco"]))


def test_an_unselected_parameter_is_a_query_error(store: Store) -> None:
    with pytest.raises(QueryError, match=r"\?nobody.*SELECT"):
        run(store, ATTACKS, parse_params(["nobody=Morocco"]))


# -- running ---------------------------------------------------------------------------

def test_select_rows_show_iris_and_lexical_forms_and_none_when_unbound(store: Store) -> None:
    result = run(store, ATTACKS)
    assert result.vars == ["attacker", "target", "label"]
    assert (str(ID.Libya_Dawn), str(ID.ISIL), 'Islamic "State",\tof\nIraq') in result.rows
    assert (str(ID.ISIL), str(ID.South_Korea), None) in result.rows
    assert len(result.rows) == 3


def test_ask_gives_a_boolean_for_the_bound_parameter(store: Store) -> None:
    ask = "ASK { ?x <https://w3id.org/newskg/ontology#attacked> ?a }"
    assert run(store, ask, parse_params(["a=Morocco"])).boolean is True
    assert run(store, ask, parse_params(["a=Libya Dawn"])).boolean is False


def test_construct_gives_a_graph_and_its_rows(store: Store) -> None:
    result = run(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s "
                        "<https://w3id.org/newskg/ontology#attacked> ?o . BIND("
                        "<https://w3id.org/newskg/ontology#attacked> AS ?p) }")
    assert len(result.graph) == 3 and len(result.rows) == 3
    assert (ID.ISIL, NKG.attacked, ID.Morocco) in result.graph
    assert result.vars == ["subject", "predicate", "object"]


# -- formatting ------------------------------------------------------------------------

def test_table_columns_line_up(store: Store) -> None:
    result = run(store, "SELECT ?attacker ?target WHERE { ?attacker "
                        "<https://w3id.org/newskg/ontology#attacked> ?target }")
    lines = format_result(result, "table").splitlines()
    assert len(lines) == 2 + len(result.rows)
    column = lines[0].index("target")
    assert set(lines[1][column - 2:column]) == {" "}
    for line, row in zip(lines[2:], result.rows):
        assert line[:column].rstrip() == row[0] and line[column:] == row[1]


def test_an_empty_table_says_so(store: Store) -> None:
    result = run(store, "SELECT ?x WHERE { ?x a <https://example.org/Nothing> }")
    assert format_result(result).splitlines()[-1] == "(no results)"


def test_csv_round_trips(store: Store) -> None:
    result = run(store, ATTACKS)
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0] == result.vars
    assert rows[1:] == [[cell or "" for cell in row] for row in result.rows]


def test_tsv_keeps_one_row_a_line(store: Store) -> None:
    result = run(store, ATTACKS)
    lines = format_result(result, "tsv").split("\n")
    assert len(lines) == 1 + len(result.rows)
    assert all(line.count("\t") == 2 for line in lines)
    assert "Islamic \"State\",\\tof\\nIraq" in lines[1 + result.rows.index(
        (str(ID.Libya_Dawn), str(ID.ISIL), 'Islamic "State",\tof\nIraq'))]


def test_json_follows_the_sparql_results_format(store: Store) -> None:
    result = run(store, ATTACKS, parse_params(["attacker=Libya Dawn"]))
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == ["attacker", "target", "label"]
    (binding,) = data["results"]["bindings"]
    assert binding["attacker"] == {"type": "uri", "value": str(ID.Libya_Dawn)}
    assert binding["label"] == {"type": "literal", "value": 'Islamic "State",\tof\nIraq',
                                "xml:lang": "en"}
    ask = json.loads(format_result(run(store, "ASK { ?s ?p ?o }"), "json"))
    assert ask == {"head": {}, "boolean": True}


def test_json_marks_datatypes_and_leaves_out_unbound(store: Store) -> None:
    result = run(store, "SELECT ?n ?none WHERE { BIND(3 AS ?n) }")
    (binding,) = json.loads(format_result(result, "json"))["results"]["bindings"]
    assert binding == {"n": {"type": "literal", "value": "3",
                             "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}


def test_an_unknown_format_lists_the_known_ones(store: Store) -> None:
    with pytest.raises(QueryError, match="table, csv, tsv, json"):
        format_result(run(store, "ASK { ?s ?p ?o }"), "xml")
