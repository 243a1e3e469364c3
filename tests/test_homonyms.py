"""Entities across documents: one name, two places (Tripoli in Libya and in Lebanon,
Georgia the country and the US state), and "the army" of two states, each told apart by
its own article's context (tests/data/homonyms, written for these tests)."""
from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import build_into, query_rows
from kg.gazetteer import load

HOMONYMS = Path(__file__).resolve().parent / "data/homonyms"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_into(tmp_path_factory, HOMONYMS, "homonyms")


def rows(store: Path, *args: str) -> list[dict[str, str]]:
    return query_rows(store, *args)


def test_the_gazetteer_knows_other_places_of_a_name() -> None:
    gazetteer = load()
    assert ("Tripoli, Lebanon", "Lebanon") in {(h.name, h.country) for h in gazetteer.homonyms("Tripoli")}
    assert ("Georgia, United States", "Region") in {(h.name, h.type) for h in gazetteer.homonyms("Georgia")}
    assert gazetteer.homonyms("Mosul") == ()


def test_tripoli_in_libya_and_tripoli_in_lebanon_are_two_nodes(store: Path) -> None:
    held = {(r["actorLabel"], r["placeLabel"]) for r in rows(store, "control")}
    assert ("Libya Dawn", "Tripoli") in held          # the gazetteer's Tripoli, in Libya
    assert ("Lebanon", "Tripoli, Lebanon") in held    # the article is set in Lebanon
    assert ("Lebanon", "Tripoli") not in held


def test_georgia_the_country_and_georgia_the_us_state(store: Path) -> None:
    types = {r["label"]: r["type"].rsplit("#", 1)[-1] for r in rows(store, "entities")}
    assert types["Georgia"] == "State"                     # Russian troops in Georgia, Tbilisi
    assert types["Georgia, United States"] == "Region"     # the National Guard, Atlanta
    assert ("Russia", "Georgia") in {(r["attackerLabel"], r["targetLabel"]) for r in rows(store, "attacks")}


def test_the_army_of_two_states_is_each_articles_own(store: Path) -> None:
    attacks = {(r["attackerLabel"], r["targetLabel"]) for r in rows(store, "attacks")}
    assert attacks == {("Sudan", "Rapid Support Forces"), ("Myanmar", "Arakan Army"), ("Russia", "Georgia")}
