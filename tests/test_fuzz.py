"""Fuzzing with Hypothesis: whatever bytes or text the document readers and the --param
parser are given, they return a result or raise the one-line KgError the CLI reports,
never anything else (which would reach the user as a traceback)."""
from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.dates import parse_dateline, phrase_date
from kg.documents import decode_text, document_from_text, documents_from_jsonl, read_path, read_stdin
from kg.errors import InputError, KgError, QueryError
from kg.query import parse_params, query_text, run
from kg.store import Store

#: Modest example counts keep the suite fast; the readers are cheap, HTML is not.
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
        codecs.BOM_UTF32_BE]
#: Bytes that look like files people send: a BOM or none, then text in some codec or noise.
file_bytes = st.one_of(
    st.binary(max_size=400),
    st.tuples(st.sampled_from(BOMS), st.binary(max_size=200)).map(lambda t: t[0] + t[1]),
    st.tuples(st.text(max_size=200), st.sampled_from(["utf-8", "utf-16", "utf-32", "latin-1",
                                                      "cp1252", "utf-16-be"]))
    .map(lambda t: t[0].encode(t[1], errors="replace")),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "title", "date", "url", "id", "x"]), inner, max_size=5),
    max_leaves=12)
jsonl_lines = st.lists(st.one_of(json_values.map(json.dumps), st.text(max_size=60)), max_size=5)


def _documents_or_input_error(read) -> None:
    try:
        for document in read():
            assert isinstance(document.text, str) and document.text.strip()
    except InputError as error:
        assert str(error) and "\n" not in str(error).strip()


@FAST
@given(file_bytes)
def test_decode_text_returns_text_or_input_error(data: bytes) -> None:
    try:
        text = decode_text(data, "f.txt")
    except InputError:
        return
    assert "\r" not in text and "\x00" not in text and text.strip()


@FAST
@given(file_bytes, st.sampled_from([".txt", ".jsonl"]))
def test_txt_and_jsonl_files_read_or_fail_cleanly(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"article{suffix}"
        path.write_bytes(data)
        _documents_or_input_error(lambda: read_path(path))


@SLOW
@given(st.one_of(file_bytes, st.lists(st.sampled_from(
    ["<html>", "<body>", "<p>", "</p>", "<script>", "</script>", "<div", ">", "&amp;", "&#0;",
     "<a href='javascript:alert(1)'>", "Rwanda attacked the Congo on Monday.", "\x00", "<!--",
     "<title>", "</title>", "<meta name='date' content='2024-13-45'>"]), max_size=30)
    .map(lambda parts: "".join(parts).encode("utf-8"))))
def test_html_files_read_or_fail_cleanly(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_bytes(data)
        _documents_or_input_error(lambda: read_path(path))


@FAST
@given(jsonl_lines)
def test_json_lines_read_or_fail_cleanly(lines: list[str]) -> None:
    _documents_or_input_error(lambda: documents_from_jsonl("\n".join(lines), "a.jsonl", "a"))


@FAST
@given(st.one_of(file_bytes, jsonl_lines.map(lambda lines: "\n".join(lines).encode())))
def test_stdin_reads_or_fails_cleanly(data: bytes) -> None:
    _documents_or_input_error(lambda: read_stdin(io.TextIOWrapper(io.BytesIO(data))))


@FAST
@given(st.text(max_size=300))
def test_any_text_is_a_document_with_its_text_kept(text: str) -> None:
    document = document_from_text(text, "doc")
    assert document.text == text


@FAST
@given(st.text(max_size=60), st.none() | st.dates(dt.date(1, 1, 8), dt.date(9999, 12, 24)))
def test_dates_parse_or_give_none(text: str, base: dt.date | None) -> None:
    assert parse_dateline(text) is None or isinstance(parse_dateline(text), dt.date)
    assert phrase_date(text, base) is None or isinstance(phrase_date(text, base), dt.date)


# --- the --param parser, then the parameters bound into real queries ----------------------

param_values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["<", ">", "<>", "<x>", "<http://a b>", "\"", "'", "nkg:", "nkg:State",
                     "rdf:type", "literal:", "2024-02-30", "-1", "+.5", "http://", "x=y",
                     "Morocco> } ; DROP ALL ; #", '" } DROP ALL { "', "\\u0000", "?x"]),
    st.lists(st.sampled_from(["<", ">", "\"", "'", ":", "nkg", "http", "//", "1", ".", "-", "=",
                              " ", "\n", "x", "é", "\x00", "}", "{", "#"]), max_size=12)
    .map("".join),
)
param_names = st.one_of(st.sampled_from(["actor", "target", "from", "to", "?actor", "$x"]),
                        st.text(max_size=10))


@FAST
@given(st.lists(st.tuples(param_names, st.sampled_from(["=", "", "=="]), param_values),
                max_size=3))
def test_param_parser_binds_or_gives_a_query_error(pairs: list[tuple[str, str, str]]) -> None:
    try:
        params = parse_params(["".join(pair) for pair in pairs])
    except QueryError as error:
        assert "\n" not in str(error)
        return
    assert all(name.isidentifier() for name in params)


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory):
    """A real store holding one bundled example article, built in this process."""
    from cli_support import ARTICLE
    from kg.build import build

    path = tmp_path_factory.mktemp("fuzz") / "store"
    build([ARTICLE], store=path, progress=False)
    with Store.open(path) as store:
        yield store


@SLOW
@given(st.sampled_from(["allies", "attacks", "entity", "timeline", "evidence"]),
       st.lists(st.tuples(st.sampled_from(["actor", "entity", "from", "to", "target"]),
                          param_values), min_size=1, max_size=2))
def test_bound_parameters_never_break_a_named_query(small_store, name: str,
                                                    pairs: list[tuple[str, str]]) -> None:
    before = small_store.count()
    try:
        params = parse_params([f"{key}={value}" for key, value in pairs])
        run(small_store, query_text(name), params)
    except KgError as error:
        assert isinstance(error, QueryError) and "\n" not in str(error)
    assert small_store.count() == before
