"""Coalitions and leaders: "the X-led coalition" and later "the coalition" act for X,
and an official whose office the text names ("its leader", "Turkish President ...")
acts for the group or state he leads."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.discourse import Discourse, Mention
from kg.entities.kinds import GROUP_TYPES
from kg.events import Entity
from kg.lexicon import words
from kg.names import person_titles


@dataclass
class Leaders(Discourse):
    """Mixed into the Resolver (kg/entities/resolver.py), whose actor and _owner it calls."""

    coalitions: dict[str, Entity] = field(default_factory=dict)

    def _read_coalitions(self) -> None:
        """"X-led coalition": the coalition stands for X; later "the coalition" too."""
        for i, lower in enumerate(self.lowers):
            token = self.tokens[i] if lower == "led" else None
            if token is not None and token.dep_ == "amod" and token.head.lemma_ in words("COALITION_NOUNS"):
                leader = self._leader(token)
                if leader is not None:
                    self.coalitions[token.head.lemma_] = leader
                    self.coalitions["coalition"] = leader

    def led_by(self, noun: Token) -> Mention | None:
        """"the US-led coalition", "Saudi-led coalition jets": the one an "X-led" modifier on
        the noun names as leader, for whom the noun acts."""
        for child in noun.children:
            if child.lower_.endswith("led") and child.dep_ in ("amod", "compound"):
                leader = self._leader(child)
                if leader is not None:
                    return Mention(leader, child.i, "coalition")
        return None

    def _leader(self, led: Token) -> Entity | None:
        for child in led.children:
            if child.dep_ in ("npadvmod", "compound", "nmod", "amod") and child.i in self.by_token:
                return self.actor(self.by_token[child.i], child)
        previous = self.tokens[led.i - 2] if led.i >= 2 and self.tokens[led.i - 1].text == "-" else None
        if previous is not None and previous.i in self.by_token:
            return self.actor(self.by_token[previous.i], previous)
        return None

    def leader_of_person(self, mention: Mention, token: Token, role: str) -> Mention:
        """"Its leader Abubakar Shekau pledged ...", "Turkish President Erdogan hosted ...":
        an official whose office the text names acts for the group or state he leads;
        a former one ("former president X") speaks for himself."""
        if role != "actor" or mention.entity.type != "Person":
            return mention
        offices = person_titles(token)
        if token.dep_ == "appos" and token.head.i < token.i:
            offices.append(token.head)  # "X's Prime Minister Y": the parser heads the phrase with the office
        for child in offices:
            if child.lemma_.lower() in words("LEADER_NOUNS"):
                if any(m.lower_ in words("FORMER_WORDS") for m in self.doc[min(token.left_edge.i, child.left_edge.i): child.i]):
                    continue  # "Russian former president X", "ex-President X": acts for no one now
                owner = self._owner(child, role, 1) or self._spoken_for(child, role)
                if owner is not None and owner.via != "home-state" and \
                        owner.entity.type in GROUP_TYPES | {"State"}:
                    return Mention(owner.entity, mention.token, "leader")
                if owner is None and _armed_title(child):
                    rebels = self._story_rebels(child)
                    if rebels is not None:
                        return Mention(rebels, mention.token, "leader")
        return mention

    def _story_rebels(self, office: Token, ahead: int = 2) -> Entity | None:
        """"rebel leader X said": the armed group the story was about before this sentence,
        else the first one it names in the `ahead` sentences after ("..., said X, head of
        the Y"; "Known as Y, the rebels ..."); a group named in the quote itself is not his."""
        sentence = office.sent
        before = self.salient(self.tokens[sentence.start], frozenset({"ArmedGroup"}))
        if before is not None:
            return before.entity
        end = sentence.end
        for _ in range(ahead):
            if end >= len(self.doc):
                break
            end = self.tokens[end].sent.end
        return next((e for i, e in sorted(self.by_token.items())
                     if sentence.end <= i < end and e.type == "ArmedGroup"), None)

    def bodies_led(self, person: Entity) -> list[Entity]:
        """Every group or state a person heads by an office the text gives him at one of
        his mentions ("Colombian President X ... X said"), in text order: what he acts for."""
        led: list[Entity] = []
        for i, entity in sorted(self.by_token.items()):
            if entity == person:
                body = self.leader_of_person(Mention(entity, i), self.tokens[i], "actor").entity
                if body != person and body not in led:
                    led.append(body)
        return led

    def _spoken_for(self, office: Token, role: str) -> Mention | None:
        """"X, a spokesman for the Taliban": a spokesman speaks for the body after "for"
        (only a spokesman: an envoy "for Syria" is someone else's envoy to it)."""
        if office.lemma_.lower() not in words("SPOKES_NOUNS"):
            return None
        for prep in office.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.i in self.by_token:
                        return Mention(self.actor(self.by_token[pobj.i], pobj), pobj.i, "owner")
        return None


def _armed_title(office: Token) -> bool:
    """"rebel leader", "militant commander", "a guerrilla spokesman": an office in an armed
    movement the phrase does not name."""
    return any(m.dep_ in ("amod", "compound") and m.lower_ in words("ARMED_TITLE_MODIFIERS") for m in office.children)
