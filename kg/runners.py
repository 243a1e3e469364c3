"""Where batches of documents are parsed: in this process, in N worker processes, or on
a Dask distributed cluster.

Each runner takes an iterator of document batches and yields each batch's results in
input order, keeping only a few batches in flight so memory does not grow with the
corpus.
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from kg import dates
from kg.documents import Document
from kg.errors import InputError, StoreError
from kg.worker import DocumentResult, extract_batch, parse_batch, results_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

Batches = Iterable[list[Document]]


#: Allocations between the garbage collector's passes over young objects while a build
#: loads the pipeline and parses (Python's default is 700): both make and drop many
#: objects that hold no cycles, and each pass cost time while finding little.
GC_THRESHOLD = (20_000, 20, 20)


@contextlib.contextmanager
def _loaded() -> Iterator[None]:
    """Load the pipeline and extractor in this process, then freeze them (they live as
    long as the process) so the garbage collector stops scanning them again and again;
    it collects less often meanwhile, and as before afterwards."""
    from kg.worker import preload

    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        preload()
        gc.freeze()
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def run_local(batches: Batches, validate: bool = False) -> Iterator[list[DocumentResult]]:
    """Parse every batch in this process: a thread parses the next batch while the
    caller's thread extracts this one and stores it. spaCy's neural and Cython parts
    release the GIL, so on a second core the two overlap; the results are the same as
    parsing and extracting one batch after the other."""
    with _loaded():
        for parsed in _parsed_ahead(batches, meanwhile=dates.prepare):
            yield results_of(parsed, validate)


#: Parsed batches waiting for the caller's thread: with the one being parsed and the one
#: being extracted, at most three batches of parsed documents are held at a time.
PARSED_AHEAD = 1


def _parsed_ahead(batches: Batches, meanwhile: Callable[[], object] | None = None
                  ) -> Iterator[list[tuple[Doc, Document]]]:
    """Each batch parsed (`kg.worker.parse_batch`), in order, by a thread that keeps up to
    PARSED_AHEAD batches ahead of the caller. An error in it (reading or parsing) is raised
    here at that batch's turn; when the caller stops early the thread stops after the
    batch it is parsing, and is waited for, so no parse outlives the build. `meanwhile`
    runs in the caller's thread while the first batch is parsed, when that thread has
    nothing else to do (dateparser's first call, 0.2-0.4 s, which the first extraction
    would otherwise make while it contends with the parse for the interpreter lock)."""
    ready: queue.Queue = queue.Queue(PARSED_AHEAD)
    stop = threading.Event()

    def hand(item: tuple[list | None, BaseException | None] | None) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                pass
        return False

    def parse_all() -> None:
        try:
            for batch in batches:
                if not hand((parse_batch(batch), None)):
                    return
        except BaseException as error:  # the caller raises it
            hand((None, error))
            return
        hand(None)

    thread = threading.Thread(target=parse_all, name="kg-parse", daemon=True)
    thread.start()
    try:
        if meanwhile is not None:
            meanwhile()
        while (item := ready.get()) is not None:
            parsed, error = item
            if error is not None:
                raise error
            yield parsed
    finally:
        stop.set()
        thread.join()


def _in_order(futures: Iterator[Future], window: int) -> Iterator[list[DocumentResult]]:
    """Results of submitted futures in submission order, at most `window` pending."""
    pending: deque[Future] = deque()
    for future in futures:
        pending.append(future)
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _die_with_parent(parent: int) -> None:
    """In a forked worker: ask Linux to end it when the build process ends, however that
    ends, so no orphan keeps the store's lock files it inherited open."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the build ended before the line above
        os._exit(1)


def run_processes(batches: Batches, processes: int,
                  validate: bool = False) -> Iterator[list[DocumentResult]]:
    """Parse batches in `processes` worker processes. On Linux they are forked once this
    process has loaded the pipeline, so they share it (copy-on-write) rather than each
    importing spaCy and loading the model and gazetteer again; elsewhere (fork is unsafe
    on macOS, missing on Windows) they are spawned and each loads it once."""
    if sys.platform != "linux":
        with ProcessPoolExecutor(processes, multiprocessing.get_context("spawn")) as pool:
            yield from _pooled(pool, batches, processes, validate)
        return
    with _loaded():  # forked workers inherit it all: their collections leave shared pages unwritten
        dates.prepare()  # once here, not once per worker on its first dated phrase
        with ProcessPoolExecutor(processes, multiprocessing.get_context("fork"),
                                 initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
            yield from _pooled(pool, batches, processes, validate)


def _pooled(pool: ProcessPoolExecutor, batches: Batches, processes: int,
            validate: bool) -> Iterator[list[DocumentResult]]:
    """Each batch's results from the pool, in order, a few batches per worker in flight."""
    futures = (pool.submit(extract_batch, batch, validate) for batch in batches)
    yield from _in_order(futures, window=processes * 2)


#: Workers of the LocalCluster `--dask local` starts.
LOCAL_WORKERS = 2


def _dask_client(address: str):
    """A Dask client: of a LocalCluster on loopback for "local", else of the scheduler at
    `address` (tcp://host:8786)."""
    import logging

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--dask needs dask.distributed: pip install 'dask[distributed]' "
                         "(or the newskg[dask] extra)") from None
    if address == "local":
        cluster = LocalCluster(n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None,
                               silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise StoreError(f"cannot reach the Dask scheduler at {address}: {reason}") from None


def run_dask(batches: Batches, address: str,
             validate: bool = False) -> Iterator[list[DocumentResult]]:
    """Parse batches on a Dask distributed cluster: workers parse and extract (each
    loads the model once and keeps it), this process gets the graphs back in order."""
    client, cluster = _dask_client(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        futures = (client.submit(extract_batch, batch, validate, pure=False) for batch in batches)
        yield from _in_order(futures, window=workers * 2)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
