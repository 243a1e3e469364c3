"""Named queries on a store of about a million facts (triples): the embedded store
(pyoxigraph) against rdflib's in-memory Dataset holding the same quads, in one run.

    .venv/bin/python benchmarks/query_scale.py [--facts 1000000] [--rdflib-facts N] [--json FILE]

The store is generated, not extracted: documents of synthetic events with the full shape
`kg build` writes (kg.rdf.document_graph, the story mark, the content hash), between
entities with generated names (syllables, not article text), mentioned with a skewed
frequency as in news. Each named query runs with typical parameters (one entity, place
or type, as `kg query NAME actor=...` would); the embedded figure is the median of
`--runs`, rdflib's one run (it takes seconds to minutes). `--rdflib-facts` puts only the
first N facts' documents into rdflib (its memory is ~1-2 KB a quad) and says so.
Both must give the same rows; the target is each query under 1 s on the store and
>= 10x faster than rdflib. Wall and CPU time are both kept: on a shared machine the wall
clock is the load's, so the ratio is taken on CPU time (both sides run in this process).
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import rdflib  # noqa: E402

from kg import stories  # noqa: E402
from kg.documents import Document  # noqa: E402
from kg.events import DocumentFacts, Entity, Evidence, RelationEvent  # noqa: E402
from kg.query import (declared_params, fill_slots, list_queries, parse_params,  # noqa: E402
                      query_text, run)
from kg.rdf import document_triples, graph_of, story_triples  # noqa: E402
from kg.store import Store  # noqa: E402

ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr",
          "kh", "tr", "sh", "gr"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ou"]
CODAS = ["", "n", "r", "s", "l", "k", "m", "sh"]
ENDINGS = {"State": ["ia", "land", "stan", "ora", ""], "City": ["ville", "pur", "grad", "abad", ""],
           "Region": [" Province", " Valley", " Highlands", " Region"],
           "Facility": [" Airbase", " Dam", " Port", " Refinery"],
           "ArmedGroup": [" Brigade", " Front", " Militia", " Movement"],
           "Organisation": [" Council", " Union", " Agency", " Committee"],
           "Coalition": [" Alliance", " Pact", " Coalition"], "Place": [" Pass", " Ridge", ""]}
ACTOR_TYPES = ["State"] * 5 + ["ArmedGroup"] * 2 + ["Organisation", "Coalition", "Person"]
PLACE_TYPES = ["City"] * 3 + ["Region", "Facility", "Place"]
VERBS = {"attacked": ["attacked", "shelled", "bombed", "raided", "claimed an attack on",
                         "blamed for an attack on"],
         "alliedWith": ["signed a defence pact with", "joined forces with", "allied with"],
         "hostsTalks": ["hosted talks with", "welcomed negotiators from"],
         "controls": ["captured", "seized", "took control of"]}
CODES = {"attacked": ("190", "ASSAULT"), "alliedWith": ("057", "AGREE"),
         "hostsTalks": ("046", "CONSULT"), "controls": ("1951", "SEIZE")}
MODALITY_WEIGHTS = {"asserted": 70, "negated": 5, "attempt": 4, "threat": 5, "condition": 2,
                    "future": 6, "denied": 3, "superseded": 3, "question": 2}


def word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
                   for _ in range(syllables)).capitalize()


def make_entities(rng: random.Random, count: int, types: list[str]) -> list[Entity]:
    """`count` distinct entities with generated names, kinds drawn from `types`."""
    seen, entities = set(), []
    while len(entities) < count:
        kind = rng.choice(types)
        if kind == "Person":
            name = f"{word(rng, 2)} {word(rng, rng.choice([2, 3]))}"
        else:
            name = word(rng, rng.choice([2, 3])) + rng.choice(ENDINGS[kind])
        if name in seen:
            continue
        seen.add(name)
        aliases = (name, name.split()[0]) if " " in name and rng.random() < 0.3 else (name,)
        same_as = (f"http://www.wikidata.org/entity/Q{rng.randrange(10**6, 10**8)}",) \
            if rng.random() < 0.2 else ()
        entities.append(Entity(name, kind, aliases, same_as))
    return entities


_WEIGHTS: dict[int, list[float]] = {}


def skewed(rng: random.Random, items: list) -> object:
    """An item drawn with a Zipf-Mandelbrot skew (weight 1/(rank + 10)), as names recur in
    news: the most named entity is in about 2% of the mentions, not half of them."""
    if len(items) not in _WEIGHTS:
        _WEIGHTS[len(items)] = list(itertools.accumulate(1 / (rank + 10)
                                                         for rank in range(len(items))))
    return rng.choices(items, cum_weights=_WEIGHTS[len(items)])[0]


def documents(rng: random.Random, actors: list[Entity], places: list[Entity],
              ) -> Iterator[rdflib.Graph]:
    """Endless generated document graphs, each with 5-15 events, as kg build writes them."""
    start = dt.date(2015, 1, 1)
    modalities, weights = list(MODALITY_WEIGHTS), list(MODALITY_WEIGHTS.values())
    for number in range(10**9):
        doc_id = f"gen-{number:07d}"
        published = start + dt.timedelta(days=rng.randrange(3650))
        doc = Document(id=doc_id, text="", title=f"Report {number}", date=published,
                       url=f"https://news.example.org/{published.year}/{number}",
                       outlet=f"Outlet {number % 40}")
        events, text, offset = [], [], 0
        for _ in range(rng.randint(5, 15)):
            relation = rng.choice(list(VERBS))
            subject = skewed(rng, actors)
            obj = skewed(rng, places) if relation == "controls" else skewed(rng, actors)
            if obj is subject:
                continue
            place = skewed(rng, places) if relation in ("attacked", "hostsTalks") and \
                rng.random() < 0.4 else None
            verb = rng.choice(VERBS[relation])
            sentence = f"{subject.name} {verb} {obj.name}" + \
                (f" in {place.name}" if place else "") + f", a spokesman said on day {number}."
            evidence = Evidence(doc_id, sentence, offset, offset + len(sentence))
            text.append(sentence)
            offset += len(sentence) + 1
            date = published - dt.timedelta(days=rng.randrange(30)) if rng.random() < 0.6 else None
            cameo, plover = CODES[relation]
            events.append(RelationEvent(
                relation, subject, obj, evidence, trigger=verb.split()[0],
                pattern_id=f"{relation}-{rng.randrange(12)}",
                confidence=round(rng.uniform(0.4, 0.95), 2),
                modality=rng.choices(modalities, weights)[0], date=date, place=place,
                cameo=cameo, plover=plover))
        facts = DocumentFacts(doc, entities=(), events=tuple(events))
        triples = document_triples(facts, content_hash=f"{rng.getrandbits(128):032x}")
        story = doc_id if rng.random() < 0.8 else f"gen-{rng.randrange(max(number, 1)):07d}"
        signature = stories.encode(stories.signature(" ".join(text)))
        yield graph_of(doc_id, triples + story_triples(doc_id, story, signature))


def typical_params(actors: list[Entity], places: list[Entity]) -> dict[str, list[str]]:
    """One typical parameter set per named query: a well-known (rank 5) entity or place."""
    actor, place = actors[4].name, places[4].name
    return {"allies": [f"actor={actor}"], "attacks": [f"attacker={actor}"],
            "candidates": [f"subject={actor}"], "contested": [f"actor={actor}"],
            "control": [f"place={place}"], "entities": ["type=nkg:State"],
            "entity": [f"entity={actor}"], "evidence": [f"subject={actor}"],
            "facts": [f"actor={actor}"], "holders": [f"place={place}"],
            "talks": [f"host={actor}"], "timeline": [f"actor={actor}"]}


def normalised(rows: list[tuple]) -> list[tuple]:
    """Rows as comparable strings; numbers compared by value (the two print decimals
    differently, e.g. 0.50 and 0.5)."""
    def value(cell: object) -> str:
        if cell is None:
            return ""
        text = str(cell)
        try:
            return str(Decimal(text).normalize())
        except InvalidOperation:
            return text
    return sorted(tuple(value(cell) for cell in row) for row in rows)


class TimedOut(Exception):
    """An rdflib query ran past --rdflib-timeout."""


def _timed_out(signum: int, frame: object) -> None:
    raise TimedOut


def rdflib_rows(dataset: rdflib.Dataset, text: str, params: dict) -> list[tuple]:
    columns, filters = declared_params(text)
    bindings = {name: rdflib.URIRef(term.value) if hasattr(term, "value") and
                type(term).__name__ == "NamedNode" else rdflib.Literal(
                    term.value, datatype=rdflib.URIRef(term.datatype.value))
                for name, term in params.items()}
    result = dataset.query(text, initBindings=bindings)
    names = [str(v) for v in result.vars if str(v) not in filters]
    return [tuple(None if row[n] is None else str(row[n]) for n in names) for row in result]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000, help="triples in the store")
    parser.add_argument("--rdflib-facts", type=int, default=None,
                        help="triples given to rdflib (default: all of them)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rdflib-timeout", type=int, default=120,
                        help="seconds after which an rdflib query is stopped (default 120)")
    parser.add_argument("--only", default="", help="comma-separated query names (default all)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--json", type=Path, default=None, help="write the rows here too")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _timed_out)
    rng = random.Random(args.seed)
    actors = make_entities(rng, 3000, ACTOR_TYPES)
    places = make_entities(rng, 2000, PLACE_TYPES)
    rdflib_limit = args.facts if args.rdflib_facts is None else args.rdflib_facts
    dataset = rdflib.Dataset(default_union=True)
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="newskg-queries-") as tmp, \
            Store.open(Path(tmp) / "store") as store:
        started, written, in_rdflib, docs, batch = time.perf_counter(), 0, 0, 0, []
        for graph in documents(rng, actors, places):
            batch.append(graph)
            written += len(graph)
            docs += 1
            if in_rdflib < rdflib_limit:
                context = dataset.graph(graph.identifier)
                dataset.addN((s, p, o, context) for s, p, o in graph)
                in_rdflib += len(graph)
            if len(batch) == 200 or written >= args.facts:
                store.add_graphs(batch)
                batch = []
            if written >= args.facts:
                break
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"generated {docs} documents, {store.count()} triples in the store, {in_rdflib} "
              f"in rdflib, in {time.perf_counter() - started:.0f} s; peak RSS {rss_mb:.0f} MB",
              flush=True)
        params_for = typical_params(actors, places)
        wanted = [n for n in list_queries() if not args.only or n in args.only.split(",")]
        for name in wanted:
            text, params = query_text(name), parse_params(params_for.get(name, []))
            times, cpu_times = [], []
            for _ in range(args.runs):
                t0, c0 = time.perf_counter(), time.process_time()
                result = run(store, text, params)
                times.append(time.perf_counter() - t0)
                cpu_times.append(time.process_time() - c0)
            ox_s, ox_cpu = statistics.median(times), statistics.median(cpu_times)
            t0, c0 = time.perf_counter(), time.process_time()
            signal.alarm(args.rdflib_timeout)
            try:
                # The same text kg runs: its slots hold the bound values (kg.query.fill_slots).
                theirs = rdflib_rows(dataset, fill_slots(text, params), params)
                same = "same rows" if normalised(result.rows) == normalised(theirs) else \
                    ("DIFFERENT rows" if in_rdflib == written else "rows differ (rdflib has a subset)")
            except TimedOut:
                theirs, same = [], f"rdflib stopped after {args.rdflib_timeout} s (ratio is a floor)"
            except Exception as error:  # noqa: BLE001 - rdflib's own failures are reported
                theirs, same = [], f"rdflib failed: {type(error).__name__}: {error}"
            finally:
                signal.alarm(0)
            rdflib_s, rdflib_cpu = time.perf_counter() - t0, time.process_time() - c0
            print(f"{name:<11} {' '.join(params_for.get(name, [])):<34} store {ox_s * 1000:>8.1f} ms "
                  f"(CPU {ox_cpu * 1000:>7.1f}) rdflib {rdflib_s * 1000:>9.1f} ms (CPU "
                  f"{rdflib_cpu * 1000:>9.1f})  CPU {rdflib_cpu / ox_cpu:>6.1f}x  {len(result.rows)} "
                  f"rows, {same}; load {os.getloadavg()[0]:.1f}", flush=True)
            rows.append({"query": name, "params": params_for.get(name, []),
                         "store_s": round(ox_s, 4), "rdflib_s": round(rdflib_s, 4),
                         "store_cpu_s": round(ox_cpu, 4), "rdflib_cpu_s": round(rdflib_cpu, 4),
                         "ratio": round(rdflib_cpu / ox_cpu, 1),
                         "wall_ratio": round(rdflib_s / ox_s, 1), "rows": len(result.rows),
                         "rdflib_rows": len(theirs), "same": same,
                         "load_average": round(os.getloadavg()[0], 1)})
        summary = {"documents": docs, "store_triples": store.count(), "rdflib_triples": in_rdflib,
                   "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                   "queries": rows}
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n")


if __name__ == "__main__":
    main()
