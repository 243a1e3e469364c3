"""`kg serve`: a read-only SPARQL endpoint over a store folder, by running the Oxigraph
server binary (the `oxigraph` package) with `serve-read-only` rather than writing a server.

Oxigraph calls reading a folder while another process writes it undefined behaviour, so
a served store and a build exclude each other through a lock file in the store folder
(kg.buildlock): servers hold it shared, a build exclusively, and whichever comes second
refuses with a one-line message instead of waiting for something that may run for days.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from kg.buildlock import serve_lock
from kg.errors import InputError, StoreError

DEFAULT_PORT = 7878
DEFAULT_BIND = "127.0.0.1"
#: How long the server may take to answer its first query.
START_SECONDS = 30


def oxigraph_binary() -> str:
    """The `oxigraph` server executable: beside this Python (a venv), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the Oxigraph server is not installed: `pip install oxigraph` "
                         "(it ships the `oxigraph` binary kg serve runs)")
    return found


def serve(store: Path, port: int = DEFAULT_PORT, bind: str = DEFAULT_BIND, cors: bool = False,
          on_ready: Callable[[str], None] | None = None) -> int:
    """Serve the store read-only over SPARQL at http://BIND:PORT/query until interrupted
    (or the server stops); returns the server's exit status."""
    if not 0 < port < 65536:
        raise InputError(f"--port must be between 1 and 65535, not {port}")
    handle = serve_lock(store, exclusive=False)
    if handle is None:
        raise StoreError(f"store {store} is being built by `kg build`: wait for it to finish, "
                         "then serve it")
    command = [oxigraph_binary(), "serve-read-only", "--location", str(store),
               "--bind", f"{bind}:{port}", "--union-default-graph"] + (["--cors"] if cors else [])
    with handle, tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        try:
            base = f"http://{'127.0.0.1' if bind in ('0.0.0.0', '') else bind}:{port}"
            _wait_until_up(base, server, log)
            if on_ready is not None:
                on_ready(f"http://{bind}:{port}/query")
            _stop_on_sigterm()
            return server.wait()
        except KeyboardInterrupt:  # Ctrl-C is how a server is stopped: not an error
            return 0
        finally:
            if server.poll() is None:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()


def _stop_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit so the server child is stopped with us, not orphaned."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))


def _wait_until_up(base: str, server: subprocess.Popen, log) -> None:
    """Return once the server answers a query; StoreError if it exits or never answers."""
    probe = f"{base}/query?query=ASK%7B%7D"
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            reason = " ".join(log.read().decode("utf-8", "replace").split())
            raise StoreError(f"the SPARQL server stopped at once: {reason[-300:] or 'no reason given'}"
                             " (is the port in use? try another --port)")
        try:
            with urllib.request.urlopen(probe, timeout=1):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise StoreError(f"the SPARQL server did not answer at {base} within {START_SECONDS} s")
