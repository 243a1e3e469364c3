"""The persistent embedded store: one pyoxigraph folder holding one named graph per document.

Everything that reads or writes the store folder goes through `Store`, which turns
pyoxigraph's exceptions into the one-line `KgError`s the CLI reports.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import re
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyoxigraph as ox

from kg import iris
from kg.buildlock import LOCK_NAME, SERVE_LOCK_NAME
from kg.errors import InputError, QueryError, RenderError, StoreError, one_line
from kg.events import ENTITY_TYPES, MODALITIES, RELATIONS
from kg.resources import internal_query
from kg.stories import StoryMark

if TYPE_CHECKING:
    import rdflib

DEFAULT_STORE = Path("kg-store")
#: How often Store.open(wait=...) retries a store another process has open.
OPEN_RETRY_SECONDS = 0.2
STORE_ENV = "NEWSKG_STORE"

#: Prefixes written into Turtle and TriG exports.
PREFIXES = {"rdf": iris.STANDARD["rdf"], "rdfs": iris.STANDARD["rdfs"], **iris.PREFIXES}


#: SPARQL Update's first keywords, after any PREFIX/BASE lines; comments are dropped first.
_UPDATE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_COMMENT = re.compile(r"(^|\s)#[^\n]*")
#: Triples per Graph Store request of `kg load` (a few MB of N-Triples).
LOAD_BATCH_TRIPLES = 20_000


def is_update(sparql: str) -> bool:
    """Whether SPARQL text is an update (INSERT, DELETE, DROP, LOAD, ...) rather than a query."""
    return bool(_UPDATE.match(_COMMENT.sub(r"\1", sparql)))


def _held_elsewhere(error: OSError) -> bool:
    """Whether opening failed because another process (or Store) has the folder open."""
    text = str(error).lower()
    return "lock" in text and ("unavailable" in text or "no locks available" in text)


#: The lock file RocksDB holds (a POSIX record lock) while a process has the store open.
_ROCKSDB_LOCK = "LOCK"


def _lock_alone(descriptor: int) -> bool:
    """Take a write lock on the whole open file without waiting, as an open file
    description lock: it conflicts with RocksDB's record lock held by any process, this one
    included, and closing the descriptor drops only it. False when another holds the file
    or the system has no such locks (then the caller opens the store the usual way)."""
    try:
        import ctypes
        import fcntl

        command = fcntl.F_OFD_SETLK
    except (ImportError, AttributeError):  # not Linux
        return False

    class Flock(ctypes.Structure):  # struct flock, in the platform's layout
        _fields_ = [("l_type", ctypes.c_short), ("l_whence", ctypes.c_short),
                    ("l_start", ctypes.c_int64), ("l_len", ctypes.c_int64),
                    ("l_pid", ctypes.c_int)]

    try:
        fcntl.fcntl(descriptor, command, bytes(Flock(fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)))
    except OSError:
        return False
    return True


def _not_writable(error: OSError) -> bool:
    """Whether opening failed because the folder may not be written (modes, media, space)."""
    text = str(error).lower()
    return any(reason in text for reason in ("permission denied", "read-only file system",
                                             "operation not permitted", "no space left"))


def is_store(folder: Path) -> bool:
    """Whether `folder` holds a store (the files pyoxigraph's RocksDB writes first)."""
    return (folder / "CURRENT").is_file() and (folder / "IDENTITY").is_file()


def require_store(folder: Path) -> None:
    """Refuse, before anything is opened or written, a folder that holds no store."""
    hint = f"run `kg build ARTICLES --store {folder}` first, or point --store / ${STORE_ENV} " \
           "at the folder kg build wrote"
    if not folder.exists():
        raise StoreError(f"no store at {folder}: {hint}")
    if not folder.is_dir():
        raise StoreError(f"{folder} is a file, not a store folder: {hint}")
    if not is_store(folder):
        what = "holds other files" if _other_files(folder) else "is an empty folder"
        raise StoreError(f"{folder} {what}, not a newskg store: {hint}")


def check_build_target(folder: Path) -> None:
    """Refuse to create a store inside a folder that holds other things (an article folder)."""
    if folder.is_file():
        raise StoreError(f"{folder} is a file, not a store folder: give a folder for --store")
    if folder.is_dir() and not is_store(folder) and _other_files(folder):
        raise StoreError(f"{folder} holds other files, not a newskg store: give --store a new "
                         "or empty folder, or the folder an earlier kg build wrote")


def _other_files(folder: Path) -> list[str]:
    """Names in a folder that holds no store, the build and serve locks left aside."""
    return [p.name for p in folder.iterdir() if p.name not in (LOCK_NAME, SERVE_LOCK_NAME)]


def default_store_path() -> Path:
    """The store folder used when none is given: $NEWSKG_STORE, else ./kg-store."""
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


def to_ox(term: Any) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """Convert an rdflib term (or pass a pyoxigraph term through); ValueError if invalid."""
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term
    import rdflib  # here, not at the top: a build that skips every document needs none

    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"not an RDF term: {term!r}")


def ntriples(graph: rdflib.Graph, graph_iri: str) -> bytes:
    """The graph as N-Triples written by pyoxigraph, so every term is checked and escaped."""
    try:
        triples = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph]
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    except (ValueError, TypeError) as error:
        raise InputError(f"cannot store graph <{graph_iri}>: {one_line(error)}; "
                         "fix the data that produced it") from None


def _is_empty_default(graph: rdflib.Graph) -> bool:
    """rdflib Datasets always list their (usually empty) default graph: skip it."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    return graph.identifier == DATASET_DEFAULT_GRAPH_ID and len(graph) == 0


def _replacement(named: list[tuple[ox.NamedNode, str]]) -> str:
    """The SPARQL update that drops each named graph and inserts its N-Triples text."""
    drops = "".join(f"DROP SILENT GRAPH {node} ;\n" for node, _ in named)
    inserts = "\n".join(f"GRAPH {node} {{\n{text}}}" for node, text in named)
    return f"{drops}INSERT DATA {{\n{inserts}\n}}"


def _graph_node(graph_iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(str(graph_iri))
    except ValueError as error:
        raise InputError(f"invalid graph IRI {graph_iri!r}: {one_line(error)}") from None


class Store:
    """A persistent store folder; use as a context manager so it is flushed and unlocked."""

    def __init__(self, path: Path | str | None = None, wait: float = 0,
                 read_only_fallback: bool = False) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        #: True when the folder could only be opened for reading (see `open`).
        self.read_only = False
        self._store: ox.Store | None = self._open_folder(self.path, wait, read_only_fallback)

    @classmethod
    def open(cls, path: Path | str | None = None, wait: float = 0,
             read_only_fallback: bool = False) -> "Store":
        """Open (creating if needed) the store folder at `path` or the default one; while
        another process has it open, retry for up to `wait` seconds. With
        `read_only_fallback`, a store in a folder this process may not write (read-only
        media, a full disk) is opened for reading only, and writing to it is refused."""
        return cls(path, wait, read_only_fallback)

    @classmethod
    @contextlib.contextmanager
    def read_alone(cls, path: Path | str) -> Iterator[Store | None]:
        """The store folder at `path` opened for reading only, while no other process has it
        open, or None when one has (or the folder holds no store, or the system cannot tell).
        Meanwhile this process holds the store's own lock file, so another process opening it
        to write waits or refuses as while a build writes (a reader beside a writer is
        undefined behaviour in Oxigraph). Opening to read writes nothing: a build that finds
        every document stored skips the new manifest, options and log files, and the flush,
        of an `open` (most of such a re-run's store time)."""
        path = Path(path)
        if not is_store(path):
            yield None
            return
        try:
            descriptor = os.open(path / _ROCKSDB_LOCK, os.O_RDWR)
        except OSError:
            yield None
            return
        try:
            if not _lock_alone(descriptor):
                yield None
                return
            store = cls.__new__(cls)
            store.path, store.read_only = path, True
            try:
                store._store = ox.Store.read_only(str(path))
            except OSError:
                yield None
                return
            with store:
                yield store
        finally:
            os.close(descriptor)  # releases the lock

    def _open_folder(self, path: Path, wait: float, read_only_fallback: bool) -> ox.Store:
        deadline = time.monotonic() + wait
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            while True:
                try:
                    return ox.Store(str(path))
                except OSError as error:
                    if read_only_fallback and _not_writable(error) and is_store(path):
                        self.read_only = True
                        return ox.Store.read_only(str(path))
                    if not _held_elsewhere(error) or time.monotonic() >= deadline:
                        raise
                time.sleep(OPEN_RETRY_SECONDS)
        except OSError as error:
            if _held_elsewhere(error):
                raise StoreError(f"store folder {path} is in use by another process: wait for "
                                 f"it to finish or use another folder (${STORE_ENV})") from None
            raise StoreError(f"cannot open store folder {path}: {one_line(error)}") from None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush to disk and release the folder lock; the object is unusable afterwards."""
        if self._store is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None  # dropping the last reference releases the lock

    def flush(self) -> None:
        """Write what the store holds in memory to disk. A long build calls it every few
        hundred documents: RocksDB's write buffers otherwise grow with everything written
        (about 60 MB a thousand documents, measured)."""
        try:
            self._writable().flush()
        except OSError as error:
            raise StoreError(f"cannot write to store folder {self.path}: "
                             f"{one_line(error)}") from None

    def _writable(self) -> ox.Store:
        """The underlying store for a write; a store opened read-only refuses in one line."""
        if self.read_only:
            raise StoreError(f"cannot write to store folder {self.path}: it is read-only here "
                             "(permissions, read-only media or a full disk)")
        return self.raw

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph store (for read paths this class does not wrap)."""
        if self._store is None:
            raise StoreError(f"store folder {self.path} is closed")
        return self._store

    # -- writing ---------------------------------------------------------------------

    def replace_graph(self, graph_iri: str, graph: rdflib.Graph) -> None:
        """Replace one document's named graph whole, in one transaction."""
        self._replace([(graph_iri, graph)])

    def add_graphs(self, graphs: Iterable[rdflib.Graph]) -> int:
        """Store a batch of named graphs (each replacing any older copy) in one transaction.

        Each graph's identifier is its IRI. Returns the number of triples written.
        """
        import rdflib
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        pairs = [(str(graph.identifier), graph) for graph in graphs
                 if not _is_empty_default(graph)]
        for iri, graph in pairs:
            if not isinstance(graph.identifier, rdflib.URIRef) or graph.identifier == \
                    DATASET_DEFAULT_GRAPH_ID:
                raise InputError(f"graph {iri} has no document IRI: every triple must be in "
                                 "a named graph (rdflib.Graph(identifier=document_iri))")
        return self._replace(pairs)

    def _replace(self, pairs: list[tuple[str, rdflib.Graph]]) -> int:
        """Drop then insert each graph in a single SPARQL update (one transaction).

        Terms are validated before the store is touched, so bad data loses nothing.
        """
        self.replace_ntriples([(iri, ntriples(graph, iri).decode()) for iri, graph in pairs])
        return sum(len(graph) for _, graph in pairs)

    def replace_ntriples(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Replace each named graph (IRI, its triples as N-Triples text written by
        pyoxigraph: one "s p o .\\n" line each) in one transaction, so a batch lands whole
        or not at all. Graphs the store does not hold yet (every one of a first build)
        are loaded as N-Quads, a third cheaper than the SPARQL update that replaces."""
        named = [(_graph_node(iri), text) for iri, text in pairs]
        if not named:
            return
        try:
            if any(self.raw.contains_named_graph(node) for node, _ in named):
                self._writable().update(_replacement(named))
            else:
                quads = "".join(text.replace(" .\n", f" {node} .\n") for node, text in named)
                self._writable().load(quads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, OSError) as error:
            raise StoreError(f"cannot write to store folder {self.path}: "
                             f"{one_line(error)}") from None

    def content_hashes(self) -> dict[str, str]:
        """Named graph IRI -> the nkg:contentHash its document carries (documents built
        before hashes existed are left out, so they are built again)."""
        try:
            return {row["g"].value: row["h"].value for row in self.raw.query(internal_query("content-hashes"))}
        except OSError as error:
            raise StoreError(f"cannot read store folder {self.path}: {one_line(error)}") from None

    def story_marks(self) -> dict[str, StoryMark]:
        """Document id -> the story it tells and its text signature (kg.stories)."""
        sparql = internal_query("story-marks")
        try:
            return {row["id"].value: StoryMark(urllib.parse.unquote(row["story"].value.removeprefix(iris.STORY)),
                                               row["signature"].value)
                    for row in self.raw.query(sparql)}
        except OSError as error:
            raise StoreError(f"cannot read store folder {self.path}: {one_line(error)}") from None

    def remove_graph(self, graph_iri: str) -> None:
        """Delete one document's named graph, if present."""
        self._writable().update(f"DROP SILENT GRAPH {_graph_node(graph_iri)}")

    def remove_graphs(self, graph_iris: Iterable[str]) -> None:
        """Delete named graphs in one transaction (all of them or none)."""
        drops = [f"DROP SILENT GRAPH {_graph_node(iri)}" for iri in graph_iris]
        if drops:
            try:
                self._writable().update(" ;\n".join(drops))
            except OSError as error:
                raise StoreError(f"cannot write to store folder {self.path}: "
                                 f"{one_line(error)}") from None

    def has_graph(self, graph_iri: str) -> bool:
        """Whether the store holds a named graph with this IRI."""
        return self.raw.contains_named_graph(_graph_node(graph_iri))

    # -- reading ---------------------------------------------------------------------

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None) -> Any:
        """Run a SPARQL query over the union of all graphs, binding `substitutions` by value.

        Values are pyoxigraph or rdflib terms; they are never pasted into the query text.
        """
        bindings = {ox.Variable(name.lstrip("?$")): to_ox(value)
                    for name, value in (substitutions or {}).items()}
        try:
            return self.raw.query(sparql, use_default_graph_as_union=True,
                                 substitutions=bindings or None)
        except SyntaxError as error:
            if is_update(sparql):
                raise QueryError("updates are not allowed: kg query only reads (SELECT, ASK, "
                                 "CONSTRUCT, DESCRIBE); change the store with kg build") from None
            raise QueryError(f"SPARQL syntax error: {one_line(error)}") from None
        except RuntimeError as error:
            if "projection" in str(error):
                raise QueryError(f"cannot bind a parameter: {one_line(error)}; pyoxigraph "
                                 "binds only variables the query SELECTs, add it there") from None
            raise QueryError(f"query failed: {one_line(error)}") from None
        except OSError as error:
            raise StoreError(f"cannot read store folder {self.path}: {one_line(error)}") from None

    def count(self) -> int:
        """Number of triples in all graphs together (a triple in two graphs counts twice)."""
        return len(self.raw)

    def graphs(self) -> list[str]:
        """IRIs of the named graphs, one per stored document, sorted."""
        return sorted(node.value for node in self.raw.named_graphs()
                      if isinstance(node, ox.NamedNode))

    def _union_triples(self, graphs: list[ox.NamedNode] | None = None) -> list[ox.Triple]:
        if graphs is None:
            return list(self.raw.query(internal_query("union-triples"), use_default_graph_as_union=True))
        return list(self.raw.query(internal_query("union-triples"), default_graph=graphs))

    # -- export and loading elsewhere ------------------------------------------------------

    def export(self, path: Path | str, graphs: Iterable[str] | None = None) -> int:
        """Write the store (or only the named `graphs`) to `path` in the format its
        extension names; returns triples written.

        .ttl/.nt get the union of the graphs (each triple once); .nq/.trig/.jsonld keep
        the named graphs.
        """
        path = Path(path)
        from kg.rdf import format_for

        spec = format_for(path)  # triple formats get the union of all graphs, each triple once
        rdf_format, keeps_graphs = spec.oxigraph, spec.quads
        chosen = None if graphs is None else [_graph_node(iri) for iri in graphs]
        try:
            with path.open("wb") as out:
                if keeps_graphs and chosen is None:
                    self.raw.dump(out, rdf_format, prefixes=PREFIXES)
                    return self.count()
                if keeps_graphs:
                    quads = [q for node in dict.fromkeys(chosen)
                             for q in self.raw.quads_for_pattern(None, None, None, node)]
                    ox.serialize(quads, out, rdf_format, prefixes=PREFIXES)
                    return len(quads)
                triples = self._union_triples(chosen)
                ox.serialize(triples, out, rdf_format, prefixes=PREFIXES)
                return len(triples)
        except OSError as error:
            raise RenderError(f"cannot write {path}: {error.strerror or one_line(error)}") from None

    def write_nquads(self, out: BinaryIO, graphs: Iterable[str]) -> int:
        """Write the named `graphs` to an open binary file as N-Quads, graph by graph in
        the order given (the lines `export` writes for them to a .nq file); returns quads
        written. A build calls it batch by batch, so its `-o` file grows while workers parse."""
        quads = [q for iri in graphs for q in self.raw.quads_for_pattern(None, None, None, _graph_node(iri))]
        ox.serialize(quads, out, ox.RdfFormat.N_QUADS, prefixes=PREFIXES)
        return len(quads)

    def load_to_endpoint(self, url: str, graph: str | None = None, timeout: float = 30,
                         user: str | None = None, password: str | None = None,
                         batch_triples: int = LOAD_BATCH_TRIPLES) -> int:
        """Send the store's content to a SPARQL 1.1 Graph Store Protocol endpoint.

        With `graph`, the union of all graphs replaces that one graph; otherwise each
        named graph replaces its namesake (so loading twice never duplicates). Requests
        carry at most `batch_triples` triples (the first of a graph replaces it, the
        rest add to it), so a store larger than memory loads; `user`/`password` answer
        basic or digest auth. Returns the number of triples sent. `timeout` is in
        seconds, per request.
        """
        from kg.gsp import GraphStoreClient

        check_endpoint(url)
        if graph is not None:
            _graph_node(graph)
        client = GraphStoreClient(url, user, password, timeout=timeout)
        sent = 0
        for target, triples in self._endpoint_sources(graph):
            first = True
            for batch in _chunks(triples, batch_triples):
                client.send(target, ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b"",
                            replace=first)
                sent += len(batch)
                first = False
            if first:  # an empty source still replaces the graph with nothing
                client.send(target, b"", replace=True)
        return sent

    def _endpoint_sources(self, graph: str | None) -> Iterator[tuple[str | None, Iterator]]:
        """(target graph IRI or None for the default graph, its triples, streamed)."""
        if graph is not None:
            yield graph, iter(self.raw.query(internal_query("union-triples"),
                                             use_default_graph_as_union=True))
            return
        default = ox.DefaultGraph()
        if any(True for _ in self.raw.quads_for_pattern(None, None, None, default)):
            yield None, (q.triple for q in self.raw.quads_for_pattern(None, None, None, default))
        for iri in self.graphs():
            node = ox.NamedNode(iri)
            yield iri, (q.triple for q in self.raw.quads_for_pattern(None, None, None, node))

    # -- statistics ------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts a person checks first: documents, entities by type, facts, candidates."""
        return {
            "documents": self._scalar(internal_query("count-documents")),
            "stories": self._scalar(internal_query("count-stories")),
            "graphs": len(self.graphs()),
            "triples": self.count(),
            "entities": self._grouped(internal_query("count-entities"), dict.fromkeys(ENTITY_TYPES, 0)),
            "facts": self._grouped(internal_query("count-facts"), dict.fromkeys(RELATIONS, 0)),
            "candidates": self._grouped(internal_query("count-candidates"), dict.fromkeys(MODALITIES, 0),
                                        str.lower),
        }

    def _scalar(self, sparql: str) -> int:
        return int(next(iter(self.query(sparql)))["n"].value)

    def _grouped(self, sparql: str, counts: dict[str, int],
                 key: Callable[[str], str] = str) -> dict[str, int]:
        for row in self.query(sparql):
            name = key(local_name(row["k"].value))
            counts[name] = counts.get(name, 0) + int(row["n"].value)
        return counts


def local_name(iri: str) -> str:
    """The last segment of an IRI (after # or /)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def check_endpoint(url: str) -> None:
    """Refuse, before anything is sent, a URL that is not http(s)://host/..."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        what = (f"uses {parts.scheme}://, not http(s)://" if parts.scheme and parts.netloc
                else "is not a URL")
        raise InputError(f"endpoint {url!r} {what}: give the http(s) URL of a SPARQL Graph "
                         "Store endpoint, e.g. http://localhost:7878/store")
    try:
        parts.port  # noqa: B018  (raises on a port that is not a number or out of range)
    except ValueError as error:
        raise InputError(f"endpoint {url!r}: {one_line(error)}") from None


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    """Consecutive lists of at most `size` items."""
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def select_rows(store: "Store | ox.Store", sparql: str) -> list[dict[str, str]]:
    """SELECT results as dicts of plain strings (unbound variables left out), from a
    Store or a raw pyoxigraph.Store queried with the default graph as the union."""
    if isinstance(store, ox.Store):
        solutions = store.query(sparql, use_default_graph_as_union=True)
    else:
        solutions = store.query(sparql)
    names = [v.value for v in solutions.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in solutions]
