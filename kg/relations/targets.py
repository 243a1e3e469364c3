"""Whom an attack hit: the actor that owns a facility or force named as the target, or,
unowned, the place it stands in (the guideline's owner rule for attacked)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Mention
from kg.entities import ACTOR_TYPES, GROUP_TYPES, NON_PERSON_ACTORS, PLACE_TYPES, Resolver
from kg.lexicon import any_of, words
from kg.relations.schema import words_for


def attack_targets(nodes: dict[str, Token], objects: list[Mention], resolver: Resolver) -> list[Mention]:
    """The actor attacked: a facility stands for its owner or, unowned, for the place it
    is in ("struck buildings in Mykolaiv"); a place inside a named state is that state
    when the state is named as its owner ("a base in Kenya's Lamu county")."""
    if "place" in nodes:  # "retook the town from Y": only an actor can be fought
        if "trigger_prep" in nodes and any(c.dep_ == "npadvmod" for c in nodes["trigger_prep"].children):
            return []  # "seized the town, 15 km from the Saudi border": a distance, no side
        return [m for m in objects if m.entity.type in ACTOR_TYPES - {"Person"}]
    if _where_beside_whom(nodes):
        return []
    if "first_taken" in nodes:  # "captured the town of P and X's base": P, taken first, is no target of
        # the base's taking; an owner the two share is ("captured X's compound and headquarters")
        inside = {t.i for t in nodes["object"].subtree}
        objects = [m for m in objects if m.token in inside or m.entity.type not in PLACE_TYPES]
    owners = facility_owners(nodes["object"], resolver) if "object" in nodes else []
    if owners:
        return owners
    post = resolver.post_owner(nodes["object"]) if "object" in nodes else None
    if post is not None:  # "attacked a police checkpoint in Helmand": the state's post, not the place
        return [Mention(post, nodes["object"].i, "home-state")]
    located = "object" in nodes and nodes["object"].lemma_.lower() in words("FACILITY_NOUNS")  # "a base in ..."
    kept = [owned_place(m, resolver, known_regions=located) for m in objects if m.entity.type != "Facility"]
    force = "object" in nodes and _unnamed_force(nodes["object"], resolver)
    if force:
        where = {t.i for t in _locative_phrases(nodes["object"]) for t in t.subtree}
        kept = [m for m in kept if m.token not in where or m.entity.type not in PLACE_TYPES]  # "forces at P": not P
    for mention in [m for m in kept if m.entity.type == "Person"]:
        # "killed Hezbollah commander X": staff of an actor stand for it (X stays too)
        owner = resolver.leader_of_person(mention, resolver.doc[mention.token], "actor")
        if owner.entity != mention.entity and all(k.entity != owner.entity for k in kept):
            kept.append(owner)
    unnamed_actor = any_of("RELATIONAL_NOUNS", "NON_STATE_GROUP_NOUNS", "GROUP_NOUNS")
    if force:
        kept = [_capital_owner(m, resolver) for m in kept]
    if kept or "object" not in nodes or force or \
            _names_whom(nodes["object"]) or any(
            t.lemma_.lower() in unnamed_actor for t in nodes["object"].lefts for t in t.subtree):
        return kept  # "strikes against militias / jihadist-leaning fighters in Iraq": an unnamed group, not Iraq;
        # "attacks on the police at P": unnamed forces hit at P, not P
    target, trigger = nodes["object"], nodes["trigger"]
    if target.lemma_.lower() in words_for("attacked")["HELD_POSITION_NOUNS"]:
        return []  # "captured positions in P": positions are some force's own; P is where, not whom
    # where a target was hit when no owner is named: not "near", "outside" (targets near a city are not the city)
    preps = words_for("attacked")["TARGET_PLACE_PREPOSITIONS"] | \
        ({"from"} if trigger.lemma_ in ("kidnap", "abduct") else set())
    for head in (target, trigger):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    found = [owned_place(m, resolver, known_regions=True) for m in resolver.resolve(pobj, "place")
                             if m.entity.type in PLACE_TYPES and not _body_of_water(resolver.doc[m.token])]
                    if found:
                        return found
    return []


#: Entity labels of a time, not of whom ("on Tuesday", "on the night of May 3").
WHEN_ENTITIES = ("DATE", "TIME")


def _names_whom(noun: Token) -> bool:
    """"fought battles against Y in P": an object that names whom it hit with "on"/"against"
    was fought there; P is where, not whom."""
    return any(c.dep_ == "prep" and c.lower_ in words_for("attacked")["WHOM_PREPOSITIONS"] and
               any(g.dep_ == "pobj" and g.ent_type_ not in WHEN_ENTITIES for g in c.children)
               for c in noun.children)  # "fired missiles at a base on Tuesday": a day, not whom


def _capital_owner(mention: Mention, resolver: Resolver) -> Mention:
    """"Kyiv's troops", "Tbilisi's forces": a capital owning a force stands for its state."""
    token = resolver.doc[mention.token]
    if token.dep_ != "poss":
        return mention
    state = resolver.actor(mention.entity, token)
    return mention if state == mention.entity else Mention(state, mention.token, "owner")


def _where_beside_whom(nodes: dict[str, Token]) -> bool:
    """"attacks on the police at P", "an assault on the army in P": where an attack
    noun names whom it hit with "on"/"against", its "at"/"in" phrase says where, and the
    place is read as the target's own place (unowned targets) by the match on "on"."""
    prep = nodes.get("trigger_prep")
    return prep is not None and prep.lower_ in words_for("attacked")["TARGET_PLACE_PREPOSITIONS"] and \
        nodes["trigger"].pos_ in ("NOUN", "PROPN") and _names_whom(nodes["trigger"])


def _unnamed_force(target: Token, resolver: Resolver) -> bool:
    """"attacks on the police at P", "battles against troops in the P region": an
    unnamed group or force (soldiers, police, fighters) is an actor, whoever owns it, so
    the place it stood in is where it was hit, not whom (the guideline's owner rule)."""
    forces = any_of("RELATIONAL_NOUNS", "NON_STATE_GROUP_NOUNS", "GROUP_NOUNS", "HOME_STATE_FORCES",
                    "DOMESTIC_FORCE_HEADS", "HIRED_FORCE_NOUNS")
    return target.i not in resolver.by_token and bool({target.lemma_.lower(), target.lower_} & forces)


def _locative_phrases(noun: Token) -> list[Token]:
    """The prepositions of a noun's phrase that say where it was ("troops in many districts of P",
    "forces at P", "police near P")."""
    vocabulary = words_for("attacked")
    where = vocabulary["TARGET_PLACE_PREPOSITIONS"] | vocabulary["NEARBY_PREPOSITIONS"]
    return [c for c in noun.children if c.dep_ == "prep" and c.lower_ in where]


def _body_of_water(name: Token) -> bool:
    """"a ship hit in the Red Sea", "a vessel struck in the Gulf of Aden": a sea, gulf or strait where a
    vessel was hit is no place attacked (nor the port a gulf is named after)."""
    water = words("WATER_BODY_NOUNS")
    head = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "of" else name
    return name.lemma_.lower() in water or head.lemma_.lower() in water


def facility_owners(target: Token, resolver: Resolver) -> list[Mention]:
    """The actor a facility belongs to, when the phrase names it: "a Pakistani military base
    in Peshawar" (Pakistan, not the city it stands in), "a camp run by the X group" (X).
    The facility and the place go on the event, not in the triple; a force's post, convoy
    or depot is owned only through such a participle ("posts held by the X army")."""
    facility = target.lemma_.lower() in words("FACILITY_NOUNS")
    if not facility and target.lemma_.lower() not in words_for("attacked")["OWNED_TARGET_NOUNS"]:
        return []
    found: list[Mention] = []
    bare: list[Mention] = []  # "an army base": the state the bare word "army" stands for
    for child in list(target.children) + _reduced_relative(target):
        if not facility and child.dep_ not in ("acl", "relcl"):
            continue
        if child.dep_ in ("acl", "xcomp", "relcl") and \
                child.lemma_.lower() in words_for("attacked")["OWNER_PARTICIPLES"]:
            found += [m for a in child.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "to")
                      for g in a.children if g.dep_ == "pobj"
                      for m in resolver.resolve(g, "actor") if m.entity.type in NON_PERSON_ACTORS]
        elif child.dep_ in ("amod", "compound", "nmod") and (child.i in resolver.by_token or child.pos_ == "PROPN"):
            # "a Pakistani base"; "an African Union military base" (the parser's nmod before an adjective)
            found += [m for m in resolver.resolve(child, "actor") if m.entity.type in NON_PERSON_ACTORS]
        elif child.dep_ in ("amod", "compound") and child.lower_ in words("STATE_FORCE_NOUNS"):
            bare += [m for m in resolver.resolve(child, "actor") if m.entity.type in NON_PERSON_ACTORS]
    return found or bare  # "a Kenyan military base in Somalia": Kenya's, not the host's army


def _reduced_relative(target: Token) -> list[Token]:
    """"targeted the X Camp run by Y": a participle the parser hung on the verb right
    after its object ("run", xcomp) is said of the object, as an acl would be."""
    verb = target.head
    if target.dep_ != "dobj":
        return []
    end = max(t.i for t in target.subtree)
    return [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBN" and c.i == end + 1]


def holders(target: Token, resolver: Resolver, attackers: set[str]) -> list[Mention]:
    """The named actor holding the place or ground an attack hit ("strikes on X-held
    positions", "an offensive into ground held by the Y militia", "bombed X-held P",
    "pushed into parts of the town that Y held"): to attack what an actor holds is to
    attack it (not the attackers' own ground)."""
    held = words_for("attacked")["HELD_PARTICIPLES"]  # "X-held", "controlled by X"
    found: list[Mention] = []
    for participle in target.children:
        if participle.dep_ not in ("amod", "acl", "relcl") or participle.lemma_.lower() not in held:
            continue
        if participle.dep_ == "amod":  # "X-held": X hangs on the participle before a hyphen
            named = [c for c in participle.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < participle.i]
        elif participle.dep_ == "relcl":  # "that X held"
            named = [c for c in participle.children if c.dep_ == "nsubj"]
        else:  # "held by X"
            named = [g for a in participle.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        found += [m for c in named for m in resolver.resolve(c, "actor")
                  if m.entity.type in NON_PERSON_ACTORS and m.entity.name not in attackers]
    if not found and target.lower_ in words("PART_NOUNS"):  # "parts of the town that X held"
        found = [m for p in target.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" for m in holders(g, resolver, attackers)]
    return found


def affiliate_owner(target: Token, resolver: Resolver, attackers: set[str]) -> list[Mention]:
    """"forced the station X off the air and attacked an affiliated newspaper": an
    affiliate whose partner the phrase leaves unsaid belongs to the group or organisation
    named last before it in the sentence (not the attacker)."""
    affiliates = words_for("attacked").get("AFFILIATE_MODIFIERS", frozenset())
    if not any(c.dep_ == "amod" and c.lower_ in affiliates and not any(g.dep_ == "prep" for g in c.children)
               and not _names_its_partner(c) for c in target.children):
        return []
    for i, entity in reversed(resolver.mentions_before(target)):
        if i < target.sent.start:
            break
        if entity.type in GROUP_TYPES and entity.name not in attackers:
            return [Mention(entity, i, "owner")]
    return []


def _names_its_partner(modifier: Token) -> bool:
    """"al-Qaeda-linked gunmen", "Hamas-affiliated militants": the modifier names the one
    the noun is tied to, so the noun is someone else (unnamed), not that partner."""
    doc, i = modifier.doc, modifier.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].pos_ in ("PROPN", "NOUN")


def owned_place(mention: Mention, resolver: Resolver, known_regions: bool = False) -> Mention:
    """A place the text names with its owner state ("Kenya's Lamu county") stands for that
    state where it only locates the target ("a base in ..."); a known province attacked
    directly ("pushed into Turkey's Hatay province") stays the province."""
    token = resolver.doc[mention.token]
    known = resolver.gazetteer.lookup(mention.entity.name)
    if mention.entity.type not in ("Region", "Place") or (
            known is not None and not (known_regions and known.type == "Region")):
        return mention
    same = token.head.i in resolver.by_token and resolver.by_token[token.head.i] == mention.entity
    named_noun = token.dep_ == "compound" and token.head.lemma_.lower() in words("PLACE_NOUNS")  # "Lamu county"
    anchor = token.head if same or named_noun else token
    for child in list(anchor.children) + list(token.children):
        owner = resolver.by_token.get(child.i)
        if child.dep_ == "poss" and owner is not None and owner.type == "State":
            return Mention(owner, child.i, "owner")
    return mention
