"""Every build benchmark in one run, each figure beside its baseline measured in the same
run, whole process against whole process; prints one table and writes JSON.

    .venv/bin/python benchmarks/run.py [--corpus DIR] [--copies 10] [--json FILE]

- throughput: `kg build` tokens/s against a bare `spacy.load(model).pipe` process over
  the same texts (target >= 0.85x);
- incremental: a re-run over articles already in the store against the first build
  (target >= 50x faster);
- processes: `kg build --processes 2` against `--processes 1` (target >= 1.7x on two
  cores), and whether the N-Quads are identical;
- validation: `kg build` against `kg build --validate` (SHACL on every document graph),
  the measurement behind leaving SHACL out of the default build;
- dask: `kg build --dask local` (a LocalCluster of 2 workers) against one process, and
  whether the N-Quads are identical (only with --only ...,dask);
- memory: peak RSS of `kg build` on 10x the generated articles against 1x (target
  within 20%);
- queries: each named query on a generated store of `--query-facts` triples against the
  same query on rdflib's in-memory Dataset (benchmarks/query_scale.py; target each under
  1 s and >= 10x faster; only with --only ...,queries: it takes many minutes and GBs).

The machine is shared: timings are noisy, so every ratio is taken within one run. kg's
bytecode is written first, as installing the package does (see `compiled`).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared/corpus/dev"
ENV = {**os.environ, "PYTHONPATH": str(REPO)}
BENCHMARKS = {"throughput", "incremental", "validation", "processes", "dask", "memory", "queries"}
ENV.pop("NEWSKG_STORE", None)

BARE = """
import json, sys, spacy
from kg.pipeline import installed_model
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(installed_model())
print(sum(len(doc) for doc in nlp.pipe(texts, batch_size=32)))
"""


def run(args: list[str]) -> tuple[float, str]:
    """Run a child process; (wall seconds, stdout). Its CPU seconds go to CPU[-1]."""
    start = time.perf_counter()
    process = subprocess.Popen(args, env=ENV, cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"benchmark step failed: {' '.join(args)}\n{err}")
    return seconds, out


def cpu_seconds(args: list[str]) -> tuple[float, float, str]:
    """Run a child process; (wall seconds, CPU seconds user+system, stdout). CPU time is
    what the process itself used, so it is far less disturbed by other load than wall."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        process = subprocess.Popen(args, env=ENV, cwd=REPO, stdout=out,
                                   stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"benchmark step failed: {' '.join(args)}")
        out.seek(0)
        return seconds, usage.ru_utime + usage.ru_stime, out.read()


def compiled(package: Path) -> None:
    """Write the bytecode of kg's modules, as `pip install` does. Without it (this machine
    sets PYTHONDONTWRITEBYTECODE, so no run leaves it behind) every timed kg process
    compiles kg's own source again, about a fifth of a re-run that skips every article,
    while the bare spaCy process imports spaCy's compiled modules."""
    import compileall

    compileall.compile_dir(package, quiet=1)


def kg(*args: object) -> list[str]:
    return [sys.executable, "-m", "kg", *map(str, args)]


def copies_of(corpus: Path, copies: int, folder: Path) -> Path:
    """The corpus's .txt articles `copies` times, under distinct file names."""
    folder.mkdir(parents=True)
    for i in range(copies):
        for path in sorted(corpus.glob("*.txt")):
            shutil.copy(path, folder / f"{path.stem}-{i}.txt")
    return folder


def as_jsonl(folder: Path, target: Path) -> Path:
    sys.path.insert(0, str(REPO))
    from kg.documents import read_documents

    with target.open("w", encoding="utf-8") as out:
        for document in read_documents([folder]):
            out.write(json.dumps({"text": document.text}) + "\n")
    return target


def peak_rss(args: list[str]) -> float:
    """Peak RSS (MB) of one child process, from wait4's resource usage."""
    process = subprocess.Popen(args, env=ENV, cwd=REPO, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"benchmark step failed: {' '.join(args)}\n{process.stderr.read().decode()}")
    return usage.ru_maxrss / 1024


def generated(count: int, folder: Path) -> Path:
    """`count` short generated articles in one JSON Lines file (distinct ids and texts)."""
    folder.mkdir(parents=True)
    states = ["Chad", "Niger", "Mali", "Sudan", "Libya", "Egypt", "Kenya", "Uganda"]
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as out:
        for i in range(count):
            a, b = states[i % 8], states[(i // 8 + 1 + i) % 8]
            if a == b:
                b = states[(i + 3) % 8]
            text = (f"{a} attacked {b} on Monday, officials said in report {i}. "
                    f"Talks hosted by Kenya between {a} and {b} ended on Friday.")
            out.write(json.dumps({"id": f"wire-{i}", "title": f"Report {i}",
                                  "date": "2024-03-01", "text": text}) + "\n")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir()
                        else REPO / "examples")
    parser.add_argument("--copies", type=int, default=10, help="corpus copies (default 10)")
    parser.add_argument("--memory", default="300,3000",
                        help="generated article counts for the memory test (default 300,3000)")
    parser.add_argument("--only", default="throughput,incremental,validation,processes,memory")
    parser.add_argument("--parallel-copies", type=int, default=30,
                        help="corpus copies for --processes and --dask (default 30: workers "
                             "load the model once each, so small corpora show only that)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="throughput runs, alternated, best kept (default 2)")
    parser.add_argument("--query-facts", type=int, default=1_000_000,
                        help="triples in the generated store for --only queries (default 1M)")
    parser.add_argument("--rdflib-facts", type=int, default=None,
                        help="triples of it given to rdflib (default all)")
    parser.add_argument("--json", type=Path, default=REPO / "benchmarks/results.json")
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    if wanted - BENCHMARKS:
        parser.error(f"--only: unknown {', '.join(sorted(wanted - BENCHMARKS))}; "
                     f"choose from {', '.join(sorted(BENCHMARKS))}")
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    compiled(REPO / "kg")
    rows: list[dict] = []

    def row(name: str, figure: float, baseline: float, unit: str, ratio: float, target: str,
            note: str = "") -> None:
        rows.append({"benchmark": name, "figure": round(figure, 3), "baseline": round(baseline, 3),
                     "unit": unit, "ratio": round(ratio, 3), "target": target, "note": note})

    with tempfile.TemporaryDirectory(prefix="newskg-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = copies_of(args.corpus, args.copies, tmp / "corpus")
        articles = len(list(corpus.glob("*.txt")))
        if "throughput" in wanted or "incremental" in wanted:
            texts = as_jsonl(corpus, tmp / "texts.jsonl")
            bare, build = [], []
            for attempt in range(args.repeat):  # alternated, best of each kept
                bare.append(cpu_seconds([sys.executable, "-c", BARE, str(texts)]))
                build.append(cpu_seconds(kg("build", corpus, "--store", tmp / f"store{attempt}")))
            tokens = int(bare[0][2].split()[-1])
            bare_s, build_s = min(b[0] for b in bare), min(b[0] for b in build)
            bare_cpu, build_cpu = min(b[1] for b in bare), min(b[1] for b in build)
            row("throughput: kg build vs bare nlp.pipe (whole processes)", tokens / build_s,
                tokens / bare_s, "tokens/s", bare_s / build_s, ">= 0.85x",
                f"{articles} articles, {tokens} tokens; CPU-time ratio "
                f"{bare_cpu / build_cpu:.2f}x ({build_cpu:.1f} vs {bare_cpu:.1f} s)")
            rerun_s, rerun_cpu, out = cpu_seconds(kg("build", corpus, "--store", tmp / "store0"))
            assert "unchanged documents skipped" in out, out
            row("incremental: re-run of stored articles vs first build", rerun_s, build_s, "s",
                build_s / rerun_s, ">= 50x", f"{articles} articles all skipped; CPU-time ratio "
                f"{build_cpu / rerun_cpu:.0f}x")
        if "validation" in wanted:
            plain_s, plain_cpu, _ = cpu_seconds(kg("build", corpus, "--store", tmp / "v1"))
            checked_s, checked_cpu, _ = cpu_seconds(kg("build", corpus, "--store", tmp / "v2",
                                                       "--validate"))
            row("validation: kg build vs kg build --validate (SHACL per document)",
                articles / plain_s, articles / checked_s, "docs/s", checked_s / plain_s,
                "(cost)", f"CPU-time ratio {checked_cpu / plain_cpu:.2f}x "
                f"({plain_cpu:.1f} vs {checked_cpu:.1f} s)")
        if ("processes" in wanted or "dask" in wanted) and args.parallel_copies != args.copies:
            corpus = copies_of(args.corpus, args.parallel_copies, tmp / "parallel-corpus")
            articles = len(list(corpus.glob("*.txt")))
        if "processes" in wanted:
            one, two = [], []
            for attempt in range(args.repeat):  # alternated, best of each kept
                one.append(cpu_seconds(kg("build", corpus, "--store", tmp / f"p1-{attempt}",
                                          "-o", tmp / "p1.nq")))
                two.append(cpu_seconds(kg("build", corpus, "--store", tmp / f"p2-{attempt}",
                                          "-o", tmp / "p2.nq", "--processes", "2")))
            same = sorted((tmp / "p1.nq").read_text().splitlines()) == \
                sorted((tmp / "p2.nq").read_text().splitlines())
            one_s, two_s = min(r[0] for r in one), min(r[0] for r in two)
            one_cpu, two_cpu = min(r[1] for r in one), min(r[1] for r in two)
            row("processes: kg build --processes 2 vs 1", articles / two_s,
                articles / one_s, "docs/s", one_s / two_s, ">= 1.7x",
                f"{articles} articles; " + ("N-Quads identical" if same else "N-Quads DIFFER") +
                f"; CPU {two_cpu:.1f} vs {one_cpu:.1f} s (all processes); the load average "
                "beside the table says how many cores were free")
        if "dask" in wanted:
            one_s, _ = run(kg("build", corpus, "--store", tmp / "d1", "-o", tmp / "d1.nq"))
            dask_s, _ = run(kg("build", corpus, "--store", tmp / "d2", "-o", tmp / "d2.nq",
                               "--dask", "local"))
            same = sorted((tmp / "d1.nq").read_text().splitlines()) == \
                sorted((tmp / "d2.nq").read_text().splitlines())
            row("dask: kg build --dask local (2 workers) vs 1 process", articles / dask_s,
                articles / one_s, "docs/s", one_s / dask_s, "(scaling)",
                f"{articles} articles; " + ("N-Quads identical" if same else "N-Quads DIFFER"))
        if "memory" in wanted:
            small, large = (int(n) for n in args.memory.split(","))
            rss = {}
            for count in (small, large):
                folder = generated(count, tmp / f"gen-{count}")
                rss[count] = peak_rss(kg("build", folder, "--store", tmp / f"gen-store-{count}"))
            row(f"memory: peak RSS, {large} vs {small} generated articles", rss[large], rss[small],
                "MB", rss[large] / rss[small], "<= 1.2x")
        if "queries" in wanted:
            query_json = tmp / "queries.json"
            extra = [] if args.rdflib_facts is None else ["--rdflib-facts", args.rdflib_facts]
            run([sys.executable, str(REPO / "benchmarks/query_scale.py"), "--facts",
                 str(args.query_facts), "--json", str(query_json), *map(str, extra)])
            scale = json.loads(query_json.read_text())
            subset = "" if scale["rdflib_triples"] == scale["store_triples"] else \
                f"rdflib holds only {scale['rdflib_triples']:,} of them; "
            for q in scale["queries"]:  # CPU seconds: the wall clock is the machine's load
                met = ("met" if q["store_cpu_s"] < 1 and q["ratio"] >= 10 else "NOT met") + \
                    ("" if q["same"] != "same rows" or q["store_cpu_s"] < 1 else " (over 1 s)")
                row(f"queries: {q['query']} on {scale['store_triples']:,} triples vs rdflib",
                    q["store_cpu_s"], q["rdflib_cpu_s"], "CPU s", q["ratio"], "<1s,>=10x",
                    f"{met}; {' '.join(q['params']) or 'no params'}; {q['rows']} rows, "
                    f"{subset}{q['same']}; wall {q['store_s']:.3f} vs {q['rdflib_s']:.3f} s "
                    f"at load {q['load_average']}")
    machine = {"platform": platform.platform(), "python": platform.python_version(),
               "cpus": os.cpu_count(), "load_average_at_start": load_at_start,
               "load_average": [round(x, 2) for x in os.getloadavg()],
               "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    print(f"machine: {machine['platform']}, {machine['cpus']} CPUs, Python {machine['python']}, "
          f"load {machine['load_average_at_start']} at start, {machine['load_average']} at end, "
          f"{machine['date']}")
    print(f"{'benchmark':<58}{'figure':>11}{'baseline':>11}  {'unit':<9}{'ratio':>8}  {'target':<11}note")
    for r in rows:
        digits = 3 if r["unit"] in ("s", "CPU s") else 2
        print(f"{r['benchmark']:<58}{r['figure']:>11,.{digits}f}{r['baseline']:>11,.{digits}f}  {r['unit']:<9}"
              f"{r['ratio']:>7.2f}x  {r['target']:<11}{r['note']}")
    args.json.write_text(json.dumps({"machine": machine, "results": rows}, indent=1) + "\n")
    print(f"JSON: {args.json}")


if __name__ == "__main__":
    main()
