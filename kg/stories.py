"""Which documents tell the same story: republished wire copy counts as one story.

Two documents are one story when their bodies are near duplicates: MinHash (datasketch)
over word shingles estimates the Jaccard similarity of their shingle sets, and LSH finds
the candidates without comparing every pair. A story is named after the first document
of it the store saw, so stories stay stable as documents are added.
"""
from __future__ import annotations

import base64
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datasketch takes most of a second to import: only builds pay for it
    from datasketch import MinHash, MinHashLSH

#: Words per shingle: long enough that two different reports of one event rarely share
#: many, short enough that an edited copy (a new headline, a cut paragraph) still does.
SHINGLE_WORDS = 3
#: Permutations of the MinHash signature (its precision: about 1/sqrt(N)).
NUM_PERM = 128
#: Estimated Jaccard similarity of shingle sets above which two bodies are one story.
SAME_STORY = 0.5
#: datasketch's hashing scheme, named so signatures kept in a store stay readable.
SCHEME = "affine32"
#: LSH bands and rows per band: what datasketch's optimiser picks for SAME_STORY and
#: NUM_PERM (tests/test_stories.py checks), given so that no index integrates them again
#: (0.02 s per batch of a build).
LSH_PARAMS = (25, 5)

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class StoryMark:
    """What the store keeps about one document's text: its story and its signature."""

    story: str
    signature: str


@functools.lru_cache(maxsize=1)
def _permutations():
    """datasketch's permutations for NUM_PERM and SCHEME (the same for every MinHash made
    with its default seed): drawn once, not once per document."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def signature(text: str) -> MinHash:
    """The MinHash of a text's word shingles (lower-cased; a short text shingles whole),
    hashed in one `update_batch` (vectorised; the same values as one `update` each)."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    size = min(SHINGLE_WORDS, max(len(words), 1))
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch([" ".join(words[i:i + size]).encode("utf-8")
                          for i in range(max(len(words) - size + 1, 1))])
    return minhash


def encode(minhash: MinHash) -> str:
    """A signature as compact ASCII, to keep beside the document in the store."""
    return base64.b64encode(minhash.hashvalues.astype("<u4").tobytes()).decode("ascii")


def decode(text: str) -> MinHash | None:
    """The signature `encode` wrote; None when the text is not one (a foreign store)."""
    import numpy as np
    from datasketch import MinHash

    try:
        values = np.frombuffer(base64.b64decode(text, validate=True), dtype="<u4")
    except ValueError:
        return None
    if len(values) != NUM_PERM:
        return None
    return MinHash(num_perm=NUM_PERM, hashvalues=values.astype(np.uint32), scheme=SCHEME)


def assign(new: Iterable[tuple[str, str]], known: dict[str, StoryMark]) -> dict[str, StoryMark]:
    """The story of each new (doc_id, encoded signature): the story of the most similar
    document already known or earlier in `new` when it is a near duplicate, else a story
    of its own. `known` is left as it was."""
    from datasketch import MinHashLSH

    index = MinHashLSH(num_perm=NUM_PERM, params=LSH_PARAMS)
    marks: dict[str, StoryMark] = {}
    hashes: dict[str, MinHash] = {}
    for doc_id, mark in known.items():
        minhash = decode(mark.signature)
        if minhash is not None:
            index.insert(doc_id, minhash)
            hashes[doc_id], marks[doc_id] = minhash, mark
    assigned: dict[str, StoryMark] = {}
    for doc_id, encoded in new:
        minhash = decode(encoded)
        if minhash is None:
            raise ValueError(f"{doc_id}: not a text signature")
        if doc_id in hashes:  # a document built again: compare it with the others only
            index.remove(doc_id)
        story = _nearest_story(doc_id, minhash, index, hashes, marks)
        index.insert(doc_id, minhash)
        hashes[doc_id] = minhash
        marks[doc_id] = assigned[doc_id] = StoryMark(story, encoded)
    return assigned


def _nearest_story(doc_id: str, minhash: MinHash, index: MinHashLSH,
                   hashes: dict[str, MinHash], marks: dict[str, StoryMark]) -> str:
    scored = [(minhash.jaccard(hashes[other]), other) for other in index.query(minhash)]
    scored = [(score, other) for score, other in scored if score >= SAME_STORY]
    if not scored:
        return doc_id
    best = max(scored, key=lambda item: (item[0], item[1]))
    return marks[best[1]].story

