"""notebooks/tour.ipynb runs top to bottom in a kernel of this Python, and does what it says."""
from __future__ import annotations

import os
import re
from pathlib import Path

import nbformat
import pytest
from ipykernel.kernelspec import install
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks/tour.ipynb"
KERNEL = "newskg-test"


def text_of(notebook: nbformat.NotebookNode) -> str:
    """Everything the cells printed or displayed (text and HTML)."""
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            data = output.get("data", {})
            parts += [data.get("text/html", ""), data.get("text/plain", "")]
    return "\n".join(parts)


@pytest.fixture
def kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernelspec running this interpreter (so the kernel sees this venv's packages)."""
    install(kernel_name=KERNEL, prefix=str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter/share/jupyter"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    return KERNEL


def test_tour_builds_queries_and_draws(kernel: str, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "tour"
    monkeypatch.setenv("NEWSKG_TOUR_DIR", str(work))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, kernel_name=kernel, timeout=600,
                   resources={"metadata": {"path": str(REPO / "notebooks")}}).execute()
    shown = text_of(notebook)
    assert re.search(r"\b5 documents\b", shown)
    assert "<table>" in shown and "attackerLabel" in shown and "hostLabel" in shown
    rows = re.search(r"(\d+) attack rows, (\d+) talks rows", shown)
    assert rows and int(rows[1]) > 0 and int(rows[2]) > 0
    page = work / "graph.html"
    assert f"HTML graph: {page}" in shown
    assert "<html" in page.read_text(encoding="utf-8")
