"""The main job: documents -> parsed -> facts -> validated RDF -> the store (and a file).

Two passes over the inputs: the first reads every document (a bad file stops the build
before the store is touched) and keeps only its id and content hash; documents whose
hash the store already holds are skipped. The second pass reads the rest again and
streams them through the parser in batches, writing each batch to the store in one
transaction, so memory stays flat however large the corpus (in one process, a thread
parses the next batch meanwhile: kg.runners.run_local).
"""
from __future__ import annotations

import contextlib
import itertools
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.documents import Document, read_documents
from kg.errors import InputError, RenderError
from kg.events import DocumentFacts
from kg.hashing import content_hash
from kg import stories
from kg.buildlock import build_lock, not_served
from kg.iris import document_iri
from kg.store import Store, check_build_target, default_store_path

#: Documents handed to a worker at a time, and written to the store per transaction.
BATCH_SIZE = 16
#: Documents between flushes of the store's write buffers during a build.
FLUSH_EVERY = 400
#: Documents per task when several workers share the work (finer, so they finish together).
PARALLEL_BATCH_SIZE = 4
#: How long a build waits for a reader (`kg query`, `kg stats`) to let the store go before
#: it refuses (before extracting anything).
OPEN_WAIT_SECONDS = 10


@dataclass
class BuildReport:
    """What a build did: counts for the summary line, and where things were written."""

    documents: int = 0
    skipped: int = 0
    entities: int = 0
    candidates: int = 0
    facts: Counter = field(default_factory=Counter)
    modalities: Counter = field(default_factory=Counter)
    triples: int = 0
    store: Path | None = None
    output: Path | None = None

    def summary(self) -> str:
        per = ", ".join(f"{self.facts[r]} {r}" for r in sorted(self.facts)) or "none"
        held = ", ".join(f"{n} {m}" for m, n in sorted(self.modalities.items()) if m != "asserted")
        lines = [f"{self.documents} documents, {self.entities} entities, "
                 f"{sum(self.facts.values())} facts ({per})"]
        if held:
            lines.append(f"{self.candidates - sum(self.facts.values())} candidates not asserted ({held})")
        if self.skipped:
            lines.append(f"{self.skipped} unchanged documents skipped (already in the store)")
        return "\n".join(lines)


def extract(documents: Iterable[Document], *, progress: bool = False,
            batch_size: int = 32) -> Iterator[DocumentFacts]:
    """Parse documents with the shared pipeline and yield what each one states."""
    from kg.worker import parse

    yield from parse(documents, batch_size=batch_size)


@dataclass
class _Plan:
    """What the first pass learnt: graph IRI -> content hash (the last of a repeated id
    wins), the file each document came from, and stdin's documents (kept whole, as
    stdin cannot be read twice)."""

    hashes: dict[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    from_stdin: list[Document] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)


def _plan(paths: list[str | Path]) -> _Plan:
    """First pass: read every document once, so bad input fails before the store is touched."""
    plan = _Plan()
    for path in paths:
        for document in read_documents([path]):
            iri = str(document_iri(document.id))
            plan.hashes.pop(iri, None)
            plan.hashes[iri] = content_hash(document)
            if document.date is None:
                plan.undated.append(document.source or document.id)
            if str(path) == "-":
                plan.from_stdin.append(document)
            else:
                plan.files[iri] = document.source or str(path)
    return plan


def _todo(plan: _Plan, wanted: dict[str, str]) -> Iterator[Document]:
    """Second pass: read again only the files holding documents to parse, and yield each
    such document once (its last occurrence's content)."""
    wanted = dict(wanted)
    files = dict.fromkeys(plan.files[iri] for iri in wanted if iri in plan.files)
    sources = [plan.from_stdin] + [read_documents([file]) for file in files]
    for document in itertools.chain.from_iterable(sources):
        iri = str(document_iri(document.id))
        if wanted.get(iri) == content_hash(document):
            del wanted[iri]
            yield document


def _batches(documents: Iterator[Document], size: int, total: int | None = None) -> Iterator[list[Document]]:
    """Batches of `size` documents; of `total`, the last `size` or fewer in batches of a
    quarter of that: the caller extracts the last batch after every parse has ended, with
    nothing beside it (about 0.3 s of a one-process build for a batch of 16)."""
    left = total if total is not None else -1
    while batch := list(itertools.islice(documents, size if left < 0 or left > size else max(1, size // 4))):
        left -= len(batch)
        yield batch


def _runners():
    """kg.runners, imported when there is something to parse: it brings the worker (rdflib,
    and spaCy on first use), which a build that skips every document never needs."""
    from kg import runners

    return runners


def _runner(processes: int, validate: bool, dask: str | None):
    """The runner and batch size: small batches spread work over parallel workers."""
    if processes < 1:
        raise InputError(f"--processes must be 1 or more, not {processes}")
    if dask is not None:
        if processes != 1:
            raise InputError("give --processes or --dask, not both")
        return (lambda batches: _runners().run_dask(batches, dask, validate)), PARALLEL_BATCH_SIZE
    if processes == 1:
        return (lambda batches: _runners().run_local(batches, validate)), BATCH_SIZE
    return (lambda batches: _runners().run_processes(batches, processes, validate)), \
        PARALLEL_BATCH_SIZE


def undated_warning(undated: list[str]) -> str | None:
    """One line naming the documents no date was found for, or None if all are dated."""
    if not undated:
        return None
    names = ", ".join(undated[:3]) + (f" and {len(undated) - 3} more" if len(undated) > 3 else "")
    which, whose = (names, "its") if len(undated) == 1 else \
        (f"{len(undated)} documents ({names})", "their")
    return (f"warning: no date found in {which} (no date line under the headline, no \"date\" "
            f"field): {whose} facts are undated and weekdays such as 'on Monday' unresolved")


def build(paths: Iterable[str | Path], store: str | Path | None = None,
          output: str | Path | None = None, *, progress: bool | None = None,
          processes: int = 1, force: bool = False, validate: bool = False,
          dask: str | None = None, notify: Callable[[str], None] | None = None) -> BuildReport:
    """Build the graph of every article under paths into the store (and output file).

    Documents the store already holds with the same content hash are skipped (unless
    `force`); a changed document replaces its graph. `processes` > 1 parses in that
    many worker processes; the graphs are the same. `validate` checks every document's
    graph against the SHACL shapes before storing it (slower; `kg validate` checks a
    store afterwards). `dask` ("local" or a scheduler address) parses on a Dask
    distributed cluster instead; the graphs are the same. One build at a time per store: a second waits for the first
    before it extracts anything. `notify` gets one-line messages for the user as they
    happen (undated documents, waiting for a build).
    """
    if progress is None:
        progress = sys.stderr.isatty()
    paths = list(paths)
    nquads = False
    if output is not None:
        from kg.rdf import format_for

        # an unknown extension fails before any work is done
        nquads = format_for(output).oxigraph == ox.RdfFormat.N_QUADS
    run, batch_size = _runner(processes, validate, dask)
    plan = _plan(paths)
    folder = Path(store) if store is not None else default_store_path()
    check_build_target(folder)
    report = BuildReport()
    entities: set[str] = set()
    with build_lock(folder, on_wait=notify), not_served(folder), \
            _opened(folder, plan.hashes, force) as (kg_store, wanted):
        if notify is not None and (warning := undated_warning(plan.undated)):
            notify(warning)  # once the build is sure to run
        report.skipped = len(plan.hashes) - len(wanted)
        todo = _batches(_todo(plan, wanted), batch_size, len(wanted))
        story_index = stories.StoryIndex(kg_store.story_marks()) if wanted else None
        streamed = _StreamedNQuads(kg_store, Path(output), list(plan.hashes), wanted) \
            if nquads else None
        try:
            for results in _progress(run(todo) if wanted else iter(()), len(wanted), progress):
                marks = story_index.assign((r.doc_id, r.signature) for r in results)
                kg_store.replace_ntriples((r.graph_iri, r.ntriples + story_ntriples(r.doc_id, marks[r.doc_id]))
                                          for r in results)
                if streamed is not None:
                    streamed.written(r.graph_iri for r in results)
                if report.documents // FLUSH_EVERY != (report.documents + len(results)) // FLUSH_EVERY:
                    kg_store.flush()  # memory stays flat however many documents follow
                _count(report, entities, results)
            if streamed is not None:
                streamed.finish()
        except BaseException:
            if streamed is not None:
                streamed.abandon()
            raise
        report.entities = len(entities)
        report.store = kg_store.path
        if streamed is not None:
            report.output = Path(output)
        elif output is not None:
            _make_parent(Path(output))
            kg_store.export(output, graphs=plan.hashes)
            report.output = Path(output)
    return report


@contextlib.contextmanager
def _opened(folder: Path, hashes: dict[str, str],
            force: bool) -> Iterator[tuple[Store, dict[str, str]]]:
    """The store, and the documents to parse (graph IRI -> content hash): those whose hash
    it does not hold, or all with `force`. A store that holds every one is only read
    (`Store.read_alone`: nothing to write, so no cost of opening to write); else it is
    opened to write, waiting up to OPEN_WAIT_SECONDS for a reader to let it go."""
    if not force:
        with Store.read_alone(folder) as store:
            if store is not None:
                stored = store.content_hashes()
                if all(stored.get(iri) == h for iri, h in hashes.items()):
                    yield store, {}
                    return
    with Store.open(folder, wait=OPEN_WAIT_SECONDS) as store:
        stored = {} if force else store.content_hashes()
        yield store, {iri: h for iri, h in hashes.items() if stored.get(iri) != h}


def _count(report: BuildReport, entities: set[str], results: list) -> None:
    """Add one batch's documents, triples, entities and candidates to the summary."""
    for result in results:
        report.documents += 1
        report.triples += result.triples
        entities.update(result.entities)
        for relation, modality in result.events:
            report.candidates += 1
            report.modalities[modality] += 1
            if modality == "asserted":
                report.facts[relation] += 1


class _StreamedNQuads:
    """The `-o` file of a build to N-Quads, written while the build runs rather than after
    it: each graph is appended once it and every graph before it in the build's order are
    in the store (documents skipped as unchanged are there from the start), read back
    from the store as `Store.export` reads it, so the file is the one `export` writes.
    In a build with worker processes this process writes it while they parse. It goes to
    a hidden file beside the output, renamed over it at the end (a failed build leaves the
    old file)."""

    def __init__(self, store: Store, output: Path, order: list[str], wanted: dict[str, str]) -> None:
        self._store, self._output, self._order, self._next = store, output, order, 0
        self._ready = {iri for iri in order if iri not in wanted}
        _make_parent(output)
        self._partial = output.with_name(f".{output.name}.partial")
        try:
            self._file = self._partial.open("wb")
        except OSError as error:
            raise RenderError(f"cannot write {output}: {error.strerror or error}") from None

    def written(self, iris: Iterable[str]) -> None:
        """These graphs are in the store now: append every graph that can follow."""
        self._ready.update(iris)
        start = self._next
        while self._next < len(self._order) and self._order[self._next] in self._ready:
            self._next += 1
        self._write(self._order[start:self._next])

    def finish(self) -> None:
        """Append the graphs still to come and put the file in place."""
        self._write(self._order[self._next:])
        self._next = len(self._order)
        try:
            self._file.close()
            os.replace(self._partial, self._output)
        except OSError as error:
            raise RenderError(f"cannot write {self._output}: {error.strerror or error}") from None

    def abandon(self) -> None:
        """The build failed: drop the partial file."""
        self._file.close()
        self._partial.unlink(missing_ok=True)

    def _write(self, iris: list[str]) -> None:
        if not iris:
            return
        try:
            self._store.write_nquads(self._file, iris)
        except OSError as error:
            raise RenderError(f"cannot write {self._output}: {error.strerror or error}") from None


def story_ntriples(doc_id: str, mark: stories.StoryMark) -> str:
    """The triples saying which story a document tells, as N-Triples text."""
    from kg.rdf import ntriples_text, story_triples

    return ntriples_text(story_triples(doc_id, mark.story, mark.signature))


def _make_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise RenderError(f"cannot write {path}: {error.strerror or error}") from None


def _progress(batches: Iterator[list], total: int, shown: bool) -> Iterator[list]:
    """Pass batches through, advancing a progress bar by documents when `shown`."""
    if not shown:
        yield from batches
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("Reading", total=total)
        for batch in batches:
            yield batch
            bar.advance(task, len(batch))
