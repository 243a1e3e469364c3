"""Hostile input, one table: every case runs the real `kg` in a child process on a copy of
the examples store and checks the exit code, that stderr is one `kg: ...` line (never a
traceback) naming the problem, and that the store's triple count is unchanged (a case
that builds successfully only adds to it). README "Hostile input" lists the same groups.
"""
from __future__ import annotations

import codecs
import ctypes
import fcntl
import os
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from cli_support import BAD, EXAMPLES, REPO
from cli_support import built_store  # noqa: F401  (session fixture)
from kg.buildlock import LOCK_NAME
from kg.store import Store

#: A short dated article of our own: "attacked" and "hosted talks" facts.
ARTICLE = ("Rebels attack border town\nMarch 4, 2024\n\n"
           "Rwanda attacked the Democratic Republic of the Congo on Monday, officials said.\n\n"
           "Angola hosted talks with Rwanda in Luanda on Tuesday.\n")
SCRIPT = '<script>alert("kg")</script>'
LINK = '<a href="javascript:alert(1)">click</a>'
#: Capabilities that let root ignore file permissions (linux/capability.h).
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, PR_CAPBSET_DROP = 1, 2, 24


Run = Callable[["Env"], subprocess.CompletedProcess]


@dataclass
class Env:
    """What a case works with: its own folder, a copy of the examples store, the endpoint."""

    tmp: Path
    store: Path
    endpoint: str

    def file(self, name: str, data: bytes | str) -> Path:
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path


def kg(*args: object, stdin: bytes | None = None, preexec: Callable[[], None] | None = None,
       timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `python -m kg ARGS` for real; stdout and stderr as text."""
    env = {k: v for k, v in os.environ.items() if k != "NEWSKG_STORE"}
    env["PYTHONPATH"] = str(REPO)
    result = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], env=env,
                            input=stdin if stdin is not None else b"",
                            capture_output=True, timeout=timeout, preexec_fn=preexec)
    return subprocess.CompletedProcess(result.args, result.returncode,
                                       result.stdout.decode("utf-8", "replace"),
                                       result.stderr.decode("utf-8", "replace"))


def build(env: Env, *paths: object) -> subprocess.CompletedProcess:
    return kg("build", *paths, "--store", env.store)


# --- helpers of particular cases ------------------------------------------------------------

def _drop_root_file_override() -> None:
    """In the child before exec: drop the capabilities that let root write read-only files,
    so that a read-only folder stops root too (tests run as root in CI)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _read_only_store(*args: str) -> Run:
    """Run `kg ARGS --store STORE` on a store folder nothing may write into, root included:
    a full disk or read-only media. `{article}` in args is a dated article file."""
    def run(env: Env) -> subprocess.CompletedProcess:
        article = env.file("a.txt", ARTICLE)
        modes = {path: path.stat().st_mode for path in [env.store, *env.store.iterdir()]}
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            preexec = _drop_root_file_override if os.geteuid() == 0 else None
            return kg(*[article if a == "{article}" else a for a in args], "--store", env.store,
                      preexec=preexec)
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
    return run


def _stats_on_empty_folder(env: Env) -> subprocess.CompletedProcess:
    """A read-only command on an empty folder says it is no store and writes nothing there."""
    empty = env.tmp / "empty"
    empty.mkdir()
    result = kg("stats", "--store", empty)
    assert list(empty.iterdir()) == []
    return result


def _dev_full(env: Env, command: str, name: str) -> subprocess.CompletedProcess:
    """An output file on a full disk: a link to /dev/full, where every write fails ENOSPC."""
    link = env.tmp / name
    link.symlink_to("/dev/full")
    return kg(command, "-o", link, "--store", env.store)


def _killed_mid_build(env: Env) -> subprocess.CompletedProcess:
    """SIGKILL a build of the examples once it holds the store, then validate the store."""
    corpus = env.tmp / "corpus"
    for copy in range(3):  # enough parsing that the kill lands long before any write
        for article in EXAMPLES.glob("*.txt"):
            env.file(f"corpus/{copy}-{article.name}", article.read_bytes())
    envir = {k: v for k, v in os.environ.items() if k != "NEWSKG_STORE"}
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", corpus,
                                "--store", env.store], env={**envir, "PYTHONPATH": str(REPO)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lock = env.store / LOCK_NAME
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not lock.exists() or
                                           lock.read_text().strip() != str(process.pid)):
        time.sleep(0.05)
    time.sleep(1.0)
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    return kg("validate", "--store", env.store)


def _while_another_build_holds(env: Env) -> subprocess.CompletedProcess:
    """Another process holds the build lock for 2 s: the build waits (saying so), then runs."""
    with open(env.store / LOCK_NAME, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        timer = threading.Timer(2.0, fcntl.flock, (handle, fcntl.LOCK_UN))
        timer.start()
        try:
            return build(env, env.file("a.txt", ARTICLE))
        finally:
            timer.join()


def _while_a_reader_holds(env: Env) -> subprocess.CompletedProcess:
    """Another process has the store open for 2 s: the build waits for it, then writes."""
    holder = subprocess.Popen([sys.executable, "-c", "import pyoxigraph, sys, time; "
                               "s = pyoxigraph.Store(sys.argv[1]); print(flush=True); "
                               "time.sleep(2)", str(env.store)], stdout=subprocess.PIPE)
    try:
        holder.stdout.readline()  # the store is open
        return build(env, env.file("a.txt", ARTICLE))
    finally:
        holder.wait(timeout=30)


def _script_in_text(env: Env) -> subprocess.CompletedProcess:
    """Markup in article text stays text: the page shows it escaped, never runs it."""
    text = ARTICLE.replace("officials said.", f"officials said {SCRIPT} {LINK}.")
    text = text.replace("on Tuesday.", f"on Tuesday {SCRIPT}.")
    result = build(env, env.file("markup.txt", text))
    page = env.tmp / "graph.html"
    assert kg("viz", "-o", page, "--store", env.store).returncode == 0
    html = page.read_text(encoding="utf-8")
    assert SCRIPT not in html and LINK not in html
    assert "officials said" in html  # the evidence sentence is on the page, its markup inert
    return result


def _huge(env: Env) -> subprocess.CompletedProcess:
    """A 5 MB article: the text, a 1.2 MB line, then paragraphs (long words keep it fast)."""
    line = " ".join(["x" * 999] * 1200)
    paragraphs = (" ".join(["y" * 3999] * 4) + "\n\n") * 230
    return build(env, env.file("huge.txt", ARTICLE + "\n" + line + "\n\n" + paragraphs))


def _deep_json(env: Env) -> subprocess.CompletedProcess:
    return build(env, env.file("deep.jsonl", '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n"))


def _encodings(env: Env) -> subprocess.CompletedProcess:
    """One folder, one article in each encoding a news desk may send."""
    for codec in ("utf-16-be", "utf-32-le", "utf-32-be"):
        bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
               "utf-32-be": codecs.BOM_UTF32_BE}[codec]
        env.file(f"enc/{codec}.txt", bom + ARTICLE.encode(codec))
    env.file("enc/bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    env.file("enc/cp1252.txt", ARTICLE.replace("said", "said \u2018today\u2019").encode("cp1252"))
    return build(env, env.tmp / "enc")


# --- misbehaving endpoints -------------------------------------------------------------------

class _Misbehaving(socketserver.BaseRequestHandler):
    """A loopback server that reads a request and then misbehaves as its path says."""

    def handle(self) -> None:
        data = b""
        while b"\r\n\r\n" not in data and (chunk := self.request.recv(65536)):
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), 0)
        while len(body) < length and (chunk := self.request.recv(65536)):
            body += chunk
        path = head.split(b" ")[1].decode()
        if path.startswith("/500"):
            self.request.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\n"
                                 b"Connection: close\r\n\r\noops\n")
        elif path.startswith("/hang"):
            time.sleep(3)
        elif path.startswith("/garbage"):
            self.request.sendall(b"hello, this is not HTTP\r\n\r\n")
        # /close: say nothing, just close


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Misbehaving)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- the table ------------------------------------------------------------------------------

#: (group, case, run, exit code, words of the one stderr line; for exit 0, of stdout).
CASES: list[tuple[str, str, Run, int, tuple[str, ...]]] = [
    # files that are not articles
    ("file", "empty", lambda e: build(e, e.file("a.txt", b"")), 2, ("a.txt", "empty")),
    ("file", "blank lines only", lambda e: build(e, e.file("a.txt", b"\n \n\t\n")), 2,
     ("empty",)),
    ("file", "binary (PNG)", lambda e: build(e, e.file("a.txt", b"\x89PNG\r\n\x1a\n\x00\x00")),
     2, ("binary",)),
    ("file", "NUL inside text", lambda e: build(e, e.file("a.txt", ARTICLE + "\x00x")), 2,
     ("binary",)),
    ("file", "undecodable noise", lambda e: build(e, BAD / "noise.txt"), 2, ("cannot decode",)),
    ("file", "unknown extension", lambda e: build(e, e.file("a.pdf", ARTICLE)), 2,
     ("unsupported file type",)),
    ("file", "missing", lambda e: build(e, e.tmp / "nowhere.txt"), 2, ("no such file",)),
    ("file", "folder without articles", lambda e: build(e, e.file("d/x.csv", "a,b").parent),
     2, ("no supported files",)),
    ("file", "huge: 5 MB article with a 1.2 MB line", _huge, 0, ("1 documents",)),
    ("file", "no date line", lambda e: build(e, e.file("a.txt", ARTICLE.replace(
        "March 4, 2024\n", ""))), 0, ("1 documents", "no date found in")),
    # encodings
    ("encoding", "UTF-16 with BOM", lambda e: build(e, e.file("a.txt", ARTICLE.encode(
        "utf-16"))), 0, ("1 documents",)),
    ("encoding", "UTF-16 BE, UTF-32 LE/BE, UTF-8 BOM, cp1252", _encodings, 0, ("5 documents",)),
    ("encoding", "UTF-16 BOM, odd bytes", lambda e: build(e, e.file(
        "a.txt", codecs.BOM_UTF16_LE + b"a\x00b")), 2, ("UTF-16", "byte-order mark")),
    ("encoding", "UTF-32 BOM, nothing else", lambda e: build(e, e.file(
        "a.txt", codecs.BOM_UTF32_LE)), 2, ("empty",)),
    # JSON Lines
    ("jsonl", "broken line", lambda e: build(e, e.file("a.jsonl", '{"text": "ok here"}\n{"te')),
     2, ("line 2", "not valid JSON")),
    ("jsonl", "array, not object", lambda e: build(e, e.file("a.jsonl", '["text"]\n')), 2,
     ("line 1", "JSON object")),
    ("jsonl", "text is a number", lambda e: build(e, e.file("a.jsonl", '{"text": 42}\n')), 2,
     ("\"text\"",)),
    ("jsonl", "nested 100,000 deep", _deep_json, 2, ("nested too deeply",)),
    # HTML
    ("html", "unclosed tags, no article", lambda e: build(e, e.file(
        "a.html", "<html><body><div><p>Hi<div><span>")), 2, ("no article text",)),
    ("html", "only a script", lambda e: build(e, e.file(
        "a.html", f"<html><head>{SCRIPT}</head><body>{SCRIPT}</body></html>")), 2,
     ("no article text",)),
    ("html", "binary named .html", lambda e: build(e, e.file("a.html", b"\x00\x01\x02" * 50)),
     2, ("binary",)),
    ("html", "<script> and javascript: links in article text", _script_in_text, 0,
     ("1 documents",)),
    # standard input
    ("stdin", "nothing", lambda e: kg("build", "-", "--store", e.store, stdin=b""), 2,
     ("stdin", "no input")),
    ("stdin", "binary", lambda e: kg("build", "-", "--store", e.store, stdin=b"\x00\xff" * 9),
     2, ("stdin", "binary")),
    # store folders
    ("store", "stats on an empty folder", _stats_on_empty_folder, 4,
     ("empty folder", "not a newskg store")),
    ("store", "query on a folder of articles", lambda e: kg("query", "attacks", "--store",
                                                            EXAMPLES), 4, ("holds other files",)),
    ("store", "build into a folder of other files", lambda e: kg(
        "build", e.file("a.txt", ARTICLE), "--store", EXAMPLES), 4, ("holds other files",)),
    ("store", "store is a file", lambda e: kg("build", e.file("a.txt", ARTICLE), "--store",
                                              e.file("f", "x")), 4, ("is a file",)),
    ("store", "store under a file", lambda e: kg("build", e.file("a.txt", ARTICLE), "--store",
                                                 e.file("f", "x") / "store"), 4,
     ("cannot write to store folder", "Not a directory")),
    ("store", "build into a read-only store (full disk)", _read_only_store("build", "{article}"),
     4, ("cannot write to store folder", "Permission denied")),
    ("store", "remove from a read-only store", _read_only_store("remove", "drc-2024-02-09"), 4,
     ("cannot open store folder", "Permission denied")),
    ("store", "stats of a read-only store", _read_only_store("stats"), 0, ("documents: 5",)),
    ("store", "export to a full disk (/dev/full)", lambda e: _dev_full(e, "export", "o.nt"), 7,
     ("No space left",)),
    ("store", "viz to a full disk (/dev/full)", lambda e: _dev_full(e, "viz", "o.html"), 7,
     ("No space left",)),
    ("store", "viz -o graph.svg", lambda e: kg("viz", "-o", e.tmp / "graph.svg", "--store",
                                               e.store), 2, ("graph.svg", "HTML")),
    ("store", "killed (SIGKILL) mid-build, then validate", _killed_mid_build, 0, ("conforms",)),
    ("store", "second build waits for the first", _while_another_build_holds, 0,
     ("1 documents", "waiting for it to finish")),
    ("store", "build waits for a reader to let go", _while_a_reader_holds, 0, ("1 documents",)),
    # SPARQL
    ("sparql", "misspelt keyword", lambda e: kg("query", "SELEKT * WHERE { ?s ?p ?o }",
                                                "--store", e.store), 5, ("SPARQL syntax error",)),
    ("sparql", "DROP ALL", lambda e: kg("query", "DROP ALL", "--store", e.store), 5,
     ("updates are not allowed",)),
    ("sparql", "INSERT DATA after a PREFIX", lambda e: kg(
        "query", "PREFIX x: <http://x.org/#> # c\nINSERT DATA { x:a x:b x:c }", "--store",
        e.store), 5, ("updates are not allowed",)),
    ("sparql", "injection through a name", lambda e: kg(
        "query", "allies", "--param", "actor=Morocco> } ; DROP ALL ; #", "--store", e.store), 0,
     ("(no results)",)),
    ("sparql", "injection through a literal", lambda e: kg(
        "query", "entities", "--param", 'type="x" } DROP ALL { "', "--store", e.store), 0,
     ("(no results)",)),
    ("sparql", "injection through an IRI", lambda e: kg(
        "query", "allies", "--param", "actor=<x> } DROP ALL { <y>", "--store", e.store), 5,
     ("bad parameter",)),
    ("sparql", "--param without =", lambda e: kg("query", "allies", "--param", "actor",
                                                 "--store", e.store), 5, ("NAME=VALUE",)),
    ("sparql", "unknown query name", lambda e: kg("query", "atacks", "--store", e.store), 5,
     ("unknown query",)),
    ("sparql", "binary .rq file", lambda e: kg("query", e.file("q.rq", b"\xff\xfe\x00\xd8"),
                                               "--store", e.store), 2, ("q.rq",)),
    # endpoints
    ("endpoint", "not a URL", lambda e: kg("load", "--endpoint", "notaurl", "--store", e.store),
     2, ("notaurl", "not a URL")),
    ("endpoint", "ftp://", lambda e: kg("load", "--endpoint", "ftp://host/store", "--store",
                                        e.store), 2, ("ftp://", "http")),
    ("endpoint", "nothing listening", lambda e: kg(
        "load", "--endpoint", f"http://127.0.0.1:{_unused_port()}/store", "--store", e.store), 4,
     ("cannot reach", "refused")),
    ("endpoint", "answers 500", lambda e: kg("load", "--endpoint", f"{e.endpoint}/500",
                                             "--store", e.store), 4, ("HTTP 500",)),
    ("endpoint", "hangs: timeout", lambda e: kg("load", "--endpoint", f"{e.endpoint}/hang",
                                                "--timeout", "1", "--store", e.store), 4,
     ("timed out",)),
    ("endpoint", "answers garbage", lambda e: kg("load", "--endpoint", f"{e.endpoint}/garbage",
                                                 "--store", e.store), 4, ("not an HTTP answer",)),
    ("endpoint", "closes without answering", lambda e: kg(
        "load", "--endpoint", f"{e.endpoint}/close", "--store", e.store), 4, ("cannot reach",)),
]


def count(store: Path) -> int:
    with Store.open(store) as opened:
        return opened.count()


def graphs(store: Path) -> set[str]:
    with Store.open(store) as opened:
        return set(opened.graphs())


@pytest.mark.parametrize("group,name,run,code,words", CASES,
                         ids=[f"{group}: {name}" for group, name, *_ in CASES])
def test_hostile_input(group: str, name: str, run: Run, code: int, words: tuple[str, ...],
                       built_store: Path, endpoint: str, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(built_store, store)
    before, before_graphs = count(store), graphs(store)
    result = run(Env(tmp_path, store, endpoint))
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == code, result.stderr
    lines = result.stderr.splitlines()
    if code:
        assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
        assert all(word in lines[0] for word in words), lines[0]
        assert count(store) == before
    else:
        assert len(lines) <= 1 and all(line.startswith("kg: ") for line in lines), result.stderr
        assert all(word in result.stdout + result.stderr for word in words), result.stdout
        built = result.stdout.split(" ", 1)[0].isdigit()  # "N documents, ..."
        assert graphs(store) >= before_graphs  # nothing stored is lost
        assert count(store) > before if built else count(store) == before


def test_the_table_holds_at_least_thirty_hostile_cases() -> None:
    assert len(CASES) >= 30 and len({(g, n) for g, n, *_ in CASES}) == len(CASES)


@pytest.mark.parametrize("command", [["stats"], ["query", "attacks"], ["viz", "-o", "{out}.html"],
                                     ["export", "-o", "{out}.nt"], ["validate"],
                                     ["load", "--endpoint", "http://127.0.0.1:9/store"],
                                     ["remove", "drc-2024-02-09"]])
def test_commands_on_an_empty_folder_say_it_is_no_store_and_write_nothing(
        command: list[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    args = [arg.replace("{out}", str(tmp_path / "out")) for arg in command]
    result = kg(*args, "--store", empty)
    assert result.returncode == 4 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("kg: error: ") and len(result.stderr.splitlines()) == 1
    assert "empty folder" in result.stderr
    assert list(empty.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["empty"]
