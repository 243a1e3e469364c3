"""Score a graph's asserted relations against a gold file (precision, recall, F1 per relation).

Matching follows the "Gold files" section of the relations spec: names compare after
normalisation and through aliases.json; optional entries are neither rewarded nor
punished; forbidden ones are false positives reported apart. Every asserted fact in
the store counts, including facts from documents the gold file never mentions.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.events import RELATIONS
from kg.ontology import symmetric_relations
from kg.resources import internal_query
from kg.store import select_rows

STATUSES = ("required", "optional", "forbidden")


@dataclass(frozen=True)
class GoldEntry:
    """One gold line; subject and object may each list alternatives (any one matches)."""

    doc: str
    subjects: tuple[str, ...]
    relation: str
    objects: tuple[str, ...]
    status: str
    evidence: str = ""

    def describe(self) -> str:
        return f"{self.doc}: {'|'.join(self.subjects)} {self.relation} {'|'.join(self.objects)}"


@dataclass(frozen=True)
class Prediction:
    """One asserted fact from the graph: canonical labels plus every label of each entity."""

    doc: str
    subject: str
    relation: str
    object: str
    subject_labels: frozenset[str] = frozenset()
    object_labels: frozenset[str] = frozenset()
    evidence: str = ""

    def describe(self) -> str:
        return f"{self.doc}: {self.subject} {self.relation} {self.object}"


@dataclass
class Counts:
    """Counts for one relation (or all): matched predictions, false positives, misses."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    forbidden: int = 0
    optional: int = 0
    matched_required: int = 0
    required: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.matched_required / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    """Per-relation and micro scores, with the facts behind every error.

    `false_positives` lists the plain ones; predictions hitting a forbidden entry are
    counted in `fp` too but listed in `forbidden_hits` with the entry they hit.
    """

    per_relation: dict[str, Counts] = field(default_factory=dict)
    false_positives: list[Prediction] = field(default_factory=list)
    forbidden_hits: list[tuple[Prediction, GoldEntry]] = field(default_factory=list)
    missed: list[GoldEntry] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.per_relation.values():
            for name, value in asdict(counts).items():
                setattr(total, name, getattr(total, name) + value)
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "per_relation": {rel: c.to_dict() for rel, c in self.per_relation.items()},
            "micro": self.micro.to_dict(),
            "false_positives": [_prediction_dict(p) for p in self.false_positives],
            "forbidden_hits": [_prediction_dict(p) for p, _ in self.forbidden_hits],
            "missed": [asdict(g) for g in self.missed],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)


def _prediction_dict(p: Prediction) -> dict[str, str]:
    return {"doc": p.doc, "subject": p.subject, "relation": p.relation, "object": p.object,
            "evidence": p.evidence}


# --- names --------------------------------------------------------------------------

def _fold(char: str) -> str:
    """Dashes, slashes and spaces become a space; other punctuation and accents vanish."""
    kind = unicodedata.category(char)
    if kind == "Pd" or kind.startswith("Z") or char in "/_":
        return " "
    return "" if kind.startswith("P") or unicodedata.combining(char) else char


def normalise(name: str) -> str:
    """Lowercase, no accents or punctuation (dashes become spaces), no leading "the"."""
    text = "".join(_fold(c) for c in unicodedata.normalize("NFKD", name.lower()))
    return re.sub(r"^the ", "", " ".join(text.split()))


class AliasIndex:
    """The names that count as one entity: a name, its aliases.json entry, every list holding it."""

    def __init__(self, aliases: dict[str, set[str]]) -> None:
        self._groups = [frozenset(normalise(n) for n in {canonical, *names})
                        for canonical, names in aliases.items()]

    def names(self, name: str) -> frozenset[str]:
        key = normalise(name)
        return frozenset({key}.union(*(g for g in self._groups if key in g)))


# --- loading ------------------------------------------------------------------------

def _alternatives(value: Any, where: str, key: str) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise InputError(f"{where}: \"{key}\" must be a name or a list of names")
    return tuple(values)


def _gold_entry(obj: Any, where: str) -> GoldEntry:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object")
    missing = [k for k in ("doc", "subject", "relation", "object") if k not in obj]
    if missing:
        raise InputError(f"{where}: missing field {missing[0]!r}")
    if obj["relation"] not in RELATIONS:
        raise InputError(f"{where}: unknown relation {obj['relation']!r} (use {', '.join(RELATIONS)})")
    status = obj.get("status", "required")
    if status not in STATUSES:
        raise InputError(f"{where}: unknown status {status!r} (use {', '.join(STATUSES)})")
    return GoldEntry(str(obj["doc"]), _alternatives(obj["subject"], where, "subject"),
                     obj["relation"], _alternatives(obj["object"], where, "object"),
                     status, str(obj.get("evidence", "")))


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read as UTF-8 text ({error})") from None


def load_gold(path: str | Path) -> list[GoldEntry]:
    """Read gold.jsonl: one entry a line (doc, subject, relation, object, status, evidence)."""
    path = Path(path)
    entries = []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if line.strip():
            where = f"{path} line {number}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{where}: not valid JSON: {error.msg}") from None
            entries.append(_gold_entry(obj, where))
    return entries


def load_aliases(path: str | Path) -> dict[str, set[str]]:
    """Read aliases.json: canonical name -> the names that count as the same entity."""
    path = Path(path)
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not valid JSON: {error.msg} (line {error.lineno})") from None
    if not isinstance(data, dict) or not all(
            isinstance(v, list) and all(isinstance(n, str) for n in v) for v in data.values()):
        raise InputError(f"{path}: expected an object mapping each name to a list of names")
    return {canonical: set(names) for canonical, names in data.items()}


# --- predictions from the graph -----------------------------------------------------

def _entity_labels(store: Any) -> dict[str, tuple[str, frozenset[str]]]:
    """Entity IRI -> (canonical label, every label)."""
    canonical: dict[str, set[str]] = {}
    every: dict[str, set[str]] = {}
    for row in select_rows(store, internal_query("evaluation-labels")):
        every.setdefault(row["e"], set()).add(row["label"])
        if row["canonical"] == "true":
            canonical.setdefault(row["e"], set()).add(row["label"])
    fallback = {iri: iri.rsplit("/", 1)[-1] for iri in every}
    return {iri: (min(canonical.get(iri) or {fallback[iri]}), frozenset(labels))
            for iri, labels in every.items()}


def predictions_from_store(store: Any) -> list[Prediction]:
    """Every asserted fact, once per (document, subject, relation, object), with its labels."""
    labels = _entity_labels(store)
    predictions = []
    for row in select_rows(store, internal_query("evaluation-facts")):
        subject = labels.get(row["s"], (row["s"], frozenset({row["s"]})))
        obj = labels.get(row["o"], (row["o"], frozenset({row["o"]})))
        predictions.append(Prediction(row["doc"], subject[0], row["rel"].rsplit("#", 1)[-1],
                                      obj[0], subject[1] | {subject[0]}, obj[1] | {obj[0]},
                                      row.get("sentence", "")))
    return dedupe(predictions)


def dedupe(predictions: Iterable[Prediction]) -> list[Prediction]:
    """Keep the first prediction per (doc, subject, relation, object); unordered if symmetric."""
    seen: set[tuple] = set()
    kept = []
    for p in predictions:
        ends = tuple(sorted((p.subject, p.object))) if p.relation in symmetric_relations() \
            else (p.subject, p.object)
        if (p.doc, p.relation, ends) not in seen:
            seen.add((p.doc, p.relation, ends))
            kept.append(p)
    return kept


# --- scoring ------------------------------------------------------------------------

def _names_match(labels: frozenset[str], gold_names: tuple[str, ...], index: AliasIndex) -> bool:
    wanted = frozenset().union(*(index.names(n) for n in gold_names))
    return any(normalise(label) in wanted for label in labels)


def matches(p: Prediction, g: GoldEntry, index: AliasIndex) -> bool:
    """True when the prediction states the gold fact (either direction for symmetric relations)."""
    if p.doc != g.doc or p.relation != g.relation:
        return False
    forward = _names_match(p.subject_labels, g.subjects, index) and \
        _names_match(p.object_labels, g.objects, index)
    backward = p.relation in symmetric_relations() and _names_match(p.object_labels, g.subjects, index) \
        and _names_match(p.subject_labels, g.objects, index)
    return forward or backward


def _with_own_labels(p: Prediction) -> Prediction:
    """A prediction built by hand may omit label sets: its canonical names then stand alone."""
    if p.subject_labels and p.object_labels:
        return p
    return Prediction(p.doc, p.subject, p.relation, p.object,
                      p.subject_labels | {p.subject}, p.object_labels | {p.object}, p.evidence)


def score(predictions: Iterable[Prediction], gold: list[GoldEntry],
          aliases: dict[str, set[str]] | None = None) -> Report:
    """Score deduplicated predictions against gold entries; see the module docstring for rules."""
    index = AliasIndex(aliases or {})
    report = Report(per_relation={rel: Counts() for rel in RELATIONS})
    matched: set[int] = set()
    for p in dedupe(_with_own_labels(p) for p in predictions):
        _classify(p, gold, index, report, matched)
    for i, g in enumerate(gold):
        if g.status == "required":
            counts = report.per_relation[g.relation]
            counts.required += 1
            counts.matched_required += i in matched
            if i not in matched:
                counts.fn += 1
                report.missed.append(g)
    return report


def _classify(p: Prediction, gold: list[GoldEntry], index: AliasIndex, report: Report,
              matched: set[int]) -> None:
    """Count one prediction: required match > forbidden trap > optional (excluded) > plain FP."""
    counts = report.per_relation.setdefault(p.relation, Counts())
    hits = [(i, g) for i, g in enumerate(gold) if matches(p, g, index)]
    required = [i for i, g in hits if g.status == "required"]
    forbidden = [g for _, g in hits if g.status == "forbidden"]
    if required:
        counts.tp += 1
        matched.update(required)
    elif forbidden:
        counts.fp += 1
        counts.forbidden += 1
        report.forbidden_hits.append((p, forbidden[0]))
    elif hits:
        counts.optional += 1
    else:
        counts.fp += 1
        report.false_positives.append(p)


def evaluate_store(store: Any, gold_path: str | Path,
                   aliases_path: str | Path | None = None) -> Report:
    """Score a store against gold.jsonl, with aliases.json beside it unless another is given."""
    gold_path = Path(gold_path)
    if aliases_path is None and (gold_path.parent / "aliases.json").exists():
        aliases_path = gold_path.parent / "aliases.json"
    aliases = load_aliases(aliases_path) if aliases_path is not None else {}
    return score(predictions_from_store(store), load_gold(gold_path), aliases)


# --- output -------------------------------------------------------------------------

def format_report(report: Report) -> str:
    """A plain-text table per relation plus a micro row, then the forbidden, FP and missed lists."""
    header = f"{'relation':<12}{'tp':>5}{'fp':>5}{'fn':>5}{'forb':>6}{'opt':>5}" \
             f"{'P':>8}{'R':>8}{'F1':>8}"
    rows = [header, "-" * len(header)]
    for name, c in [*report.per_relation.items(), ("micro", report.micro)]:
        rows.append(f"{name:<12}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.forbidden:>6}{c.optional:>5}"
                    f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    rows.append(f"\nforbidden hits: {len(report.forbidden_hits)}")
    rows += [f"  {p.describe()}  (trap: {g.evidence})" if g.evidence else f"  {p.describe()}"
             for p, g in report.forbidden_hits]
    rows.append(f"false positives: {len(report.false_positives)}")
    rows += [f"  {p.describe()}" for p in report.false_positives]
    rows.append(f"missed required: {len(report.missed)}")
    rows += [f"  {g.describe()}" for g in report.missed]
    return "\n".join(rows)
