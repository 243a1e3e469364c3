"""The one in-memory shape of a fact between extraction and RDF.

Extraction yields these frozen records; rdf.py turns them into triples. Nothing
downstream of extraction reads spaCy objects.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

RELATIONS = ("attacked", "alliedWith", "hostsTalks", "controls")

#: Why a candidate was not asserted; "asserted" is the only modality that becomes a
#: direct entity-to-entity triple.
MODALITIES = ("asserted", "negated", "attempt", "threat", "condition", "future",
              "denied", "superseded", "question")

#: Entity kinds; each is a class of the same name in ontology/newskg.ttl.
ENTITY_TYPES = ("State", "ArmedGroup", "Organisation", "Coalition", "Person",
                "City", "Region", "Facility", "Place")


@dataclass(frozen=True)
class Entity:
    """A named participant: one canonical name, the surface forms seen, a kind."""

    name: str
    type: str = "Organisation"
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()  # external IRIs (GeoNames, Wikidata)

    def __post_init__(self) -> None:
        if self.type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {self.type!r} for {self.name!r}")
        # A name the NER ran over a line break ("Umm Baqara\n" at a headline's end) is the
        # same name: its IRI already ignores the spacing, so its label must too.
        if not _single_spaced(self.name) or not all(map(_single_spaced, self.aliases)):
            object.__setattr__(self, "name", " ".join(self.name.split()))
            object.__setattr__(self, "aliases", tuple(dict.fromkeys(" ".join(a.split()) for a in self.aliases)))


def _single_spaced(text: str) -> bool:
    """Whether words are parted by one space each, with none at either end."""
    return " ".join(text.split()) == text


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact, with character offsets into Document.text."""

    doc_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class RelationEvent:
    """One extracted candidate: a relation between two entities, why and how sure."""

    relation: str
    subject: Entity
    object: Entity
    evidence: Evidence
    trigger: str = ""
    pattern_id: str = ""
    confidence: float = 0.5
    modality: str = "asserted"
    date: _dt.date | None = None
    place: Entity | None = None
    cameo: str = ""
    plover: str = ""

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise ValueError(f"unknown relation {self.relation!r}")
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}")

    @property
    def asserted(self) -> bool:
        return self.modality == "asserted"


@dataclass(frozen=True)
class DocumentFacts:
    """What one document yielded: every entity mentioned and every candidate event."""

    document: "Document"  # noqa: F821 - kg.documents.Document
    entities: tuple[Entity, ...] = ()
    events: tuple[RelationEvent, ...] = field(default_factory=tuple)
