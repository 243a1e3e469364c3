"""The `kg` command line: a thin shell over the library, one small function per command.

Every user mistake arrives here as a `KgError` and leaves as one line on stderr and the
error's exit code (table in `kg --help`); library modules are imported by the command
that needs them, so `kg --help` and `kg stats` do not pay for loading spaCy.
"""
from __future__ import annotations

import argparse
import datetime
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from kg.errors import (InputError, KgError, ModelError, QueryError, RenderError, StoreError,
                       ValidationError)

PROG = "kg"
INTERRUPTED = 130
#: Exit code -> what it means; printed in `kg --help` and the README.
EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "unexpected error (a bug: please report it)",
    InputError.exit_code: "bad input: missing, empty, binary, undecodable or malformed file, "
                          "unknown file extension, bad command-line usage",
    ModelError.exit_code: "no spaCy English model installed",
    StoreError.exit_code: "store folder unusable or SPARQL endpoint unreachable",
    QueryError.exit_code: "SPARQL syntax error, unknown query name, bad --param",
    ValidationError.exit_code: "a graph does not conform to ontology/shapes.ttl",
    RenderError.exit_code: "the HTML graph or an export file could not be written",
    INTERRUPTED: "interrupted (Ctrl-C)",
}
STORE_HELP = "store folder (default: $NEWSKG_STORE, else ./kg-store)"


class Parser(argparse.ArgumentParser):
    """argparse that reports usage mistakes on one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        raise InputError(f"{message} (see `{self.prog} --help`)")


def _open_store(path: str | None, must_exist: bool = True, writes: bool = False):
    """The store at `path` (or the default); commands refuse, writing nothing, a folder
    that is missing, empty or holds no store. Reading commands also read a store they
    may not write (read-only media, a full disk)."""
    from kg.store import Store, default_store_path, require_store

    folder = Path(path) if path else default_store_path()
    if must_exist:
        require_store(folder)
    return Store.open(folder, read_only_fallback=not writes)


# --- commands -------------------------------------------------------------------------

def cmd_build(args: argparse.Namespace) -> int:
    """Read articles, extract the four relations, store them (and write a graph file)."""
    from kg.build import build

    report = build(args.paths, store=args.store, output=args.output, processes=args.processes,
                   force=args.force, validate=args.validate, dask=args.dask,
                   notify=lambda message: print(f"{PROG}: {message}", file=sys.stderr, flush=True))
    print(report.summary())
    print(f"store: {report.store}")
    if report.output is not None:
        print(f"graph file: {report.output}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Take documents (by id or document IRI) and everything extracted from them out of the store."""
    from kg.rdf import document_iri

    with _open_store(args.store, writes=True) as store:
        iris = [doc if doc.startswith(("http://", "https://")) else str(document_iri(doc))
                for doc in args.documents]
        missing = [doc for doc, iri in zip(args.documents, iris, strict=True)
                   if not store.has_graph(iri)]
        if missing:
            raise InputError(f"no document {', '.join(map(repr, missing))} in store {store.path}: "
                             "a document's id is its file name without the extension, or its JSON \"id\"")
        store.remove_graphs(iris)
    print(f"{len(iris)} documents removed from {store.path}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the store as a read-only SPARQL endpoint (Oxigraph's server) until Ctrl-C."""
    from kg.serve import serve
    from kg.store import default_store_path, require_store

    folder = Path(args.store) if args.store else default_store_path()
    require_store(folder)

    def ready(url: str) -> None:
        print(f"SPARQL endpoint (read-only): {url}\nstore: {folder}\nCtrl-C stops it", flush=True)

    return serve(folder, port=args.port, bind=args.bind, cors=args.cors, on_ready=ready)


def cmd_query(args: argparse.Namespace) -> int:
    """Run a named query, a .rq file or SPARQL text on the store."""
    from kg.query import format_result, parse_params, query_text, run

    text, params = query_text(args.query), parse_params(args.param)
    with _open_store(args.store) as store:
        print(format_result(run(store, text, params), args.format))
    return 0


def cmd_viz(args: argparse.Namespace) -> int:
    """Write the graph as one self-contained HTML page an analyst can search and filter."""
    from kg.network import ViewOptions
    from kg.viz import check_html_path, render_html

    check_html_path(Path(args.output))
    options = ViewOptions(relations=tuple(args.relation), entity=args.entity, hops=args.hops,
                          since=args.since, until=args.until,
                          min_confidence=args.min_confidence, min_sources=args.min_sources,
                          max_nodes=args.max_nodes)
    with _open_store(args.store) as store:
        view = render_html(store, Path(args.output), title=args.title, options=options)
    print(f"HTML graph: {args.output}")
    if view.left_out:
        print(f"{view.graph.number_of_nodes()} of {view.total_nodes} entities shown, "
              f"{view.left_out} left out")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the whole store to a file in the format its extension names (RDF, or a
    GraphML/GEXF network for Gephi and Cytoscape)."""
    from kg.network import NETWORK_FORMATS, export_network, graph_from_store

    with _open_store(args.store) as store:
        if Path(args.output).suffix.lower() in NETWORK_FORMATS:
            nodes, edges = export_network(graph_from_store(store), args.output)
            print(f"{nodes} entities and {edges} facts written to {args.output}")
            return 0
        written = store.export(args.output)
    print(f"{written} triples written to {args.output}")
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    """Send the store to a SPARQL 1.1 Graph Store Protocol endpoint."""
    from kg.store import check_endpoint

    check_endpoint(args.endpoint)
    if not args.timeout > 0:
        raise InputError(f"--timeout {args.timeout:g}: give a number of seconds above 0")
    with _open_store(args.store) as store:
        sent = store.load_to_endpoint(args.endpoint, args.graph, timeout=args.timeout,
                                      user=args.user, password=_password(args))
    print(f"{sent} triples sent to {args.endpoint}" + (f" (graph <{args.graph}>)" if args.graph
                                                      else ""))
    return 0


def _password(args: argparse.Namespace) -> str | None:
    """--password, else $NEWSKG_PASSWORD (kept out of the process list), with --user."""
    if args.user is None:
        if args.password is not None:
            raise InputError("--password needs --user")
        return None
    return args.password if args.password is not None else os.environ.get("NEWSKG_PASSWORD", "")


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Build a corpus folder into a temporary store and score it against its gold file."""
    from kg.evaluate_corpus import evaluate_corpus
    from kg.evaluate import format_report

    report = evaluate_corpus(args.corpus, gold=args.gold, aliases=args.aliases)
    print(report.to_json() if args.json else format_report(report))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """SHACL-check a graph file, or the whole store; exit 6 listing violations if it fails."""
    from kg.validate import validate_file

    if args.file:
        target, verdict = args.file, validate_file(args.file)
    else:
        import tempfile

        with _open_store(args.store) as store, tempfile.TemporaryDirectory() as tmp:
            store.export(Path(tmp) / "store.nq")
            target, verdict = f"store {store.path}", validate_file(Path(tmp) / "store.nq")
    if not verdict.conforms:
        print("\n".join(verdict.messages))
        raise ValidationError(f"{target} does not conform to ontology/shapes.ttl: "
                              f"{len(verdict.messages)} violation(s), listed on stdout")
    print(f"{target} conforms to ontology/shapes.ttl")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Print what the store holds: documents, triples, entities by type, facts, candidates."""
    with _open_store(args.store) as store:
        print(format_stats(store.stats()))
    return 0


def cmd_queries(args: argparse.Namespace) -> int:
    """List the named queries with their one-line descriptions and the --param names each takes."""
    from kg.query import QUERY_DIR, declared_params, list_queries

    for name, description in list_queries().items():
        columns, filters = declared_params((QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8"))
        print(f"{name:<12}{description}")
        print(f"{'':<12}--param {', '.join(columns + filters) or '(none)'}")
    return 0


def format_stats(stats: dict) -> str:
    """Store statistics as aligned `name  value` lines, counts by kind indented below."""
    lines = []
    for key, value in stats.items():
        if isinstance(value, dict):
            lines.append(f"{key}: {sum(value.values())}")
            lines += [f"  {name:<14}{count:>7}" for name, count in value.items() if count]
        else:
            lines.append(f"{key}: {value}")
    return "\n".join(lines)


# --- the parser -----------------------------------------------------------------------

def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", metavar="DIR", help=STORE_HELP)


def _add_build(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "build", cmd_build, "extract facts from articles into the store")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt, .jsonl or .html files, folders of them, or - for stdin")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="also write this build's graphs to FILE (.ttl .nt .nq .trig .jsonld)")
    p.add_argument("-j", "--processes", type=int, default=1, metavar="N",
                   help="parse in N worker processes (default 1; the graphs are the same)")
    p.add_argument("--dask", metavar="ADDRESS|local",
                   help="parse on a Dask distributed cluster: a scheduler address "
                        "(tcp://host:8786) or `local` for a LocalCluster of 2 workers")
    p.add_argument("--force", action="store_true",
                   help="parse every document again, even those the store holds unchanged")
    p.add_argument("--validate", action="store_true",
                   help="check every document's graph against ontology/shapes.ttl before "
                        "storing it (slower; `kg validate` checks the store afterwards)")
    _store_option(p)


def _add_serve(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "serve", cmd_serve, "serve the store as a read-only SPARQL endpoint")
    p.add_argument("--port", type=int, default=7878, help="TCP port (default 7878)")
    p.add_argument("--bind", default="127.0.0.1", metavar="ADDRESS",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--cors", action="store_true",
                   help="allow cross-origin requests (for browser tools such as YASGUI)")
    _store_option(p)


def _add_remove(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "remove", cmd_remove, "take documents out of the store")
    p.add_argument("documents", nargs="+", metavar="DOC",
                   help="document id (the file name without extension, or the JSON \"id\") "
                        "or document IRI")
    _store_option(p)


def _add_query(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "query", cmd_query, "run a named query, a .rq file or SPARQL text")
    p.add_argument("query", metavar="NAME|FILE.rq|SPARQL",
                   help="a name from `kg queries`, a .rq file, or the SPARQL text itself")
    p.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind ?NAME (repeatable): a name means that entity (actor=Morocco), "
                        "<iri>, nkg:Term, \"text\", numbers and YYYY-MM-DD dates are typed")
    p.add_argument("-f", "--format", choices=("table", "csv", "tsv", "json"), default="table",
                   help="output format (default: table)")
    _store_option(p)


def _date(text: str) -> datetime.date:
    """An argparse type: a YYYY-MM-DD date."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD") from None


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _confidence(text: str) -> float:
    """An argparse type: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a confidence between 0 and 1")
    return value


def _add_viz(sub: argparse._SubParsersAction) -> None:
    from kg.events import RELATIONS

    p = _command(sub, "viz", cmd_viz, "write the graph as a self-contained HTML page")
    p.add_argument("-o", "--output", metavar="FILE", default="graph.html",
                   help="HTML file to write (default: graph.html)")
    p.add_argument("--title", default="newskg", help="page title and heading (default: newskg)")
    p.add_argument("--relation", action="append", default=[], choices=RELATIONS,
                   help="draw only this relation (repeatable; default: all four)")
    p.add_argument("--entity", metavar="NAME",
                   help="draw only this entity (any of its names) and its neighbourhood")
    p.add_argument("--hops", type=_positive, metavar="N",
                   help="with --entity: how many facts away to go (default: 1)")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                   help="only facts dated on or after this day (undated facts are left out)")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD",
                   help="only facts dated on or before this day (undated facts are left out)")
    p.add_argument("--min-confidence", type=_confidence, metavar="C",
                   help="only evidence with a confidence of at least C (0 to 1)")
    p.add_argument("--min-sources", type=_positive, metavar="N",
                   help="only facts backed by at least N independent stories (republished "
                        "copies of one story count once); edge width grows with them")
    p.add_argument("--max-nodes", type=_positive, metavar="N",
                   help="keep the N most important entities (PageRank) and say how many "
                        "were left out")
    _store_option(p)


def _add_export(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "export", cmd_export, "write the whole store to an RDF or network file")
    p.add_argument("-o", "--output", metavar="FILE", required=True,
                   help=".ttl/.nt (all triples once), .nq/.trig/.jsonld (one graph per "
                        "document), or .graphml/.gexf (entities and facts, for Gephi/Cytoscape)")
    _store_option(p)


def _add_load(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "load", cmd_load, "send the store to a SPARQL Graph Store endpoint")
    p.add_argument("--endpoint", metavar="URL", required=True,
                   help="Graph Store Protocol URL, e.g. http://localhost:7878/store")
    p.add_argument("--graph", metavar="IRI",
                   help="put everything into this one graph (default: one graph per document)")
    p.add_argument("--timeout", metavar="SECONDS", type=float, default=30,
                   help="give up on a request the endpoint has not answered in this time "
                        "(default: 30)")
    p.add_argument("--user", metavar="NAME",
                   help="log in to the endpoint as NAME (HTTP basic or digest auth)")
    p.add_argument("--password", metavar="SECRET",
                   help="the password for --user (default: $NEWSKG_PASSWORD)")
    _store_option(p)


def _add_evaluate(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "evaluate", cmd_evaluate,
                 "score extraction on a corpus folder against its gold file")
    p.add_argument("corpus", metavar="CORPUS_DIR", help="folder of articles with gold.jsonl")
    p.add_argument("--gold", metavar="FILE", help="gold file (default: CORPUS_DIR/gold.jsonl)")
    p.add_argument("--aliases", metavar="FILE",
                   help="aliases file (default: CORPUS_DIR/aliases.json if present)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")


def _add_validate(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "validate", cmd_validate,
                 "check a graph file or the store against the SHACL shapes")
    p.add_argument("file", nargs="?", metavar="FILE",
                   help="RDF file to check (.ttl .nt .nq .trig .jsonld); default: the store")
    _store_option(p)


def _add_stats(sub: argparse._SubParsersAction) -> None:
    _store_option(_command(sub, "stats", cmd_stats, "count documents, entities and facts"))


def _add_queries(sub: argparse._SubParsersAction) -> None:
    _command(sub, "queries", cmd_queries, "list the named queries")


def _command(sub: argparse._SubParsersAction, name: str,
             func: Callable[[argparse.Namespace], int], summary: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=summary, description=func.__doc__)
    parser.set_defaults(func=func)
    return parser


COMMANDS = (_add_build, _add_remove, _add_serve, _add_query, _add_viz, _add_export, _add_load, _add_evaluate,
            _add_validate, _add_stats, _add_queries)


def exit_code_table() -> str:
    """The exit codes, one a line, for the --help epilog."""
    return "exit codes:\n" + "\n".join(f"  {code:>3}  {meaning}"
                                       for code, meaning in EXIT_CODES.items())


class _Version(argparse.Action):
    """--version: prints the installed newskg's version, looked up only when asked for
    (importlib.metadata would cost every other command, a re-run that skips every article
    included, a noticeable part of its time)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS,
                 help: str = "show program's version number and exit") -> None:  # noqa: A002
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> NoReturn:
        from importlib.metadata import PackageNotFoundError, version

        try:
            release = version("newskg")
        except PackageNotFoundError:
            release = "unknown"
        print(f"{PROG} {release}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The `kg` argument parser with every subcommand."""
    parser = Parser(prog=PROG, epilog=exit_code_table(),
                    formatter_class=argparse.RawDescriptionHelpFormatter,
                    description="Turn news articles into a knowledge graph of who attacked, "
                                "allied with, hosted talks with and controls whom.")
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True,
                                parser_class=Parser)
    for add in COMMANDS:
        add(sub)
    return parser


def run() -> NoReturn:
    """The `kg` program: run the command of sys.argv and exit with its code. What the
    command leaves loaded (after a build, the model, the gazetteer and the pattern
    matchers: a few hundred thousand objects) is frozen first, so that the interpreter's
    shutdown does not run the garbage collector over it, a last 0.3-0.5 s of CPU spent
    just before the process's memory is given back whole. Only the program does this:
    `main` leaves a caller's collector as it is."""
    code = main()
    gc.freeze()
    raise SystemExit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every KgError becomes `kg: error: <message>` and its exit code."""
    try:
        args = build_parser().parse_args(argv)
        return args.func(args)
    except KgError as error:
        print(f"{PROG}: error: {' '.join(str(error).split())}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:  # `kg query ... | head`: the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
