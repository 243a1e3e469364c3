"""Data flows one way: the modules below relation extraction (entities, names, the
discourse memory, the word lists, the gazetteer) never import kg.relations, and no
module hides an import loop behind a lazy module-level __getattr__."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cli_support import REPO

KG = REPO / "kg"
#: Modules relations read and that must not read relations back.
BELOW_RELATIONS = sorted([*(KG / "entities").glob("*.py"), *(KG / "names").glob("*.py"), KG / "discourse.py",
                          KG / "lexicon.py", KG / "events.py", KG / "dates.py", KG / "syntax.py",
                          KG / "gazetteer" / "__init__.py"])


def _kg_imports(path: Path) -> set[str]:
    """Every kg module the file imports, at module level or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg"):
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("kg")}
    return found


@pytest.mark.parametrize("path", BELOW_RELATIONS, ids=lambda p: str(p.relative_to(REPO)))
def test_modules_below_relations_do_not_import_them(path: Path) -> None:
    upward = sorted(m for m in _kg_imports(path) if m == "kg.relations" or m.startswith("kg.relations."))
    assert not upward, f"{path.relative_to(REPO)} imports {upward}: move what it needs below kg.relations"


def test_relations_do_read_entities_and_the_discourse_memory() -> None:
    """The twin: the scan sees imports, and the ones relations make point down."""
    imports = set().union(*(_kg_imports(p) for p in (KG / "relations").glob("*.py")))
    assert {"kg.entities", "kg.discourse", "kg.lexicon"} <= imports


def test_no_module_defines_a_lazy_module_getattr() -> None:
    lazy = [str(p.relative_to(REPO)) for p in sorted(KG.rglob("*.py"))
            if any(isinstance(n, ast.FunctionDef) and n.name == "__getattr__"
                   for n in ast.parse(p.read_text("utf-8")).body)]
    assert not lazy, f"{lazy}: import what the module needs at its top instead"
