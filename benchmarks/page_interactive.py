"""How long the HTML graph takes to write and to become interactive in headless Chromium,
for a big random graph against a small baseline measured in the same run.

Interactive = from navigation start until the page's script has wired the controls and
vis-network has painted a frame (window.newskg defined, two animation frames later);
then the time for a search to select a node. Usage, from the repository root:

    .venv/bin/python benchmarks/page_interactive.py --nodes 2000 --baseline 100 --runs 3
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from page_support import launch, open_page  # noqa: E402
from test_page import big_graph  # noqa: E402

from kg.viz import render_html  # noqa: E402


def measure(browser, nodes: int, runs: int, folder: Path) -> dict[str, float]:
    """Render once (timed), then open the page `runs` times; medians in seconds."""
    path = folder / f"graph{nodes}.html"
    started = time.perf_counter()
    render_html(big_graph(nodes), path)
    rendered = time.perf_counter() - started
    loads, searches = [], []
    for _ in range(runs):
        started = time.perf_counter()
        opened = open_page(browser, path)
        loads.append(time.perf_counter() - started)
        assert opened.errors == [] and opened.requests == [opened.url], opened.errors
        started = time.perf_counter()
        opened.page.fill("#search", f"Entity {nodes - 1}")
        opened.page.wait_for_function("window.network.getSelectedNodes().length === 1")
        searches.append(time.perf_counter() - started)
        opened.page.close()
    return {"render": rendered, "interactive": statistics.median(loads),
            "search": statistics.median(searches), "megabytes": path.stat().st_size / 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--baseline", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as tmp:
        browser = launch(playwright)
        results = {n: measure(browser, n, args.runs, Path(tmp)) for n in (args.baseline, args.nodes)}
        browser.close()
    base, big = results[args.baseline], results[args.nodes]
    print(f"{'nodes':>6} {'page MB':>8} {'render s':>9} {'interactive s':>14} {'search s':>9}")
    for n, r in results.items():
        print(f"{n:>6} {r['megabytes']:>8.2f} {r['render']:>9.2f} {r['interactive']:>14.2f} "
              f"{r['search']:>9.3f}")
    print(f"ratio {args.nodes}/{args.baseline}: render {big['render'] / base['render']:.1f}x, "
          f"interactive {big['interactive'] / base['interactive']:.1f}x, "
          f"search {big['search'] / base['search']:.1f}x")


if __name__ == "__main__":
    main()
