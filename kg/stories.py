"""Which documents tell the same story: republished wire copy counts as one story.

Two documents are one story when their bodies are near duplicates: MinHash over word
shingles estimates the Jaccard similarity of their shingle sets, and LSH (banding) finds
the candidates without comparing every pair. A story is named after the first document
of it the store saw, so stories stay stable as documents are added.

The signatures are datasketch's (MinHash, scheme "affine32", seed 1; tests/test_stories.py
checks them and the LSH candidates against datasketch): computed here with numpy because
importing datasketch imports scipy.integrate, about half a second of every build.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where signatures are made: a re-run that skips
    import numpy as np  # every document reads the store's story marks without it

#: Words per shingle: long enough that two different reports of one event rarely share
#: many, short enough that an edited copy (a new headline, a cut paragraph) still does.
SHINGLE_WORDS = 3
#: Permutations of the MinHash signature (its precision: about 1/sqrt(N)).
NUM_PERM = 128
#: Estimated Jaccard similarity of shingle sets above which two bodies are one story.
SAME_STORY = 0.5
#: datasketch's hashing scheme the signatures follow, named so stored ones stay readable.
SCHEME = "affine32"
#: LSH bands and rows per band: what datasketch's optimiser picks for SAME_STORY and
#: NUM_PERM (tests/test_stories.py checks).
LSH_PARAMS = (25, 5)
#: The seed of datasketch's permutations (its default).
SEED = 1

_WORD = re.compile(r"\w+")
#: MurmurHash3's 32-bit finalizer: shifts and multipliers (datasketch pre-mixes with it).
_FMIX = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)


@dataclass(frozen=True)
class StoryMark:
    """What the store keeps about one document's text: its story and its signature."""

    story: str
    signature: str


@dataclass(frozen=True, eq=False)
class Signature:
    """A MinHash signature: the least permuted hash of the shingles, per permutation."""

    hashvalues: np.ndarray  # NUM_PERM values, uint32

    def jaccard(self, other: Signature) -> float:
        """The estimated Jaccard similarity of the two shingle sets."""
        import numpy as np

        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations h -> a*h + b (mod 2^32, a odd) datasketch draws for
    NUM_PERM and SEED."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix(values: np.ndarray) -> np.ndarray:
    import numpy as np

    s1, m1, s2, m2, s3 = (np.uint32(n) for n in _FMIX)
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s3)


def _sha1_32(items: list[bytes]) -> np.ndarray:
    """Of each item, the first four bytes of its SHA-1, little-endian (datasketch's
    sha1_hash32), read as one array rather than one int at a time."""
    import numpy as np

    return np.frombuffer(b"".join([hashlib.sha1(item).digest()[:4] for item in items]), dtype="<u4")


def signature(text: str) -> Signature:
    """The MinHash of a text's word shingles (lower-cased; a short text shingles whole)."""
    import numpy as np

    words = _WORD.findall(text.lower())
    size = min(SHINGLE_WORDS, max(len(words), 1))
    shingles = [" ".join(words[i:i + size]).encode("utf-8")
                for i in range(max(len(words) - size + 1, 1))]
    hashed = _fmix(_sha1_32(shingles).astype(np.uint32).reshape(-1, 1))
    a, b = _permutations()
    return Signature(np.minimum(np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32),
                                (hashed * a + b).min(axis=0)))


def encode(minhash: Signature) -> str:
    """A signature as compact ASCII, to keep beside the document in the store."""
    return base64.b64encode(minhash.hashvalues.astype("<u4").tobytes()).decode("ascii")


def decode(text: str) -> Signature | None:
    """The signature `encode` wrote; None when the text is not one (a foreign store)."""
    import numpy as np

    try:
        values = np.frombuffer(base64.b64decode(text, validate=True), dtype="<u4")
    except ValueError:
        return None
    if len(values) != NUM_PERM:
        return None
    return Signature(values.astype(np.uint32))


class _Bands:
    """An LSH index: keys whose signatures agree on every value of at least one band.

    A band holding one key holds it bare, not in a set of its own: most bands of most
    documents are unique, and 25 sets a document made the index (kept for a whole build)
    about 7.6 KB a document, 2.5 KB without them."""

    def __init__(self) -> None:
        bands, rows = LSH_PARAMS
        self._ranges = [(i * rows, (i + 1) * rows) for i in range(bands)]
        self._tables: list[dict[bytes, str | list[str]]] = [{} for _ in self._ranges]
        self._signatures: dict[str, Signature] = {}

    def _bands(self, minhash: Signature) -> list[bytes]:
        return [minhash.hashvalues[start:end].tobytes() for start, end in self._ranges]

    def insert(self, key: str, minhash: Signature) -> None:
        self._signatures[key] = minhash
        for table, band in zip(self._tables, self._bands(minhash)):
            held = table.get(band)
            if held is None:
                table[band] = key
            elif isinstance(held, str):
                table[band] = [held, key]
            else:
                held.append(key)

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def signature(self, key: str) -> Signature:
        """The signature `key` was indexed with."""
        return self._signatures[key]

    def remove(self, key: str) -> None:
        for table, band in zip(self._tables, self._bands(self._signatures.pop(key))):
            held = table[band]
            if isinstance(held, str):
                del table[band]
            else:
                held.remove(key)
                if len(held) == 1:
                    table[band] = held[0]

    def query(self, minhash: Signature) -> set[str]:
        found: set[str] = set()
        for table, band in zip(self._tables, self._bands(minhash)):
            held = table.get(band)
            if isinstance(held, str):
                found.add(held)
            elif held:
                found.update(held)
        return found


class StoryIndex:
    """The story of every document seen so far and an LSH index of their signatures, kept
    for a whole build: built once from the store's marks and grown batch by batch, not
    rebuilt from all of them for every batch (which made a build quadratic in its size)."""

    def __init__(self, known: dict[str, StoryMark]) -> None:
        self._index = _Bands()
        self._stories: dict[str, str] = {}
        for doc_id, mark in known.items():
            minhash = decode(mark.signature)
            if minhash is not None:
                self._add(doc_id, minhash, mark.story)

    def _add(self, doc_id: str, minhash: Signature, story: str) -> None:
        self._index.insert(doc_id, minhash)
        self._stories[doc_id] = story

    def assign(self, new: Iterable[tuple[str, str]]) -> dict[str, StoryMark]:
        """The story of each new (doc_id, encoded signature): the story of the most similar
        document already known or earlier in `new` when it is a near duplicate, else a
        story of its own; the new documents are known from then on."""
        assigned: dict[str, StoryMark] = {}
        for doc_id, encoded in new:
            minhash = decode(encoded)
            if minhash is None:
                raise ValueError(f"{doc_id}: not a text signature")
            if doc_id in self._index:  # a document built again: compare it with the others only
                self._index.remove(doc_id)
            story = self._nearest_story(doc_id, minhash)
            self._add(doc_id, minhash, story)
            assigned[doc_id] = StoryMark(story, encoded)
        return assigned

    def _nearest_story(self, doc_id: str, minhash: Signature) -> str:
        """The story of the most similar near duplicate indexed, else doc_id's own."""
        scored = [(minhash.jaccard(self._index.signature(other)), other)
                  for other in self._index.query(minhash)]
        scored = [(score, other) for score, other in scored if score >= SAME_STORY]
        if not scored:
            return doc_id
        best = max(scored, key=lambda item: (item[0], item[1]))
        return self._stories[best[1]]


def assign(new: Iterable[tuple[str, str]], known: dict[str, StoryMark]) -> dict[str, StoryMark]:
    """The story of each new (doc_id, encoded signature), given the marks already `known`
    (left as they were): see StoryIndex.assign."""
    return StoryIndex(known).assign(new)
