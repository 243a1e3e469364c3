"""`kg viz`: one self-contained HTML file at the path given, and nothing else."""
from __future__ import annotations

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
