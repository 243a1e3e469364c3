"""The attacked engines beyond the default: "Y returned fire", "X claimed responsibility
for the attack", "clashes between X and Y" (each side attacked the other), and what makes
a fight one of words, not arms."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Mention
from kg.entities import PLACE_TYPES, Resolver
from kg.relations.arguments import Candidate, agent_of, definite, pairs
from kg.relations.record import DocumentRecord
from kg.relations.registry import engine
from kg.relations.schema import Pattern, modality_cues, words_for


@engine(needs=("subject",), deferred=True, record=True)
def retaliate(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
              record: DocumentRecord) -> list[Candidate]:
    """"Y returned fire", "Y retaliated": Y attacked whoever the text last said attacked
    it (or whoever last attacked a target the text does not name: "shelled the island")
    in this sentence or the two before."""
    trigger = nodes["trigger"]
    named = words_for("attacked")["NAMED_TARGET_PREPOSITIONS"]
    if any(c.dep_ == "prep" and c.lower_ in named for c in trigger.children):
        return []  # the target is named; the default patterns read it
    subjects = resolver.resolve(nodes["subject"], "actor")
    names = {s.entity.name for s in subjects}
    first = resolver.window_start(trigger, 2)
    earlier = [(attackers, targets) for i, attackers, targets in record.attackers if first <= i < trigger.i]
    for wanted in (lambda targets: names & {t.entity.name for t in targets}, lambda targets: not targets):
        for attackers, targets in reversed(earlier):
            others = [a for a in attackers if a.entity.name not in names]
            if others and wanted(targets):
                return pairs(pattern, trigger, subjects, others)
    return []


@engine(deferred=True, record=True)
def unnamed_sides(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
                  record: DocumentRecord) -> list[Candidate]:
    """"X attacked Y's post, sparking a firefight", "X retook the town from Y after heavy
    fighting", "X attacked Y on Monday. The gun battle lasted hours": a fight whose sides the
    text does not name, told as the attack's sequel, is between the attack's doer and the
    actor it hit, so each attacked the other."""
    trigger = nodes["trigger"]
    vocabulary = words_for("attacked")
    if trigger.dep_ in ("compound", "amod") or figurative(trigger, vocabulary) or contested(trigger, vocabulary) or \
            any(c.dep_ in ("poss", "nmod") or (c.dep_ == "prep" and c.lower_ in vocabulary["SIDE_PREPOSITIONS"])
                for c in trigger.children):
        return []  # "ISIS fighting positions"; "clashes between X and Y", "its war with Y": a side is named
    sentence = trigger.sent
    before = resolver.window_start(trigger, 1)
    for at, attackers, targets in reversed([a for a in record.attackers if before <= a[0] < sentence.end]):
        if not _sequel_of(trigger, trigger.doc[at], vocabulary):
            continue
        attackers = armed_sides(attackers)  # a fight's sides wage it: not a monitoring mission, a party
        names = {a.entity.name for a in attackers}
        hit = [t for t in armed_sides(targets) if t.entity.name not in names]
        if attackers and hit:
            return [Candidate(pattern, trigger, t, a) for t in hit for a in attackers]
    return []


def _sequel_of(fight: Token, attack: Token, vocabulary: dict[str, frozenset[str]]) -> bool:
    """Whether the text tells the fight as what the attack led to: "(the attack) sparked /
    set off a firefight", "retook the town after heavy fighting", or, in the sentence after
    the attack, "the fighting" or "the attack sparked a firefight" (not "despite widespread
    fighting", nor "a gun battle" of its own)."""
    spans = vocabulary["UNDERGO_SPANS"] | vocabulary["BOUT_NOUNS"]
    while fight.dep_ == "pobj" and fight.head.lower_ == "of" and fight.head.head.lemma_.lower() in spans:
        fight = fight.head.head  # "after two weeks of fighting", "after several rounds of fighting"
    head = fight.head
    if fight.dep_ == "pobj" and head.lower_ in modality_cues()["SEQUEL_PREPS"]:
        return attack.sent == fight.sent and (head.head == attack or head.head.is_ancestor(attack))
    if fight.dep_ == "nsubj" and attack.sent == fight.sent and head != attack and head.is_ancestor(attack) and \
            definite(fight):
        return True  # "the fighting raged when X attacked Y", "the fighting lasted an hour, with troops flushing Y out"
    if fight.dep_ == "pobj" and head.lower_ == "to":
        head = head.head  # "leading to a gun battle"
    sparked = fight.dep_ in ("dobj", "pobj") and head.lemma_.lower() in vocabulary["SPARK_VERBS"]
    if attack.sent == fight.sent:
        return sparked
    if attack.sent.end != fight.sent.start:
        return False
    told = [c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in vocabulary["CLAIMED_NOUNS"]]
    return definite(fight) or (sparked and any(definite(c) for c in told))  # "The attack sparked a firefight"


@engine(needs=("attack", "subject"), deferred=True, record=True)
def claim(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
          record: DocumentRecord) -> list[Candidate]:
    """"X claimed responsibility for the attack": whom the attack hit is what the text
    said of the last attack before the claim, even when it named no attacker."""
    attack = nodes["attack"]
    named = words_for("attacked")["CLAIMED_ATTACK_PREPOSITIONS"]
    if any(c.dep_ == "prep" and c.lower_ in named for c in attack.children):
        return []  # the target or the attack is named here; another pattern reads it
    claimed = [objects for i, objects in record.attacks if i <= nodes["trigger"].i and objects]
    if not claimed:
        return []
    subjects = resolver.resolve(nodes["subject"], "actor")
    return pairs(pattern, nodes["trigger"], subjects, claimed[-1])


def companions(doer: Token, trigger: Token, resolver: Resolver) -> list[Mention]:
    """Who acted with the doer, named beside it: "the army, along with militia of Y,
    attacked ...", "X, together with Y, launched ...", "X, alongside Y, shelled ...":
    each took part in the attack (not "attacked X along with Y", where Y may be hit too)."""
    vocabulary = words_for("attacked")
    marks = vocabulary["COMPANION_MARKS"]  # "along with", "together with"
    accompany = vocabulary["ACCOMPANIMENT_PREPOSITIONS"]
    while doer.dep_ in ("compound", "amod", "nmod", "poss") and doer.head.i != doer.i:
        doer = doer.head  # from the name to the noun it modifies: "Chadian army" -> army
    between = [c for c in trigger.children if doer.i < c.i < trigger.i]  # the parser may hang it on the verb
    found: list[Mention] = []
    for prep in [c for c in list(doer.children) + between if c.dep_ == "prep"]:
        if prep.lower_ in marks:  # "along with Y": "with" hangs on "along"
            withs = [g for g in prep.children if g.dep_ == "prep" and g.lower_ in accompany]
        elif prep.lower_ in vocabulary["COMPANION_PREPOSITIONS"] or (prep.lower_ in accompany and any(
                c.lower_ in marks for c in prep.children)):  # "alongside Y"; "together with Y": "together" on "with"
            withs = [prep]
        else:
            continue
        found += [m for w in withs for g in w.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
    return found


def contested(trigger: Token, vocabulary: dict[str, frozenset[str]]) -> bool:
    """A contest, not violence: rivals "battling in court", "fighting for passengers",
    candidates "clashing in a debate"."""
    arenas = vocabulary.get("CONTEST_NOUNS", frozenset())
    return any(g.dep_ == "pobj" and g.lemma_.lower() in arenas for p in trigger.children
               if p.dep_ == "prep" and p.lower_ in words_for("attacked")["CONTEST_PREPOSITIONS"] for g in p.children)


def criticised(trigger: Token, doer: Token | None, target: Token | None,
               vocabulary: dict[str, frozenset[str]]) -> bool:
    """Words, not blows: a verb of attack on a person with the reason or the label it
    gives ("attacked Mr X for not having ...", "slammed Y over his record", "attacked him
    as a liar"), not a time ("over the weekend"), unless armed men do it ("fighters
    attacked the governor for his support of Y")."""
    if target is None or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in vocabulary.get("CRITICISM_VERBS", ()):
        return False
    if doer is not None and doer.lower_ in vocabulary.get("ARMED_DOERS", ()):
        return False
    if target.ent_type_ != "PERSON" and target.lower_ not in vocabulary.get("CRITICISM_OBJECT_PRONOUNS", ()):
        return False
    return any(p.dep_ == "prep" and p.lower_ in vocabulary.get("CRITICISM_PREPS", ()) and any(
        g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") for g in p.children)
        for p in trigger.children)


def figurative(noun: Token, vocabulary: dict[str, frozenset[str]]) -> bool:
    """A fight of words, not arms: "a diplomatic clash", "a verbal attack", "a charm
    offensive", "a war of words", "a battle of nerves"."""
    return any((c.dep_ in ("amod", "compound") and c.lemma_.lower() in vocabulary.get("NONVIOLENT_MODIFIERS", ()))
               or (c.dep_ == "prep" and c.lower_ == "of" and any(
                   g.dep_ == "pobj" and g.lower_ in vocabulary.get("FIGURATIVE_OF_NOUNS", ()) for g in c.children))
               for c in noun.children)


@engine(needs=("parties",))
def reciprocal(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"clashes between X and Y", "fighting between Armenian and Azerbaijani forces",
    "clashes on the border between X and Y" (two states): each side attacked the other."""
    trigger = nodes["trigger"]
    if any(figurative(nodes[name], words_for(pattern.relation)) for name in ("trigger", "event") if name in nodes):
        return []  # "locked in a war of words", "a diplomatic battle between X and Y"
    if contested(trigger, words_for(pattern.relation)):
        return []  # "A and B clash in a debate"
    vocabulary = words_for("attacked")
    if disputed(trigger, vocabulary) or not _fire_exchanged(trigger, vocabulary):
        return []  # "the conflict between X and Y over the dam"; "a prisoner exchange between X and Y"
    exchanged = _reciprocal_pronouns() | vocabulary["EXCHANGED_NOUNS"]  # "fought each other", "exchanged fire"
    for child in trigger.children:  # "fought ISIS", "fought alongside X": not each other
        if (child.dep_ == "dobj" and child.lemma_ not in exchanged) or \
                (child.dep_ == "prep" and child.lower_ in vocabulary["OTHER_SIDE_PREPOSITIONS"]
                 and not _for_control(child) and not _for_a_while(child) and child.i not in resolver.by_token):
            return []  # (a "for" inside a name the parser split, "Front for the Liberation of ...", is no goal)
    if "event" in nodes and _named_opponent(nodes["event"]):
        return []  # "A and B, locked in a war against C": they fought C, not each other
    sides = resolver.resolve(nodes["parties"], "actor")
    stranded = _stranded_conjunct(nodes["parties"], resolver) if len(sides) == 1 else None
    if stranded is not None and not nodes["parties"].conjuncts:
        sides += resolver.resolve(stranded, "actor")
    if "border" in nodes:
        sides = [m for m in sides if m.entity.type == "State"]  # a border of two regions names no one who fought
    if armed_sides_noun(trigger, vocabulary) or "aspect" in nodes or "waged" in nodes:
        sides = armed_sides(sides)  # "a conflict between her faction and the party": a political quarrel; rival
        # candidates who "continued to battle each other", players who "resumed their duel": a contest
    return [Candidate(pattern, trigger, a, b) for a in sides for b in sides
            if a.entity.name != b.entity.name]


def disputed(noun: Token, vocabulary: dict[str, frozenset[str]]) -> bool:
    """A quarrel over an issue, not a fight: "its clash with Y over water rights", "the
    conflict between X and Y over the dam" (one such noun, singular, "over" a common noun;
    not "clashes over the weekend", nor "the conflict over Kashmir", a place fought for)."""
    return noun.lemma_.lower() in vocabulary.get("DISPUTE_NOUNS", ()) and noun.tag_ == "NN" and any(
        c.dep_ == "prep" and c.lower_ == "over" and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in noun.children)


def armed_sides_noun(trigger: Token, vocabulary: dict[str, frozenset[str]]) -> bool:
    """A fight noun whose sides must be able to wage one ("a conflict", "its fight with"); the
    verb "fought" names two sides fighting, whoever they are."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.lemma_.lower() in vocabulary.get("ARMED_SIDES_NOUNS", ())


def armed_sides(sides: list[Mention]) -> list[Mention]:
    """The sides of a "conflict" or "confrontation" that can wage one (states, armed groups,
    coalitions): between persons or parties the word names a political quarrel."""
    return [m for m in sides if m.entity.type in WAGING_TYPES]


def _fire_exchanged(trigger: Token, vocabulary: dict[str, frozenset[str]]) -> bool:
    """An "exchange" between two sides is a fight only of fire: "an exchange of gunfire
    between X and Y", "artillery exchanges", not "a prisoner exchange between X and Y"."""
    if trigger.lemma_.lower() != "exchange" or trigger.pos_ not in ("NOUN", "PROPN"):
        return True  # the verb: "X and Y exchanged fire" names what they exchanged as its object
    fired = vocabulary["EXCHANGED_NOUNS"] | vocabulary["PROJECTILES"]
    return any((c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in fired) or
               (c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in fired for g in c.children))
               for c in trigger.children)


#: Who wages a war abroad: a state, an armed group or a coalition (not a capitalised word of a
#: title-case headline the NER took for an organisation: "Fresh Deadly Raid in X").
WAGING_TYPES = frozenset({"State", "ArmedGroup", "Coalition"})


@engine(needs=("subject", "object"))
def war_abroad(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"Russia's war in Georgia", "Israeli strikes in Syria": an actor's war or strikes in
    another state named as the place are an attack on that state; a province or city
    ("the army's offensive in Borno") or the actor's own state names no one hit."""
    trigger = nodes["trigger"]
    if figurative(trigger, words_for(pattern.relation)):
        return []  # "a trade war in Europe", "a war of words in Ukraine"
    subjects = [m for m in resolver.resolve(nodes["subject"], "actor") if m.entity.type in WAGING_TYPES]
    names = {s.entity.name for s in subjects}
    objects = [m for m in resolver.resolve(nodes["object"], "target")
               if m.entity.type == "State" and m.entity.name not in names]
    return pairs(pattern, trigger, subjects, objects)


def _for_control(prep: Token) -> bool:
    """"X and Y fought for control of the town": a fight over a place is a fight between them
    (not "fought for the Kurds", "fighting for passengers")."""
    return prep.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_ == "control" for g in prep.children)


def _for_a_while(prep: Token) -> bool:
    """"X and Y fought for two days": a "for" before a stretch of time says how long, not
    for whom or what."""
    return prep.lower_ == "for" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _named_opponent(noun: Token) -> bool:
    """"engaged in fighting with C", "locked in a war against C": the fight's noun names the
    other side, so the subjects fought C (not "fighting with each other")."""
    return any(c.dep_ == "prep" and c.lower_ in words_for("attacked")["OPPONENT_PREPOSITIONS"] and
               any(g.dep_ == "pobj" and g.lower_ not in _reciprocal_pronouns() for g in c.children)
               for c in noun.children)


def _reciprocal_pronouns() -> frozenset[str]:
    """The last word of each reciprocal phrase ("each other", "one another"): the one the
    parser makes the object."""
    return frozenset(p.split()[-1] for p in words_for("attacked")["RECIPROCAL_PHRASES"])


def _stranded_conjunct(party: Token, resolver: Resolver) -> Token | None:
    """"war between rebels of the X Party (Y) and government forces": after a long first
    side the parser may hang "and Z" on the verb; Z is the phrase right after that "and"
    (after the whole name, "the Front for the Liberation of the North (FLN) and the army",
    which the parser may break up)."""
    doc = party.doc
    i = party.right_edge.i + 1
    named = resolver.by_token.get(party.i)
    while named is not None and i + 1 < len(doc) and (resolver.by_token.get(i) == named or doc[i].text in "()" and
                                                       named in (resolver.by_token.get(i - 1), resolver.by_token.get(i + 1))):
        i += 1  # the rest of the name and its bracketed acronym
    while i < len(doc) and doc[i].is_punct and doc[i].text not in (",", ".", ";"):
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "and" or doc[i].sent != party.sent:
        return None
    token = doc[i + 1]
    while token.head.i > i and token.head.i != token.i and token.head.i <= token.sent.end:
        if token.head.pos_ in ("VERB", "AUX"):
            break
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None


#: Who carries out an attack whose place names whom it hit: an armed group (a state's strikes
#: in a province of its own hit an enemy there, not the place; war_abroad reads its wars abroad).
PLACE_HITTING_TYPES = frozenset({"ArmedGroup"})


@engine(needs=("object",))
def place_hit(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X carried out a bombing in P", "X was responsible for attacks in P": an armed
    group's attack told with the place it struck and no one it hit ("on"/"against") names
    that place as hit (the guideline's unowned-target rule)."""
    trigger = nodes["trigger"]
    if figurative(trigger, words_for(pattern.relation)) or \
            any(c.dep_ == "prep" and c.lower_ in words_for("attacked")["HIT_PREPOSITIONS"] for c in trigger.children):
        return []  # "a cyber attack in P"; "an attack on the embassy in P": the embassy's owner was hit
    subjects = [m for m in agent_of(trigger, resolver) if m.entity.type in PLACE_HITTING_TYPES]
    names = {s.entity.name for s in subjects}
    objects = [m for m in resolver.resolve(nodes["object"], "target")
               if m.entity.type in PLACE_TYPES - {"Facility"} and m.entity.name not in names]
    return pairs(pattern, trigger, subjects, objects)
