"""kg/build.py on its own, as a library call: what build() reports, what it writes, and
that bad input stops it before the store is touched."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg.build import BuildReport, build, extract
from kg.documents import Document
from kg.errors import InputError
from kg.store import Store

ARTICLE = "Fighting in the east\nMarch 3, 2024\n\n{} attacked {} on Monday, officials said.\n"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "east.txt").write_text(ARTICLE.format("Russia", "Ukraine"), "utf-8")
    (folder / "west.txt").write_text(ARTICLE.format("Sudan", "Chad"), "utf-8")
    return folder


def test_build_reports_documents_entities_and_facts(tmp_path: Path, articles: Path) -> None:
    output = tmp_path / "out" / "graph.trig"
    report = build([articles], store=tmp_path / "store", output=output, progress=False)
    assert (report.documents, report.entities, report.skipped) == (2, 4, 0)
    assert report.facts == {"attacked": 2} and report.modalities["asserted"] == 2
    assert report.summary().splitlines()[0] == "2 documents, 4 entities, 2 facts (2 attacked)"
    assert report.store == tmp_path / "store" and report.output == output
    dataset = Dataset()
    dataset.parse(output, format="trig")
    named = {str(g.identifier) for g in dataset.graphs()} - {"urn:x-rdflib:default"}
    assert named == {"https://w3id.org/newskg/doc/east", "https://w3id.org/newskg/doc/west"}


def test_an_unchanged_document_is_skipped_and_a_changed_one_replaced(tmp_path: Path, articles: Path) -> None:
    build([articles], store=tmp_path / "store", progress=False)
    again = build([articles], store=tmp_path / "store", progress=False)
    assert (again.documents, again.skipped) == (0, 2)
    assert "2 unchanged documents skipped" in again.summary()
    (articles / "west.txt").write_text(ARTICLE.format("Chad", "Sudan"), "utf-8")
    changed = build([articles], store=tmp_path / "store", progress=False)
    assert (changed.documents, changed.skipped) == (1, 1)
    forced = build([articles], store=tmp_path / "store", progress=False, force=True)
    assert (forced.documents, forced.skipped) == (2, 0)


@pytest.mark.parametrize("bad, message", [
    ({"output": "graph.docx"}, "docx"),
    ({"processes": 0}, "--processes must be 1 or more"),
])
def test_bad_options_fail_before_the_store_exists(tmp_path: Path, articles: Path, bad, message) -> None:
    with pytest.raises(InputError, match=message):
        build([articles], store=tmp_path / "store", progress=False, **bad)
    assert not (tmp_path / "store").exists()


def test_a_bad_file_stops_the_build_and_keeps_what_is_stored(tmp_path: Path, articles: Path) -> None:
    build([articles], store=tmp_path / "store", progress=False)
    (articles / "broken.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(InputError, match="broken.txt"):
        build([articles], store=tmp_path / "store", progress=False, force=True)
    with Store.open(tmp_path / "store") as store:
        assert len(store.graphs()) == 2


def test_extract_yields_each_documents_facts() -> None:
    found = list(extract([Document(id="a", text="Russia attacked Ukraine on Monday."),
                          Document(id="b", text="The weather was fine.")]))
    assert [f.document.id for f in found] == ["a", "b"]
    assert {(e.subject.name, e.object.name) for e in found[0].events if e.asserted} == {("Russia", "Ukraine")}
    assert not found[1].events
    assert isinstance(BuildReport().summary(), str) and BuildReport().summary().startswith("0 documents")
