"""A one-process build parses the next batch in a thread while it extracts and stores the
current one (kg.runners.run_local): the graphs are those of parsing one batch after
another, an error at a later batch keeps the batches before it, and no parse outlives
the build."""
from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest

from kg.build import BATCH_SIZE, build
from kg.documents import Document, read_documents
from kg.errors import InputError
from kg.iris import NKG
from kg.runners import PARSED_AHEAD, run_local
from kg.store import Store
from kg.worker import extract_batch

STATES = ["Norway", "Chile", "Kenya", "Peru", "Ghana", "Nepal", "Oman", "Fiji", "Laos"]
#: Triples a build adds to each document's graph beside the extractor's (kg.stories).
STORY_PREDICATES = {f"<{NKG}story>", f"<{NKG}textSignature>"}


def _text(number: int) -> str:
    first, second = STATES[number % len(STATES)], STATES[(number * 4 + 1) % len(STATES)]
    return (f"Border report {number}\nMarch {number % 27 + 1}, 2024\n\n{first} shelled "
            f"villages in {second} on Tuesday, a spokesman said. Talks on a truce are due "
            f"in {STATES[(number + 5) % len(STATES)]} next week, after {number} days of clashes.\n")


def _articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        (folder / f"report-{number:03d}.txt").write_text(_text(number), "utf-8")
    return folder


def _parse_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "kg-parse"]


def _stored_lines(store: Store, iri: str) -> set[str]:
    out = io.BytesIO()
    store.write_nquads(out, [iri])
    return {line.removesuffix(f" <{iri}> .") + " ." for line in out.getvalue().decode().splitlines()}


def test_a_build_of_several_batches_stores_what_one_batch_after_another_gives(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "articles", 2 * BATCH_SIZE + 3)
    report = build([folder], store=tmp_path / "store", progress=False)
    documents = list(read_documents([folder]))
    expected = {}
    for start in range(0, len(documents), BATCH_SIZE):  # no thread: parse, extract, next
        for result in extract_batch(documents[start:start + BATCH_SIZE]):
            expected[result.graph_iri] = set(result.ntriples.splitlines())
    assert report.documents == len(expected) == 2 * BATCH_SIZE + 3
    assert report.facts["attacked"] > 0 and not _parse_threads()
    with Store.open(tmp_path / "store") as store:
        assert set(store.graphs()) == set(expected)
        for iri, lines in expected.items():
            stored = _stored_lines(store, iri)
            assert lines <= stored
            assert {line.split()[1] for line in stored - lines} == STORY_PREDICATES


def test_a_file_gone_mid_build_stops_it_at_its_batch_and_keeps_the_batches_before(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "articles", 2 * BATCH_SIZE + 3)
    last = folder / "report-zz.txt"  # read last, in the third batch; undated, so the build
    last.write_text("Quiet week\n\nGhana hosted talks with Laos.\n", "utf-8")  # notifies

    def take_it_away(message: str) -> None:  # once the store is open, before any parse
        last.unlink()

    with pytest.raises(InputError, match="report-zz.txt"):
        build([folder], store=tmp_path / "store", progress=False, notify=take_it_away)
    assert not _parse_threads()
    with Store.open(tmp_path / "store") as store:
        assert len(store.graphs()) == 2 * BATCH_SIZE


def test_a_caller_that_stops_early_leaves_no_parse_running_and_read_few_batches(tmp_path: Path) -> None:
    documents = [Document(id=f"report-{n}", text=_text(n)) for n in range(40)]
    handed: list[int] = []

    def batches():
        for start in range(0, len(documents), 4):
            handed.append(start)
            yield documents[start:start + 4]

    results = run_local(batches())
    first = next(results)
    time.sleep(2)  # time enough to parse all ten batches, were the thread not held back
    results.close()
    assert [result.doc_id for result in first] == ["report-0", "report-1", "report-2", "report-3"]
    assert not _parse_threads()
    # the batch handed back, PARSED_AHEAD waiting, at most one more being parsed
    assert len(handed) <= 2 + PARSED_AHEAD
