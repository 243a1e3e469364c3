"""Every console block of README.md runs, in order, in a fresh folder holding a copy of
examples/, and prints exactly what the README shows, numbers included (a `kg load`
block starts a real Oxigraph server on a loopback port). After a change that moves the
numbers, `python scripts/update_readme.py` rewrites them. The Python example runs too."""
from __future__ import annotations

import difflib
import importlib.util
import re
import sys
from pathlib import Path

from cli_support import REPO

_spec = importlib.util.spec_from_file_location("update_readme", REPO / "scripts/update_readme.py")
update_readme = sys.modules["update_readme"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_readme)


def test_every_console_block_prints_what_the_readme_shows(tmp_path: Path) -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = update_readme.console_blocks(text)
    assert sum(len(block.commands) for block in blocks) >= 20
    ran = update_readme.rewrite(text, blocks, update_readme.run_blocks(blocks, tmp_path))
    diff = "".join(difflib.unified_diff(text.splitlines(True), ran.splitlines(True),
                                        "README.md", "README.md (as run)"))
    assert not diff, f"run `python scripts/update_readme.py` if the change is right:\n{diff}"


def test_a_wrong_output_is_found_and_rewritten(tmp_path: Path) -> None:
    text = ("Intro.\n\n```console\n$ printf 'one\\ntwo\\n'\none\nthree\n$ kg queries | head -1 | cut -c1-6\n"
            "allies\n```\n\n```sh\n$ not run\n```\n")
    blocks = update_readme.console_blocks(text)
    assert [[c.line for c in b.commands] for b in blocks] == [
        ["printf 'one\\ntwo\\n'", "kg queries | head -1 | cut -c1-6"]]
    ran = update_readme.rewrite(text, blocks, update_readme.run_blocks(blocks, tmp_path))
    assert ran == text.replace("three", "two")
    assert update_readme.rewrite(ran, update_readme.console_blocks(ran),
                                 update_readme.run_blocks(blocks, tmp_path / "again")) == ran


def test_the_commands_without_store_are_the_ones_the_readme_names() -> None:
    from test_docs import subcommands

    text = (REPO / "README.md").read_text(encoding="utf-8")
    sentence = re.search(r"Every command but (.*?) takes `--store DIR`", text, re.S)
    assert sentence, "README no longer says which commands take --store"
    named = set(re.findall(r"`kg\s+(\w+)`", sentence[1]))
    without = {name for name, parser in subcommands().items()
               if not any("--store" in action.option_strings for action in parser._actions)}
    assert named == without


def test_the_python_example_runs(tmp_path: Path) -> None:
    import shutil
    import subprocess

    text = (REPO / "README.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"^```python\n(.*?)^```$", text, re.M | re.S)
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("[(") and "https://w3id.org/newskg/id/" in result.stdout
    assert (tmp_path / "kg-store").is_dir()
