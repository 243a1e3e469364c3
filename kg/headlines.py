"""Headlines in Title Case ("Army Jets Hit Rebel Camps In Idlib") read in sentence
case: the small model tags every capitalised word a proper noun, so a Title Case
headline has no verb for any pattern. The copy keeps every character offset (only the
case of some letters changes), so the parse of the copy serves the original text.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from kg import lexicon

#: A word of a headline: letters with inner apostrophes, dots or hyphens ("Al-Qaida", "U.S.").
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")
#: A word of the body that starts a sentence (its case says nothing) follows these.
_OPENERS = re.compile(r"(^|[.!?:;\"“‘(\n]\s*)$")
#: Fewest capitalised words (after the first) for a line to be Title Case, not a name list.
MIN_TITLE_WORDS = 3


def title_cased(line: str) -> bool:
    """Whether a line is in Title Case: every word after the first that is not a short
    function word starts with a capital, and there are a few of them."""
    words = _WORD.findall(line)[1:]
    content = [w for w in words if w.lower() not in lexicon.words("TITLE_FUNCTION_WORDS")]
    return len(content) >= MIN_TITLE_WORDS and all(w[0].isupper() for w in content)


def _body_cases(body: str) -> tuple[Counter, Counter]:
    """How often each word (lower-cased key) appears in lower case, and capitalised
    inside a sentence, in the body: the article's own cased lexicon."""
    lower: Counter = Counter()
    capital: Counter = Counter()
    for match in _WORD.finditer(body):
        word = match.group().rstrip(".")
        if word.islower():
            lower[word] += 1
        elif word[0].isupper() and not _OPENERS.search(body[max(0, match.start() - 3):match.start()]):
            capital[word.lower()] += 1
    return lower, capital


def _protected(words: list[re.Match], names: frozenset[str]) -> set[int]:
    """Indices of words inside a known name ("Islamic State", "Rapid Support Forces")."""
    keep: set[int] = set()
    for i in range(len(words)):
        for j in range(min(len(words), i + 6), i, -1):
            phrase = " ".join(m.group().rstrip(".,'’") for m in words[i:j])
            if phrase in names or phrase.removesuffix("'s").removesuffix("’s") in names:
                keep.update(range(i, j))
                break
    return keep


def sentence_case(text: str, names: Iterable[str] | frozenset[str],
                  is_verb: Callable[[str], bool] | None = None) -> str:
    """`text` with its first line in sentence case when that line is a Title Case
    headline; same length. A capitalised word is lower-cased when it is a function word,
    the article's body writes it in lower case more often than capitalised, or the body
    never writes it in any form and `is_verb` (the model's English verbs) knows it
    ("Holds Talks"); the first word, words after a colon or quote, acronyms and known
    names keep their case."""
    end = text.find("\n")
    line = text if end < 0 else text[:end]
    if not title_cased(line):
        return text
    names = names if isinstance(names, frozenset) else frozenset(names)
    lower, capital = _body_cases(text[len(line):])
    words = list(_WORD.finditer(line))
    keep = _protected(words, names)
    chars = list(text)
    for i, match in enumerate(words[1:], start=1):
        word = match.group()
        before = line[:match.start()].rstrip()
        if i in keep or not word[0].isupper() or word.isupper() or (before and before[-1] in ":\"“‘'-–—"):
            continue
        key = word.lower()
        stem = key.rstrip(".").removesuffix("'s").removesuffix("’s")
        if key in lexicon.words("TITLE_FUNCTION_WORDS") or lower[stem] > capital[stem] or \
                (not capital[stem] and any(lower[form] for form in _inflections(stem, lower))) or \
                (is_verb is not None and _unwritten(stem, lower, capital) and is_verb(stem)):
            chars[match.start()] = word[0].lower()
    return "".join(chars)


def _unwritten(word: str, lower: Counter, capital: Counter) -> bool:
    """Whether the body writes `word` in no case and no plural or verb form ("sites" for
    "Site"): a headline word only the headline has is no name the body spells out."""
    forms = {word, word + "s", word + "es", word.removesuffix("s"), word.removesuffix("es")}
    return not any(lower[form] or capital[form] for form in forms) and not _inflections(word, lower)


#: Endings of a verb's past, participle and -ing forms ("retaken", "seized", "capturing").
_VERB_ENDINGS = ("d", "ed", "n", "en", "ing")


def _inflections(word: str, seen: Counter) -> list[str]:
    """The verb forms of `seen` that inflect the same verb as `word` ("Retakes" or "Retake"
    in a headline, "retaken" in the body; "Seizes", "seized"): a noun the body writes in
    the plural ("Site", "sites") is no verb form, and stems keep at least four letters."""
    def stem(form: str, endings: tuple[str, ...]) -> set[str]:
        return {form[:-len(e)] for e in endings if form.endswith(e) and len(form) - len(e) >= 4}
    own = {word} | stem(word, ("s", "es"))
    return [form for form in seen if form[:3] == word[:3] and stem(form, _VERB_ENDINGS) & own]
