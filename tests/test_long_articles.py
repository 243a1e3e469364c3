"""Articles longer than a part the model reads at once are parsed in parts and joined:
the parts join back into the text, and evidence offsets point into the whole document."""
from __future__ import annotations

import pytest

from cli_support import EXAMPLE_ARTICLES
from kg.documents import document_from_text
from kg.pipeline import PART_CHARS, load_nlp, parse_texts, split_text
from kg.relations import extract_document


@pytest.mark.parametrize("text,limit", [
    ("One.\n\nTwo two.\n\nThree three three.\n", 12),
    ("a" * 250, 100),                                      # one long word: hard cuts
    ("word " * 100, 64),                                   # one long line: cut at spaces
    ("First sentence here. Second one here. " * 20, 80),   # cut after sentences
])
def test_parts_join_back_into_the_text_and_fit_the_limit(text: str, limit: int) -> None:
    parts = split_text(text, limit)
    assert "".join(parts) == text and all(0 < len(p) <= limit for p in parts) and len(parts) > 1


def test_parts_end_at_paragraph_breaks_when_there_are_some() -> None:
    text = "".join(f"Paragraph {n} says something.\n\n" for n in range(50))
    assert all(part.endswith("\n\n") for part in split_text(text, 200)[:-1])


def test_a_short_text_is_one_part() -> None:
    assert split_text("Short.", PART_CHARS) == ["Short."]


def test_evidence_offsets_of_an_article_parsed_in_parts_point_into_the_whole_text() -> None:
    nlp = load_nlp()
    body = "\n\n".join(path.read_text(encoding="utf-8") for path in EXAMPLE_ARTICLES)
    document = document_from_text(body, "joined")
    (whole, _), = parse_texts(nlp, [(body, None)])
    (parted, _), = parse_texts(nlp, [(body, None)], part_chars=1_000)
    assert parted.text == body and len(body) > 3_000
    facts = extract_document(parted, document)
    assert facts.events
    for event in facts.events:
        evidence = event.evidence
        assert body[evidence.start:evidence.end] == evidence.sentence
    assert [e.text for e in parted.ents] == [e.text for e in whole.ents]
