"""How much a one-process build gains from parsing in a thread (kg.runners.run_local),
measured so that other jobs on the machine do not hide it: per thread, the kernel's CPU
time and run-queue wait (/proc schedstat, Linux), so the time the parse thread sleeps on
Python's lock is told apart from the time it waits for a core another job holds.

    .venv/bin/python benchmarks/overlap.py [--corpus DIR] [--copies 10] [--rounds 3]

Each round runs, in fresh processes, the build's loop over the corpus copies (parse,
extract, store in batches of 16) one batch after the other, then with the parse thread.
On an idle machine the serial loop takes its CPU time; the threaded one takes what its
critical path takes: the parse thread's CPU and its sleep (waiting for the lock or for
the caller), then the caller's extraction of the last batch. Under load that sleep is an
upper bound (a descheduled thread holding the lock makes the other wait).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared/corpus/dev"
if not DEFAULT_CORPUS.is_dir():  # a clone with nothing beside it: the bundled examples
    DEFAULT_CORPUS = REPO / "examples"


def sched(thread_id: int) -> tuple[float, float]:
    """(CPU seconds, seconds waiting on a run queue) of one thread of this process."""
    ran, waited, _ = Path(f"/proc/self/task/{thread_id}/schedstat").read_text().split()
    return int(ran) / 1e9, int(waited) / 1e9


def loop(corpus: Path, copies: int, threaded: bool) -> str:
    """Time the build's loop in this process; one line of figures."""
    sys.path.insert(0, str(REPO))
    from kg.build import BATCH_SIZE, _batches
    from kg.documents import read_documents
    from kg.runners import _loaded, _parsed_ahead
    from kg.store import Store
    from kg.worker import extract_batch, parse_batch, results_of

    documents = list(read_documents([corpus]))
    documents = [replace(d, id=f"{d.id}-{n}") for n in range(copies) for d in documents]
    main = threading.get_native_id()
    ended: dict[str, float] = {}

    def batches():
        yield from _batches(iter(documents), BATCH_SIZE)
        cpu, waited = sched(threading.get_native_id())  # in the parse thread, once all are parsed
        ended.update(at=time.perf_counter(), cpu=cpu, waited=waited, main=sched(main)[0])

    with _loaded(), tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "s") as store:
        extract_batch(documents[:2])  # dateparser's first call, the matchers: as a build's first batch
        start, (main_cpu, main_waited) = time.perf_counter(), sched(main)
        if not threaded:
            for batch in batches():
                results = results_of(parse_batch(batch))
                store.replace_ntriples((r.graph_iri, r.ntriples) for r in results)
            cpu, waited = sched(main)
            return (f"serial:   wall {time.perf_counter() - start:6.2f} s, CPU {cpu - main_cpu:6.2f} s, "
                    f"run-queue wait {waited - main_waited:6.2f} s -> idle estimate {cpu - main_cpu:6.2f} s")
        parser: dict[str, float] = {}

        def first_batches():
            parser["cpu"], parser["waited"] = sched(threading.get_native_id())
            yield from batches()

        for parsed in _parsed_ahead(first_batches()):
            results = results_of(parsed)
            store.replace_ntriples((r.graph_iri, r.ntriples) for r in results)
        wall, (cpu, _) = time.perf_counter() - start, sched(main)
        parse_cpu = ended["cpu"] - parser["cpu"]
        slept = (ended["at"] - start) - parse_cpu - (ended["waited"] - parser["waited"])
        tail = cpu - ended["main"]
        return (f"threaded: wall {wall:6.2f} s, CPU {cpu - main_cpu + parse_cpu:6.2f} s (caller "
                f"{cpu - main_cpu:.2f}, parse {parse_cpu:.2f}), parse thread asleep {slept:.2f} s, "
                f"last batch after the parse {tail:.2f} s -> idle estimate {parse_cpu + slept + tail:6.2f} s")


def main() -> None:
    """Each round, the serial loop then the threaded one, each in a fresh process; one line a run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mode", choices=("serial", "threaded"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(loop(args.corpus, args.copies, args.mode == "threaded"))
        return
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for _ in range(args.rounds):
        for mode in ("serial", "threaded"):
            load = os.getloadavg()[0]
            out = subprocess.run([sys.executable, __file__, "--mode", mode, "--corpus", str(args.corpus),
                                  "--copies", str(args.copies)], env=env, check=True,
                                 capture_output=True, text=True).stdout.strip()
            print(f"{out}  (load {load:.1f})", flush=True)


if __name__ == "__main__":
    main()
