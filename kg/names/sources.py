"""News agencies and outlets a story cites ("told AFP", "MOGADISHU (Reuters) -"): the
source of a report is no participant, so its mentions name no actor."""
from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon import words
from kg.names.table import NameTable
from kg.pipeline import DATELINE_MARKS


class Sources(NameTable):
    """Mixed into Names (kg/names/reader.py)."""

    def _read_sources(self) -> None:
        """News agencies and outlets that report the story ("NAIROBI (AP) --", "told AFP",
        "according to Xinhua", "the Al-Nahar newspaper said"): the source of a report is
        no participant, so none of its mentions names an actor or an antecedent ("the
        insurgents", "they"); it stays an entity of the document. Known bodies (the
        gazetteer's UN, AU, armed groups) are never taken for sources."""
        sources = {entity for i, entity in self.by_token.items()
                   if entity.type == "Organisation" and self._is_source_position(self.tokens[i])
                   and self.gazetteer.lookup(entity.name) is None}
        for i, entity in list(self.by_token.items()):
            if entity in sources:
                del self.by_token[i]

    def _is_source_position(self, token: Token) -> bool:
        sentence = token.sent
        if sentence[-1].text in DATELINE_MARKS and any(t.text == "(" for t in sentence[: token.i - sentence.start]):
            return True  # "MOGADISHU (Reuters) -": a dateline's agency
        head = token.head
        if token.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
            return True  # "told Reuters"
        if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        if token.dep_ in ("compound", "nmod", "poss") and _is_media_noun(head):
            return True  # "the Xinhua news agency", "the state-run X newspaper"
        return any(c.dep_ == "appos" and _is_media_noun(c) for c in token.children)


def _is_media_noun(token: Token) -> bool:
    """"newspaper", "broadcaster", "news agency": a noun naming a news medium."""
    nouns = words("MEDIA_NOUNS")
    modifiers = [c.lower_ for c in token.children if c.dep_ in ("compound", "amod")]
    return token.lemma_.lower() in nouns or any(f"{m} {token.lemma_.lower()}" in nouns for m in modifiers)
