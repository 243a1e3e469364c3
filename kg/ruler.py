"""The gazetteer's entity ruler: tags every known name before the statistical NER.

It sets the entities spaCy's `entity_ruler` sets with the same phrase patterns matched on
ORTH and `overwrite_ents` (the longest match wins, then the earliest), but loads in a
fraction of the time: the ruler tokenises its ~12,000 phrases on every load and makes a
lexeme for each new word (about 1 s of a build), while this one keeps the phrases' tokens
in a cache file keyed by the phrases, spaCy's version and the model, and matches token
hashes in a dict trie.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.cache import CACHE_ENV, cache_folder, drop_others, pickled, source_key  # noqa: F401 - CACHE_ENV: where tests and users name it
from kg.gazetteer import fold_typography

#: Trie key of the (label, id) a phrase ending at a node tags; token hashes are never negative.
_END = -1


def _cache_key(nlp: Language, texts: Sequence[str]) -> str:
    """What the tokens of `texts` depend on: the texts, spaCy, the model's tokenizer and
    the infixes and special cases the pipeline gave it."""
    infixes = getattr(getattr(nlp.tokenizer.infix_finditer, "__self__", None), "pattern", "")
    digest = hashlib.sha256(json.dumps([spacy.__version__, nlp.lang, nlp.meta.get("name"),
                                        nlp.meta.get("version"), infixes,
                                        sorted(nlp.tokenizer.rules)]).encode())
    digest.update("\x00".join(texts).encode("utf-8"))
    return digest.hexdigest()[:24]


def phrase_tokens(nlp: Language, texts: Sequence[str]) -> list[list[str]]:
    """The token texts `nlp`'s tokenizer makes of each text, from the cache when it holds
    them (else tokenised and cached; a cache that cannot be written is skipped)."""
    path = cache_folder() / f"phrases-{_cache_key(nlp, texts)}.json"
    try:
        tokens = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(tokens, list) and len(tokens) == len(texts):
            return tokens
    except (OSError, ValueError):
        pass
    tokens = [[token.text for token in doc] for doc in nlp.tokenizer.pipe(texts)]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent,
                                         suffix=".tmp", delete=False) as out:
            json.dump(tokens, out, ensure_ascii=False)
        os.replace(out.name, path)  # whole or not at all, whoever writes it at once
    except OSError:
        return tokens
    drop_others(path, "phrases")
    return tokens


def _trie(nlp: Language, patterns: Sequence[dict], texts: list[str]) -> tuple[dict, tuple[str, ...]]:
    """The ruler's trie of token hashes, and the (folded) words it holds, in the order
    they were first added to nlp's strings."""
    trie: dict = {}
    words: dict[str, None] = {}
    strings = nlp.vocab.strings
    for pattern, tokens in zip(patterns, phrase_tokens(nlp, texts), strict=True):
        if not tokens:
            continue
        node = trie
        for word in map(fold_typography, tokens):
            words[word] = None
            node = node.setdefault(strings.add(word), {})
        node.setdefault(_END, (pattern["label"], pattern["id"]))  # the first phrase wins
    return trie, tuple(words)


class GazetteerRuler:
    """Tags phrases as entities (label, and the canonical name as the entity id)."""

    def __init__(self, nlp: Language, patterns: Sequence[dict]) -> None:
        # The trie comes pickled from an earlier run with the same phrases, labels, ids
        # and tokenizer (kg.cache): making it took ~0.18 s of every build's start, before
        # any parse, and loading it takes a fraction of that.
        texts = [pattern["pattern"] for pattern in patterns]
        key = source_key([_cache_key(nlp, texts).encode(),
                          "\x00".join(f"{p['label']}\x01{p['id']}" for p in patterns).encode()])
        self._trie, words = pickled("ruler-trie", key, lambda: _trie(nlp, patterns, texts), tuple)
        strings = nlp.vocab.strings
        for word in words:  # as making the trie adds them
            strings.add(word)

    def __call__(self, doc: Doc) -> Doc:
        """Set the longest (then earliest) phrase matches as entities, over any others."""
        entities, new, seen = list(doc.ents), [], set()
        for start, end, label, ent_id in self.matches(doc):
            if start not in seen and end - 1 not in seen:
                new.append(Span(doc, start, end, label=label, span_id=ent_id))
                seen.update(range(start, end))
        doc.ents = [e for e in entities if seen.isdisjoint(range(e.start, e.end))] + new
        return doc

    def matches(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """Every phrase in `doc` as (start, end, label, id), longest first, then earliest; a
        curly apostrophe or a dash matches the straight one or the hyphen ("Kata\u2019ib")."""
        words = doc.to_array(ORTH).tolist() if len(doc) else []
        text = doc.text  # made from the tokens each time it is read
        if fold_typography(text) != text:  # a curly mark or a dash somewhere
            strings = doc.vocab.strings
            for token in doc:
                folded = fold_typography(token.text)
                if folded != token.text:
                    words[token.i] = strings.add(folded)
        found = []
        for start in range(len(words)):
            node, end = self._trie.get(words[start]), start + 1
            while node is not None:
                if _END in node:
                    found.append((start, end, *node[_END]))
                node = node.get(words[end]) if end < len(words) else None
                end += 1
        found.sort(key=lambda m: (m[1] - m[0], -m[0]), reverse=True)
        return found
