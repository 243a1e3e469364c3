"""Reading the JSON data files kg ships (word lists, lemma fixes, pattern files), checked:
a broken file stops with one line naming the file and the fix (exit 2), and a file kg
ships says so, because then the bug is ours.
"""
from __future__ import annotations

import difflib
import json
import re
from importlib.resources.abc import Traversable
from pathlib import Path

from kg.errors import PatternError

#: The kg package folder; shipped files are named by their path from its parent.
PACKAGE_ROOT = Path(__file__).resolve().parent
#: Said after the message when the broken file is one kg ships: then it is our bug.
SHIPPED_NOTE = " (this file ships with kg, so this is a bug in kg: please report it)"
#: A word class name: upper case words joined by underscores ("ATTACK_VERBS").
CLASS_NAME = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")


def where_of(source: Traversable, shipped: bool) -> str:
    """How a message names a data file: its path in the repository when kg ships it."""
    if shipped:
        try:
            return Path(str(source)).resolve().relative_to(PACKAGE_ROOT.parent).as_posix()
        except ValueError:
            pass
    return str(source)


def fail(where: str, shipped: bool, problem: str) -> PatternError:
    """The one-line error for a broken data file."""
    return PatternError(f"{where}: {problem}" + (SHIPPED_NOTE if shipped else ""))


def read_json(source: Traversable, where: str, shipped: bool) -> dict:
    """A data file's JSON object, or a PatternError naming the file and the line."""
    try:
        data = json.loads(source.read_text("utf-8"))
    except json.JSONDecodeError as exc:
        raise fail(where, shipped, f"not valid JSON: {exc}; fix the syntax there") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(where, shipped, f"cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise fail(where, shipped, "must hold one JSON object ({...})")
    return data


def check_words(words: dict[str, list[str]], where: str, shipped: bool) -> None:
    """Word class names in upper case, lemmas in lower case, none listed twice."""
    for name, members in words.items():
        if not CLASS_NAME.match(name):
            raise fail(where, shipped, f"word class {name!r}: name it in upper case with underscores "
                                       f"({name.upper().replace(' ', '_')!r})")
        for word in members:
            if not isinstance(word, str) or word != word.lower() or not word.strip():
                raise fail(where, shipped, f"word class {name}: {word!r} must be a lower-case lemma")
        if len(set(members)) != len(members):
            twice = sorted({w for w in members if members.count(w) > 1})
            raise fail(where, shipped, f"word class {name}: {', '.join(twice)} listed twice; keep one")


def read_word_file(source: Traversable, shipped: bool,
                   required: tuple[str, ...] | None = None) -> dict[str, frozenset[str]]:
    """A lexicon-like file (class name -> lemmas), checked; required, when given, is the
    exact set of classes the reading code expects."""
    where = where_of(source, shipped)
    data = read_json(source, where, shipped)
    words = {k: v for k, v in data.items() if k != "_comment"}
    for key, value in words.items():
        if not isinstance(value, list):
            raise fail(where, shipped, f"word class {key!r} must be a list of lemmas, "
                                       f"not {type(value).__name__}")
    check_words(words, where, shipped)
    if required is not None:
        unknown = sorted(set(words) - set(required))
        if unknown:
            close = difflib.get_close_matches(unknown[0], required, n=1)
            hint = f"did you mean {close[0]!r}?" if close else "nothing reads it: remove it"
            raise fail(where, shipped, f"unknown class {unknown[0]!r}: {hint}")
        missing = [k for k in required if k not in words]
        if missing:
            raise fail(where, shipped, f"missing class {missing[0]!r}: add it (a list of lemmas)")
    return {k: frozenset(v) for k, v in words.items()}


def read_lemma_file(source: Traversable, shipped: bool) -> dict[str, str]:
    """lemmas.json: word form -> lemma, both lower case."""
    where = where_of(source, shipped)
    data = read_json(source, where, shipped)
    forms = {k: v for k, v in data.items() if k != "_comment"}
    for form, lemma in forms.items():
        if not isinstance(lemma, str) or form != form.lower() or lemma != lemma.lower():
            raise fail(where, shipped, f"{form!r}: a lower-case word form must map to a lower-case lemma")
    return forms
