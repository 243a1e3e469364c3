"""`kg evaluate` on the bundled examples: a per-relation table, JSON scores, missing gold refused."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cli_support import ARTICLE, EXAMPLES, assert_one_line_error, run_kg
from kg.events import RELATIONS


@pytest.fixture(scope="module")
def scores() -> dict:
    result = run_kg("evaluate", EXAMPLES, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_table_has_every_relation_and_a_micro_row() -> None:
    result = run_kg("evaluate", EXAMPLES)
    assert result.returncode == 0, result.stderr
    first_words = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    for row in (*RELATIONS, "micro"):
        assert row in first_words


def test_json_scores_are_fractions(scores: dict) -> None:
    assert set(scores["per_relation"]) == set(RELATIONS)
    for counts in (*scores["per_relation"].values(), scores["micro"]):
        for name in ("precision", "recall", "f1"):
            assert isinstance(counts[name], float) and 0 <= counts[name] <= 1
    assert scores["micro"]["tp"] > 0


def test_no_forbidden_fact_is_produced(scores: dict) -> None:
    assert scores["micro"]["forbidden"] == 0, scores["forbidden_hits"]


def test_missing_gold_exits_2_naming_it(tmp_path: Path) -> None:
    shutil.copy(ARTICLE, tmp_path)
    assert_one_line_error(run_kg("evaluate", tmp_path), 2, str(tmp_path / "gold.jsonl"))
    other = tmp_path / "other.jsonl"
    assert_one_line_error(run_kg("evaluate", EXAMPLES, "--gold", other), 2, str(other))


def test_corpus_must_be_a_folder(tmp_path: Path) -> None:
    assert_one_line_error(run_kg("evaluate", tmp_path / "none"), 2, "none")
