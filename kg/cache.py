"""Derived files kept between runs: where they live, and data built from shipped files
kept pickled under a key of everything it was built from, so a process loads it instead
of building it again (reading the gazetteer's JSONL lines and indexing them took about a
quarter of a second of every build's start).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

#: Folder of derived files worth keeping between runs (overrides the user cache folder).
CACHE_ENV = "NEWSKG_CACHE"

Built = TypeVar("Built")

#: The key in a cache file's name (source_key's 24 hex digits), to find a kind's files by.
_KEY_GLOB = "[0-9a-f]" * 24


def cache_folder() -> Path:
    """Where derived files are kept: $NEWSKG_CACHE, else the user's cache folder."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    try:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except RuntimeError:  # no home folder (a service account): a folder any user may write
        base = Path(tempfile.gettempdir())
    return Path(base) / "newskg"


def source_key(parts: Iterable[bytes]) -> str:
    """A key of the bytes something is built from, and of the Python that pickles it."""
    digest = hashlib.sha256(f"{sys.version_info[:2]} {pickle.HIGHEST_PROTOCOL}".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()[:24]


def pickled(name: str, key: str, build: Callable[[], Built], kind: type) -> Built:
    """What `build` returns, from the pickle of an earlier run with the same key when
    there is one of `kind` that this user wrote (a file anyone else could have put in a
    shared folder is never unpickled); else built, and pickled for the next run (a cache
    that cannot be written is skipped)."""
    path = cache_folder() / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as file:
            if _written_by_this_user(file.fileno()):
                loaded = pickle.load(file)
                if isinstance(loaded, kind):
                    return loaded
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            IndexError, TypeError, ValueError):
        pass
    made = build()
    if _keep(path, made):
        drop_others(path, name)
    return made


def _keep(path: Path, made: object) -> bool:
    """Pickle `made` to `path`, whole or not at all (a cache that cannot be written is
    skipped); whether it was written."""
    temporary = None
    try:
        data = pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".tmp", delete=False) as out:
            temporary = out.name
            out.write(data)
        os.replace(temporary, path)  # whoever writes it at once, readers see one whole file
    except (OSError, pickle.PicklingError):
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        return False
    return True


def drop_others(kept: Path, name: str) -> None:
    """Remove the files of kind `name` beside `kept` that this module's callers wrote under
    other keys (a new key means the older files will not be read again); a file that
    cannot be removed is left."""
    for path in kept.parent.glob(f"{name}-{_KEY_GLOB}{kept.suffix}"):
        if path != kept:
            try:
                path.unlink()
            except OSError:
                pass


def _written_by_this_user(descriptor: int) -> bool:
    """Whether the open file belongs to the user running this process and no one else may
    write it (a file of ours left writable by group or others could hold anyone's bytes;
    the pickles this module writes are the owner's alone); always so where the system has
    no user ids."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    status = os.fstat(descriptor)
    return status.st_uid == getuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
