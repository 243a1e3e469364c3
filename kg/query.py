"""Named SPARQL queries: find them, bind their parameters safely, run and format the results.

Parameters are bound with pyoxigraph `substitutions`, which give them their meaning. The
engine plans a query before it sees those bindings, so a query may also hold slots for
them, `VALUES ?x { UNDEF }` (or `VALUES (?x ?y) { (UNDEF UNDEF) }`), that `fill_slots`
writes the bound values into, so that the planner starts from them (an index lookup, not
a filter over every event). A slot with UNDEF joins with anything: the same text runs
unchanged, and means the same, on a SPARQL server or with no parameter bound. A value is
written as its N-Triples term (pyoxigraph validates and escapes it), so it still cannot
change what a query does.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

from kg.errors import InputError, QueryError
from kg.rdf import entity_iri
from kg.resources import QUERY_DIR
from kg.store import PREFIXES, Store, one_line, to_ox


_SPARQL_KEYWORD = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX)\b", re.IGNORECASE)
#: What a query name looks like; anything else (spaces, braces, ?vars) is SPARQL text.
_QUERY_NAME = re.compile(r"[\w.-]+")
_PARAM_NAME = re.compile(r"[?$]?([A-Za-z_][A-Za-z0-9_]*)")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass
class QueryResult:
    """What a query returned: SELECT rows, an ASK boolean, or a CONSTRUCT/DESCRIBE graph.

    `rows` holds display values (an IRI as itself, a literal's lexical form, None if
    unbound); `terms` the same cells as pyoxigraph terms. A graph is also given as rows
    of (subject, predicate, object).
    """

    vars: list[str] = field(default_factory=list)
    rows: list[tuple[str | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: rdflib.Graph | None = None
    terms: list[tuple[Any, ...]] = field(default_factory=list, repr=False)


# -- finding queries -------------------------------------------------------------------

def list_queries(query_dir: Path = QUERY_DIR) -> dict[str, str]:
    """Each named query (file stem of queries/*.rq) with the first comment line describing it."""
    found = {}
    for path in sorted(Path(query_dir).glob("*.rq")):
        comments = [line.lstrip("#").strip() for line in _read(path).splitlines()
                    if line.startswith("#")]
        found[path.stem] = next((c for c in comments if c), "")
    return found


def declared_params(text: str) -> tuple[list[str], list[str]]:
    """The ?names a query's leading comment declares: after `# Parameters`, variables it can
    be narrowed by that are also columns; after `# Filters`, ones that only narrow the
    rows (actor, from, to: not shown as columns). Both empty when it declares none."""
    header = "\n".join(itertools.takewhile(lambda line: line.startswith("#") or not line.strip(),
                                           text.splitlines()))
    sections = re.split(r"^#\s*(Parameters|Filters)\b", header, flags=re.M)
    found: dict[str, list[str]] = {"Parameters": [], "Filters": []}
    for kind, body in zip(sections[1::2], sections[2::2], strict=True):
        found[kind] += [name for name in re.findall(r"\?(\w+)", body) if name not in found[kind]]
    return found["Parameters"], found["Filters"]


def query_text(name_or_file_or_sparql: str, query_dir: Path = QUERY_DIR) -> str:
    """The SPARQL text for a query name, a .rq file path, or SPARQL text given as is."""
    text = name_or_file_or_sparql
    named = Path(query_dir) / f"{text}.rq"
    if "/" not in text and named.is_file():
        return _read(named)
    if text.endswith(".rq"):
        if not Path(text).is_file():
            raise QueryError(f"query file {text} not found")
        return _read(Path(text))
    if _SPARQL_KEYWORD.search(text) or not _QUERY_NAME.fullmatch(text.strip()):
        return text  # SPARQL text (a misspelt keyword gets the parser's syntax error)
    known = ", ".join(list_queries(query_dir)) or "(none)"
    raise QueryError(f"unknown query '{text}': known queries are {known} "
                     "(or give a .rq file or SPARQL text)")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read query file {path}: {one_line(error)}") from None


# -- parameters ------------------------------------------------------------------------

def _iri(text: str) -> ox.NamedNode:
    return ox.NamedNode(text)


def _typed(datatype: str) -> Callable[[str], ox.Literal]:
    return lambda text: ox.Literal(text, datatype=ox.NamedNode(_XSD + datatype))


def _prefixed(text: str) -> ox.NamedNode:
    prefix, _, local = text.partition(":")
    return ox.NamedNode(PREFIXES[prefix] + local)


def _entity(text: str) -> ox.NamedNode:
    return ox.NamedNode(str(entity_iri(text)))


#: How a parameter value becomes an RDF term: the first pattern that matches wins;
#: the matched group is what is kept. A bare name is the entity of that name.
PARAM_RULES: list[tuple[re.Pattern[str], Callable[[str], Any]]] = [
    (re.compile(r"<(.*)>", re.DOTALL), _iri),
    (re.compile(r"(https?://\S*)"), _iri),
    (re.compile(rf"((?:{'|'.join(PREFIXES)}):[\w.-]*)"), _prefixed),
    (re.compile(r"literal:(.*)", re.DOTALL), ox.Literal),
    (re.compile(r"\"(.*)\"|'(.*)'", re.DOTALL), ox.Literal),
    (re.compile(r"([+-]?\d+)"), _typed("integer")),
    (re.compile(r"([+-]?\d*\.\d+)"), _typed("decimal")),
    (re.compile(r"(\d{4}-\d{2}-\d{2})"), _typed("date")),
    (re.compile(r"(.+)", re.DOTALL), _entity),
]


def parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    """Turn ["name=value", ...] into {name: RDF term} for `Store.query` substitutions.

    `<iri>` or http(s):// -> that IRI; `nkg:State` (a known prefix) -> its IRI; `literal:text`, "text" or 'text' -> a string
    literal; integers, decimals and YYYY-MM-DD dates -> typed literals; anything else
    -> the entity IRI of that name (`actor=Morocco` -> id:Morocco).
    """
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        match = _PARAM_NAME.fullmatch(name.strip())
        if not sep or not match or not value.strip():
            raise QueryError(f"bad parameter {pair!r}: write NAME=VALUE, e.g. actor=Morocco")
        params[match.group(1)] = _term(match.group(1), value.strip())
    return params


def _term(name: str, value: str) -> Any:
    shown = repr(f"{name}={value}")  # repr: a newline or control character stays visible
    for pattern, make in PARAM_RULES:
        match = pattern.fullmatch(value)
        if match:
            text = next(group for group in match.groups() if group is not None)
            try:
                return make(text)
            except ValueError as error:
                raise QueryError(f"bad parameter {shown}: {one_line(error)}") from None
    raise QueryError(f"bad parameter {shown}")  # unreachable: the last rule matches


# -- running ---------------------------------------------------------------------------

#: A VALUES block whose one row is all UNDEF: a slot for bound parameters.
_SLOT = re.compile(r"\bVALUES\s*(?P<names>\?\w+|\((?:\s*\?\w+)+\s*\))\s*"
                   r"\{\s*(?P<row>UNDEF|\((?:\s*UNDEF)+\s*\))\s*\}", re.IGNORECASE)


def fill_slots(text: str, params: dict[str, Any] | None) -> str:
    """The query with each slot (`VALUES ?x { UNDEF }`) holding the bound value of the
    parameters it names, so the engine plans from them; unbound ones stay UNDEF. Only a
    slot placed where the parameter's substitution reaches keeps the query's meaning: the
    query's author puts them there (see queries/*.rq)."""
    terms = {name.lstrip("?$"): to_ox(value) for name, value in (params or {}).items()}
    terms = {name: term for name, term in terms.items()
             if isinstance(term, (ox.NamedNode, ox.Literal))}  # VALUES holds no blank node
    def fill(slot: re.Match[str]) -> str:
        names = re.findall(r"\?(\w+)", slot["names"])
        if len(names) != slot["row"].upper().count("UNDEF") or terms.keys().isdisjoint(names):
            return slot[0]
        cells = [str(terms[name]) if name in terms else "UNDEF" for name in names]
        return f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(cells)}) }}"
    return _SLOT.sub(fill, text)


def run(store: Store, text: str, params: dict[str, Any] | None = None) -> QueryResult:
    """Run SPARQL text on the store (default graph = union of all graphs), params bound by value.

    A query that declares its parameters (see `declared_params`) takes only those, and
    its filter-only variables are left out of the result."""
    columns, filters = declared_params(text)
    unknown = sorted(set(params or {}) - set(columns) - set(filters))
    if unknown and (columns or filters):
        raise QueryError(f"this query takes no parameter {', '.join(map(repr, unknown))}: it "
                         f"takes {', '.join(columns + filters)} (see kg queries)")
    result = store.query(fill_slots(text, params), params)
    try:
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables if v.value not in filters]
            return _result(names, [tuple(solution[n] for n in names) for solution in result])
        triples = list(result)
    except (OSError, RuntimeError) as error:
        raise QueryError(f"query failed: {one_line(error)}") from None
    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", format="nt")
    spo = [(t.subject, t.predicate, t.object) for t in triples]
    return _result(["subject", "predicate", "object"], spo, graph)


def _result(names: list[str], terms: list[tuple[Any, ...]],
            graph: rdflib.Graph | None = None) -> QueryResult:
    rows = [tuple(_display(term) for term in row) for row in terms]
    return QueryResult(vars=names, rows=rows, graph=graph, terms=terms)


def _display(term: Any) -> str | None:
    """An IRI as itself, a literal as its lexical form, a blank node as _:id."""
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


# -- formatting ------------------------------------------------------------------------

def _table(result: QueryResult) -> str:
    """A plain text table, columns padded to their widest cell."""
    if result.boolean is not None:
        return str(result.boolean).lower()
    cells = [[cell or "" for cell in row] for row in result.rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)])
              for i, name in enumerate(result.vars)]
    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()
    lines = [line(result.vars), line(["-" * w for w in widths]), *map(line, cells)]
    return "\n".join(lines + ([] if cells else ["(no results)"]))


def _csv(result: QueryResult) -> str:
    """Comma-separated values, quoted where needed (RFC 4180), header = variable names."""
    if result.boolean is not None:
        return str(result.boolean).lower()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.vars)
    writer.writerows([cell or "" for cell in row] for row in result.rows)
    return out.getvalue().rstrip("\n")


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv(result: QueryResult) -> str:
    """Tab-separated values, one row a line; tabs and newlines in values as \\t and \\n."""
    if result.boolean is not None:
        return str(result.boolean).lower()
    rows = [result.vars, *([(cell or "").translate(_TSV_ESCAPES) for cell in row]
                           for row in result.rows)]
    return "\n".join("\t".join(row) for row in rows)


def _json_term(term: Any) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 JSON results encoding."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    encoded = {"type": "literal", "value": _display(term) or ""}
    if isinstance(term, ox.Literal) and term.language:
        encoded["xml:lang"] = term.language
    elif isinstance(term, ox.Literal) and term.datatype.value not in (_XSD_STRING, _LANG_STRING):
        encoded["datatype"] = term.datatype.value
    return encoded


def _json(result: QueryResult) -> str:
    """The SPARQL 1.1 Query Results JSON format."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{name: _json_term(term) for name, term in zip(result.vars, row, strict=True)
                 if term is not None} for row in result.terms]
    return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


#: Output format name -> formatter.
FORMATTERS: dict[str, Callable[[QueryResult], str]] = {
    "table": _table, "csv": _csv, "tsv": _tsv, "json": _json,
}


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as text in one of FORMATTERS' formats: table, csv, tsv or json."""
    if fmt not in FORMATTERS:
        raise QueryError(f"unknown output format '{fmt}': use one of {', '.join(FORMATTERS)}")
    return FORMATTERS[fmt](result)
