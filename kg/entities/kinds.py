"""The kinds of entity a role accepts: who can act, what is a place, what is a group."""
from __future__ import annotations

ACTOR_TYPES = frozenset({"State", "ArmedGroup", "Organisation", "Coalition", "Person"})
PLACE_TYPES = frozenset({"State", "City", "Region", "Place", "Facility"})
LOCAL_PLACE_TYPES = frozenset({"City", "Region", "Place"})  # a place inside a state, not a state or a site
GROUP_TYPES = frozenset({"ArmedGroup", "Organisation", "Coalition"})
NON_PERSON_ACTORS = ACTOR_TYPES - {"Person"}
