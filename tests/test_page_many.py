"""The HTML graph of many articles in real headless Chromium (tests/data/many): `kg viz
--min-sources N` draws only the facts of at least N independent stories, edge width grows
with them, and a contested fact is drawn with a band, explained on hover, in the legend."""
from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import build_into, run_kg
from page_support import open_page

MANY = Path(__file__).resolve().parent / "data/many"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The whole graph and the one of facts backed by two stories or more."""
    store = build_into(tmp_path_factory, MANY, "many-page")
    out = tmp_path_factory.mktemp("many-pages")
    whole = run_kg("viz", "-o", out / "all.html", "--store", store)
    assert whole.returncode == 0 and "left out" not in whole.stdout, whole.stderr
    two = run_kg("viz", "-o", out / "two.html", "--min-sources", "2", "--store", store)
    assert two.returncode == 0, two.stderr
    assert "5 of 7 entities shown, 2 left out" in two.stdout
    return {"all": out / "all.html", "two": out / "two.html"}


@pytest.fixture()
def opened(browser, pages: dict[str, Path], request: pytest.FixtureRequest):
    page = open_page(browser, pages[request.param])
    yield page
    page.page.close()


def facts(opened) -> set[tuple[str, str, str]]:
    """(subject, relation, object) labels of the drawn edges."""
    return set(map(tuple, opened.js(
        "window.network.body.data.edges.get({filter: e => !e.hidden}).map(e => [window.network."
        "body.data.nodes.get(e.from).label, e.relation, window.network.body.data.nodes.get(e.to).label])")))


def edge(opened, subject: str, obj: str) -> dict:
    """The drawn options of the edge between two labelled nodes: width, band, stories."""
    return opened.js("""([a, b]) => {
        const e = window.network.body.data.edges.get({filter: e => e.from === a && e.to === b})[0];
        const drawn = window.network.body.edges[e.id].options;
        return {id: e.id, width: drawn.width, band: drawn.background.enabled, stories: e.stories};
    }""", [opened.node_id(subject), opened.node_id(obj)])


def band_pixel(opened, subject: str, obj: str, offset: float) -> list[int]:
    """The canvas colour `offset` pixels to the side of the middle of an edge."""
    return opened.js("""([a, b, offset]) => {
        const p = window.network.getPositions([a, b]);
        const from = window.network.canvasToDOM(p[a]), to = window.network.canvasToDOM(p[b]);
        const dx = to.x - from.x, dy = to.y - from.y, length = Math.hypot(dx, dy);
        const x = (from.x + to.x) / 2 - dy / length * offset, y = (from.y + to.y) / 2 + dx / length * offset;
        const canvas = document.querySelector('#mynetwork canvas');
        const ratio = canvas.width / canvas.clientWidth;
        return [...canvas.getContext('2d').getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data];
    }""", [opened.node_id(subject), opened.node_id(obj), offset])


@pytest.mark.parametrize("opened", ["two"], indirect=True)
def test_min_sources_draws_only_facts_of_two_stories(opened) -> None:
    assert facts(opened) == {("Houthis", "attacked", "Saudi Arabia"), ("M23", "controls", "Sake"),
                             ("M23", "attacked", "Democratic Republic of the Congo")}
    assert opened.errors == [] and opened.requests == [opened.url]
    # the one contested fact has a single story: not drawn, so the legend counts none
    assert opened.page.inner_text("[data-count-contested]") == "0"
    assert "absent" in opened.page.get_attribute("#legend-contested", "class")


@pytest.mark.parametrize("opened", ["all"], indirect=True)
def test_without_min_sources_every_fact_is_drawn(opened) -> None:
    assert facts(opened) == {
        ("Houthis", "attacked", "Saudi Arabia"), ("M23", "controls", "Sake"),
        ("Democratic Republic of the Congo", "controls", "Sake"),
        ("M23", "attacked", "Democratic Republic of the Congo"), ("al-Shabaab", "attacked", "Kenya"),
        ("Democratic Republic of the Congo", "attacked", "M23")}


@pytest.mark.parametrize("opened", ["all"], indirect=True)
def test_edge_width_grows_with_independent_stories(opened) -> None:
    wire, single = edge(opened, "Houthis", "Saudi Arabia"), edge(opened, "al-Shabaab", "Kenya")
    # four documents, three of them one wire story: two stories
    assert (wire["stories"], single["stories"]) == (2, 1)
    assert wire["width"] > single["width"]
    assert edge(opened, "M23", "Sake")["width"] == wire["width"]


@pytest.mark.parametrize("opened", ["all"], indirect=True)
def test_a_contested_fact_has_a_band_and_a_legend_entry(opened) -> None:
    assert edge(opened, "al-Shabaab", "Kenya")["band"] is True
    assert edge(opened, "Houthis", "Saudi Arabia")["band"] is False
    assert opened.page.inner_text("[data-count-contested]") == "1"
    assert "contested" in opened.page.inner_text("#legend-contested")
    assert "absent" not in (opened.page.get_attribute("#legend-contested", "class") or "")
    red, green, blue, _ = band_pixel(opened, "al-Shabaab", "Kenya", 4)
    assert red > green + 40 and blue > green + 20  # reddish purple beside the line
    assert band_pixel(opened, "Houthis", "Saudi Arabia", 4)[:3] in ([0, 0, 0], [255, 255, 255])


@pytest.mark.parametrize("opened", ["all"], indirect=True)
def test_hovering_a_contested_fact_says_why_and_which_documents(opened) -> None:
    x, y = opened.edge_middle("al-Shabaab", "Kenya")
    opened.page.mouse.move(x, y)
    tip = opened.page.wait_for_selector("div.vis-tooltip", state="visible").inner_text()
    assert "Contested" in tip and "denied: another document denies or negates it" in tip
    assert "documents: claim, denial" in tip and "Al-Shabaab denied attacking" in tip
    opened.page.mouse.click(x, y)
    panel = opened.page.inner_text("#panel")
    assert "CONTESTED" in panel.upper() and "1 independent story" in panel


@pytest.mark.parametrize("opened", ["all"], indirect=True)
def test_hovering_an_uncontested_fact_says_no_dispute(opened) -> None:
    x, y = opened.edge_middle("Houthis", "Saudi Arabia")
    opened.page.mouse.move(x, y)
    tip = opened.page.wait_for_selector("div.vis-tooltip", state="visible").inner_text()
    assert "Houthis attacked Saudi Arabia" in tip and "2 independent stories" in tip
    assert "Contested" not in tip


@pytest.mark.parametrize("opened", ["all"], indirect=True)
def test_unticking_contested_hides_the_disputed_fact_and_ticking_shows_it(opened) -> None:
    opened.page.uncheck("#contested")
    assert ("al-Shabaab", "attacked", "Kenya") not in facts(opened) and len(facts(opened)) == 5
    assert opened.page.inner_text("[data-count-contested]") == "0"
    opened.page.check("#contested")
    assert ("al-Shabaab", "attacked", "Kenya") in facts(opened)
    assert opened.page.inner_text("[data-count-contested]") == "1"
