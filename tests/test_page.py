"""The HTML graph in real headless Chromium: offline, searchable, filterable, evidence on
click, article text inert, the same positions every time, and 2,000 nodes load.

Every request except the page file itself is blocked and recorded; the page must make none.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from page_support import drawn_pixels, fact, open_page, store_of

from kg.viz import render_html

ENTITIES = """
    id:Mali a nkg:State ; rdfs:label "Mali" ; skos:altLabel "Republic of Mali" ;
        owl:sameAs <http://www.wikidata.org/entity/Q912> .
    id:JNIM a nkg:ArmedGroup ; rdfs:label "JNIM" ;
        skos:altLabel "Jama'at Nasr al-Islam wal Muslimin" .
    id:Kidal a nkg:City ; rdfs:label "Kidal" .
    id:Wagner a nkg:ArmedGroup ; rdfs:label "Wagner" .
    id:Gao a nkg:City ; rdfs:label "Gao" .
    id:Algeria a nkg:State ; rdfs:label "Algeria" ."""
DOCUMENTS = {
    "a": fact("a", "JNIM", "attacked", "Mali", "JNIM fighters attacked an army base in Mali.",
              "2023-03-01", "0.9", url="https://news.example/a"),
    "b": fact("b", "Mali", "controls", "Kidal", "The army now controls Kidal.", "2023-11-14", "0.6"),
    "c": fact("c", "Wagner", "alliedWith", "Mali", "Wagner fights alongside Mali's army."),
    "d": fact("d", "JNIM", "attacked", "Gao", "JNIM shelled Gao overnight.", "2024-01-02", "0.7"),
    "e": fact("e", "Algeria", "hostsTalks", "Mali", "Algeria hosted talks with Mali.",
              "2015-05-15", "0.8"),
}
HOSTILE = ('Militants <script>window.__pwned = 1</script> attacked '
           '<img src=x onerror="window.__pwned = 2"> Gao, see '
           '<a href="javascript:window.__pwned = 3">the report</a>.')


@pytest.fixture(scope="module")
def graph_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "graph.html"
    render_html(store_of(ENTITIES, DOCUMENTS), path, title="Mali")
    return path


@pytest.fixture()
def opened(browser, graph_page: Path):
    opened = open_page(browser, graph_page)
    yield opened
    opened.page.close()


def test_loads_offline_without_errors_and_draws(opened) -> None:
    assert opened.requests == [opened.url] and opened.blocked == []
    assert opened.errors == []
    assert drawn_pixels(opened) > 2000
    assert opened.js("window.network.body.data.nodes.length") == 6
    assert len(opened.visible_edges()) == 5


def test_blank_canvas_is_told_apart(browser, tmp_path: Path) -> None:
    """The twin of the test above: a page with no facts draws nothing (and still no error)."""
    render_html(store_of("", {}), tmp_path / "empty.html")
    empty = open_page(browser, tmp_path / "empty.html")
    assert drawn_pixels(empty) == 0 and empty.errors == []
    assert "No facts yet" in empty.page.inner_text("#graph-area")
    empty.page.close()


def test_typing_any_name_selects_and_centres_that_node(opened) -> None:
    opened.page.type("#search", "republic of mali")
    mali = opened.node_id("Mali")
    assert opened.js("window.network.getSelectedNodes()") == [mali]
    centre, node = opened.js("id => [window.network.getViewPosition(), "
                             "window.network.getPositions([id])[id]]", mali)
    assert abs(centre["x"] - node["x"]) < 1 and abs(centre["y"] - node["y"]) < 1
    assert "Republic of Mali" in opened.page.inner_text("#panel")
    assert "http://www.wikidata.org/entity/Q912" in opened.page.inner_text("#panel")
    opened.page.fill("#search", "")
    opened.page.type("#search", "Timbuktu")
    assert opened.js("window.network.getSelectedNodes()") == [opened.node_id("Mali")]
    opened.page.fill("#search", "")
    opened.page.type("#search", "JNIM")
    assert opened.js("window.network.getSelectedNodes()") == [opened.node_id("JNIM")]


def test_unticking_a_relation_hides_its_edges_and_ticking_shows_them(opened) -> None:
    before = opened.visible_edges()
    attacks = [e for e in before if e["relation"] == "attacked"]
    assert len(attacks) == 2
    opened.page.uncheck('input[data-relation="attacked"]')
    after = opened.visible_edges()
    assert len(after) == len(before) - 2 and all(e["relation"] != "attacked" for e in after)
    assert opened.page.inner_text('[data-count-relation="attacked"]') == "0"
    gao = opened.node_id("Gao")  # only attacked: hidden with its last fact
    assert opened.js("id => window.network.body.data.nodes.get(id).hidden", gao) is True
    opened.page.check('input[data-relation="attacked"]')
    assert len(opened.visible_edges()) == len(before)


def test_unticking_a_type_hides_its_nodes_and_their_edges(opened) -> None:
    opened.page.uncheck('input[data-type="City"]')
    assert {e["relation"] for e in opened.visible_edges()} == {"attacked", "alliedWith",
                                                                "hostsTalks"}
    assert len(opened.visible_edges()) == 3
    opened.page.check('input[data-type="City"]')
    assert len(opened.visible_edges()) == 5


def test_date_range_hides_facts_outside_it(opened) -> None:
    assert opened.page.input_value("#date-from") == "2015-05-15"
    assert opened.page.input_value("#date-to") == "2024-01-02"
    opened.page.fill("#date-from", "2023-06-01")
    visible = {(e["relation"], e["to"]) for e in opened.visible_edges()}
    kidal, gao, mali = (opened.node_id(n) for n in ("Kidal", "Gao", "Mali"))
    assert visible == {("controls", kidal), ("attacked", gao), ("alliedWith", mali)}
    opened.page.uncheck("#undated")  # the Wagner alliance has no date
    assert {e["relation"] for e in opened.visible_edges()} == {"controls", "attacked"}
    opened.page.fill("#date-to", "2023-12-31")
    assert [e["to"] for e in opened.visible_edges()] == [kidal]
    opened.page.fill("#date-from", "2015-01-01")
    opened.page.fill("#date-to", "2024-12-31")
    assert len(opened.visible_edges()) == 4


def test_confidence_slider_hides_weaker_facts(opened) -> None:
    opened.page.fill("#min-confidence", "0.75")
    assert {e["relation"] for e in opened.visible_edges()} == {"attacked", "alliedWith",
                                                                "hostsTalks"}
    opened.page.fill("#min-confidence", "0")
    assert len(opened.visible_edges()) == 5


def click_edge(opened, subject: str, obj: str) -> None:
    """A real mouse click on the middle of the (straight) edge between two nodes."""
    x, y = opened.edge_middle(subject, obj)
    opened.page.mouse.click(x, y)


def test_clicking_an_edge_shows_its_evidence_in_the_panel(opened) -> None:
    assert "JNIM fighters" not in opened.page.inner_text("#panel")
    click_edge(opened, "JNIM", "Mali")
    panel = opened.page.inner_text("#panel")
    assert "JNIM attacked Mali" in panel
    assert "JNIM fighters attacked an army base in Mali." in panel
    assert "2023-03-01" in panel and "confidence 0.90" in panel and "asserted" in panel
    assert opened.page.get_attribute("#panel a", "href") == "https://news.example/a"
    click_edge(opened, "Mali", "Kidal")
    assert "The army now controls Kidal." in opened.page.inner_text("#panel")


def test_markup_in_article_text_runs_nothing_and_shows_literally(browser, tmp_path: Path) -> None:
    documents = {"x": fact("x", "JNIM", "attacked", "Gao", HOSTILE, "2024-01-02",
                           title='<img src=y onerror="window.__pwned = 4">Report',
                           url="javascript:window.__pwned=5")}
    render_html(store_of(ENTITIES, documents), tmp_path / "hostile.html")
    opened = open_page(browser, tmp_path / "hostile.html")
    click_edge(opened, "JNIM", "Gao")
    opened.page.hover("#mynetwork")
    panel = opened.page.inner_text("#panel")
    assert HOSTILE in panel and '<img src=y onerror="window.__pwned = 4">Report' in panel
    assert opened.js("window.__pwned") is None and opened.dialogs == []
    assert opened.js("document.querySelectorAll('#panel img, #panel script, body img').length") == 0
    assert opened.js("[...document.querySelectorAll('a')].filter(a => "
                     "a.protocol === 'javascript:').length") == 0
    assert opened.requests == [opened.url] and opened.errors == []
    opened.page.close()


def test_the_same_store_gives_the_same_positions(browser, tmp_path: Path) -> None:
    positions = []
    for number in range(2):
        path = tmp_path / f"graph{number}.html"
        render_html(store_of(ENTITIES, DOCUMENTS), path)
        opened = open_page(browser, path)
        positions.append(opened.js("window.network.getPositions()"))
        opened.page.close()
    assert positions[0] == positions[1] and len(positions[0]) == 6
    render_html(store_of(ENTITIES, {k: v for k, v in DOCUMENTS.items() if k != "c"}),
                tmp_path / "other.html")
    other = open_page(browser, tmp_path / "other.html")
    assert other.js("window.network.getPositions()") != positions[0]
    other.page.close()


def big_graph(nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """A random graph shaped like ours: typed entities, four relations, one evidence each."""
    relations = ("attacked", "alliedWith", "hostsTalks", "controls")
    types = ("State", "ArmedGroup", "City", "Organisation", "Person", "Region")
    random = nx.gnm_random_graph(nodes, nodes * 2, seed=seed, directed=True)
    graph = nx.MultiDiGraph()
    for n in random:
        graph.add_node(f"n{n}", label=f"Entity {n}", type=types[n % len(types)],
                       names=[f"Entity {n}"])
    for number, (s, o) in enumerate(sorted(random.edges())):
        relation = relations[number % 4]
        graph.add_edge(f"n{s}", f"n{o}", key=relation, relation=relation, evidence=[{
            "sentence": f"Entity {s} {relation} Entity {o}.", "doc": f"d{number % 50}",
            "title": "", "date": f"2024-01-{number % 28 + 1:02d}", "url": "",
            "confidence": 0.5 + (number % 5) / 10, "modality": "asserted"}])
    return graph


def test_a_2000_node_page_loads_without_error(browser, tmp_path: Path) -> None:
    render_html(big_graph(2000), tmp_path / "big.html")
    opened = open_page(browser, tmp_path / "big.html")
    assert opened.js("window.network.body.data.nodes.length") == 2000
    assert opened.errors == [] and opened.requests == [opened.url]
    assert drawn_pixels(opened) > 2000
    opened.page.type("#search", "Entity 1999")
    assert opened.js("window.network.getSelectedNodes()") == ["n1999"]
    opened.page.close()


def test_edge_labels_show_on_hover_and_when_zoomed_in(opened) -> None:
    labelled = "window.network.body.data.edges.get({filter: e => e.label}).map(e => e.relation)"
    assert opened.js(labelled) == []
    x, y = opened.edge_middle("Mali", "Kidal")
    opened.page.mouse.move(x, y)
    opened.page.wait_for_function("window.network.body.data.edges.get({filter: e => e.label}).length")
    assert opened.js(labelled) == ["controls"]
    opened.page.mouse.move(5, 5)
    for _ in range(40):
        if opened.js("window.network.getScale()") >= 1.5:
            break
        opened.page.mouse.move(x, y)
        opened.page.mouse.wheel(0, -400)
        opened.page.wait_for_timeout(50)
    assert sorted(opened.js(labelled)) == ["alliedWith", "attacked", "attacked", "controls",
                                           "hostsTalks"]
