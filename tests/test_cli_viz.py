"""`kg viz`: one self-contained HTML file at the path given, and nothing else."""
from __future__ import annotations

import json
import re
from pathlib import Path

from cli_support import assert_one_line_error, run_kg
from cli_support import built_store  # noqa: F401  (session fixture)

ATTACKERS = ("SELECT DISTINCT ?label WHERE { ?s <https://w3id.org/newskg/ontology#attacked> ?o . "
             "?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }")
REMOTE = re.compile(r"<(script|link)\b[^>]*\b(src|href)\s*=\s*[\"']?(https?:)?//", re.I)


def test_viz_writes_one_offline_html_file_with_labels(built_store: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    result = run_kg("viz", "-o", "graph.html", "--store", built_store, cwd=work)
    assert result.returncode == 0, result.stderr
    assert "graph.html" in result.stdout
    assert [p.name for p in work.iterdir()] == ["graph.html"]
    page = (work / "graph.html").read_text(encoding="utf-8")
    labels = run_kg("query", ATTACKERS, "--format", "tsv", "--store", built_store)
    names = labels.stdout.splitlines()[1:]
    assert names and all(name in page for name in names if name.isascii())
    assert not REMOTE.search(page)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page


def test_viz_into_a_missing_folder_exits_7(built_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "graph.html"
    assert_one_line_error(run_kg("viz", "-o", target, "--store", built_store), 7, str(target))


def drawn_labels(page: Path) -> set[str]:
    text = page.read_text(encoding="utf-8")
    start = text.index("nodes = new vis.DataSet(") + len("nodes = new vis.DataSet(")
    return {node["label"] for node in json.JSONDecoder().raw_decode(text, start)[0]}


def test_viz_max_nodes_says_how_many_were_left_out(built_store: Path, tmp_path: Path) -> None:
    whole = run_kg("viz", "-o", tmp_path / "all.html", "--store", built_store)
    assert whole.returncode == 0 and "left out" not in whole.stdout
    total = len(drawn_labels(tmp_path / "all.html"))
    result = run_kg("viz", "-o", tmp_path / "top.html", "--max-nodes", "5", "--title", "Top 5",
                    "--store", built_store)
    assert result.returncode == 0, result.stderr
    assert f"5 of {total} entities shown, {total - 5} left out" in result.stdout
    page = (tmp_path / "top.html").read_text(encoding="utf-8")
    assert len(drawn_labels(tmp_path / "top.html")) == 5 and "<title>Top 5</title>" in page
    assert f"{total - 5} of {total} entities left out" in page


def test_viz_entity_hops_relation_and_dates(built_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "isil.html"
    result = run_kg("viz", "-o", out, "--entity", "Islamic State", "--hops", "1",
                    "--relation", "attacked", "--store", built_store)
    assert result.returncode == 0, result.stderr
    near = drawn_labels(out)
    assert "ISIL" in near and "Morocco" in near and "Rwanda" not in near
    result = run_kg("viz", "-o", out, "--since", "2024-01-01", "--until", "2024-12-31",
                    "--min-confidence", "0.1", "--store", built_store)
    assert result.returncode == 0, result.stderr
    recent = drawn_labels(out)
    assert "Rapid Support Forces" in recent and "ISIL" not in recent


def test_viz_bad_options_are_one_line_errors(built_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    assert_one_line_error(run_kg("viz", "-o", out, "--entity", "Atlantis", "--store", built_store),
                          2, "'Atlantis'", "kg query entities")
    assert_one_line_error(run_kg("viz", "-o", out, "--since", "2024-02-30", "--store", built_store),
                          2, "--since", "YYYY-MM-DD")
    assert_one_line_error(run_kg("viz", "-o", out, "--since", "2024-02-01", "--until",
                                 "2024-01-01", "--store", built_store), 2, "swap")
    assert_one_line_error(run_kg("viz", "-o", out, "--hops", "2", "--store", built_store),
                          2, "--hops needs --entity")
    assert_one_line_error(run_kg("viz", "-o", out, "--max-nodes", "0", "--store", built_store),
                          2, "--max-nodes")
    assert_one_line_error(run_kg("viz", "-o", out, "--min-confidence", "1.5",
                                 "--store", built_store), 2, "--min-confidence")
    assert_one_line_error(run_kg("viz", "-o", out, "--min-sources", "0", "--store", built_store),
                          2, "--min-sources", "'0'")
    assert not out.exists()


def test_viz_writes_the_same_page_whatever_the_string_hashing(built_store: Path,
                                                              tmp_path: Path) -> None:
    """Python hashes strings differently in each run (PYTHONHASHSEED): the page must not
    follow (a set-ordered subgraph once turned components another way each run)."""
    pages = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"seed{seed}.html"
        result = run_kg("viz", "-o", out, "--store", built_store, env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        pages.append(out.read_bytes())
    assert pages[0] == pages[1] == pages[2]
    run_kg("viz", "-o", tmp_path / "fewer.html", "--relation", "attacked", "--store", built_store)
    assert (tmp_path / "fewer.html").read_bytes() != pages[0]
