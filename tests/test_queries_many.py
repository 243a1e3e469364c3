"""Many articles, one graph: corroboration (facts), disputes (contested) and control over
time (holders), on small corpora written for these tests (tests/data/many)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cli_support import build_into, query_rows, run_kg
from kg.query import parse_params, query_text, run
from kg.store import Store

MANY = Path(__file__).resolve().parent / "data/many"
#: A second holder of the town on the day the army retook it (a control dispute).
RIVAL = ("Army says it holds border town\n2024-03-09\n\n"
         "M23 rebels still control the town of Sake, a rebel spokesman said on Saturday.\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_into(tmp_path_factory, MANY, "many")


def rows(store: Path, *args: str) -> list[dict[str, str]]:
    return query_rows(store, *args)


def test_facts_count_documents_independent_stories_and_outlets(store: Path) -> None:
    facts = {(r["subjectLabel"], r["objectLabel"]): r for r in rows(store, "facts")}
    wire = facts[("Houthis", "Saudi Arabia")]
    # three copies of one wire story (two URLs, one "source" field) and one own report
    assert (wire["documents"], wire["stories"], wire["sources"]) == ("4", "2", "4")
    assert (wire["first"], wire["last"]) == ("2024-06-04", "2024-06-05")
    single = facts[("al-Shabaab", "Kenya")]
    assert (single["documents"], single["stories"]) == ("1", "1")
    assert float(wire["support"]) > float(single["support"])


def test_min_sources_keeps_facts_with_enough_independent_stories(store: Path) -> None:
    kept = {(r["subjectLabel"], r["objectLabel"]) for r in rows(store, "facts", "--param", "min_sources=2")}
    assert ("Houthis", "Saudi Arabia") in kept and ("M23", "Sake") in kept
    assert ("al-Shabaab", "Kenya") not in kept
    assert rows(store, "facts", "--param", "min_sources=5") == []


def test_stats_count_the_stories_the_documents_make(store: Path) -> None:
    result = run_kg("stats", "--store", store)
    assert result.returncode == 0, result.stderr
    assert "documents: 9\n" in result.stdout and "stories: 7\n" in result.stdout


def test_a_claim_denied_a_day_later_is_contested(store: Path) -> None:
    disputes = rows(store, "contested")
    assert [(r["kind"], r["subjectLabel"], r["objectLabel"]) for r in disputes] == \
        [("denied", "al-Shabaab", "Kenya")]
    assert "claimed responsibility" in disputes[0]["sentence"]
    assert "denied" in disputes[0]["otherSentence"]


def test_the_dispute_is_kept_by_a_range_holding_its_date_and_by_its_actor(store: Path) -> None:
    (dispute,) = rows(store, "contested")
    day = dispute["date"]
    assert rows(store, "contested", "--param", f"from={day}", "--param", f"to={day}") == [dispute]
    assert rows(store, "contested", "--param", "actor=Kenya") == [dispute]
    assert "actor" not in dispute and "from" not in dispute  # filters, not columns
    year = int(day[:4])
    assert rows(store, "contested", "--param", f"from={year + 1}-01-01") == []
    assert rows(store, "contested", "--param", f"to={year - 1}-12-31") == []
    assert rows(store, "contested", "--param", "actor=Morocco") == []


def test_a_town_taken_and_retaken_is_a_history_not_a_dispute(store: Path) -> None:
    history = rows(store, "holders", "--param", "place=Sake")
    assert [(r["actorLabel"], r["since"], r["until"]) for r in history] == [
        ("M23", "2024-03-01", "2024-03-09"),
        ("Democratic Republic of the Congo", "2024-03-09", "2024-03-20"),
        ("M23", "2024-03-20", ""),
    ]
    assert not [r for r in rows(store, "contested") if r["kind"] == "control"]


def test_two_holders_on_the_same_day_are_contested(store: Path, tmp_path: Path) -> None:
    rival = tmp_path / "rival.txt"
    rival.write_text(RIVAL, encoding="utf-8")
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    assert run_kg("build", rival, "--store", copy).returncode == 0
    control = [r for r in rows(copy, "contested") if r["kind"] == "control"]
    assert [(r["subjectLabel"], r["objectLabel"], r["otherLabel"], r["date"]) for r in control] == \
        [("Democratic Republic of the Congo", "Sake", "M23", "2024-03-09")]


def test_facts_count_only_the_readings_within_from_and_to(store: Path) -> None:
    day = rows(store, "facts", "--param", "from=2024-03-09", "--param", "to=2024-03-10")
    assert [(r["subjectLabel"], r["objectLabel"], r["documents"], r["stories"]) for r in day] == \
        [("Democratic Republic of the Congo", "Sake", "1", "1")]
    assert "from" not in day[0] and "min_sources" not in day[0]  # filters, not columns
    # a range holding every date keeps every fact, counted as without the filter
    assert rows(store, "facts", "--param", "from=2024-01-01", "--param", "to=2024-12-31") == \
        rows(store, "facts")
    assert rows(store, "facts", "--param", "to=2023-12-31") == []


def test_holders_within_from_and_to_are_those_holding_the_place_then(store: Path) -> None:
    def held(*params: str) -> list[tuple[str, str]]:
        args = [arg for param in params for arg in ("--param", param)]
        return [(r["actorLabel"], r["since"]) for r in rows(store, "holders", *args)]
    assert held("from=2024-03-09", "to=2024-03-09") == [
        ("Democratic Republic of the Congo", "2024-03-09")]
    assert held("from=2024-03-05", "to=2024-03-10") == [
        ("M23", "2024-03-01"), ("Democratic Republic of the Congo", "2024-03-09")]
    assert held("from=2025-01-01") == [("M23", "2024-03-20")]  # still holds it
    assert held("to=2024-02-29") == []
    assert len(held("from=2024-01-01", "to=2024-12-31")) == len(held()) == 3


def test_kg_queries_lists_from_and_to_for_facts_and_holders() -> None:
    listing = run_kg("queries").stdout.splitlines()
    params = {listing[i].split()[0]: listing[i + 1].split("--param", 1)[1].strip()
              for i in range(0, len(listing), 2)}
    assert params["facts"] == "relation, actor, min_sources, from, to"
    assert params["holders"] == "place, actor, from, to"
    assert params["entity"] == "entity"  # a query without dates takes none


def test_control_of_a_place_lists_its_holders_in_date_order(store: Path) -> None:
    readings = rows(store, "control", "--param", "place=Sake")
    assert [(r["actorLabel"], r["document"].rsplit("/", 1)[1]) for r in readings] == [
        ("M23", "taken"), ("Democratic Republic of the Congo", "retaken"), ("M23", "taken-again")]
    assert rows(store, "control", "--param", "place=Kenya") == []


CLAIMS = Path(__file__).resolve().parent / "data/claims"


def test_an_attack_claimed_by_one_group_and_blamed_on_another_is_contested(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    store = build_into(tmp_path_factory, CLAIMS, "claims")
    disputes = rows(store, "contested")
    assert [(r["kind"], r["subjectLabel"], r["objectLabel"], r["otherLabel"], r["date"])
            for r in disputes] == [("claimed", "ISIL", "Mogadishu", "al-Shabaab", "2024-07-08")]
    assert "blamed" in disputes[0]["sentence"] and "claimed" in disputes[0]["otherSentence"]


def test_attacks_claimed_on_different_days_are_not_contested(tmp_path: Path) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "claim.txt").write_text((CLAIMS / "claim.txt").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    blame = (CLAIMS / "blame.txt").read_text(encoding="utf-8")
    (folder / "blame.txt").write_text(blame.replace("on Monday", "on Tuesday"), encoding="utf-8")
    store = tmp_path / "store"
    assert run_kg("build", folder, "--store", store).returncode == 0
    assert len(rows(store, "attacks")) == 2 and rows(store, "contested") == []


def test_a_report_called_false_a_day_later_is_contested(tmp_path: Path) -> None:
    folder = tmp_path / "false"
    folder.mkdir()
    (folder / "claim.txt").write_text((MANY / "denial/claim.txt").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    (folder / "false.txt").write_text(
        "Group rejects convoy reports\n2024-05-03\n\nAl-Shabaab said reports that it attacked "
        "the Kenyan troops near Lamu were false.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert run_kg("build", folder, "--store", store).returncode == 0
    (dispute,) = rows(store, "contested")
    assert (dispute["kind"], dispute["subjectLabel"], dispute["objectLabel"]) == \
        ("denied", "al-Shabaab", "Kenya")
    assert dispute["otherDocument"].endswith("/false") and "were false" in dispute["otherSentence"]


def test_contested_bound_to_an_actor_gives_the_unbound_rows_naming_it(tmp_path: Path) -> None:
    """contested.rq states its control and claimed disputes twice, one form for a bound
    ?actor (it starts from that actor's readings) and one for none (it pairs every reading):
    for every entity of a dispute, and one of none, the bound form gives exactly the rows
    of the unbound one that name it."""
    folder = tmp_path / "corpus"
    shutil.copytree(MANY, folder)
    for path in CLAIMS.iterdir():  # renamed: denial/claim.txt is a document "claim" too
        shutil.copy(path, folder / f"attack-{path.name}")
    (folder / "rival.txt").write_text(RIVAL, encoding="utf-8")
    built = tmp_path / "store"
    assert run_kg("build", folder, "--store", built).returncode == 0
    with Store.open(built) as store:
        def disputes(*pairs: str) -> list[dict[str, str | None]]:
            result = run(store, query_text("contested"), parse_params(pairs))
            return [dict(zip(result.vars, row)) for row in result.rows]
        everything = disputes()
        assert sorted({r["kind"] for r in everything}) == ["claimed", "control", "denied"]
        named = sorted({r[k] for r in everything for k in ("subject", "object", "other")})
        facts = run(store, query_text("facts")).rows
        undisputed = sorted({row[0] for row in facts} - set(named))[:1]
        assert len(named) >= 6 and undisputed
        for actor in named + undisputed:
            assert disputes(f"actor=<{actor}>") == \
                [r for r in everything if actor in (r["subject"], r["object"], r["other"])], actor
