"""The README documents every command, the exit codes and the set-up; CI runs what it says."""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from kg.cli import EXIT_CODES, build_parser

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"```[a-z]*\n(.*?)```", re.S)


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match[1]


def setup_commands() -> list[str]:
    return [block.strip() for block in FENCE.findall(section("Set up"))]


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_has_a_readme_section_with_an_example(name: str) -> None:
    match = re.search(rf"^### `kg {name}`\n(.*?)(?=^##)", README, re.M | re.S)
    assert match, f"README has no '### `kg {name}`' section"
    assert f"$ kg {name}" in match[1], f"the `kg {name}` section shows no example run"


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_command_and_option_has_help(name: str) -> None:
    parser = subcommands()[name]
    assert parser.description and parser.description.strip()
    for action in parser._actions:
        assert action.help and action.help.strip(), f"kg {name} {action.dest} has no help"
    choices = next(a for a in build_parser()._actions
                   if isinstance(a, argparse._SubParsersAction))._choices_actions
    assert any(c.dest == name and c.help for c in choices)


def test_exit_codes_match_readme_and_help() -> None:
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", section("Exit codes"), re.M))
    assert {int(code): text for code, text in table.items()} == EXIT_CODES
    help_text = build_parser().format_help()
    assert all(f"{code:>3}  {text}" in help_text for code, text in EXIT_CODES.items())


def test_setup_is_exactly_two_self_contained_one_line_commands() -> None:
    commands = setup_commands()
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    assert all(c.startswith("python3 -m venv .venv && . .venv/bin/activate") for c in commands)
    build, tests = commands
    assert 'pip install -e ".[model]"' in build and "kg build examples" in build
    assert "-o out/graph.ttl" in build and "kg viz" in build
    assert 'pip install -e ".[test]"' in tests and "pytest" in tests
    assert "sh scripts/setup-system.sh" in tests  # chromium for the browser tests


def test_ci_runs_the_readmes_test_command_literally() -> None:
    script = (REPO / ".ci/run").read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in script
    assert setup_commands()[1] in script.splitlines()
