"""Helpers for the tests that open the HTML graph in real headless Chromium: one browser
per session, every request but the page file blocked and recorded, console errors kept,
and small Turtle builders for stores with dated, sourced facts."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdf_fixtures import TURTLE_PREFIXES

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def launch(playwright):
    """Debian's chromium (playwright cannot download browsers here), quiet and offline."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup-system.sh (the README's test "
                    "command does)", pytrace=False)
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One Chromium for the whole session (pages are cheap, browsers are not)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    """A page open on a graph file, with what it asked for and what it complained about."""

    page: object
    url: str
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: object = None) -> object:
        return self.page.evaluate(expression, arg)

    def visible_edges(self) -> list[dict]:
        """The edges vis-network draws (not hidden), read through window.network."""
        return self.js("window.network.body.data.edges.get({filter: e => !e.hidden})"
                       ".map(e => ({id: e.id, relation: e.relation, from: e.from, to: e.to}))")

    def node_id(self, label: str) -> str:
        return self.js("l => window.network.body.data.nodes.get({filter: n => n.label === l})[0].id",
                       label)

    def edge_middle(self, subject: str, obj: str) -> tuple[float, float]:
        """The page coordinates of the middle of the (straight) edge between two nodes."""
        x, y = self.js("""([a, b]) => {
            const p = window.network.getPositions([a, b]);
            const mid = window.network.canvasToDOM({x: (p[a].x + p[b].x) / 2, y: (p[a].y + p[b].y) / 2});
            const box = document.getElementById('mynetwork').getBoundingClientRect();
            return [box.left + mid.x, box.top + mid.y];
        }""", [self.node_id(subject), self.node_id(obj)])
        return x, y


def open_page(browser, path: Path, width: int = 1280, height: int = 800) -> Opened:
    """Open `path` in a fresh page; block and record every request that is not the file."""
    page = browser.new_page(viewport={"width": width, "height": height})
    opened = Opened(page, path.resolve().as_uri())

    def route(route) -> None:
        if route.request.url == opened.url:
            route.continue_()
        else:
            opened.blocked.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(opened.url)
    page.wait_for_function("window.network !== undefined && window.newskg !== undefined")
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    return opened


def drawn_pixels(opened: Opened) -> int:
    """How many pixels of the graph canvas are not blank."""
    return opened.js("""() => {
        const canvas = document.querySelector('#mynetwork canvas');
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
        return painted;
    }""")


def fact(name: str, subject: str, relation: str, obj: str, sentence: str, date: str = "",
         confidence: str = "0.8", title: str = "", url: str = "") -> str:
    """Turtle for one asserted fact of document `name`: document, sentence, event, triple."""
    sent = f"<https://w3id.org/newskg/doc/{name}#char=0,{len(sentence)}>"
    dated = f'; nkg:eventDate "{date}"^^xsd:date ' if date else ""
    source = f"; dcterms:source <{url}> " if url else ""
    return f"""
        doc:{name} a nkg:Document ; dcterms:identifier "{name}" ;
            dcterms:title {quote(title or 'Report ' + name)} {source}.
        {sent} a nkg:Sentence ; dcterms:isPartOf doc:{name} ; rdf:value {quote(sentence)} .
        id:{subject} nkg:{relation} id:{obj} .
        ev:{name}{relation} nkg:relation nkg:{relation} ; nkg:subjectEntity id:{subject} ;
            nkg:objectEntity id:{obj} ; nkg:modality nkg:Asserted ;
            nkg:confidence "{confidence}"^^xsd:decimal {dated};
            prov:wasDerivedFrom {sent} ; dcterms:isPartOf doc:{name} ."""


def quote(text: str) -> str:
    """A Turtle long string literal."""
    return '"""' + text.replace("\\", "\\\\").replace('"', '\\"') + '"""'


def store_of(entities: str, documents: dict[str, str]) -> ox.Store:
    """An in-memory store with one named graph per document, each also naming the entities."""
    store = ox.Store()
    for name, body in documents.items():
        store.load((TURTLE_PREFIXES + entities + body).encode(), format=ox.RdfFormat.TURTLE,
                   to_graph=ox.NamedNode(f"https://w3id.org/newskg/doc/{name}"))
    return store

