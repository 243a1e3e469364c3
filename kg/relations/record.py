"""What the engines have read so far in one document, for the steps that read back:
`extract_document` owns one record per document and hands it to each engine that
declares it (@engine(record=True)) and then to supersede. Nothing else is shared
between engines.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.discourse import Mention


@dataclass
class DocumentRecord:
    """Attacks, takings, talks and losses read so far in one document, in text order."""

    #: Every asserted attack, named attacker or not: (trigger index, targets); a later
    #: "X claimed the attack" reads whom it hit.
    attacks: list[tuple[int, list[Mention]]] = field(default_factory=list)
    #: Every asserted attack with its attackers: (trigger index, attackers, targets); a
    #: later "Y returned fire" reads whom Y fired back at.
    attackers: list[tuple[int, list[Mention], list[Mention]]] = field(default_factory=list)
    #: Every talks noun with the parties it named: (token index, parties); a later
    #: "the talks" finds its parties here.
    talks: list[tuple[int, list[Mention]]] = field(default_factory=list)
    #: Every place the text says an actor lost: (sentence start offset, actor, place);
    #: supersede ends the actor's earlier hold on it.
    losses: list[tuple[int, str, str]] = field(default_factory=list)
    #: Every place the text says unnamed irregular fighters took: (sentence start offset,
    #: place); supersede ends a state's hold on it stated before.
    irregular_takings: list[tuple[int, str]] = field(default_factory=list)
    #: Every place the text says was retaken with no taker named ("the city was recaptured
    #: in March"): (sentence start offset, place); supersede ends the holds taken before.
    retakings: list[tuple[int, str]] = field(default_factory=list)
    #: The trigger of every loss, irregular taking and retaking noted above: extract dates
    #: them, and one told as background ends no hold told as news.
    moves: list[Token] = field(default_factory=list)
    #: Every pact with the parties that formed it: (trigger index, parties); a later
    #: "the charter establishes the X Alliance" makes each party a member.
    pacts: list[tuple[int, list[Mention]]] = field(default_factory=list)
    #: Every attack or taking read, one line a doer and object: (trigger index, doer,
    #: object); the ones named together on one force ("A and B troops retook P") are partners.
    doers: list[tuple[int, Mention, Mention]] = field(default_factory=list)

    def lose(self, trigger: Token, holders: list[Mention], places: list[Mention]) -> None:
        """Note that each holder no longer holds each place, as of the sentence of trigger."""
        self.moves.append(trigger)
        self.losses += [(trigger.sent.start_char, h.entity.name, p.entity.name) for h in holders for p in places]
