"""The lock files of a store folder. One build at a time: a lock file in the folder that a
second build waits on. And a build or `kg serve`, not both: Oxigraph calls reading a folder
while another process writes it undefined behaviour, so servers hold a second lock file
shared, a build exclusively, and whichever comes second refuses in one line instead of
waiting for something that may run for days.

The second build waits BEFORE it extracts anything, so no work is thrown away; the kernel
releases a lock when its holder ends, however it ends (SIGKILL included), so a killed
build never leaves the store locked. Readers (`kg query`, `kg stats`) take neither.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kg.errors import StoreError

#: The lock file's name inside the store folder; it holds the pid of the build holding it.
LOCK_NAME = "kg-build.lock"
#: The lock file `kg serve` holds shared while it serves the folder (kg/serve.py), and a
#: build exclusively.
SERVE_LOCK_NAME = "kg-serve.lock"


@contextmanager
def build_lock(store: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Hold the build lock of the store folder `store` (created if missing), waiting, after
    calling `on_wait` with a message saying so, while another build holds it."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system: no advisory locks, builds are not serialised
        yield store
        return
    try:
        store.mkdir(parents=True, exist_ok=True)
        handle = open(store / LOCK_NAME, "a+", encoding="utf-8")  # noqa: SIM115
    except FileExistsError:
        raise StoreError(f"{store} is a file, not a store folder: give a folder for --store") \
            from None
    except OSError as error:
        raise StoreError(f"cannot write to store folder {store}: {error.strerror or error}; "
                         "check it is writable (and the disk not full)") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip()
            if on_wait is not None:
                on_wait(f"store {store} is being built by another kg build"
                        f"{f' (pid {holder})' if holder.isdigit() else ''}: waiting for it to "
                        "finish before extracting anything (Ctrl-C to stop)")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
        except OSError as error:
            raise StoreError(f"cannot write to store folder {store}: {error.strerror or error}; "
                             "check the disk is not full") from None
        try:
            yield store
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def serve_lock(store: Path, exclusive: bool) -> IO | None:
    """Take the serve lock without waiting (shared for `kg serve`, exclusive for a build):
    the open file, or None if another holds it. On systems without flock there is no lock
    (returns a closed marker)."""
    try:
        import fcntl
    except ImportError:
        return open(os.devnull, "rb")  # noqa: SIM115 - no advisory locks here
    try:
        handle = open(store / SERVE_LOCK_NAME, "a+", encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        raise StoreError(f"cannot write to store folder {store}: {error.strerror or error}")\
            from None
    try:
        fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


@contextmanager
def not_served(store: Path) -> Iterator[None]:
    """Hold a store folder against `kg serve` while building into it; refuse (StoreError,
    exit 4) if it is being served now."""
    store.mkdir(parents=True, exist_ok=True)
    handle = serve_lock(store, exclusive=True)
    if handle is None:
        raise StoreError(f"store {store} is being served by `kg serve` (read-only): stop the "
                         "server (Ctrl-C) before building into it, or build into another "
                         "--store folder")
    with handle:
        yield
