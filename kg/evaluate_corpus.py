"""Score extraction on a corpus folder: build its articles into a throw-away store and
compare the facts with the folder's gold file."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.build import build
from kg.errors import InputError
from kg.store import Store

if TYPE_CHECKING:  # kg.evaluate is imported when a corpus is scored, not with the kg package
    from kg.evaluate import Report

GOLD_NAME = "gold.jsonl"
ALIASES_NAME = "aliases.json"


def evaluate_corpus(corpus_dir: str | Path, gold: str | Path | None = None,
                    aliases: str | Path | None = None) -> Report:
    """Build every article in `corpus_dir` into a temporary store and score it against
    `gold` (default corpus_dir/gold.jsonl) with `aliases` (default corpus_dir/aliases.json)."""
    corpus = Path(corpus_dir)
    if not corpus.is_dir():
        raise InputError(f"{corpus}: not a folder; give the corpus folder holding the articles "
                         f"and {GOLD_NAME}")
    gold_path = Path(gold) if gold is not None else corpus / GOLD_NAME
    if not gold_path.is_file():
        raise InputError(f"no gold file {gold_path}: put {GOLD_NAME} in the corpus folder "
                         "or give one with --gold")
    if aliases is None and (corpus / ALIASES_NAME).is_file():
        aliases = corpus / ALIASES_NAME
    import tempfile  # here: `import kg` (a re-run that parses nothing) needs none

    from kg.evaluate import evaluate_store

    with tempfile.TemporaryDirectory(prefix="newskg-eval-") as tmp:
        build([corpus], store=Path(tmp) / "store")
        with Store.open(Path(tmp) / "store") as store:
            return evaluate_store(store, gold_path, aliases)
