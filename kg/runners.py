"""Where batches of documents are parsed: in this process, or in N worker processes.

Each runner takes an iterator of document batches and yields each batch's results in
input order, keeping only a few batches in flight so memory does not grow with the
corpus.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from kg.documents import Document
from kg.worker import DocumentResult, extract_batch

Batches = Iterable[list[Document]]


def run_local(batches: Batches, validate: bool = False) -> Iterator[list[DocumentResult]]:
    """Parse every batch in this process."""
    for batch in batches:
        yield extract_batch(batch, validate)


def _in_order(futures: Iterator[Future], window: int) -> Iterator[list[DocumentResult]]:
    """Results of submitted futures in submission order, at most `window` pending."""
    pending: deque[Future] = deque()
    for future in futures:
        pending.append(future)
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def run_processes(batches: Batches, processes: int,
                  validate: bool = False) -> Iterator[list[DocumentResult]]:
    """Parse batches in `processes` worker processes (each loads the model once)."""
    context = multiprocessing.get_context("spawn")  # no inherited threads or open stores
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        futures = (pool.submit(extract_batch, batch, validate) for batch in batches)
        yield from _in_order(futures, window=processes * 2)
