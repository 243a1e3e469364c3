"""The pattern, lexicon, modality and lemma files are a contract checked on load: every
shipped file loads, and each broken file (one defect each) stops with one line naming
the file, the pattern id and the fix, exit 2."""
from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from cli_support import REPO, run_kg
from kg.errors import InputError, KgError, PatternError
from kg.pipeline import load_nlp
from kg.relations.patterns import load_rules, read_rules
from kg.relations.registry import ENGINES
from kg.datafiles import SHIPPED_NOTE, read_lemma_file, read_word_file
from kg.lexicon import lexicon
from kg.relations.schema import MODALITY_CLASSES, modality_cues, pattern_folder, words_for
from kg.relations.treematch import DocTree, TreePattern

SHIPPED = REPO / "kg" / "relations"


def _shipped(name: str) -> dict:
    return json.loads((SHIPPED / "patterns" / name).read_text("utf-8"))


def _write_folder(folder: Path, changed: dict[str, dict | str]) -> Path:
    """A copy of the shipped pattern folder with some files replaced."""
    folder.mkdir()
    for source in sorted((SHIPPED / "patterns").glob("*.json")):
        shutil.copy(source, folder / source.name)
    for name, content in changed.items():
        (folder / name).write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return folder


def _pattern(data: dict, pid: str) -> dict:
    return next(p for p in data["patterns"] if p["id"] == pid)


def _edit(pid: str, change: Callable[[dict], None]) -> Callable[[dict], None]:
    return lambda data: change(_pattern(data, pid))


def _rename_node(old: str, new: str) -> Callable[[dict], None]:
    def change(pattern: dict) -> None:
        for node in pattern["pattern"]:
            if node["RIGHT_ID"] == old:
                node["RIGHT_ID"] = new
            if node.get("LEFT_ID") == old:
                node["LEFT_ID"] = new
    return change


def _duplicate(data: dict) -> None:
    twin = copy.deepcopy(data["patterns"][1])
    twin["id"] = data["patterns"][0]["id"]
    data["patterns"].append(twin)


def _set(key: str, value: object) -> Callable[[dict], None]:
    return lambda item: item.__setitem__(key, value)


def _rename_key(old: str, new: str) -> Callable[[dict], None]:
    return lambda item: item.__setitem__(new, item.pop(old))


def _first_node(change: Callable[[dict], None]) -> Callable[[dict], None]:
    return lambda pattern: change(pattern["pattern"][0])


#: (what is broken, the edit to attacked.json, words the one-line message must hold)
BROKEN = [
    ("misspelt key", _edit("attacked.verb_active", _rename_key("confidence", "confidnce")),
     ["pattern attacked.verb_active", "unknown key 'confidnce'", "did you mean 'confidence'"]),
    ("missing pattern", _edit("attacked.verb_active", lambda p: p.pop("pattern")),
     ["pattern attacked.verb_active", "missing key 'pattern'"]),
    ("confidence as text", _edit("attacked.verb_active", _set("confidence", "0.7")),
     ["pattern attacked.verb_active", "'confidence' is \"0.7\"", "number"]),
    ("confidence above one", _edit("attacked.verb_active", _set("confidence", 7)),
     ["pattern attacked.verb_active", "'confidence' is 7", "less than or equal to 1"]),
    ("flag as text", _edit("attacked.retake_from", _set("both_directions", "yes")),
     ["pattern attacked.retake_from", "'both_directions'", "boolean"]),
    ("unknown engine", _edit("attacked.claimed_attack", _set("engine", "claims")),
     ["pattern attacked.claimed_attack", "unknown engine 'claims'", "did you mean 'claim'"]),
    ("misspelt node name", _edit("attacked.verb_active", _rename_node("subject", "subjekt")),
     ["pattern attacked.verb_active", "unknown node name 'subjekt'", "did you mean 'subject'"]),
    ("misspelt plural node name", _edit("attacked.verb_active", _rename_node("object", "objects")),
     ["pattern attacked.verb_active", "unknown node name 'objects'", "did you mean 'object'"]),
    ("node the engine needs", _edit("attacked.reciprocal_between", _rename_node("parties", "sides")),
     ["pattern attacked.reciprocal_between", "engine 'reciprocal' needs a node named 'parties'"]),
    ("role of another engine", _edit("attacked.verb_active", _rename_node("subject", "delegates")),
     ["pattern attacked.verb_active", "node 'delegates' is a role engine 'default' does not read"]),
    ("unknown word class", _edit("attacked.verb_active", _first_node(
        lambda n: n["RIGHT_ATTRS"].__setitem__("LEMMA", {"IN": "$ATTACK_VERB"}))),
     ["pattern attacked.verb_active", "unknown word class $ATTACK_VERB", "did you mean $ATTACK_VERBS"]),
    ("unknown token attribute", _edit("attacked.verb_active", _first_node(
        lambda n: n["RIGHT_ATTRS"].__setitem__("LEMA", "strike"))),
     ["pattern attacked.verb_active", "RIGHT_ATTRS", "LEMA"]),
    ("LEFT_ID naming no node", _edit("attacked.verb_active",
                                     lambda p: p["pattern"][1].__setitem__("LEFT_ID", "trigerr")),
     ["pattern attacked.verb_active", "LEFT_ID 'trigerr' names no earlier node"]),
    ("unknown REL_OP", _edit("attacked.verb_active", lambda p: p["pattern"][1].__setitem__("REL_OP", "=>")),
     ["pattern attacked.verb_active", "'REL_OP' is \"=>\""]),
    ("quantifier the dependency matcher refuses", _edit("attacked.verb_active", _first_node(
        lambda n: n["RIGHT_ATTRS"].__setitem__("OP", "+"))),
     ["pattern attacked.verb_active", "spaCy's DependencyMatcher refuses it", "'OP'"]),
    ("broken regular expression", _edit("attacked.verb_active", _first_node(
        lambda n: n["RIGHT_ATTRS"].__setitem__("LOWER", {"REGEX": "^(attack"}))),
     ["pattern attacked.verb_active", "spaCy's DependencyMatcher refuses it", "missing )"]),
    ("duplicate id", _duplicate, ["pattern attacked.verb_active", "used twice"]),
    ("id without relation", _edit("attacked.verb_active", _set("id", "verb_active")),
     ["pattern verb_active", "attacked.verb_active"]),
    ("unknown top-level key", _set("symmetric", True), ["unknown key 'symmetric'"]),
    ("unknown relation", _set("relation", "attacks"), ["'relation' is \"attacks\"", "attacked"]),
    ("upper-case lemma", lambda d: d["words"]["ATTACK_VERBS"].append("Bomb"),
     ["word class ATTACK_VERBS", "'Bomb'", "lower-case"]),
    ("lemma listed twice", lambda d: d["words"]["ATTACK_VERBS"].append(d["words"]["ATTACK_VERBS"][0]),
     ["word class ATTACK_VERBS", "listed twice"]),
    ("word class as text", lambda d: d["words"].__setitem__("ATTACK_VERBS", "bomb"),
     ["word class ATTACK_VERBS", "'ATTACK_VERBS' is \"bomb\""]),
    ("word class shadows the lexicon", lambda d: d["words"].__setitem__("GROUP_NOUNS", ["gang"]),
     ["GROUP_NOUNS is also in lexicon.json"]),
]


@pytest.mark.parametrize("defect, edit, words", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_pattern_file_names_file_pattern_and_fix(tmp_path: Path, defect: str, edit, words) -> None:
    data = _shipped("attacked.json")
    edit(data)
    folder = _write_folder(tmp_path / "patterns", {"attacked.json": data})
    with pytest.raises(PatternError) as raised:
        read_rules(folder)
    message = str(raised.value)
    assert message.startswith(f"{folder / 'attacked.json'}"), message
    assert "\n" not in message and SHIPPED_NOTE not in message
    for word in words:
        assert word in message, message
    assert raised.value.exit_code == 2 and isinstance(raised.value, InputError)


def test_the_unbroken_copy_reads_like_the_shipped_files(tmp_path: Path) -> None:
    """The positive twin of the table: the same copy, unedited, loads and matches."""
    folder = _write_folder(tmp_path / "patterns", {})
    copied, shipped = read_rules(folder), load_rules()
    assert [r.relation for r in copied] == ["attacked", "alliedWith", "hostsTalks", "controls"]
    assert [r.raw for r in copied] == [r.raw for r in shipped]


def test_a_pattern_only_spacy_compiles_loads_and_matches(tmp_path: Path) -> None:
    """The twin of the matcher-refuses cases: a well-formed regular expression, which the
    tree matcher leaves to spaCy's, loads, and the pattern matches."""
    data = _shipped("attacked.json")
    _edit("attacked.verb_active", _first_node(lambda n: n["RIGHT_ATTRS"].__setitem__("LOWER", {"REGEX": "^(shell)"})))(data)
    folder = _write_folder(tmp_path / "patterns", {"attacked.json": data})
    rules = next(r for r in read_rules(folder) if r.relation == "attacked")
    doc = load_nlp()("Rebel gunners shelled the army base.")
    matcher = TreePattern("attacked.verb_active", rules.raw["attacked.verb_active"], doc.vocab)
    assert matcher.tests is None  # spaCy's matcher reads it
    assert [[doc[i].text for i in ids] for ids in matcher(DocTree(doc), doc[:])] == [["shelled", "gunners", "base"]]


def test_a_helper_node_may_take_any_name_that_is_no_role(tmp_path: Path) -> None:
    """The twin of the node-name cases: a node only the matcher reads is named freely."""
    data = _shipped("attacked.json")
    _edit("attacked.retake_from", _rename_node("trigger_prep", "source_prep"))(data)
    folder = _write_folder(tmp_path / "patterns", {"attacked.json": data})
    rules = {p.id: p for r in read_rules(folder) for p in r.patterns.values()}
    assert rules["attacked.retake_from"].nodes == ("trigger", "place", "source_prep", "object")


def test_a_file_that_is_not_json_names_its_line(tmp_path: Path) -> None:
    text = (SHIPPED / "patterns" / "controls.json").read_text("utf-8").replace('"relation":', '"relation"', 1)
    folder = _write_folder(tmp_path / "patterns", {"controls.json": text})
    with pytest.raises(PatternError, match=r"controls\.json: not valid JSON: .*line 2"):
        read_rules(folder)


def test_a_file_named_for_another_relation_is_refused(tmp_path: Path) -> None:
    folder = _write_folder(tmp_path / "patterns", {})
    (folder / "controls.json").rename(folder / "control.json")
    with pytest.raises(PatternError, match=r"control\.json: holds relation 'controls': name the file controls\.json"):
        read_rules(folder)


def test_every_shipped_file_loads_and_compiles() -> None:
    rules = load_rules()
    assert [r.relation for r in rules] == ["attacked", "alliedWith", "hostsTalks", "controls"]
    assert all(r.patterns for r in rules)
    assert all(set(r.raw) == set(r.patterns) for r in rules)  # every pattern compiled by spaCy on load
    assert set(modality_cues()) == set(MODALITY_CLASSES)
    assert "GROUP_NOUNS" in lexicon() and "ATTACK_VERBS" in words_for("attacked")
    used = {p.engine for r in rules for p in r.patterns.values()}
    assert used == set(ENGINES), "an engine no pattern names, or a pattern naming none"


def test_every_pattern_carries_its_event_codes() -> None:
    for rules in load_rules():
        for pattern in rules.patterns.values():
            assert pattern.cameo.isdigit() and pattern.plover.isupper(), pattern.id


@pytest.mark.parametrize("content, words", [
    ({"GROUP_NOUNS": ["Gang"]}, ["lexicon.json", "GROUP_NOUNS", "'Gang'", "lower-case"]),
    ({"group nouns": ["gang"]}, ["lexicon.json", "'group nouns'", "'GROUP_NOUNS'"]),
    ({"GROUP_NOUNS": "gang"}, ["lexicon.json", "GROUP_NOUNS", "list of lemmas"]),
    ([["gang"]], ["lexicon.json", "one JSON object"]),
])
def test_a_broken_lexicon_says_what_to_fix(tmp_path: Path, content, words) -> None:
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(content), "utf-8")
    with pytest.raises(PatternError) as raised:
        read_word_file(path, shipped=False)
    for word in words:
        assert word in str(raised.value)
    twin = tmp_path / "good.json"
    twin.write_text(json.dumps({"GROUP_NOUNS": ["gang"]}), "utf-8")
    assert read_word_file(twin, shipped=False) == {"GROUP_NOUNS": frozenset({"gang"})}


def test_a_modality_file_holds_exactly_the_classes_modality_reads(tmp_path: Path) -> None:
    shipped = json.loads((SHIPPED / "modality.json").read_text("utf-8"))
    good = tmp_path / "modality.json"
    good.write_text(json.dumps(shipped), "utf-8")
    assert read_word_file(good, False, MODALITY_CLASSES) == modality_cues()
    shipped["DENIALS"] = shipped.pop("DENIAL")
    good.write_text(json.dumps(shipped), "utf-8")
    with pytest.raises(PatternError, match="unknown class 'DENIALS': did you mean 'DENIAL'"):
        read_word_file(good, False, MODALITY_CLASSES)
    del shipped["DENIALS"]
    good.write_text(json.dumps(shipped), "utf-8")
    with pytest.raises(PatternError, match="missing class 'DENIAL'"):
        read_word_file(good, False, MODALITY_CLASSES)


def test_a_lemma_file_maps_lower_case_forms(tmp_path: Path) -> None:
    path = tmp_path / "lemmas.json"
    path.write_text(json.dumps({"retook": "retake"}), "utf-8")
    assert read_lemma_file(path, False) == {"retook": "retake"}
    path.write_text(json.dumps({"Retook": "retake"}), "utf-8")
    with pytest.raises(PatternError, match="'Retook': a lower-case word form"):
        read_lemma_file(path, False)


def test_a_broken_shipped_file_is_reported_as_our_bug_exit_2(tmp_path: Path) -> None:
    """End to end: a copy of kg whose shipped attacked.json has a typo; `kg build` stops
    with one line naming the file, the pattern and the fix, and says it is kg's bug."""
    for folder in ("kg", "ontology", "queries"):
        shutil.copytree(REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    article = tmp_path / "article.txt"
    article.write_text("Shelling in the east\nMarch 3, 2024\n\nRussian forces shelled Kharkiv on Monday.\n", "utf-8")
    copy_of_kg = {"cwd": tmp_path, "env": {"PYTHONPATH": str(tmp_path)}}
    unbroken = run_kg("build", article, "--store", tmp_path / "store", **copy_of_kg)
    assert unbroken.returncode == 0 and "1 attacked" in unbroken.stdout, unbroken.stderr
    broken = tmp_path / "kg" / "relations" / "patterns" / "attacked.json"
    data = json.loads(broken.read_text("utf-8"))
    _rename_key("confidence", "confidnce")(_pattern(data, "attacked.verb_active"))
    broken.write_text(json.dumps(data), "utf-8")
    result = run_kg("build", article, "--store", tmp_path / "store", **copy_of_kg)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: kg/relations/patterns/attacked.json pattern attacked.verb_active: "
                               "unknown key 'confidnce': did you mean 'confidence'?")
    assert "bug in kg" in lines[0]


def test_pattern_error_is_a_kg_error_with_the_bad_input_code() -> None:
    assert issubclass(PatternError, KgError) and PatternError("x").exit_code == InputError("x").exit_code == 2
    assert pattern_folder().joinpath("attacked.json").is_file()


def _source_text() -> str:
    """The code that reads word classes: the relation engine, entities, names, discourse and headlines."""
    paths = sorted((REPO / "kg" / "relations").glob("*.py")) + \
        sorted((REPO / "kg" / "entities").glob("*.py")) + sorted((REPO / "kg" / "names").glob("*.py")) + \
        [REPO / "kg" / "discourse.py", REPO / "kg" / "headlines.py"]
    return "\n".join(p.read_text("utf-8") for p in paths)


def _word_classes() -> dict[str, set[str]]:
    """Every word class the data files define, by file."""
    files = {"kg/lexicon.json": json.loads((REPO / "kg" / "lexicon.json").read_text("utf-8")),
             "kg/relations/modality.json": json.loads((SHIPPED / "modality.json").read_text("utf-8"))}
    found = {name: {k for k in data if not k.startswith("_")} for name, data in files.items()}
    for path in sorted((SHIPPED / "patterns").glob("*.json")):
        found[f"kg/relations/patterns/{path.name}"] = set(_shipped(path.name).get("words", {}))
    return found


def test_every_word_class_the_code_reads_is_in_the_data() -> None:
    """words("X"), words_for(...)["X"], cues()["X"]: a misspelt class name in code fails here,
    not on the one sentence that reaches it."""
    import re

    code = _source_text()
    read = set(re.findall(r'words\("([A-Z][A-Z0-9_]{3,})"\)', code)) | \
        set(re.findall(r'\["([A-Z][A-Z0-9_]{3,})"\]', code))
    defined = set().union(*_word_classes().values())
    assert read and read <= defined, sorted(read - defined)


def test_every_word_class_in_the_data_is_read() -> None:
    """A class that neither code nor a pattern ("$X") reads is a key nothing reads."""
    code = _source_text()
    patterns = "\n".join(p.read_text("utf-8") for p in (SHIPPED / "patterns").glob("*.json"))
    for where, classes in _word_classes().items():
        unread = sorted(c for c in classes if f'"{c}"' not in code and f'"${c}"' not in patterns)
        assert not unread, f"{where}: nothing reads {unread}"
