"""Names: span -> canonical entity, what a name in the text names.

The gazetteer first (ruler ids, names, aliases, demonyms), then the statistical NER with
a guessed kind; then readings that correct or add names, each mixed into Names
(reader.py) from the module named for it: places.py (proper names beside place nouns,
"the town of X", which the NER often mistags), groups.py (group names the NER cuts or
misses, peoples), acronyms.py (acronyms defined in brackets or spelt out, short forms)
and sources.py (news agencies, no participants). table.py holds what every reading
writes; surface.py what a token or span is as a name, read alone.
"""
from __future__ import annotations

from kg.names.reader import Names
from kg.names.surface import GROUP_WORDS, clean_surface, heads_a_group_noun, is_name, is_numbered_unit, person_titles

__all__ = ["GROUP_WORDS", "Names", "clean_surface", "heads_a_group_noun", "is_name", "is_numbered_unit",
           "person_titles"]
