"""The default engine, for every relation: the subject and object of a matched pattern
read from the nodes it names (or, missing, the way English leaves them implicit), and the
false friends it drops by argument. Engines of one relation are in attacks.py,
alliances.py, controls.py and talks.py."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Mention, distinct
from kg.entities import Resolver
from kg.lexicon import words
from kg.relations.arguments import Candidate, agent_of, led_by, pairs
from kg.relations.attacks import armed_sides, armed_sides_noun, companions, contested, criticised, disputed, figurative
from kg.relations.controls import (a_person, blamed, deposed, ended, held_by_others, held_places, irregular_taking,
                                   not_held_apart, stronghold_taken)
from kg.relations.modality import attributive, modality, reduced_relative
from kg.relations.recalled import earlier_attackers, event_pronoun, told_again
from kg.relations.record import DocumentRecord
from kg.relations.registry import engine
from kg.relations.schema import Pattern, words_for
from kg.relations.targets import affiliate_owner, attack_targets, holders


def _antecedent_noun(token: Token) -> Token:
    """The noun a relative pronoun stands for ("an offensive that drove X out"), else token."""
    if token.lower_ in words("RELATIVE_PRONOUNS") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _passive_doer(trigger: Token, event: Token, resolver: Resolver) -> list[Mention]:
    """"Y were killed in the counterattack by X", "Y, who was killed in an X drone strike":
    the doer is the one the passive verb or the attack noun names, never the subject of the
    clause governing it ("reports suggested that ...", the victim's own group): the victim
    is the subject here, so no doer is inherited (an attack told before may still name one)."""
    agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [m for g in agents for m in resolver.resolve(g, "actor")] or agent_of(event, resolver, climb=False)


@engine(roles=("subject", "object", "place"), record=True)
def default(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
            record: DocumentRecord) -> list[Candidate]:
    """The engine most patterns use: subject and object read from the matched nodes (or the
    agent of a passive), the attack's companions, and the place, as candidates."""
    trigger = nodes["trigger"]
    object_role = "place" if pattern.relation == "controls" else (
        "target" if pattern.relation == "attacked" else "actor")
    doer_preps = words_for("controls")["TAKER_PREPOSITIONS"] if pattern.relation == "controls" else \
        words("AGENT_PREPOSITIONS")  # "the capture of P by X"; not "the recapture of P from X"
    subjects = (resolver.resolve(nodes["subject"], "actor") if "subject" in nodes
                else agent_of(trigger, resolver, doer_preps))
    if pattern.relation == "attacked" and "event" in nodes and nodes.get("object") is not None and \
            nodes["object"].dep_ == "nsubjpass" and "subject" not in nodes:
        subjects = _passive_doer(trigger, nodes["event"], resolver)  # "Y were killed in the attack by X"
    if not subjects and pattern.relation == "attacked" and "subject" in nodes:
        doer = _antecedent_noun(nodes["subject"])
        if doer.lemma_.lower() in words_for("attacked")["PROJECTILES"] | words_for("attacked")["ATTACK_NOUNS"]:
            subjects = agent_of(doer, resolver)  # "air strikes by the coalition hit ...", "an X offensive that drove Y out"
    if "subject" in nodes and attributive(trigger) and trigger.head.i == nodes["subject"].i:
        subjects = _own_conjuncts(nodes["subject"], subjects, resolver, pattern.relation)
    if pattern.relation == "attacked" and subjects:
        subjects = distinct(subjects + [c for s in subjects for c in companions(resolver.doc[s.token], trigger, resolver)])
    if pattern.relation == "attacked" and "object" in nodes and "subject" not in nodes:
        victims = {t.i for t in nodes["object"].subtree}  # "the kidnappings of Kenyan and Ugandan soldiers":
        subjects = [s for s in subjects if s.token not in victims]  # the doer is not named among the victims
    if all(s.via == "home-state" for s in subjects) and "subject" in nodes and \
            pattern.relation in ("controls", "attacked"):
        subjects = led_by(nodes["subject"], resolver) or subjects  # "soldiers led by Colonel X seized power"
    objects = resolver.resolve(nodes["object"], object_role) if "object" in nodes else []
    if "subject" in nodes and "agent" in nodes:
        subjects, objects = _agent_list_tail(trigger, nodes["subject"], subjects, objects)
    if pattern.relation == "controls":
        subjects = [_body_led(m, resolver) for m in subjects]
    if pattern.relation == "controls" and "object" in nodes:
        if blamed(trigger, nodes["object"]):
            return []
        objects = [resolver.as_place(m) for m in held_places(nodes["object"], objects, resolver)
                   if not a_person(m, resolver)]
        if ended(trigger) or stronghold_taken(trigger):  # "ruled X from 1966 to 1979", "captured the X stronghold of P"
            record.lose(trigger, subjects, objects)
    if _excluded(pattern, nodes, subjects):
        return []
    if pattern.relation == "controls" and not subjects and "subject" in nodes:
        irregular_taking(nodes, objects, record)
    if pattern.relation == "controls" and deposed(nodes.get("subject")):
        record.lose(trigger, subjects, objects)
    if pattern.relation == "controls":
        objects = held_by_others(trigger, subjects, objects, resolver)
        objects = not_held_apart(trigger, nodes.get("object"), objects)
    if pattern.relation == "alliedWith":  # "X reinforced its positions", "X reinforces itself": its own,
        objects = _not_own(objects, subjects)  # no other actor backed
    objects = [resolver.other_than(m, {s.entity.name for s in subjects}) for m in objects]
    objects = [m for m in objects if m is not None]
    if pattern.relation == "attacked":
        objects = attack_targets(nodes, objects, resolver)
        if not objects and "object" in nodes:
            objects = affiliate_owner(nodes["object"], resolver, {s.entity.name for s in subjects})
        if "object" in nodes:
            objects = distinct(objects + holders(nodes["object"], resolver, {s.entity.name for s in subjects}))
        if told_again(trigger) and (not subjects or event_pronoun(trigger)):  # "It was the worst attack on Y"
            subjects = earlier_attackers(trigger, resolver, {o.entity.name for o in objects})
        elif not subjects and (told := next((nodes[role] for role in ("event", "subject")
                                             if role in nodes and told_again(nodes[role])), None)) is not None:
            # "Y were killed in the attack", "The raid struck Y": the attack told before
            subjects = earlier_attackers(told, resolver, {o.entity.name for o in objects})
        if modality(trigger) == "asserted":
            record.attacks.append((trigger.i, objects))
            record.attackers.append((trigger.i, subjects, objects))
    return pairs(pattern, trigger, subjects, objects)


@engine(roles=("subject",), needs=("subject",), record=True)
def comma_participle(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
                     record: DocumentRecord) -> list[Candidate]:
    """"closing in on the city of P, captured by X in July": a participle after a comma,
    with its own agent and no subject, describes the name just before the comma (the small
    parser hangs it on the main verb as an adverbial clause); read as "P was captured by X"."""
    trigger = nodes["trigger"]
    doc = trigger.doc
    if trigger.i < 2 or doc[trigger.i - 1].text != "," or \
            any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "mark") for c in trigger.children):
        return []
    named = doc[trigger.i - 2]
    if named.pos_ != "PROPN" or named.i not in resolver.by_token:
        return []
    return default(pattern, {**nodes, "object": named}, resolver, record)


@engine(roles=("object",), needs=("object",), record=True)
def stranded_subject(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
                     record: DocumentRecord) -> list[Candidate]:
    """"In a blow to the rebels, Ugandan troops on Monday captured P", "this comes weeks after
    X, backed by Y, recaptured P": a verb left with no subject (nor one it shares with the verb
    it is joined to), its subject hung by the small parser on what comes before (an apposition
    after a fronted phrase's comma, or the preposition before a noun with a participle set off
    by commas), is read with the noun just before it."""
    trigger = nodes["trigger"]
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in trigger.children) or \
            trigger.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    if trigger.dep_ != "ROOT" and any(resolver.resolve(c, "actor") for c in trigger.head.children
                                      if c.dep_ in ("nsubj", "nsubjpass")):
        return []  # "X advanced and captured P": the subject the verb shares with its head
    subject = _stranded(trigger)
    if subject is not None and subject.dep_ == "appos" and subject.i not in resolver.by_token:
        subject = next((t for t in subject.subtree if t.i < subject.i and t.dep_ in ("compound", "amod", "nmod", "poss")
                        and t.i in resolver.by_token), None)  # "Ugandan troops" hung on a name: read alone
    return default(pattern, {**nodes, "subject": subject}, resolver, record) if subject is not None else []


def _stranded(trigger: Token) -> Token | None:
    """The noun before a subjectless verb (past its own time phrase, "on Monday", and a comma):
    an apposition after a comma, or the noun a comma-set participle or relative clause
    ending just before the verb describes."""
    doc = trigger.doc
    i = trigger.i - 1
    while i >= 1:
        child = doc[i]
        while child.head.i not in (trigger.i, child.i):
            child = child.head  # the verb's own phrase the word is in
        if child.head.i != trigger.i or child.i == trigger.i:
            break
        if doc[i].is_punct and child.i == i:
            i -= 1
        elif _time_phrase(child):
            i = child.left_edge.i - 1
        else:
            break
    if i < 1:
        return None
    token = doc[i]
    if token.dep_ == "appos" and token.pos_ in ("NOUN", "PROPN") and doc[token.left_edge.i - 1].text == ",":
        return token
    while token.head.i < trigger.i and token.head.i != token.i:
        if token.dep_ in ("acl", "relcl") and doc[token.left_edge.i - 1].text == "," and \
                token.head.pos_ in ("NOUN", "PROPN"):
            return token.head
        token = token.head
    return None


def _time_phrase(child: Token | None) -> bool:
    """A phrase of time on the verb: "on Monday", "last week"."""
    return child is not None and child.dep_ in ("prep", "npadvmod") and \
        all(t.ent_type_ in ("DATE", "TIME") for t in child.subtree if t.i != child.i or child.dep_ != "prep")


def _not_own(objects: list[Mention], subjects: list[Mention]) -> list[Mention]:
    """The objects of a backing that are not the subject's own: a pronoun that points back
    at the subject ("X reinforced its positions", "X finances its insurgency") names what
    the subject strengthens of itself, not a second actor to be its ally."""
    names = {s.entity.name for s in subjects}
    return [m for m in objects if not (m.via == "pronoun" and m.entity.name in names)]


def _agent_list_tail(trigger: Token, noun: Token, subjects: list[Mention],
                     objects: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """"The army, backed by A, B and C, has ...": the small parser hangs B and C on the
    noun the participle describes, as its conjuncts; named after the participle (and
    with no participle of their own), they continue the agent's list, not the noun's."""
    if not (reduced_relative(trigger) and trigger.head.i == noun.i):
        return subjects, objects
    after = [c for c in noun.conjuncts if c.i > trigger.i]
    described = [c for c in after if _described_apart(c)]
    tail = {t.i for c in after if c not in described for t in c.subtree}
    # "the government, backed by X, and Y's Z-backed rebels": the rebels are neither backed by X nor among its backers
    apart = {t.i for c in described for t in c.subtree}
    moved = [m for m in subjects if m.token in tail]
    kept = [m for m in subjects if m.token not in tail | apart]
    return kept, distinct(objects + moved) if moved else objects


def _described_apart(conjunct: Token) -> bool:
    """"..., and Y's Z-backed rebels known as W": a conjunct after a participle clause that
    has a participle or a relative clause of its own is a phrase of its own, not one more
    name in the clause's list of agents ("backed by A and B's air force" lists B's)."""
    return any(k.dep_ in ("acl", "relcl") or (k.dep_ in ("amod", "compound") and k.tag_ == "VBN")
               for k in conjunct.children)


def _own_conjuncts(noun: Token, mentions: list[Mention], resolver: Resolver, relation: str) -> list[Mention]:
    """"Israel and the Iran-backed Hezbollah": a modifier on a later conjunct describes it
    (and those after it), not the names coordinated before it; nor, between two sides,
    the side after it; nor a later conjunct with an owner of its own ("the X-backed Y and its
    commanders", "the X-allied fighters and its leaders"), whose "its" means the noun."""
    own = {t.i for t in noun.subtree}
    if noun.dep_ == "pobj" and noun.head.lower_ == "between":  # "between the Saudi-backed army and the
        own -= {t.i for c in noun.conjuncts for t in c.subtree}  # rebels": the two sides, backed apart
        return [m for m in mentions if m.token in own]
    if noun.dep_ == "conj":
        return [m for m in mentions if m.token in own]
    owned_apart = {t.i for c in noun.conjuncts if c.i > noun.i and (_owner_of_its_own(c, mentions) or
                   relation == "alliedWith" and _phrase_of_its_own(c, resolver)) for t in c.subtree}
    if not owned_apart:
        return mentions
    alone = resolver.resolve_head(noun)  # the noun without its conjuncts
    inside = own - owned_apart
    return [m for m in mentions if m.token in inside or (alone is not None and m.entity == alone.entity)]


def _phrase_of_its_own(conjunct: Token, resolver: Resolver) -> bool:
    """"S's X-backed government and the Y rebels", "X-backed militia and local Kurdish
    fighters": a later conjunct with a determiner or possessor of its own, or a force noun
    named by a people of its own, is a phrase apart, out of reach of the modifier before
    the first conjunct ("X-backed Y and Z" stays a list)."""
    return any(c.dep_ in ("det", "poss") for c in conjunct.children) or \
        (conjunct.pos_ == "NOUN" and resolver.people_modifier(conjunct) is not None)


def _owner_of_its_own(conjunct: Token, mentions: list[Mention]) -> bool:
    """"Iran-backed militias and Syrian forces", "X-allied fighters and their leaders": a
    later conjunct, a common noun whose own modifier names its owner or that has a
    possessive of its own, is those forces, not one more of the noun the participle
    before the list describes ("Iran-backed Hezbollah and Hamas" stays a list)."""
    modifiers = {c.i for c in conjunct.children if c.dep_ in ("amod", "compound", "nmod", "poss")}
    return conjunct.pos_ == "NOUN" and (any(m.token in modifiers for m in mentions) or
                                        any(c.dep_ == "poss" for c in conjunct.children))


def _excluded(pattern: Pattern, nodes: dict[str, Token], subjects: list[Mention]) -> bool:
    """False friends by argument: "attacked the decision", "hit by sanctions", and rivals
    "battling in court", "fighting for passengers" (a contest, not violence)."""
    vocabulary = words_for(pattern.relation)
    fights = [nodes["trigger"]] + ([nodes["event"]] if "event" in nodes else [])  # "fought a battle in court"
    if any(contested(fight, vocabulary) for fight in fights):
        return True
    captive = vocabulary.get("CAPTIVE_WORDS", frozenset())  # "held X hostage", "was held captive by Y"
    if captive and any(t.lemma_.lower() in captive for c in nodes["trigger"].children for t in (c, *c.children)):
        return True
    trigger = nodes["trigger"]
    if any(figurative(nodes[name], vocabulary) for name in ("trigger", "weapon", "event") if name in nodes):
        return True  # "launched a cyber attack on Y", "waged a war of words against Y", "fought a legal battle"
    if disputed(trigger, vocabulary):
        return True  # "its clash with Y over water rights": one clash over an issue is a dispute
    if armed_sides_noun(trigger, vocabulary) and armed_sides(subjects) != subjects:
        return True  # "the mayor's confrontation with the party": a political quarrel
    if "where" in nodes and any(c.dep_ == "dobj" for c in trigger.children):
        return True  # "talks in X, where they held meetings": what is held there is no hold of X
    if pattern.relation == "alliedWith" and "with" in nodes and _helped_to_agree(nodes["with"], vocabulary):
        return True
    obj, subj = nodes.get("object"), nodes.get("subject")
    if criticised(trigger, subj, obj, vocabulary):
        return True  # "attacked Mr X for his record", "attacked him as a liar": criticism
    if subj is not None and _far_subject(trigger, subj):
        return True
    if obj is not None and obj.lemma_.lower() in vocabulary.get("NON_TARGETS", ()):
        return True
    if obj is not None and obj.ent_type_.lower() in vocabulary.get("PEOPLE_ENT_TYPES", ()) and not _named_place(obj):
        return True  # "held three Americans": people, not their country
    return subj is not None and subj.lemma_.lower() in vocabulary.get("NON_AGENTS", ())


def _helped_to_agree(with_: Token, vocabulary: dict[str, frozenset[str]]) -> bool:
    """"X negotiated a truce with the help of Y", "reached a deal with support from Y":
    help towards an agreement or talks (a NON_AGENTS noun as the verb's object, or the
    subject of its passive) is mediation, not backing in force or politics."""
    verb = with_.head if with_.head.pos_ in ("VERB", "AUX") else with_.head.head
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in vocabulary.get("NON_AGENTS", ()) for c in verb.children)


def _body_led(holder: Mention, resolver: Resolver) -> Mention:
    """"X claimed credit for capturing P" with X "founder of the Y group" at another mention:
    a person takes and holds a place for the group or state the text says he heads."""
    if holder.entity.type != "Person":
        return holder
    led = resolver.bodies_led(holder.entity)
    return Mention(led[0], holder.token, "leader") if led else holder


def _named_place(name: Token) -> bool:
    """"the stronghold of X", "the town of X": a name a place noun introduces is a place,
    whatever the entity recogniser took it for (it reads unknown towns as peoples)."""
    head = name.head
    return name.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and \
        head.head.lemma_.lower() in words("PLACE_NOUNS") | words_for("controls")["STRONGHOLD_NOUNS"]


def _far_subject(trigger: Token, subject: Token) -> bool:
    """A verb has one subject: when the parser hangs two on it ("With fighters in A and
    most of B, the militants control C"), the one nearest the verb is it."""
    if subject.dep_ != "nsubj" or subject.head.i != trigger.i:
        return False
    before = [c.i for c in trigger.children if c.dep_ == "nsubj" and c.i < trigger.i]
    return len(before) > 1 and subject.i != before[-1]
