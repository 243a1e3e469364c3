"""How English leaves an argument implicit, and the candidate record every engine returns.

The doer of a trigger with no subject of its own ("attacks by X", "X carried out
strikes", "X accused Y of beheading", "..., killing Z"), the clause a word belongs to,
and where an event happened. Shared by every engine module.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.discourse import Mention
from kg.entities import PLACE_TYPES, Resolver
from kg.events import Entity
from kg.lexicon import any_of, words
from kg.relations.schema import Pattern

VERB_POS = ("VERB", "AUX")
#: Labels a clause hands its subject down through ("..., killing X"; "used to strike X").
INHERIT_DEPS = ("xcomp", "advcl", "conj", "pcomp", "ccomp")
#: Labels a noun trigger climbs through to reach the verb that carries it.
NOUN_CLIMB_DEPS = ("pobj", "prep", "dobj", "nsubjpass", "attr", "conj", "appos", "oprd")


@dataclass(frozen=True)
class Candidate:
    """A relation the parse supports, before modality and dates are read."""

    pattern: Pattern
    trigger: Token
    subject: Mention
    object: Mention
    relation: str = ""
    place: Entity | None = None


def pairs(pattern: Pattern, trigger: Token, subjects: list[Mention], objects: list[Mention],
          relation: str = "", place: Entity | None = None) -> list[Candidate]:
    """One candidate per subject and object (both ways round when the pattern is symmetric)."""
    out = []
    for s in subjects:
        for o in objects:
            out.append(Candidate(pattern, trigger, s, o, relation, place))
            if pattern.both_directions:
                out.append(Candidate(pattern, trigger, o, s, relation, place))
    return out


def pairs_apart(pattern: Pattern, trigger: Token, subjects: list[Mention],
                objects: list[Mention]) -> list[Candidate]:
    """`pairs`, leaving out the objects that name a subject: no actor helps or backs itself."""
    names = {s.entity.name for s in subjects}
    return pairs(pattern, trigger, subjects, [o for o in objects if o.entity.name not in names])


def each_pair(pattern: Pattern, trigger: Token, sides: list[Mention]) -> list[Candidate]:
    """Every two of the sides, once each ("A, B and C formed a pact": A-B, A-C, B-C)."""
    return [Candidate(pattern, trigger, a, b) for i, a in enumerate(sides)
            for b in sides[i + 1:] if a.entity.name != b.entity.name]


def agent_of(trigger: Token, resolver: Resolver, preps: frozenset[str] | None = None,
             climb: bool = True) -> list[Mention]:
    """The doer of a trigger with no subject of its own: "attacks by X", "X's strikes",
    "X carried out strikes", "X accused Y of beheading", "X ..., killing Z"; preps are the
    prepositions that name the doer (default AGENT_PREPOSITIONS: "fire from X", but not in
    "the recapture of P from X"); without climb, only a doer the trigger names itself."""
    preps = words("AGENT_PREPOSITIONS") if preps is None else preps
    # "Russian shelling inside Ukraine killed ...": a gerund the parser calls a verb but
    # uses as a noun (a subject, an object) names its doer the way a noun does
    nominal_gerund = trigger.tag_ == "VBG" and trigger.dep_ in ("csubj", "nsubj", "nsubjpass", "dobj", "pobj")
    if trigger.pos_ in VERB_POS and not nominal_gerund:
        own = [c for c in trigger.children if c.dep_ == "nsubj"]
        if own:  # of two subjects the parser hangs on one verb, the nearest before it is it
            return resolver.resolve(([c for c in own if c.i < trigger.i] or own)[-1], "actor")
    else:
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                found = [m for g in child.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
                if found:
                    return found
            if child.dep_ in ("poss", "compound", "amod", "nmod") and (
                    child.i in resolver.by_token or child.lower_ in any_of("PRONOUNS_SINGULAR", "PRONOUNS_PLURAL")
                    or (child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"))  # "the coalition's campaign"
                    or child.lemma_.lower() in words("COALITION_NOUNS")):  # "a Saudi-led coalition air strike"
                found = resolver.resolve(child, "actor")
                if found:
                    return found + _first_owner(trigger, child, resolver)
        led = resolver.led_by(trigger)  # "a Kenyan-led assault on P": the leader is the doer
        if led is not None:
            return [led]
    return _climb_for_agent(trigger, resolver) if climb else []


def _first_owner(trigger: Token, owner: Token, resolver: Resolver) -> list[Mention]:
    """"A and B's incursion": the parser makes the noun a conjunct of A, so A owns it too."""
    before = owner.left_edge.i - 1
    if owner.dep_ != "poss" or trigger.dep_ != "conj" or trigger.head.pos_ != "PROPN" or \
            before < 0 or trigger.doc[before].lower_ != "and" or trigger.doc[before].head != trigger.head:
        return []
    return resolver.resolve(trigger.head, "actor")


def _causee(trigger: Token) -> Token | None:
    """The object of a causative verb just before a bare infinitive ("helping X take Y",
    "let X seize Y"): the infinitive's doer, however the parser attached the infinitive."""
    if trigger.tag_ != "VB" or trigger.i == trigger.sent.start or \
            any(c.dep_ == "aux" for c in trigger.children):
        return None
    token = trigger.doc[trigger.i - 1]
    for _ in range(3):
        if token.dep_ == "dobj":
            return token if token.head.lemma_ in words("CAUSATIVE_VERBS") else None
        if token.head.i == token.i or token.head.i >= trigger.i:
            return None
        token = token.head
    return None


def _climb_for_agent(trigger: Token, resolver: Resolver) -> list[Mention]:
    nominal = trigger.pos_ not in VERB_POS
    causee = None if nominal else _causee(trigger)
    if causee is not None:
        return resolver.resolve(causee, "actor")
    if not nominal and trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ in ("NOUN", "PROPN"):
        return _noun_doer(trigger.head, resolver)  # "a coalition battling the Houthis"
    token, came_through = trigger, None
    for _ in range(7):
        if token.head.i == token.i:
            return []
        dep, head = token.dep_, token.head
        if nominal and dep == "pobj" and head.lower_ == "of" and \
                {head.head.lower_, head.head.lemma_.lower()} & words("RELATIONAL_NOUNS"):
            return []  # "X, the sponsors of the revolt against Y": who backs or opposes it is not its doer
        if head.lemma_ in words("SPEECH_VERBS") and (dep == "ccomp" or _reported_clause(token)):
            # "Y were killed in shelling, the governor said": the speaker is not the doer
            return []
        if head.pos_ in VERB_POS:
            objects = [c for c in head.children if c.dep_ == "dobj"]
            accusing = head.lemma_ in words("ACCUSE_VERBS")
            if came_through_prep(token) and objects and (came_through == "pcomp" or accusing) and \
                    (accusing or not _abstract(objects[0], resolver)):
                # object control: "accused X of beheading", "blamed X for the attack"; not "gained
                # fame for taking Y", whose object is a thing won, and whose subject took Y
                return resolver.resolve(objects[0], "actor")
            if dep == "nsubjpass" and head.lemma_ in words("AGENT_PARTICIPLES"):
                # "the attack on X was claimed / carried out by Y"
                found = [m for a in head.children if a.dep_ == "agent"
                         for g in a.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
                if found:
                    return found
            copula = head.lemma_ == "be" and (dep in ("acomp", "attr") or (  # "X was behind the attack"
                dep == "prep" and token.lower_ in words("AGENT_COPULA_PREPOSITIONS")))
            instrument = dep == "prep" and token.lower_ in ("in", "with") and (
                head.lemma_ in words("ATTACK_VERBS_CORE"))  # "killed X in a strike on Y"
            circumstance = dep == "prep" and token.lower_ in words("CIRCUMSTANCE_PREPOSITIONS") and \
                _fight_with(trigger)  # "retook the town after heavy fighting with Y": the subject fought Y
            involved = head.lemma_ in words("INVOLVEMENT_VERBS") and token.lower_ == "in"
            sought = dep == "prep" and token.lower_ == "for" and not objects  # "pressed for an offensive": asked for
            if nominal and not (copula or instrument or circumstance or involved) and dep not in INHERIT_DEPS and \
                    (head.lemma_ not in words("SUPPORT_VERBS") or sought):
                return []
            # "X was involved in the bombing of Y": the passive's subject took part in it; "X was
            # formed in 2010 and pledged allegiance to Y": conjoined verbs share the subject, whatever the voice
            subject = [c for c in head.children if c.dep_ == "nsubj" or (
                (involved or (not nominal and _conjoined_active(token))) and c.dep_ == "nsubjpass")]
            if subject:
                found = resolver.resolve(subject[0], "actor")
                # "fighters swarmed in, battling police": a participle's doer is the subject
                # of its clause, named or not; a conjunct may be misattached, so look higher
                if found or dep in ("advcl", "xcomp") or head.dep_ not in INHERIT_DEPS or (copula and dep != "attr"):
                    return found  # "officials charged that the militia was behind the attack": its doer, unnamed
            if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
                return _noun_doer(head.head, resolver)  # "leaders of a coalition battling X to restore Y"
            if head.dep_ not in INHERIT_DEPS + ("acl", "relcl", "pcomp", "prep", "pobj"):
                return []
            nominal = False
        elif token.pos_ == "ADJ" and token.lemma_.lower() in words("AGENT_ADJECTIVES") and dep in ("amod", "appos"):
            return _noun_doer(head, resolver)  # "groups such as X, responsible for attacks on Y"
        elif dep not in NOUN_CLIMB_DEPS + INHERIT_DEPS + ("acomp",):
            return []
        came_through, token = dep, head
    return []


def _conjoined_active(verb: Token) -> bool:
    """An active verb joined by "and" / "but" to the verb it hangs on ("X was formed in 2010
    and pledged ..."), so sharing its subject; not a bare participle, which shares its passive
    ("was shelled and bombed by Y") unless "have" makes it perfect, nor a clause hung there unjoined."""
    head = verb.head
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children) and \
        (verb.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _reported_clause(verb: Token) -> bool:
    """A finite verb the parser hangs on the verb before it as a conjunct or adverbial clause
    with no word to join them ("A said the raids - 15 of them - hit Y"): the clause the first
    verb reports, not a second act of its subject ("said it was ready and attacked Y")."""
    head = verb.head
    joined = any(c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i for c in head.children) or \
        any(c.dep_ in ("cc", "mark") for c in verb.children)
    return verb.dep_ in ("conj", "advcl") and verb.tag_ in ("VBD", "VBZ", "VBP") and not joined


def _abstract(noun: Token, resolver: Resolver) -> bool:
    """A singular common noun naming no one ("fame", "notoriety", "praise", "a reputation"):
    a thing, not a doer a verb's object could control."""
    people = any_of("STATE_FORCE_NOUNS", "GROUP_NOUNS", "LEADER_NOUNS", "NON_STATE_GROUP_NOUNS")
    return noun.tag_ == "NN" and noun.i not in resolver.by_token and noun.lemma_.lower() not in people and \
        not resolver.resolve(noun, "actor")


def _fight_with(noun: Token) -> bool:
    """"fighting with Y", "clashes with Y": a fight noun that names the other side with "with"."""
    return noun.lemma_.lower() in words("FIGHT_WITH_NOUNS") and \
        any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def _noun_doer(noun: Token, resolver: Resolver) -> list[Mention]:
    """Who a noun that a participle describes is: its name, or, for an unnamed coalition,
    the actors the text says lead or make it up ("A and B, leaders of a coalition battling
    C"; "A, part of an alliance fighting C")."""
    found = resolver.resolve(noun, "actor")
    if found or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return found
    member = noun.head.head
    if member.lemma_.lower() not in words("MEMBER_NOUNS"):
        return []
    if member.dep_ == "appos":  # "A and B — leaders of ...": the apposition's head and its conjuncts
        return resolver.resolve(member.head, "actor")
    return [m for c in member.children if c.dep_ == "appos" for m in resolver.resolve(c, "actor")]


def came_through_prep(token: Token) -> bool:
    """True when token is a preposition that links a verb's object to what it did
    ("accused X of", "praised X for", "congratulated X on")."""
    return token.dep_ == "prep" and token.lower_ in words("GROUNDS_PREPOSITIONS")


def definite(noun: Token) -> bool:
    """"the fighting", "that assault": a noun with a definite determiner, one the text has
    told of before."""
    return any(c.dep_ == "det" and c.lower_ in words("ARTICLES_DEFINITE") for c in noun.children)


def clause_of(token: Token) -> Token:
    """The verb whose clause holds token."""
    current = token
    for _ in range(6):
        if current.pos_ in VERB_POS or current.head.i == current.i:
            return current
        current = current.head
    return current


def place_of(trigger: Token, resolver: Resolver, exclude: set[str]) -> Entity | None:
    """Where the event happened: "in/at/near PLACE" on the trigger, its clause or object."""
    clause = clause_of(trigger)
    heads = [trigger, clause] + [c for c in clause.children if c.dep_ in ("dobj", "pobj")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in words("EVENT_PLACE_PREPOSITIONS"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for mention in resolver.resolve(pobj, "place"):
                    if mention.entity.type in PLACE_TYPES and mention.entity.name not in exclude:
                        return mention.entity
    return None


def led_by(noun: Token, resolver: Resolver) -> list[Mention]:
    """"factions led by A and B signed ...", "soldiers led by Colonel X seized power": the
    unnamed factions are A and B, the soldiers X's."""
    return [m for c in noun.children if c.dep_ == "acl" and c.lemma_ == "lead"
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
            for m in resolver.resolve(g, "actor")]
