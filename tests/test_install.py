"""A plain (non-editable) install works: the wheel holds the ontology, the shapes and the
named queries, and an installed `kg` builds, queries and validates from any folder. The
editable install of this checkout reads the same files from the repository."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from cli_support import REPO

#: What is not part of a source tree, wherever the checkout has it.
NOT_SOURCE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__",
                                    ".pytest_cache", "kg-store", "out", ".ruff_cache")


def clean_env() -> dict[str, str]:
    """This environment without anything that points Python or kg at the checkout."""
    drop = {"PYTHONPATH", "NEWSKG_STORE", "VIRTUAL_ENV", "PYTHONHOME"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def run(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=clean_env(), capture_output=True,
                            text=True, stdin=subprocess.DEVNULL, timeout=1200)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel` builds from a copy of the source tree (the checkout stays clean)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    shutil.copytree(REPO, source, ignore=NOT_SOURCE)
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", base / "dist", source, cwd=base)
    (built,) = (base / "dist").glob("newskg-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv outside the checkout with the wheel and the model installed."""
    env = tmp_path_factory.mktemp("venv") / "venv"
    venv.create(env, with_pip=True)
    run(env / "bin/python", "-m", "pip", "install", "-q", f"newskg[model] @ {wheel.as_uri()}",
        cwd=env.parent)
    return env / "bin"


def test_the_wheel_ships_the_ontology_and_every_named_query(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {"ontology": "kg/ontology_files", "queries": "kg/query_files"}
    for folder, package in shipped.items():
        for path in (REPO / folder).rglob("*"):
            if path.is_file() and path.suffix in (".ttl", ".json", ".rq"):
                inside = f"{package}/{path.relative_to(REPO / folder).as_posix()}"
                assert inside in names, f"{path.relative_to(REPO)} is not in {wheel.name}"
    assert "kg/gazetteer/countries.jsonl" in names
    assert not any(name.startswith(("ontology/", "queries/", "tests/")) for name in names)


def test_installed_kg_builds_queries_and_validates_from_another_folder(
        installed: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    shutil.copytree(REPO / "examples", work / "examples")
    where = run(installed / "python", "-c", "import kg; print(kg.__file__)", cwd=work).stdout
    assert Path(where.strip()).is_relative_to(installed.parent)  # not the checkout

    built = run(installed / "kg", "build", "examples", cwd=work).stdout
    assert built.startswith(f"{len(list((work / 'examples').glob('*.txt')))} documents")
    assert (work / "kg-store").is_dir()
    attacks = run(installed / "kg", "query", "attacks", "--format", "csv", cwd=work).stdout
    assert attacks.splitlines()[0].startswith("attacker") and len(attacks.splitlines()) > 1
    validated = run(installed / "kg", "validate", cwd=work).stdout
    assert validated.strip() == "store kg-store conforms to ontology/shapes.ttl"
    drawn = run(installed / "kg", "viz", "-o", "graph.html", cwd=work).stdout
    assert drawn.strip() == "HTML graph: graph.html"  # the page template is in the wheel
    assert "window.network = network" in (work / "graph.html").read_text(encoding="utf-8")
    listed = run(installed / "kg", "queries", cwd=work).stdout
    assert [line.split()[0] for line in listed.splitlines() if not line.startswith(" ")] == sorted(
        path.stem for path in (REPO / "queries").glob("*.rq"))


ENTITY = ("@prefix nkg: <https://w3id.org/newskg/ontology#> .\n"
          "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
          "<https://w3id.org/newskg/id/Morocco> a nkg:State {label}.\n")


def test_this_checkouts_kg_reads_the_repository_folders_from_another_folder(tmp_path: Path) -> None:
    kg = Path(sys.executable).parent / "kg"
    good, bad = tmp_path / "good.ttl", tmp_path / "bad.ttl"
    good.write_text(ENTITY.format(label='; rdfs:label "Morocco" '), encoding="utf-8")
    bad.write_text(ENTITY.format(label=""), encoding="utf-8")  # the shapes want a label
    assert run(kg, "validate", good, cwd=tmp_path).stdout.strip() == (
        f"{good} conforms to ontology/shapes.ttl")
    refused = subprocess.run([kg, "validate", bad], cwd=tmp_path, env=clean_env(),
                             capture_output=True, text=True, timeout=300)
    assert refused.returncode == 6 and "rdfs:label" in refused.stdout, refused.stderr
    where = run(sys.executable, "-c", "from kg.query import QUERY_DIR; print(QUERY_DIR)",
                cwd=tmp_path).stdout.strip()
    assert sorted(p.name for p in Path(where).glob("*.rq")) == sorted(
        p.name for p in (REPO / "queries").glob("*.rq"))
