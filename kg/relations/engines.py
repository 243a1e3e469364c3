"""Who is the subject and who the object of a matched pattern: the engines behind the
pattern files' "engine" field (talks engines in talks.py, shared helpers in arguments.py)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Mention, distinct
from kg.entities import ACTOR_TYPES, GROUP_TYPES, NON_PERSON_ACTORS, PLACE_TYPES, Resolver
from kg.relations.arguments import VERB_POS, Candidate, agent_of, each_pair, led_by, pairs, pairs_apart
from kg.lexicon import words
from kg.relations.modality import attributive, modality, reduced_relative
from kg.relations.record import DocumentRecord
from kg.relations.recalled import earlier_attackers, event_pronoun, told_again
from kg.relations.registry import engine
from kg.relations.schema import Pattern, words_for
from kg.relations.targets import affiliate_owner, attack_targets

# --- the default engine ---------------------------------------------------------------
def _antecedent_noun(token: Token) -> Token:
    """The noun a relative pronoun stands for ("an offensive that drove X out"), else token."""
    if token.lower_ in words("RELATIVE_PRONOUNS") and token.head.dep_ == "relcl":
        return token.head.head
    return token


@engine(roles=("subject", "object", "place"), record=True)
def default(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
            record: DocumentRecord) -> list[Candidate]:
    trigger = nodes["trigger"]
    object_role = "place" if pattern.relation == "controls" else (
        "target" if pattern.relation == "attacked" else "actor")
    subjects = (resolver.resolve(nodes["subject"], "actor") if "subject" in nodes
                else agent_of(trigger, resolver, ("by",) if pattern.relation == "controls" else ("by", "from")))
    if not subjects and pattern.relation == "attacked" and "subject" in nodes:
        doer = _antecedent_noun(nodes["subject"])
        if doer.lemma_.lower() in words_for("attacked")["PROJECTILES"] | words_for("attacked")["ATTACK_NOUNS"]:
            subjects = agent_of(doer, resolver)  # "air strikes by the coalition hit ...", "an X offensive that drove Y out"
    if "subject" in nodes and attributive(trigger) and trigger.head.i == nodes["subject"].i:
        subjects = _own_conjuncts(nodes["subject"], subjects)
    if all(s.via == "home-state" for s in subjects) and "subject" in nodes and \
            pattern.relation in ("controls", "attacked"):
        subjects = led_by(nodes["subject"], resolver) or subjects  # "soldiers led by Colonel X seized power"
    objects = resolver.resolve(nodes["object"], object_role) if "object" in nodes else []
    if "subject" in nodes and "agent" in nodes:
        subjects, objects = _agent_list_tail(trigger, nodes["subject"], subjects, objects)
    if pattern.relation == "controls" and "object" in nodes:
        objects = [resolver.as_place(m) for m in held_places(nodes["object"], objects, resolver)
                   if not _a_person(m, resolver)]
        if _ended(trigger):  # "ruled X from 1966 to 1979", "held it until 2011": no longer
            record.lose(trigger.sent.start_char, subjects, objects)
    if _excluded(pattern, nodes, subjects):
        return []
    if pattern.relation == "controls" and not subjects and "subject" in nodes:
        _irregular_taking(nodes, objects, record)
    if pattern.relation == "controls" and _deposed(nodes.get("subject")):
        record.lose(trigger.sent.start_char, subjects, objects)
    if pattern.relation == "controls":
        objects = _held_by_others(trigger, subjects, objects)
        objects = _not_held_apart(trigger, nodes.get("object"), objects)
    objects = [resolver.other_than(m, {s.entity.name for s in subjects}) for m in objects]
    objects = [m for m in objects if m is not None]
    if pattern.relation == "attacked":
        objects = attack_targets(nodes, objects, resolver)
        if not objects and "object" in nodes:
            objects = affiliate_owner(nodes["object"], resolver, {s.entity.name for s in subjects})
        if told_again(trigger) and (not subjects or event_pronoun(trigger)):  # "It was the worst attack on Y"
            subjects = earlier_attackers(trigger, resolver, {o.entity.name for o in objects})
        elif not subjects and "event" in nodes and told_again(nodes["event"]):  # "Y were killed in the attack"
            subjects = earlier_attackers(nodes["event"], resolver, {o.entity.name for o in objects})
        if modality(trigger) == "asserted":
            record.attacks.append((trigger.i, objects))
            record.attackers.append((trigger.i, subjects, objects))
    return pairs(pattern, trigger, subjects, objects)


@engine(needs=("subject",), deferred=True, record=True)
def retaliate(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
              record: DocumentRecord) -> list[Candidate]:
    """"Y returned fire", "Y retaliated": Y attacked whoever the text last said attacked
    it (or whoever last attacked a target the text does not name: "shelled the island")
    in this sentence or the two before."""
    trigger = nodes["trigger"]
    if any(c.dep_ == "prep" and c.lower_ in ("against", "on", "at", "upon") for c in trigger.children):
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


@engine(needs=("subject", "object"))
def contingent(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"Kenyan troops from the African Union force", "French soldiers in the UN mission":
    a state's contingent serving in a named force or coalition makes it a member."""
    states = [m for m in resolver.resolve(nodes["subject"], "actor")
              if m.entity.type == "State" and m.via != "home-state"]
    phrase = {t.i for t in nodes["object"].subtree}  # named in the phrase, not "in their efforts"
    forces = [m for m in resolver.resolve(nodes["object"], "actor") if m.entity.type in GROUP_TYPES
              and m.token in phrase and not _possessor_within(resolver.doc[m.token], nodes["object"])]
    return pairs_apart(pattern, nodes["trigger"], states, forces)


def _possessor_within(token: Token, top: Token) -> bool:
    """Whether token hangs in a possessive ("Y's") inside the phrase headed by top."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "poss":
            return True
        token = token.head
    return False


def _agent_list_tail(trigger: Token, noun: Token, subjects: list[Mention],
                     objects: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """"The army, backed by A, B and C, has ...": the small parser hangs B and C on the
    noun the participle describes, as its conjuncts; named after the participle (and
    with no participle of their own), they continue the agent's list, not the noun's."""
    if not (reduced_relative(trigger) and trigger.head.i == noun.i):
        return subjects, objects
    tail = {t.i for c in noun.conjuncts if c.i > trigger.i and
            not any(k.dep_ in ("acl", "relcl") for k in c.children) for t in c.subtree}
    moved = [m for m in subjects if m.token in tail]
    if not moved:
        return subjects, objects
    return [m for m in subjects if m.token not in tail], distinct(objects + moved)


def _own_conjuncts(noun: Token, mentions: list[Mention]) -> list[Mention]:
    """"Israel and the Iran-backed Hezbollah": a modifier on a later conjunct describes it
    (and those after it), not the names coordinated before it; nor, between two sides,
    the side after it."""
    own = {t.i for t in noun.subtree}
    if noun.dep_ == "pobj" and noun.head.lower_ == "between":  # "between the Saudi-backed army and the
        own -= {t.i for c in noun.conjuncts for t in c.subtree}  # rebels": the two sides, backed apart
        return [m for m in mentions if m.token in own]
    return [m for m in mentions if m.token in own] if noun.dep_ == "conj" else mentions


def _a_person(mention: Mention, resolver: Resolver) -> bool:
    """"held Ingrid X since 2002", "captured Colonel Y": a person held is a captive, not a
    place. A full name the model tags as a person is one; a one-word name it tags so may
    be a place it does not know ("held Z", a village)."""
    entity = mention.entity
    return entity.type == "Person" and len(entity.name.split()) >= 2 and \
        resolver.gazetteer.lookup(entity.name) is None and \
        resolver.doc[mention.token].ent_type_ == "PERSON"


def _held_by_others(trigger: Token, subjects: list[Mention], places: list[Mention]) -> list[Mention]:
    """No state holds another by governing its own ("the juntas ruling A, B and C": each
    rules its own, a sitting government is no holder), and entering a country is no hold
    of it ("fighters entered Syria to support the army"), unlike entering a town."""
    states = {s.entity.name for s in subjects if s.entity.type == "State"}
    if states & {p.entity.name for p in places}:
        return []
    if trigger.lemma_ in words_for("controls")["ENTRY_VERBS"]:
        return [p for p in places if p.entity.type != "State"]
    return places


def _not_held_apart(trigger: Token, noun: Token | None, places: list[Mention]) -> list[Mention]:
    """"Regime-held A and B, and rebel-held C": an "X-held" modifier describes its noun and
    the conjuncts after it, not a conjunct that carries an "X-held" modifier of its own."""
    held = words_for("controls")["HELD_PARTICIPLES"]
    if noun is None or trigger.lower_ not in held or trigger.dep_ not in ("amod", "compound"):
        return places
    doc = trigger.doc
    return [p for p in places if p.token == noun.i or not any(
        c.dep_ in ("amod", "compound") and c.lower_ in held and c.i != trigger.i for c in doc[p.token].children)]


def _deposed(subject: Token | None) -> bool:
    """"Rebels ousted President X, who had seized power in 2003": the holder named as the
    one overthrown (the relative clause's antecedent) holds no longer."""
    if subject is None or subject.lower_ not in ("who", "whom"):
        return False
    clause = subject.head
    ruler = clause.head if clause.dep_ == "relcl" else None
    while ruler is not None and ruler.dep_ in ("compound", "appos"):
        ruler = ruler.head
    return ruler is not None and ruler.dep_ in ("dobj", "nsubjpass") and \
        ruler.head.lemma_ in words_for("controls")["DEPOSE_VERBS"]


def _irregular_taking(nodes: dict[str, Token], places: list[Mention], record: DocumentRecord) -> None:
    """"Islamist militants reentered the town": unnamed fighters took the place, so a
    state's hold on it told before has ended, though no triple names the taker."""
    vocabulary = words_for("controls")
    trigger, subject = nodes["trigger"], nodes["subject"]
    if subject.lemma_.lower() not in vocabulary["IRREGULAR_NOUNS"] or \
            trigger.lemma_ in vocabulary["STATIVE_VERBS"] or modality(trigger) != "asserted":
        return
    record.irregular_takings += [(trigger.sent.start_char, p.entity.name) for p in places
                                 if p.entity.type in PLACE_TYPES]


def _ended(trigger: Token) -> bool:
    """Whether a holding verb says when the hold ended: "until 1979", "until he was
    overthrown", "from 1966 to 1979"."""
    if trigger.lemma_ not in words_for("controls")["STATIVE_VERBS"]:
        return False
    if trigger.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children) and \
            any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in words_for("controls")["SPAN_NOUNS"]
                                                             for g in c.subtree) for c in trigger.children):
        return True  # "ruled Libya for 42 years": a span told in the simple past has ended
    for child in trigger.children:
        if child.lower_ in ("until", "till") and child.dep_ in ("prep", "mark") and \
                not any(x.lower_ in ("now", "today", "present") for x in child.subtree):
            return True
        if child.dep_ == "advcl" and any(g.lower_ in ("until", "till") and g.dep_ == "mark" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "from":
            ends = [t for t in list(child.subtree) + list(trigger.children)
                    if t.lower_ in ("to", "until", "till") and t.dep_ == "prep" and t.i > child.i]
            if any(any(x.ent_type_ == "DATE" or x.like_num for x in t.subtree) and
                   not any(x.lower_ in ("day", "date", "now", "present", "today") for x in t.subtree) for t in ends):
                return True
    return False


def held_places(noun: Token, found: list[Mention], resolver: Resolver) -> list[Mention]:
    """What a holding verb's object names: "the cities of A and B" are A and B (not what
    the phrase is in apposition to); a person or thing ("captured X's son", "seized X's
    weapons") is no place, whoever owns it."""
    if noun.pos_ not in ("NOUN", "NUM") or noun.i in resolver.by_token:
        return found
    lemma = noun.lemma_.lower()
    vocabulary = words_for("controls")
    if lemma in vocabulary["QUANTITY_NOUNS"]:  # "dozens of outposts in X"
        counted = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        inner = held_places(counted[0], resolver.resolve(counted[0], "place"), resolver) if counted else []
        return inner or (_verb_place(noun, resolver) if counted and counted[0].lemma_.lower() in
                         words("FACILITY_NOUNS") | vocabulary["HELD_NOUNS"] else [])
    if lemma not in words("PLACE_NOUNS") | words("FACILITY_NOUNS") | words("PART_NOUNS") | vocabulary["HELD_NOUNS"]:
        return []
    named = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)
             if t.pos_ == "PROPN" and t.i in resolver.by_token]  # not "... and the X stronghold of Y"
    if lemma in words("PLACE_NOUNS") and named:
        return _inside_a_state(lemma, [Mention(resolver.by_token[t.i], t.i) for t in named])
    listed = _listed_places(noun, resolver)
    if lemma in words("PLACE_NOUNS") and len(listed) >= 2:
        return _inside_a_state(lemma, listed)
    if not found and lemma not in words("PART_NOUNS"):
        return _verb_place(noun, resolver)
    return _inside_a_state(lemma, found)


def _listed_places(noun: Token, resolver: Resolver) -> list[Mention]:
    """"three provincial capitals: A, B and C", "two towns, A and B": the places a plural
    noun lists after it (the parser hangs B on A as an apposition, C as A's or B's conjunct)."""
    if noun.tag_ != "NNS":
        return []
    return _chained_names([c for c in noun.children if c.dep_ == "appos"] or _after_colon(noun), resolver)


def _after_colon(noun: Token) -> list[Token]:
    """"captured three provincial capitals in three days: A, the capital of X; B, ...; and
    C": a counted plural whose sentence ends in a colon is listed by the next sentence
    (the parser ends the sentence at the colon when the items hold semicolons)."""
    sentence = noun.sent
    if not any(c.dep_ == "nummod" for c in noun.children) or sentence[-1].text != ":" or \
            sentence.end >= len(noun.doc):
        return []
    root = noun.doc[sentence.end].sent.root
    return [root] if root.pos_ == "PROPN" else []


def _chained_names(todo: list[Token], resolver: Resolver) -> list[Mention]:
    """The names in a chain of appositions and conjuncts from the seeds, in text order."""
    items: list[Token] = []
    while todo:
        item = todo.pop(0)
        if item.pos_ != "PROPN" or item.i not in resolver.by_token or item in items:
            continue
        items.append(item)
        todo += [c for c in item.children if c.dep_ in ("appos", "conj")]
    return [Mention(resolver.by_token[t.i], t.i) for t in sorted(items, key=lambda t: t.i)]


def _inside_a_state(lemma: str, places: list[Mention]) -> list[Mention]:
    """"four regions of X", "the headquarters of a district in X": a town, region or
    building of a state is held, not the state itself."""
    if lemma in words_for("controls")["STATE_NOUNS"] or \
            lemma not in words("PLACE_NOUNS") | words("FACILITY_NOUNS"):
        return places
    return [p for p in places if p.entity.type != "State"]


def _verb_place(noun: Token, resolver: Resolver) -> list[Mention]:
    """"seized two army camps in X": the facilities are in X, which the verb names."""
    if noun.dep_ != "dobj":
        return []
    return [m for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "place")
            if m.entity.type in PLACE_TYPES]


@engine(needs=("attack", "subject"), deferred=True, record=True)
def claim(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
          record: DocumentRecord) -> list[Candidate]:
    """"X claimed responsibility for the attack": whom the attack hit is what the text
    said of the last attack before the claim, even when it named no attacker."""
    attack = nodes["attack"]
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "targeting", "for") for c in attack.children):
        return []  # the target or the attack is named here; another pattern reads it
    claimed = [objects for i, objects in record.attacks if i <= nodes["trigger"].i and objects]
    if not claimed:
        return []
    subjects = resolver.resolve(nodes["subject"], "actor")
    return pairs(pattern, nodes["trigger"], subjects, claimed[-1])


def _excluded(pattern: Pattern, nodes: dict[str, Token], subjects: list[Mention]) -> bool:
    """False friends by argument: "attacked the decision", "hit by sanctions", and rivals
    "battling in court", "fighting for passengers" (a contest, not violence)."""
    vocabulary = words_for(pattern.relation)
    arenas = vocabulary.get("CONTEST_NOUNS", frozenset())
    if any(p.dep_ == "prep" and p.lower_ in ("in", "for", "over") and g.dep_ == "pobj" and g.lemma_.lower() in arenas
           for p in nodes["trigger"].children for g in p.children):
        return True
    captive = vocabulary.get("CAPTIVE_WORDS", frozenset())  # "held X hostage", "was held captive by Y"
    if any(t.lemma_.lower() in captive for c in nodes["trigger"].children for t in (c, *c.children)):
        return True
    trigger = nodes["trigger"]
    if figurative(trigger, vocabulary) or ("weapon" in nodes and figurative(nodes["weapon"], vocabulary)):
        return True  # "launched a cyber attack on Y", "waged a war of words against Y"
    if trigger.lemma_ == "clash" and trigger.tag_ == "NN" and any(
            c.dep_ == "prep" and c.lower_ == "over" for c in trigger.children):
        return True  # "its clash with Y over water rights": one clash over an issue is a dispute
    obj, subj = nodes.get("object"), nodes.get("subject")
    if subj is not None and _far_subject(trigger, subj):
        return True
    if obj is not None and obj.lemma_.lower() in vocabulary.get("NON_TARGETS", ()):
        return True
    if obj is not None and obj.ent_type_.lower() in vocabulary.get("PEOPLE_ENT_TYPES", ()):
        return True  # "held three Americans": people, not their country
    return subj is not None and subj.lemma_.lower() in vocabulary.get("NON_AGENTS", ())


def _far_subject(trigger: Token, subject: Token) -> bool:
    """A verb has one subject: when the parser hangs two on it ("With fighters in A and
    most of B, the militants control C"), the one nearest the verb is it."""
    if subject.dep_ != "nsubj" or subject.head.i != trigger.i:
        return False
    before = [c.i for c in trigger.children if c.dep_ == "nsubj" and c.i < trigger.i]
    return len(before) > 1 and subject.i != before[-1]


def figurative(noun: Token, vocabulary: dict[str, frozenset[str]]) -> bool:
    """A fight of words, not arms: "a diplomatic clash", "a verbal attack", "a charm
    offensive", "a war of words", "a battle of nerves"."""
    return any((c.dep_ in ("amod", "compound") and c.lemma_.lower() in vocabulary.get("NONVIOLENT_MODIFIERS", ()))
               or (c.dep_ == "prep" and c.lower_ == "of" and any(
                   g.dep_ == "pobj" and g.lower_ in vocabulary.get("FIGURATIVE_OF_NOUNS", ()) for g in c.children))
               for c in noun.children)


@engine(needs=("parties",))
def reciprocal(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"clashes between X and Y", "fighting between Armenian and Azerbaijani forces":
    each side attacked the other."""
    trigger = nodes["trigger"]
    if any(figurative(nodes[name], words_for(pattern.relation)) for name in ("trigger", "event") if name in nodes):
        return []  # "locked in a war of words", "a diplomatic battle between X and Y"
    for child in trigger.children:  # "fought ISIS", "fought alongside X": not each other
        if (child.dep_ == "dobj" and child.lemma_ not in ("other", "another", "fire", "gunfire")) or \
                (child.dep_ == "prep" and child.lower_ in ("alongside", "beside", "with", "against", "for")
                 and not _for_control(child) and child.i not in resolver.by_token):
            return []  # (a "for" inside a name the parser split, "Front for the Liberation of ...", is no goal)
    sides = resolver.resolve(nodes["parties"], "actor")
    stranded = _stranded_conjunct(nodes["parties"], resolver) if len(sides) == 1 else None
    if stranded is not None and not nodes["parties"].conjuncts:
        sides += resolver.resolve(stranded, "actor")
    return [Candidate(pattern, trigger, a, b) for a in sides for b in sides
            if a.entity.name != b.entity.name]


def _for_control(prep: Token) -> bool:
    """"X and Y fought for control of the town": a fight over a place is a fight between them
    (not "fought for the Kurds", "fighting for passengers")."""
    return prep.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_ == "control" for g in prep.children)


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
    while token.head.i > i and token.head is not token and token.head.i <= token.sent.end:
        if token.head.pos_ in ("VERB", "AUX"):
            break
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None


@engine(needs=("subject", "place"))
def expel(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X drove Y out of PLACE": X holds the place now (the loser's hold is superseded)."""
    holders = resolver.resolve(nodes["subject"], "actor")
    places = [resolver.as_place(m) for m in resolver.resolve(nodes["place"], "place")]
    return pairs(pattern, nodes["trigger"], holders, [p for p in places if p.entity.type in PLACE_TYPES])


@engine(needs=("parties",), record=True)
def members(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
            record: DocumentRecord) -> list[Candidate]:
    """"A, B and C formed a defence pact": every two of them are allied. When the pact is
    named ("set up a force called the X Task Force"), each is allied with what it named."""
    if "allied" in nodes and any(c.dep_ == "prep" for c in nodes["allied"].children):
        return []  # "A and B are allied with C": each with C (affiliated_with), not said of each other
    pacts = [c for c in nodes["trigger"].children if c.dep_ == "dobj"]
    pacts += [g for c in pacts if c.lemma_ in words_for("alliedWith")["CREATION_NOUNS"] for p in c.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # "the creation of a pact"
    if any(m.lemma_.lower() in words_for("alliedWith")["COMMERCIAL_MODIFIERS"] for p in pacts for m in p.children
           if m.dep_ in ("amod", "compound")):
        return []  # "formed a trade partnership": commerce
    ruled = [m for c in nodes["parties"].children if c.dep_ == "acl" and c.lemma_ in ("rule", "govern", "run", "lead")
             for o in c.children if o.dep_ == "dobj" for m in resolver.resolve(o, "actor")]  # "the juntas ruling A, B and C"
    sides = ruled or resolver.resolve(nodes["parties"], "actor")
    if len({s.entity.name for s in sides}) > 1:
        record.pacts.append((nodes["trigger"].i, sides))
    named = [m for c in pacts for m in resolver.resolve(c, "actor")
             if m.via in ("known-as", "appos") and m.entity.type in GROUP_TYPES]
    if named:
        return pairs(pattern, nodes["trigger"], [s for s in sides if s.entity != named[0].entity], named[:1])
    return each_pair(pattern, nodes["trigger"], sides)


@engine()
def joint_doers(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"A and B launched joint strikes", "a joint force of A and B", "A and B's joint
    offensive": those who carry out one joint action together are partners in force. A
    joint action "with" someone is read by the joint_operation_with patterns."""
    trigger = nodes["trigger"]
    actions = words_for("alliedWith")["JOINT_NOUNS"]  # "joint air and artillery strikes": the air strikes
    if trigger.lemma_ not in actions and not any(c.lemma_ in actions for c in trigger.conjuncts) or \
            any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
        return []
    of = [m for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
    sentence = range(trigger.sent.start, trigger.sent.end)  # named here: not "They ... carry out joint
    doers = [m for m in of or agent_of(trigger, resolver)   # operations", whose partner the clause may name
             if m.entity.type in NON_PERSON_ACTORS and m.token in sentence]
    return each_pair(pattern, trigger, doers)


@engine(needs=("object",), record=True)
def pact_establishes(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
                     record: DocumentRecord) -> list[Candidate]:
    """"A, B and C signed a pact. The charter establishes the X Alliance": each party to
    the pact last formed is a member of the alliance it establishes."""
    if not record.pacts:
        return []
    alliances = [m for m in resolver.resolve(nodes["object"], "actor") if _is_coalition(m.entity)]
    return pairs(pattern, nodes["trigger"], record.pacts[-1][1], alliances[:1])


@engine(needs=("subject", "object"))
def includes(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"The alliance, which also includes Benin", "the coalition comprises A and B": each
    member is allied with the coalition it belongs to (and not, by this, with the other
    members), and with its leader ("the X-led coalition includes A", "Led by X, the
    alliance included A": the guideline's "X-led coalition joined by Y"). Members of a
    coalition the text does not name are allied with each other, as nothing else says it."""
    trigger = nodes["trigger"]
    if any(c.lower_ in ("not", "nor", "neither") and (c.head == trigger or trigger.i > c.i > c.head.i)
           for c in list(trigger.children) + list(trigger.head.children)):
        return []  # "the X Alliance, not A or B, ...": set apart, not listed as members
    members = [m for m in _listed(nodes["object"], resolver)
               if m.entity.type in ACTOR_TYPES - {"Person"} and not _no_longer(resolver.doc[m.token])
               and not _people_modifier(m, resolver)]
    listed = {m.entity for m in members}  # "A (AA), B (BB) and the C Front": a listed one holds no other
    named = resolver.resolve(nodes["subject"], "actor")
    coalitions = [m for m in named if _is_coalition(m.entity) and m.entity not in listed]
    leaders = [m for m in named if m.via == "coalition"] + _led_by_clause(trigger, resolver)
    found = pairs(pattern, trigger, members, coalitions[:1])
    found += [c for leader in leaders for c in pairs_apart(pattern, trigger, [leader], members + coalitions[:1])]
    if not named and not leaders and nodes["subject"].lemma_.lower() in words("COALITION_NOUNS"):
        found += each_pair(pattern, trigger, members)  # "the coalition, made up of A and B forces"
    return found


def _listed(top: Token, resolver: Resolver) -> list[Mention]:
    """The members a list headed by top names: its conjuncts, appositions and examples
    ("the group X, the Y, and factions like Z"), which the small parser chains in any
    order (an item hung on the one before as its apposition)."""
    found, todo, seen = [], [top], set()
    while todo:
        token = todo.pop()
        if token.i in seen:
            continue
        seen.add(token.i)
        found += resolver.resolve(token, "actor")
        for child in token.children:
            if child.dep_ in ("conj", "appos"):
                todo.append(child)
            elif child.dep_ == "prep" and child.lower_ in words("EXAMPLE_PREPOSITIONS"):
                todo += [g for g in child.children if g.dep_ == "pobj"]
    return distinct(found)


def _people_modifier(mention: Mention, resolver: Resolver) -> bool:
    """"various Kurdish tribal militias": a people named by its demonym as the modifier of a
    common noun describes an unnamed group, which is no member (a state's "Saudi forces" is)."""
    token = resolver.doc[mention.token]
    return mention.entity.type != "State" and token.ent_type_ == "NORP" and \
        token.dep_ in ("amod", "compound", "nmod") and token.head.pos_ == "NOUN"


def _led_by_clause(trigger: Token, resolver: Resolver) -> list[Mention]:
    """"Led by X, the alliance included A": the leader a participle clause on the verb names."""
    return [m for c in trigger.children if c.dep_ == "advcl" and c.lemma_ == "lead" and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
            for m in resolver.resolve(g, "actor")]


def _no_longer(token: Token) -> bool:
    """"The axis included the former Syrian regime", "now-gone Syria's regime": a member
    the phrase itself says is gone (FORMER_WORDS) is listed as one no longer."""
    head = token
    while head.dep_ in ("poss", "compound", "amod", "nmod") and head.head is not head:
        head = head.head
    return any(c.dep_ == "amod" and c.lower_ in words("FORMER_WORDS") for c in head.children if c.i < head.i)


@engine(roles=("subject", "object"))
def accession(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X's accession to / entry into NATO": X is a member of the alliance, so allied with
    it. A treaty, or a body that is no alliance (a trade organisation), gives nothing."""
    subjects = resolver.resolve(nodes["subject"], "actor")
    alliances = [m for m in resolver.resolve(nodes["object"], "actor") if _is_alliance(m.entity, resolver)]
    names = {a.entity.name for a in alliances}
    return pairs(pattern, nodes["trigger"], [s for s in subjects if s.entity.name not in names], alliances)


def _is_alliance(entity, resolver: Resolver) -> bool:
    """A coalition, or a group whose name or a gazetteer alias says it is a treaty body or
    an alliance ("North Atlantic Treaty Organization", "Alliance of ... States")."""
    marks = words_for("alliedWith")["ALLIANCE_NAME_WORDS"]
    known = resolver.gazetteer.lookup(entity.name)
    names = (entity.name, *entity.aliases, *(known.aliases if known is not None else ()))
    return entity.type in GROUP_TYPES and (_is_coalition(entity) or any(
        word.lower() in marks for name in names for word in name.split()))


def _is_coalition(entity) -> bool:
    """A coalition by kind, or by a word of its name ("the X Task Force", "the Y Alliance")."""
    return entity.type == "Coalition" or any(
        word.lower() in words_for("alliedWith")["PACT_NOUNS"] | {"force", "forces", "bloc"}
        for word in entity.name.split() if word[:1].isupper())


# --- alliances: ally nouns and coalitions ----------------------------------------------
@engine()
def ally_noun(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"Y, X's ally", "Y is an ally of X", "X's allies, including Y", "X's Saudi partners"."""
    trigger = nodes["trigger"]
    if any(c.lemma_.lower() in words_for("alliedWith")["COMMERCIAL_MODIFIERS"] for c in trigger.children
           if c.dep_ in ("amod", "compound")):
        return []  # "a vital trading partner", "business partners": commerce, not force or politics
    owners = _ally_owners(trigger, resolver)
    members = _ally_members(trigger, resolver)
    if not owners and trigger.dep_ in ("appos", "attr"):  # "X, an Iranian proxy"
        owners = [m for c in trigger.children if c.dep_ == "amod" and c.i in resolver.by_token
                  for m in resolver.resolve(c, "actor") if m.entity.type == "State"]
    if not owners and len(members) == 1 and trigger.dep_ == "appos":
        owners = _viewpoint(trigger, resolver, members[0])
    each_other = each_pair(pattern, trigger, members)
    if not owners:  # "Israel and Egypt are allies": each two of them
        return each_other
    if trigger.lemma_ == "member" and all(o.entity.type in GROUP_TYPES for o in owners):
        # "A and B are members of the X Alliance": allied with it and with each other (a
        # state's coalition, "with A and B among its members", pairs them with the leader only)
        return pairs(pattern, trigger, members, owners) + each_other
    return pairs(pattern, trigger, members, owners)


def _ally_owners(trigger: Token, resolver: Resolver) -> list[Mention]:
    for child in trigger.children:
        if child.dep_ == "poss" and child.lower_ in words("PRONOUNS_PLURAL") and _unnamed_plural_before(child, resolver):
            return []  # "Saleh, once an opponent of the rebels, is now their ally": the rebels, unnamed
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.i in resolver.by_token):
            return resolver.resolve(child, "actor")
        if child.dep_ == "prep" and child.lower_ in ("of", "to"):
            return [m for g in child.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
    return []


def _unnamed_plural_before(pronoun: Token, resolver: Resolver) -> bool:
    """The nearest plural noun before a plural pronoun in its sentence is one the text
    does not name ("the rebels"), so the pronoun means them, not an actor named earlier."""
    for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        named = any(t.i in resolver.by_token for t in token.subtree)
        if token.tag_ in ("NNS", "NNPS") or (named and token.dep_ in ("nsubj", "pobj", "dobj", "conj")):
            return token.tag_ == "NNS" and not named
    return False


def _viewpoint(trigger: Token, resolver: Resolver, member: Mention) -> list[Mention]:
    """"Paris warned of a clash between Chad, an old ally, and ...": an ally with
    no owner named is the ally of the sentence's main subject, whose view the clause tells."""
    root = trigger.sent.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    found = [m for s in subjects for m in resolver.resolve(s, "actor")
             if m.entity.type in NON_PERSON_ACTORS and m.entity.name != member.entity.name]
    return found[:1]


def _ally_members(trigger: Token, resolver: Resolver) -> list[Mention]:
    members: list[Mention] = []
    anchor = trigger
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ in ("NUM", "PRON", "ADJ", "NOUN"):
        anchor = anchor.head.head  # "two of X's allies", "one of X's partners"
    anchor, listed = _list_item(anchor, resolver)
    if not listed:
        members += _members_said(anchor, resolver)
    for child in trigger.children:
        if child.dep_ == "appos" or (child.dep_ == "acl" and child.lemma_ in ("know", "call", "name")):
            targets = [child] if child.dep_ == "appos" else [t for t in child.subtree if t.i in resolver.by_token]
            for target in targets[:1]:
                members += resolver.resolve(target, "actor")
        if child.dep_ == "prep" and child.lower_ in ("including", "like", "such"):
            members += [m for g in child.subtree if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
    for child in trigger.children:  # "its Saudi partners"; not "its Lebanese ally Hezbollah"
        if (not members and child.dep_ == "amod" and child.i in resolver.by_token
                and trigger.lemma_ in words_for("alliedWith")["PARTNER_NOUNS"] and any(c.dep_ == "poss" for c in trigger.children)):
            members += resolver.resolve(child, "actor")
    return members


def _list_item(anchor: Token, resolver: Resolver) -> tuple[Token, bool]:
    """Climb "a member of NATO and one of X's allies" to its first conjunct, and say whether
    the noun is only one item of a list of names, said of none ("A, B, X's Idlib branch and C")."""
    while anchor.dep_ == "conj":
        if anchor.head.i in resolver.by_token:
            return anchor, True
        anchor = anchor.head
    head = anchor.head  # "A, B, X's Idlib branch, C and D": the parser's apposition is a list item
    return anchor, anchor.dep_ == "appos" and any(c.dep_ == "conj" and c.i < anchor.i for c in head.children) \
        and any(c.dep_ == "conj" and c.i > anchor.i for c in head.children)


def _members_said(anchor: Token, resolver: Resolver) -> list[Mention]:
    """Who the clause around an ally noun says is one: its apposition's head, the subject of
    "be" / "become", "Y among its members", "X ... as a partner"."""
    head = anchor.head
    if anchor.dep_ == "appos":  # "A, an old ally, and B": B comes after, and is not said to be one
        return [m for m in resolver.resolve(head, "actor") if m.token < anchor.i]
    if anchor.dep_ == "attr" and head.lemma_ in ("be", "become"):  # "X became the 30th member of Y"
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if not subjects and head.lemma_ == "become" and head.dep_ == "advcl":  # ", becoming the 31st member of Y"
            subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
        return [m for c in subjects for m in resolver.resolve(c, "actor")]
    if anchor.dep_ == "pobj" and head.lower_ == "among":  # "with Y among its members"
        return resolver.resolve(head.head, "actor")
    if anchor.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB":
        return [m for c in head.head.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")
                for m in resolver.resolve(c, "actor")]
    return []


@engine()
def coalition_member(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X joined / contributed jets to / took part in the Y-led coalition" -> X allied Y."""
    trigger = nodes["trigger"]
    coalitions = [g for c in trigger.children if c.dep_ in ("dobj", "prep")
                  for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])
                  if g.lemma_ in words("COALITION_NOUNS")]
    leaders = [m for c in coalitions for m in _coalition_leader(c, resolver)]
    if not leaders:
        return []
    if trigger.pos_ in VERB_POS:
        members = [m for c in trigger.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]
        members = members or agent_of(trigger, resolver)
    else:
        members = [m for c in trigger.children if c.dep_ == "poss" for m in resolver.resolve(c, "actor")]
    return pairs(pattern, trigger, members, leaders)


def _coalition_leader(noun: Token, resolver: Resolver) -> list[Mention]:
    for child in noun.children:
        if child.lower_.endswith("led") and child.dep_ in ("amod", "compound"):
            leader = resolver._leader(child)  # noqa: SLF001 - same resolution as the registry
            if leader is not None:
                return [Mention(leader, child.i, "coalition")]
    if noun.i in resolver.by_token:
        return []
    leader = resolver.coalitions.get("coalition")
    return [Mention(leader, noun.i, "coalition")] if leader is not None else []


# --- controls: "under X's control", "a stronghold of X" ----------------------------------
@engine(roles=("subject", "object"), needs=("subject",), record=True)
def loss(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
         record: DocumentRecord) -> list[Candidate]:
    """"X lost control of P", "X withdrew from P", "X was driven out of P": no relation of
    its own, but X's hold on P stated before this sentence has ended (supersede.py)."""
    trigger = nodes["trigger"]
    if modality(trigger) != "asserted" or any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return []  # "refused to withdraw from P", "demands for X to withdraw": nothing lost
    losers = resolver.resolve(nodes["subject"], "actor")
    held = [nodes["object"]] if "object" in nodes else _left_places(trigger)
    held = [g for t in held for g in ([t] if t.lemma_ != "control" else
            [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"])]
    places = [resolver.as_place(m) for t in held for m in resolver.resolve(t, "place")]
    record.lose(trigger.sent.start_char, losers, [p for p in places if p.entity.type in PLACE_TYPES])
    return []


@engine(roles=("object",), needs=("object",), record=True)
def retaken(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
            record: DocumentRecord) -> list[Candidate]:
    """"The city was recaptured in March", "P was liberated a year later": retaken by no one
    named, so no triple, but whoever took P before holds it no longer (supersede.py)."""
    trigger = nodes["trigger"]
    if modality(trigger) != "asserted" or any(c.dep_ == "agent" for c in trigger.children):
        return []  # "was retaken by X" is read by controls.passive
    places = [resolver.as_place(m) for m in resolver.resolve(nodes["object"], "place")]
    record.retakings += [(trigger.sent.start_char, p.entity.name) for p in places if p.entity.type in PLACE_TYPES]
    return []


def _left_places(trigger: Token) -> list[Token]:
    """The place left: "withdrew from P", "pulled out of P", "was driven out of P"."""
    found = [c for c in trigger.children if c.dep_ == "dobj"]  # "abandoned P", "evacuated P"
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            found += [g for g in child.children if g.dep_ == "pobj"]
        if child.lower_ == "out":
            found += [g for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "of" and any(c.lower_ == "out" for c in trigger.children):
            found += [g for g in child.children if g.dep_ == "pobj"]
    return found


@engine(needs=("object",))
def owner_of_trigger(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    trigger = nodes["trigger"]
    owners = _ally_owners(trigger, resolver) or _first_person_owner(trigger, resolver)
    places = resolver.resolve(nodes["object"], "place")
    return pairs(pattern, trigger, owners, places)


def _first_person_owner(trigger: Token, resolver: Resolver) -> list[Mention]:
    """"P is under our control," the army spokesman said: "our" is the speaker's side,
    named as the subject of the speech verb of this sentence or of the one before."""
    if not any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in trigger.children):
        return []
    sentence = trigger.sent
    candidates = [sentence]
    if sentence.start > 0:
        candidates.append(sentence.doc[sentence.start - 1].sent)
    for span in candidates:
        for token in span:
            if token.lemma_ in words("SPEECH_VERBS"):
                for child in token.children:
                    if child.dep_ == "nsubj" and child.lower_ not in ("i", "we", "he", "she", "they", "it"):
                        return resolver.resolve(child, "actor")
    return []


@engine(roles=("subject", "object"))
def helped_forces(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X is helping Y's forces", and for an army the text does not name: "government
    forces in Y", "sent troops to Y to help government troops (there)", "crossed into Y to
    help the government": the state is the one the forces are in or the help was sent to."""
    trigger, army = nodes["trigger"], nodes["object"]
    if "clause" in nodes and not _fights_an_actor(nodes["clause"], resolver):
        return []  # "helped Colombia fight poverty": not a war
    subjects = resolver.resolve(nodes["subject"], "actor") if "subject" in nodes else agent_of(trigger, resolver)
    unnamed = not any(t.i in resolver.by_token for t in army.lefts for t in t.subtree)
    objects = (_state_where(army, resolver) or (
        _state_where(trigger.head, resolver, ("to", "into")) if trigger.dep_ in ("advcl", "xcomp") else [])
        if unnamed else []) or resolver.resolve(army, "actor")
    return pairs_apart(pattern, trigger, subjects, objects)


def _state_where(head: Token, resolver: Resolver, preps: tuple[str, ...] = ("in",)) -> list[Mention]:
    """The state named after "in" (or after "to"/"into" on a verb of sending) under head."""
    return [resolver.as_place(m) for p in head.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj"
            for m in resolver.resolve(g, "place") if m.entity.type == "State"][:1]


@engine(roles=("subject", "object"))
def joined_group(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X joined Y" where Y is an armed group or a coalition: X fights in its ranks. A
    state or a process joined ("joined Russia in condemning", "joined the talks") is not."""
    trigger = nodes["trigger"]
    groups = [m for m in resolver.resolve(nodes["object"], "actor") if m.entity.type in GROUP_TYPES]
    if not groups:
        return []
    subject = [c for c in trigger.children if c.dep_ == "nsubj"]
    speaker = resolver._speaker(subject[0]) if subject and subject[0].pos_ == "PRON" else None  # noqa: SLF001
    if speaker is not None:  # "factions A, B and C said they had joined Y": every one of them
        subjects = resolver.resolve(speaker, "actor")
    else:
        subjects = resolver.resolve(subject[0], "actor") if subject else agent_of(trigger, resolver)
    if not subjects and subject:  # "five rebel groups, including A and B, joined Y"
        subjects = [m for p in subject[0].children if p.dep_ == "prep" and p.lower_ in ("including", "like")
                    for g in p.subtree if g.dep_ in ("pobj", "conj") for m in resolver.resolve(g, "actor")]
    names = {g.entity.name for g in groups}
    return pairs(pattern, trigger, [s for s in subjects if s.entity.name not in names], groups)


def _fights_an_actor(clause: Token, resolver: Resolver) -> bool:
    """The fighting verb's object is an actor, named or not ("the rebels", "an assault"),
    or it has none ("help Y defend itself"), not a cause ("fight poverty")."""
    enemies = words("GROUP_NOUNS") | words("NON_STATE_GROUP_NOUNS") | words_for("attacked")["ATTACK_NOUNS"]
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return all(o.i in resolver.by_token or o.lemma_.lower() in enemies or o.pos_ == "PRON" or
               any(t.i in resolver.by_token for t in o.subtree) for o in objects)


@engine(roles=("subject", "object"))
def restored_ruler(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X fought to restore (Yemeni President) Y's government": X fights for the government,
    which is the state the text names with the office, else the ruler named."""
    trigger, ruler = nodes["trigger"], nodes["object"]
    subjects = resolver.resolve(nodes["subject"], "actor") if "subject" in nodes else agent_of(trigger, resolver)
    office = [t for t in ruler.subtree if t.lemma_.lower() in words("LEADER_NOUNS") and t.i < ruler.i]
    states = [m for t in ruler.subtree if t.i in resolver.by_token and t.dep_ in ("amod", "compound", "nmod")
              and any(o.i > t.i for o in office) for m in resolver.resolve(t, "actor") if m.entity.type == "State"]
    objects = states[:1] or resolver.resolve(ruler, "actor")
    return pairs_apart(pattern, trigger, subjects, objects)


@engine()
def co_members(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"A and B, leaders of a coalition battling C", "A and B are members of an alliance":
    two actors said to lead or make up one coalition the text does not name are allied
    with each other (a named coalition is read by the ally-noun engine)."""
    trigger = nodes["trigger"]
    if nodes["coalition"].i in resolver.by_token or any(t.i in resolver.by_token for t in nodes["coalition"].lefts):
        return []
    head = trigger.head
    if trigger.dep_ == "appos":
        sides = resolver.resolve(head, "actor")
    elif trigger.dep_ == "attr" and head.lemma_ == "be":
        sides = [m for c in head.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]
    else:
        return []
    sides = [s for s in sides if s.entity.type in NON_PERSON_ACTORS]
    return each_pair(pattern, trigger, sides)


@engine(roles=("subject", "object"))
def support_for(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"US support for Ukraine", "Iranian aid to the Houthis", and "our support for Y" in
    a spokesman's quote: the speaker's side backs Y. Support for a cause is no actor."""
    trigger, owner = nodes["trigger"], nodes["subject"]
    if owner.lower_ in ("our", "my"):
        subjects = [m for m in _first_person_owner(trigger, resolver) if m.entity.type in NON_PERSON_ACTORS]
    else:
        subjects = resolver.resolve(owner, "actor")
    objects = resolver.resolve(nodes["object"], "actor")
    return pairs_apart(pattern, trigger, subjects, objects)
