"""One build at a time per store folder: a lock file in the folder that a second build waits on.

The second build waits BEFORE it extracts anything, so no work is thrown away; the kernel
releases the lock when its holder ends, however it ends (SIGKILL included), so a killed
build never leaves the store locked. Readers (`kg query`, `kg stats`) do not take it.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import StoreError

#: The lock file's name inside the store folder; it holds the pid of the build holding it.
LOCK_NAME = "kg-build.lock"
#: The lock file `kg serve` holds shared while it serves the folder (kg/serve.py).
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
