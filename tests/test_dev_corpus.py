"""Optional step: score `kg evaluate` on the annotated dev corpus kept beside the repository
(../shared/corpus/dev, or the folder $NEWSKG_DEV_CORPUS names) against fixed floors. A
fresh clone has no such folder, so there the test is skipped with one line saying so;
select it alone with `pytest -m corpus`."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cli_support import REPO, run_kg

DEV = Path(os.environ.get("NEWSKG_DEV_CORPUS") or REPO.parent / "shared" / "corpus" / "dev")
FLOORS = {"f1": 0.92, "precision": 0.95}

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (DEV / "gold.jsonl").is_file(),
                       reason=f"no {DEV}: dev-corpus scoring skipped (optional, needs the annotated corpus)"),
]


def test_dev_corpus_scores_above_the_floors_with_no_forbidden_fact() -> None:
    result = run_kg("evaluate", DEV, "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    micro = scores["micro"]
    assert micro["forbidden"] == 0, scores["forbidden_hits"]
    for name, floor in FLOORS.items():
        assert micro[name] >= floor, (name, micro, scores["false_positives"], scores["missed"])
