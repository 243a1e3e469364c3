"""Entities: noun phrases of one parsed document -> the entities they stand for.

resolver.py holds the Resolver and its dispatch; the ways of resolving are mixed into it
from the modules named for them: leaders.py (coalitions and leaders), descriptions.py
("the group", "the four countries"), owners.py ("Egypt's army"), antecedents.py
(pronouns) and home_state.py (whose army "the army" is; the article's own country).
kinds.py holds the entity types each role accepts.
"""
from __future__ import annotations

from kg.entities.kinds import ACTOR_TYPES, GROUP_TYPES, NON_PERSON_ACTORS, PLACE_TYPES
from kg.entities.resolver import Resolver

__all__ = ["ACTOR_TYPES", "GROUP_TYPES", "NON_PERSON_ACTORS", "PLACE_TYPES", "Resolver"]
