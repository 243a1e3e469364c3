"""Who hosts talks and who the parties are: the hostsTalks engines.

Parties come from "between A and B" on the talks or the hosting verb, from a clause
saying who met there ("where the presidents of A and B discussed ..."), from the
subjects of the clause the talks sit in ("A and B signed a truce after talks in C"),
and, when none is named, from the state the talks are about.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.entities import Mention, Resolver
from kg.relations.arguments import agent_of, pairs, place_of
from kg.relations.registry import engine
from kg.relations.schema import Pattern, words_for


def _words(name: str) -> frozenset[str]:
    """A word class of hostsTalks.json ("OPEN_VERBS", "MEETING_VERBS", ...)."""
    return words_for("hostsTalks")[name]


@engine(roles=("talks", "subject"))
def talks(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list:
    trigger = nodes["trigger"]
    noun = nodes.get("talks") or _talks_object(trigger)
    hosts = (resolver.resolve(nodes["subject"], "actor") if "subject" in nodes
             else agent_of(trigger, resolver))
    hosts = [h for h in hosts if not _is_sponsor_only(h, noun)]
    parties = _parties(trigger, noun, resolver)
    host_names = {h.entity.name for h in hosts}
    parties = [p for p in parties if p.entity.name not in host_names]
    if noun is not None:
        resolver.talks.append((noun.i, parties))
    place = place_of(noun if noun is not None else trigger, resolver, host_names)
    return pairs(pattern, trigger, hosts, parties, place=place)


@engine()
def talks_venue(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list:
    """"talks in Doha between A and B", "A and B began talks in Algiers", "talks between A
    and B resumed in Doha": the state of the venue hosts them; the parties are those
    between whom, or who held them."""
    talks_noun = nodes["trigger"]
    remember_talks(talks_noun, resolver)
    venue = _venue(talks_noun)
    if venue is None:
        return []
    states = [s for m in resolver.resolve(venue, "place") if (s := _venue_state(m, resolver))]
    if not states:
        return []
    parties = (_between(talks_noun, resolver) or _holders(talks_noun, resolver)
               or _named_modifiers(talks_noun, resolver)
               or _meeting_subjects(talks_noun, talks_noun, resolver)
               or _earlier_parties(talks_noun, resolver))
    names = {s.entity.name for s in states}
    parties = [p for p in parties if p.entity.name not in names]
    return pairs(pattern, talks_noun, states[:1], parties, place=resolver.by_token.get(venue.i))


def remember_talks(noun: Token, resolver: Resolver) -> None:
    """Every talks noun's named parties, so that "the talks" later can find them."""
    parties = _between(noun, resolver) or _holders(noun, resolver) or _named_modifiers(noun, resolver)
    resolver.talks.append((noun.i, parties))


def _venue(noun: Token) -> Token | None:
    """Where talks were held: "in X" on the talks, inside "between ...", or on the verb
    they are the subject or object of; never inside a topic ("on a ceasefire in Gaza")."""
    heads = [noun] + [t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                      for t in c.subtree if t.dep_ == "pobj" or t.dep_ == "conj"]
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ == "VERB":
        heads.append(noun.head)
    heads += [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in ("hold", "take", "stage")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return None


@engine(needs=("delegates",))
def delegations(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list:
    """"X hosted the foreign ministers of A and B": the parties are those they represent;
    hosting a single delegation is a visit, not talks."""
    hosts = agent_of(nodes["trigger"], resolver)
    names = {h.entity.name for h in hosts}
    parties = [p for p in resolver.resolve(nodes["delegates"], "actor") if p.entity.name not in names]
    if len(parties) < 2:
        return []
    return pairs(pattern, nodes["trigger"], hosts, parties)


def _venue_state(mention: Mention, resolver: Resolver) -> Mention | None:
    entity = mention.entity
    if entity.type == "State":
        return mention
    entry = resolver.gazetteer.country_of(entity.name)
    if entry is None or entry.type != "State":
        return None
    return Mention(resolver._from_gazetteer(entry, entry.name), mention.token, "owner")  # noqa: SLF001


def _holders(noun: Token, resolver: Resolver) -> list[Mention]:
    """"A and B launched talks in C": the subjects of the verb that holds the talks."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in _words("OPEN_VERBS"):
        return []
    return [m for c in verb.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]


def _talks_object(trigger: Token) -> Token | None:
    for child in trigger.children:
        if child.dep_ == "dobj":
            return child
    return None


def _is_sponsor_only(host: Mention, noun: Token | None) -> bool:
    """"UN-backed talks": the sponsor named inside the talks phrase is no host."""
    if noun is None:
        return False
    token = noun.doc[host.token]
    return token.head.tag_ == "VBN" and token.head.lemma_ in _words("SPONSOR_VERBS") and token.head.head == noun


def _parties(trigger: Token, noun: Token | None, resolver: Resolver) -> list[Mention]:
    heads = [trigger] + ([noun] if noun is not None else [])
    if noun is not None:  # "a round of talks between ..."
        heads += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        heads += [c for c in noun.children if c.dep_ == "dobj"]
    for head in heads:
        found = _between(head, resolver)
        if found:
            return found
    return (_named_modifiers(noun, resolver) or _meeting_subjects(trigger, noun, resolver)
            or _earlier_parties(noun, resolver) or _topic_state(noun, resolver))


def _named_modifiers(noun: Token | None, resolver: Resolver) -> list[Mention]:
    """"US-Taliban talks", "the Armenia-Azerbaijan summit": parties named before the noun."""
    if noun is None:
        return []
    found: list[Mention] = []
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i in resolver.by_token and \
                not child.head.lower_.endswith(("backed", "hosted", "led", "brokered")):
            found += resolver.resolve(child, "actor")
    return found if len({m.entity.name for m in found}) >= 2 else []


def _earlier_parties(noun: Token | None, resolver: Resolver) -> list[Mention]:
    """"The talks, held in Tbilisi, ...": the definite talks are the ones named before."""
    if noun is None or not any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in noun.children):
        return []
    earlier = [parties for i, parties in resolver.talks if i < noun.i and parties]
    return earlier[-1] if earlier else []


def _between(head: Token, resolver: Resolver) -> list[Mention]:
    found: list[Mention] = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("between", "among"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found += resolver.resolve(pobj, "actor")
    return found


def _meeting_subjects(trigger: Token, noun: Token | None, resolver: Resolver) -> list[Mention]:
    sentence = trigger.sent
    for token in sentence:
        if token.lemma_ in _words("MEETING_VERBS") and any(c.lower_ == "where" for c in token.children):
            return [m for c in token.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]
    if noun is not None and noun.dep_ == "nsubj" and noun.head.lemma_ in _words("GATHER_VERBS"):
        return [m for c in noun.head.children if c.dep_ == "dobj" for m in resolver.resolve(c, "actor")]
    if noun is not None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        if verb is not trigger and verb.lemma_ in _words("MEETING_VERBS"):
            return [m for c in verb.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]
    return []


def _topic_state(noun: Token | None, resolver: Resolver) -> list[Mention]:
    """"talks between the rival factions fighting for control of X": the parties are
    unnamed, so the state the talks are about stands in."""
    if noun is None:
        return []
    described = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    for token in noun.subtree:
        if token.i in described:  # "..., which were mediated by a Nigerian envoy": not the topic
            continue
        entity = resolver.by_token.get(token.i)
        if entity is None or entity.type != "State" or token.head.lower_.endswith("backed"):
            continue
        if token.dep_ in ("npadvmod", "compound") and token.head.tag_ == "VBN":
            continue
        return [Mention(entity, token.i, "owner")]
    return []
