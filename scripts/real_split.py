#!/usr/bin/env python3
"""Lay out the fixed study and checking halves of a scored corpus as two folders.

The split is a rule, not a list: documents sorted by name, even positions study,
odd positions check. Rules are written from errors on the study half only; the
checking half is the number to believe.

    python scripts/real_split.py ../shared/corpus/real /tmp/real
    kg evaluate /tmp/real/study ; kg evaluate /tmp/real/check
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path


def split(corpus: Path, out: Path) -> dict[str, list[str]]:
    """Write out/study and out/check, each with its articles, gold lines and aliases."""
    docs = sorted(p.stem for p in corpus.glob("*.txt"))
    halves = {"study": docs[0::2], "check": docs[1::2]}
    gold = [json.loads(line) for line in (corpus / "gold.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    for name, members in halves.items():
        folder = out / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for doc in members:
            shutil.copy(corpus / f"{doc}.txt", folder / f"{doc}.txt")
        lines = [json.dumps(g, ensure_ascii=False) for g in gold if g["doc"] in members]
        (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        if (corpus / "aliases.json").exists():
            shutil.copy(corpus / "aliases.json", folder / "aliases.json")
    return halves


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for half, members in split(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(f"{half}: {len(members)} documents in {Path(sys.argv[2]) / half}")
