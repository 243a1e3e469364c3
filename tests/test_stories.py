"""Near-duplicate detection: republished copies share a story, other reports do not."""
from __future__ import annotations

import json
import re
from pathlib import Path

from kg import stories
from kg.stories import StoryMark

WIRE = Path(__file__).resolve().parent / "data/many/wire/stories.jsonl"


def _bodies() -> dict[str, str]:
    """Each wire document's signature, as the build computes it from title and text."""
    rows = [json.loads(line) for line in WIRE.read_text("utf-8").splitlines() if line.strip()]
    return {row["id"]: stories.encode(stories.signature(f"{row['title']}\n\n{row['text']}"))
            for row in rows}


def test_copies_share_the_first_documents_story_and_another_report_does_not() -> None:
    bodies = _bodies()
    marks = stories.assign(bodies.items(), {})
    assert marks["wire-copy-1"].story == "wire-original"
    assert marks["wire-copy-2"].story == "wire-original"  # edited copy: a cut clause, new headline
    assert marks["own-report"].story == "own-report"


def test_a_copy_built_later_joins_the_story_already_in_the_store() -> None:
    bodies = _bodies()
    first = stories.assign([("wire-original", bodies["wire-original"])], {})
    later = stories.assign([("wire-copy-2", bodies["wire-copy-2"]),
                            ("own-report", bodies["own-report"])], first)
    assert later["wire-copy-2"].story == "wire-original"
    assert later["own-report"].story == "own-report"


def test_a_document_built_again_keeps_its_own_story() -> None:
    bodies = _bodies()
    first = stories.assign([("own-report", bodies["own-report"])], {})
    again = stories.assign([("own-report", bodies["own-report"])], first)
    assert again["own-report"] == first["own-report"]


def test_signatures_round_trip_and_foreign_text_is_refused() -> None:
    minhash = stories.signature("Rebels seized the town on Friday after days of fighting.")
    decoded = stories.decode(stories.encode(minhash))
    assert decoded is not None and decoded.jaccard(minhash) == 1.0
    assert stories.decode("not a signature") is None
    unknown = {"x": StoryMark("x", "bm90IGEgc2lnbmF0dXJl")}  # valid base64, wrong length
    text = stories.encode(stories.signature("some text"))
    assert stories.assign([("y", text)], unknown)["y"].story == "y"


def test_the_lsh_bands_are_the_ones_datasketch_picks_for_the_threshold() -> None:
    from datasketch import MinHashLSH

    picked = MinHashLSH(threshold=stories.SAME_STORY, num_perm=stories.NUM_PERM)
    assert (picked.b, picked.r) == stories.LSH_PARAMS


TEXTS = ["", "Fighters", "Rebels seized the town.", "Ünïcode café — rebels seized the town on Friday",
         "Rebels seized the town on Friday after days of fighting, officials said.",
         "Rebels seized the town on Friday after days of fighting, the army said.",
         "Talks between the two sides opened in the capital on Monday."]


def test_signatures_are_datasketchs_minhash() -> None:
    from datasketch import MinHash

    for text in TEXTS:
        words = re.findall(r"\w+", text.lower())
        size = min(stories.SHINGLE_WORDS, max(len(words), 1))
        expected = MinHash(num_perm=stories.NUM_PERM, scheme=stories.SCHEME, seed=stories.SEED)
        for i in range(max(len(words) - size + 1, 1)):
            expected.update(" ".join(words[i:i + size]).encode("utf-8"))
        assert stories.signature(text).hashvalues.tolist() == expected.hashvalues.tolist(), text


def test_lsh_candidates_are_datasketchs() -> None:
    from datasketch import MinHash, MinHashLSH

    texts = TEXTS + [f"{text} {extra}" for text in TEXTS for extra in ("Reuters", "More follows.")]
    theirs, ours = MinHashLSH(num_perm=stories.NUM_PERM, params=stories.LSH_PARAMS), stories._Bands()
    for number, text in enumerate(texts):
        values = stories.signature(text).hashvalues
        theirs.insert(str(number), MinHash(scheme=stories.SCHEME, hashvalues=values))
        ours.insert(str(number), stories.Signature(values))
    ours.remove("3")
    theirs.remove("3")
    sizes = []
    for text in texts:
        values = stories.signature(text).hashvalues
        found = ours.query(stories.Signature(values))
        assert found == set(theirs.query(MinHash(scheme=stories.SCHEME, hashvalues=values)))
        sizes.append(len(found))
    assert max(sizes) > 2  # near copies meet
