"""Incremental builds: unchanged articles are skipped before parsing, a changed article
replaces its graph, `kg remove` takes one out, `--processes 2` writes the same graphs."""
from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import assert_one_line_error, run_kg
from kg.store import Store, select_rows

ATTACK = "Fighting in the north\nMarch 3, 2024\n\n{} attacked {} on Monday, officials said.\n"
FACTS = ("SELECT ?s ?o WHERE { ?a <https://w3id.org/newskg/ontology#attacked> ?b . "
         "?a <http://www.w3.org/2000/01/rdf-schema#label> ?s . "
         "?b <http://www.w3.org/2000/01/rdf-schema#label> ?o }")


def write(folder: Path, name: str, attacker: str, target: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(ATTACK.format(attacker, target), encoding="utf-8")
    return path


def attacks(store: Path) -> set[tuple[str, str]]:
    with Store.open(store) as opened:
        return {(row["s"], row["o"]) for row in select_rows(opened, FACTS)}


def graphs(store: Path) -> list[str]:
    with Store.open(store) as opened:
        return opened.graphs()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write(folder, "north", "Russia", "Ukraine")
    write(folder, "south", "Sudan", "Chad")
    return folder


def test_rerun_skips_unchanged_articles_and_says_so(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = run_kg("build", corpus, "--store", store)
    assert first.returncode == 0, first.stderr
    assert "2 documents" in first.stdout and "skipped" not in first.stdout
    before = attacks(store)
    assert before == {("Russia", "Ukraine"), ("Sudan", "Chad")}
    again = run_kg("build", corpus, "--store", store, "-o", tmp_path / "again.nq")
    assert again.returncode == 0, again.stderr
    assert "0 documents" in again.stdout
    assert "2 unchanged documents skipped" in again.stdout
    assert attacks(store) == before
    # the graph file still holds every document of this build, skipped or not
    text = (tmp_path / "again.nq").read_text(encoding="utf-8")
    assert "/doc/north>" in text and "/doc/south>" in text


def test_rerun_that_skips_everything_loads_neither_spacy_nor_rdflib(corpus: Path,
                                                                   tmp_path: Path) -> None:
    """Skipping is decided from content hashes and the store alone: the model, the
    extractor and rdflib are not imported (`-X importtime` lists every import), while the
    first build, which parses, imports the model and the extractor (the twin); no build
    imports rdflib."""
    store = tmp_path / "store"
    first = run_kg("build", corpus, "--store", store, env={"PYTHONPROFILEIMPORTTIME": "1"})
    again = run_kg("build", corpus, "--store", store, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert first.returncode == 0 and again.returncode == 0, first.stderr[-500:] + again.stderr[-500:]
    assert "2 unchanged documents skipped" in again.stdout

    def imported(stderr: str) -> set[str]:
        return {line.rsplit("|", 1)[-1].strip() for line in stderr.splitlines()
                if line.startswith("import time:")}

    parsing = {"spacy", "kg.relations", "kg.worker"}
    assert parsing <= imported(first.stderr)
    assert "rdflib" not in imported(first.stderr)  # graphs are written without it (test_rdf)
    assert not (parsing | {"rdflib"}) & imported(again.stderr)


def test_force_parses_again_without_duplicating(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_kg("build", corpus, "--store", store).returncode == 0
    with Store.open(store) as opened:
        before = opened.count()
    forced = run_kg("build", corpus, "--store", store, "--force")
    assert forced.returncode == 0, forced.stderr
    assert "2 documents" in forced.stdout and "skipped" not in forced.stdout
    with Store.open(store) as opened:
        assert opened.count() == before


def test_a_changed_article_replaces_its_graph(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_kg("build", corpus, "--store", store).returncode == 0
    write(corpus, "north", "Russia", "Georgia")
    result = run_kg("build", corpus, "--store", store)
    assert result.returncode == 0, result.stderr
    assert "1 documents" in result.stdout and "1 unchanged documents skipped" in result.stdout
    assert attacks(store) == {("Russia", "Georgia"), ("Sudan", "Chad")}


def test_remove_takes_one_document_out(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_kg("build", corpus, "--store", store).returncode == 0
    result = run_kg("remove", "north", "--store", store)
    assert result.returncode == 0, result.stderr
    assert "1 documents removed" in result.stdout
    assert graphs(store) == ["https://w3id.org/newskg/doc/south"]
    assert attacks(store) == {("Sudan", "Chad")}
    # removed means built again next time
    rebuilt = run_kg("build", corpus, "--store", store)
    assert "1 documents" in rebuilt.stdout and "1 unchanged documents skipped" in rebuilt.stdout
    assert attacks(store) == {("Russia", "Ukraine"), ("Sudan", "Chad")}


def test_remove_of_an_unknown_document_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_kg("build", corpus, "--store", store).returncode == 0
    result = run_kg("remove", "south", "nowhere", "--store", store)
    assert_one_line_error(result, 2, "nowhere", str(store))
    assert len(graphs(store)) == 2


def test_two_processes_write_the_same_graphs(corpus: Path, tmp_path: Path) -> None:
    for name, attacker, target in [("east", "Israel", "Lebanon"), ("west", "Mali", "Niger"),
                                   ("centre", "Iran", "Iraq")]:
        write(corpus, name, attacker, target)
    one, two = tmp_path / "one.nq", tmp_path / "two.nq"
    assert run_kg("build", corpus, "--store", tmp_path / "s1", "-o", one).returncode == 0
    result = run_kg("build", corpus, "--store", tmp_path / "s2", "-o", two, "--processes", "2")
    assert result.returncode == 0, result.stderr
    assert "5 documents" in result.stdout
    lines = sorted(one.read_text(encoding="utf-8").splitlines())
    assert lines and lines == sorted(two.read_text(encoding="utf-8").splitlines())


def test_validate_option_checks_each_graph_and_stores_the_same(corpus: Path,
                                                               tmp_path: Path) -> None:
    plain, checked = tmp_path / "plain.nq", tmp_path / "checked.nq"
    assert run_kg("build", corpus, "--store", tmp_path / "s1", "-o", plain).returncode == 0
    result = run_kg("build", corpus, "--store", tmp_path / "s2", "-o", checked, "--validate")
    assert result.returncode == 0, result.stderr
    assert sorted(plain.read_text().splitlines()) == sorted(checked.read_text().splitlines())
    assert run_kg("validate", "--store", tmp_path / "s1").returncode == 0


def test_a_dask_local_cluster_writes_the_same_graphs(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    examples = Path(__file__).resolve().parents[1] / "examples"
    local, dask = tmp_path / "local.nq", tmp_path / "dask.nq"
    assert run_kg("build", examples, "--store", tmp_path / "s1", "-o", local).returncode == 0
    result = run_kg("build", examples, "--store", tmp_path / "s2", "-o", dask, "--dask", "local")
    assert result.returncode == 0, result.stderr
    assert "5 documents" in result.stdout
    lines = sorted(local.read_text(encoding="utf-8").splitlines())
    assert len(lines) > 100 and lines == sorted(dask.read_text(encoding="utf-8").splitlines())


def test_an_unreachable_dask_scheduler_is_one_line(corpus: Path, tmp_path: Path,
                                                   unused_port: int) -> None:
    pytest.importorskip("dask.distributed")
    result = run_kg("build", corpus, "--store", tmp_path / "store", "--dask",
                    f"tcp://127.0.0.1:{unused_port}")
    assert_one_line_error(result, 4, "Dask scheduler", str(unused_port))


def test_graph_file_written_during_the_build_is_the_stores_export(corpus: Path,
                                                                   tmp_path: Path) -> None:
    store, out = tmp_path / "store", tmp_path / "out.nq"
    assert run_kg("build", corpus, "--store", store).returncode == 0
    write(corpus, "north", "Iran", "Iraq")  # changed: built again
    write(corpus, "west", "Mali", "Niger")  # new; "south" is skipped
    result = run_kg("build", corpus, "--store", store, "-o", out, "--processes", "2")
    assert result.returncode == 0, result.stderr
    assert "1 unchanged documents skipped" in result.stdout
    written = out.read_bytes()
    order = list(dict.fromkeys(line.rsplit(" ", 2)[-2].strip("<>")
                               for line in written.decode("utf-8").splitlines()))
    assert sorted(iri.rsplit("/", 1)[-1] for iri in order) == ["north", "south", "west"]
    with Store.open(store) as opened:
        opened.export(tmp_path / "export.nq", graphs=order)
    assert written == (tmp_path / "export.nq").read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
