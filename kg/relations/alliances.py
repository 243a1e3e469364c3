"""The alliedWith engines: ally nouns ("Y, X's ally"), coalitions and who leads or joins
them, pacts and their members, joint actions, and help given in a war ("X is helping Y's
forces", "support for Y")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Mention, distinct
from kg.entities import ACTOR_TYPES, GROUP_TYPES, NON_PERSON_ACTORS, Resolver
from kg.entities.resolver import relative_clause
from kg.events import Entity
from kg.lexicon import words
from kg.relations.arguments import VERB_POS, Candidate, agent_of, each_pair, pairs, pairs_apart
from kg.relations.attacks import companions
from kg.relations.modality import modality, run_on_participle
from kg.relations.owners import ally_owners, first_person_owner, owner_said
from kg.relations.record import DocumentRecord
from kg.relations.registry import engine
from kg.relations.schema import Pattern, words_for
from kg.syntax import first_conjunct


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


@engine(needs=("object",))
def contributors(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"the X Task Force, made up of troops from A, B and C", "African Union soldiers from
    A and B", "an X-led force ... troops and police from X, A and B": two or more states
    whose contingents make up one force are members of it, allied with the force the phrase
    names, else with the leader of the article's "X-led" force when the leader is listed
    among them."""
    trigger = nodes["trigger"]
    states = [m for m in resolver.resolve(nodes["object"], "actor")
              if m.entity.type == "State" and m.via != "home-state"]
    if len({s.entity.name for s in states}) < 2:
        return []  # "a UN peacekeeper from India", "forces from northern X": one state's, read elsewhere
    force = _force_named_over(trigger, resolver)
    if force is not None:
        return pairs_apart(pattern, trigger, states, [force])
    leader = resolver.coalitions.get(trigger.lemma_) or resolver.coalitions.get("force") or \
        resolver.coalitions.get("coalition")
    if leader is None or leader.name not in {s.entity.name for s in states}:
        return []
    return pairs_apart(pattern, trigger, [s for s in states if s.entity.name != leader.name],
                       [Mention(leader, trigger.i, "coalition")])


def _force_named_over(trigger: Token, resolver: Resolver) -> Mention | None:
    """The named force a contingent noun belongs to: its own name modifier ("African Union
    soldiers"), else the nearest named coalition it hangs under in the sentence ("the X
    Task Force, made up of troops from ...")."""
    for child in trigger.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i in resolver.by_token:
            named = resolver.resolve_head(child)
            if named is not None and _is_force(named.entity, resolver):
                return named
    head = trigger
    while True:
        said = head
        if head.pos_ in VERB_POS and head.lemma_ in words_for("alliedWith")["COMPOSITION_VERBS"] and \
                head.dep_ not in ("acl", "relcl"):  # "the X Force (XF), made up of ...": the parser
            said = _name_before_comma(head, resolver) or head  # hangs the participle on the main verb
        if said.i in resolver.by_token:
            named = resolver.resolve_head(said)
            return named if named is not None and _is_force(named.entity, resolver) else None
        if head.head.i == head.i:
            return None
        head = head.head


def _is_force(entity: Entity, resolver: Resolver) -> bool:
    """A coalition, or a group whose name or a gazetteer alias says it is a multinational
    force or mission ("the X Task Force", "African Union Mission in Y")."""
    marks = words_for("alliedWith")["FORCE_NAME_WORDS"]
    known = resolver.gazetteer.lookup(entity.name)
    names = (entity.name, *entity.aliases, *(known.aliases if known is not None else ()))
    return entity.type in GROUP_TYPES and (_is_coalition(entity) or any(
        word.lower() in marks for name in names for word in name.split()))


def _name_before_comma(clause: Token, resolver: Resolver) -> Token | None:
    """The name that ends right before the comma before the participle ("the X Force (XF),
    made up of ..."), over an acronym in brackets; None when there is none."""
    doc = resolver.doc
    i = clause.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    i -= 1
    if doc[i].text == ")":
        while i > 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    return doc[i] if i >= 0 and i in resolver.by_token else None


def _possessor_within(token: Token, top: Token) -> bool:
    """Whether token hangs in a possessive ("Y's") inside the phrase headed by top."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "poss":
            return True
        token = token.head
    return False


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
    ruling = words_for("alliedWith")["RULING_VERBS"]
    ruled = [m for c in nodes["parties"].children if c.dep_ == "acl" and c.lemma_ in ruling
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
    offensive": those who carry out one joint action together are partners in force, as
    are the doer and the one named after "with" on its verb ("X ran joint patrols with Y");
    "with" on the noun is read by the joint_operation_with patterns."""
    trigger = nodes["trigger"]
    actions = words_for("alliedWith")["JOINT_NOUNS"]  # "joint air and artillery strikes": the air strikes
    if trigger.lemma_ not in actions and not any(c.lemma_ in actions for c in trigger.conjuncts) or \
            any(c.dep_ == "prep" and c.lower_ in words("ACCOMPANIMENT_PREPOSITIONS") for c in trigger.children):
        return []
    of = [m for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
    sentence = range(trigger.sent.start, trigger.sent.end)  # named here: not "They ... carry out joint
    doers = [m for m in of or agent_of(trigger, resolver)   # operations", whose partner the clause may name
             if m.entity.type in NON_PERSON_ACTORS and m.token in sentence]
    partners = [m for p in (trigger.head.children if trigger.dep_ == "dobj" else ()) if p.dep_ == "prep" and
                p.lower_ in words("ACCOMPANIMENT_PREPOSITIONS")
                for g in p.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
    if partners:  # "X ran joint operations with Y": the parser hangs "with Y" on the verb
        return pairs_apart(pattern, trigger, doers, [m for m in partners if m.entity.type in NON_PERSON_ACTORS])
    return each_pair(pattern, trigger, doers)


@engine(needs=("subject", "object"))
def pact_partner(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X has a defence pact with Y and troops posted on its soil": the one the pact is with
    is a named party; a post listed beside it (read as the article's state) is no party."""
    partners = [m for m in resolver.resolve(nodes["object"], "actor") if m.via != "home-state"]
    return pairs_apart(pattern, nodes["trigger"], resolver.resolve(nodes["subject"], "actor"), partners)


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
    if any(c.lower_ in words_for("alliedWith")["SET_APART_WORDS"] and (c.head == trigger or trigger.i > c.i > c.head.i)
           for c in list(trigger.children) + list(trigger.head.children)):
        return []  # "the X Alliance, not A or B, ...": set apart, not listed as members
    if any(c.lemma_.lower() in words_for("alliedWith")["COMMERCIAL_MODIFIERS"] for c in nodes["subject"].children
           if c.dep_ in ("amod", "compound")):
        return []  # "a trade bloc formed by A and B": commerce, not force or politics
    members = [m for m in _listed(_list_head(nodes["object"]), resolver)
               if m.entity.type in ACTOR_TYPES - {"Person"} and not _no_longer(resolver.doc[m.token])
               and not _people_modifier(m, resolver)]
    listed = {m.entity for m in members}  # "A (AA), B (BB) and the C Front": a listed one holds no other
    named = resolver.resolve(nodes["subject"], "actor")
    coalitions = [m for m in named if _is_force(m.entity, resolver) and m.entity not in listed]
    leaders = [m for m in named if m.via == "coalition"] + _led_by_clause(trigger, resolver)
    known = _alliance_named_before(nodes["subject"], resolver) if leaders and not coalitions else None
    if known is not None:  # "the CSTO says ... the Russian-led alliance, which counts A as a member":
        return pairs(pattern, trigger, distinct(members + leaders), [known])  # members of the alliance named
    found = pairs(pattern, trigger, members, coalitions[:1])
    found += [c for leader in leaders for c in pairs_apart(pattern, trigger, [leader], members + coalitions[:1])]
    if not named and not leaders and nodes["subject"].lemma_.lower() in words("COALITION_NOUNS"):
        found += each_pair(pattern, trigger, members)  # "the coalition, made up of A and B forces"
    return found


def _list_head(token: Token) -> Token:
    """The head of the list a relative pronoun's clause is said of ("A and two other groups
    that make up X": A and the groups), else token itself."""
    clause = relative_clause(token) if token.lower_ in words("RELATIVE_PRONOUNS") else None
    if clause is None:
        return token
    return first_conjunct(clause.head)


def _alliance_named_before(noun: Token, resolver: Resolver) -> Mention | None:
    """"The X Treaty Organization says ... the Russian-led alliance": an alliance (or bloc)
    noun the sentence has already named is that alliance, the one its leader and members
    belong to (members are not said to be allies of the leader apart from it)."""
    if noun.lower_ in words("RELATIVE_PRONOUNS") and noun.head.dep_ == "relcl":
        noun = noun.head.head  # "the alliance that counts A as a member"
    if noun.lemma_.lower() not in ("alliance", "bloc") or noun.i in resolver.by_token:
        return None  # a standing alliance; "the US-led coalition" is often another than one just named
    for i, entity in reversed(resolver.mentions_before(noun)):
        if i < noun.sent.start:
            return None
        if _is_alliance(entity, resolver):
            return Mention(entity, i, "description")
    return None


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
    while head.dep_ in ("poss", "compound", "amod", "nmod") and head.head.i != head.i:
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
        word.lower() in words_for("alliedWith")["PACT_NOUNS"] | words_for("alliedWith")["COALITION_NAME_WORDS"]
        for word in entity.name.split() if word[:1].isupper())


@engine()
def ally_noun(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"Y, X's ally", "Y is an ally of X", "X's allies, including Y", "X's Saudi partners"."""
    trigger = nodes["trigger"]
    if any(c.lemma_.lower() in words_for("alliedWith")["COMMERCIAL_MODIFIERS"] for c in trigger.children
           if c.dep_ in ("amod", "compound")):
        return []  # "a vital trading partner", "business partners": commerce, not force or politics
    wing = _conjoined_ally(trigger, resolver)
    if wing is not None:  # "X and its armed wing, the Y": Y is X's
        return pairs(pattern, trigger, [wing[1]], [wing[0]])
    owners = ally_owners(trigger, resolver)
    members = _ally_members(trigger, resolver)
    if trigger.lemma_ == "member":  # "a member of the council, X": a person belongs to the body, is no ally of it
        members = [m for m in members if m.entity.type != "Person"]
    titled = _name_after(trigger, resolver)
    if not owners and titled is not None:  # "X's Yemeni branch Y": the parser hangs
        owners = [m for c in titled.children if c.dep_ == "poss" and c.i < trigger.i  # the possessive on the name
                  for m in resolver.resolve(c, "actor")]
    if not owners and trigger.dep_ in ("appos", "attr"):  # "X, an Iranian proxy"
        owners = [m for c in trigger.children if c.dep_ == "amod" and c.i in resolver.by_token
                  for m in resolver.resolve(c, "actor") if m.entity.type == "State"]
    if not owners and len(members) == 1 and trigger.dep_ == "appos":
        owners = _viewpoint(trigger, resolver, members[0])
    each_other = each_pair(pattern, trigger, members)
    if not owners:  # "Israel and Egypt are allies": each two of them; not the allies of one
        examples = any(c.dep_ == "prep" and c.lower_ in words_for("alliedWith")["MEMBER_EXAMPLE_PREPOSITIONS"]
                       for c in trigger.children)  # unnamed ("backers including A and B", "allies of the rebels")
        return [] if trigger.lemma_ != "member" and (examples or owner_said(trigger)) else each_other
    if trigger.lemma_ == "member" and all(o.entity.type in GROUP_TYPES for o in owners):
        # "A and B are members of the X Alliance": allied with it and with each other (a
        # state's coalition, "with A and B among its members", pairs them with the leader only)
        return pairs(pattern, trigger, members, owners) + each_other
    return pairs(pattern, trigger, members, owners)


@engine()
def conjoined_ally(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X and its armed group, the Y": an armed group a name owns, named right after, is its
    wing (the ally-noun engine reads "its armed wing"; "group" alone is no ally noun)."""
    wing = _conjoined_ally(nodes["trigger"], resolver)
    return pairs(pattern, nodes["trigger"], [wing[1]], [wing[0]]) if wing is not None else []


@engine(needs=("object",))
def umbrella(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X, the umbrella organisation of groups including A and B": the groups an umbrella
    takes in are its members, allied with X, the name it is set beside (the parser may hang
    the apposition elsewhere, so X is the name that ends right before it)."""
    trigger = nodes["trigger"]
    before = trigger.left_edge.i - 1
    if before >= 0 and resolver.doc[before].text in (",", "(", "-", "–", "—"):
        before -= 1
    head = trigger.head if trigger.dep_ == "appos" and trigger.head.i in resolver.by_token else (
        resolver.doc[before] if before >= 0 and before in resolver.by_token else None)
    owner = resolver.resolve_head(head) if head is not None else None
    if owner is None or owner.entity.type not in NON_PERSON_ACTORS:
        return []
    members = [m for m in _listed(_list_head(nodes["object"]), resolver)
               if m.entity.type in NON_PERSON_ACTORS and m.entity != owner.entity]
    return pairs(pattern, trigger, distinct(members), [owner])


def _conjoined_ally(trigger: Token, resolver: Resolver) -> tuple[Mention, Mention] | None:
    """"X and its armed wing, the Y", "X and its allies, Y and Z": an ally noun owned by a
    pronoun and coordinated with a name is that name's (the pronoun means the name just
    before), and the name set off after it is the ally (the parser hangs it on the noun or
    on X, as a conjunct or an apposition). Nothing when either is missing."""
    if trigger.dep_ != "conj" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in trigger.children):
        return None
    owner = resolver.resolve_head(trigger.head)  # X alone, not its conjuncts
    if owner is None or owner.entity.type not in NON_PERSON_ACTORS:
        return None
    after = trigger.i + 1
    while after < trigger.sent.end and resolver.doc[after].lower_ in (",", "the"):
        after += 1
    token = resolver.doc[after] if after < trigger.sent.end and after > trigger.i + 1 else None
    while token is not None and token.head.i != token.i and token.i in resolver.by_token and \
            resolver.by_token.get(token.head.i) == resolver.by_token[token.i]:
        token = token.head  # "the Qassam Brigades": the name's head word carries its dependency
    if token is None or token.i not in resolver.by_token or token.dep_ not in ("conj", "appos") or \
            token.head.i not in (trigger.i, trigger.head.i):
        return None
    ally = resolver.resolve_head(token)
    if ally is None or ally.entity == owner.entity or ally.entity.type not in NON_PERSON_ACTORS:
        return None
    return owner, ally


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
        if child.dep_ == "appos" or (child.dep_ == "acl" and child.lemma_ in words("NAMING_VERBS")):
            targets = [child] if child.dep_ == "appos" else [t for t in child.subtree if t.i in resolver.by_token]
            for target in targets[:1]:
                members += resolver.resolve(target, "actor")
        if child.dep_ == "prep" and child.lower_ in words_for("alliedWith")["MEMBER_EXAMPLE_PREPOSITIONS"]:
            members += [m for g in child.subtree if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
    titled = _name_after(trigger, resolver)
    if not members and titled is not None:
        members += resolver.resolve(titled, "actor")
    for child in trigger.children:  # "its Saudi partners"; not "its Lebanese ally Hezbollah"
        if (not members and child.dep_ == "amod" and child.i in resolver.by_token and not _fighters_noun(trigger)
                and trigger.lemma_ in words_for("alliedWith")["PARTNER_NOUNS"] and any(c.dep_ == "poss" for c in trigger.children)):
            members += resolver.resolve(child, "actor")
    return members


def _name_after(trigger: Token, resolver: Resolver) -> Token | None:
    """"Iran's ally Hezbollah", "al-Qaeda's Yemeni branch AQAP", "Washington's partner the
    X": the name right after an owned ally noun is its title's bearer, however the small
    parser hung the two (a second subject, a compound on the name, a relative clause)."""
    doc = trigger.doc
    after = trigger.i + 1
    if after < trigger.sent.end and doc[after].lower_ == "the":
        after += 1
    if after >= trigger.sent.end or doc[after].pos_ != "PROPN" or after not in resolver.by_token:
        return None
    owned = any(c.dep_ == "poss" for c in (*trigger.children, *doc[after].head.children, *doc[after].children))
    return doc[after] if owned else None


def _fighters_noun(trigger: Token) -> bool:
    """"its Syrian rebel allies", "their Iraqi militia partners": the demonym says where
    the non-state fighters come from, as in "Syrian rebels"; it names no state as the ally."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in words("NON_STATE_GROUP_NOUNS")
               for c in trigger.children)


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
    led = resolver.led_by(noun)  # the same reading as the resolver's
    if led is not None:
        return [led]
    if noun.i in resolver.by_token:
        return []
    leader = resolver.coalitions.get("coalition")
    return [Mention(leader, noun.i, "coalition")] if leader is not None else []


@engine(roles=("subject", "object"))
def helped_forces(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X is helping Y's forces", and for an army the text does not name: "government
    forces in Y", "sent troops to Y to help government troops (there)", "crossed into Y to
    help the government": the state is the one the forces are in or the help was sent to."""
    trigger, army = nodes["trigger"], nodes["object"]
    if "clause" in nodes and not _fights_an_actor(nodes["clause"], resolver):
        return []  # "helped Colombia fight poverty": not a war
    subjects = resolver.resolve(nodes["subject"], "actor") if "subject" in nodes else agent_of(trigger, resolver)
    if not subjects and trigger.dep_ in ("advcl", "xcomp"):  # "(the war) brought Eritrean troops back to aid Y's
        subjects = [m for o in trigger.head.children if o.dep_ == "dobj"  # forces": the troops' state helps
                    and o.lower_ in words_for("alliedWith")["SENT_FORCES"] for m in resolver.resolve(o, "actor")]
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
    speaker = resolver.speaker_of(subject[0]) if subject and subject[0].pos_ == "PRON" else None
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
    objects = [c for c in clause.children if c.dep_ == "dobj"] + [  # "fend off X", the parser may
        g for c in clause.children if c.dep_ in ("prep", "prt") and c.lower_ in ("off", "back")  # hang X on
        for g in c.children if g.dep_ == "pobj"]  # the particle
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
        subjects = [m for m in first_person_owner(trigger, resolver) if m.entity.type in NON_PERSON_ACTORS]
    else:
        subjects = resolver.resolve(owner, "actor")
    objects = resolver.resolve(nodes["object"], "actor")
    return pairs_apart(pattern, trigger, subjects, objects)


@engine(needs=("object",))
def fought_for(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X is fighting for Y", "fought for President Y": fighting for a named actor is
    fighting on its side, as is fighting for a government; fighting for a place ("for the
    city", "for Tripoli", not read as its state) is fighting to hold it."""
    obj = nodes["object"]
    named = resolver.by_token.get(obj.i)
    ruler = named is None and obj.lemma_.lower() in words_for("alliedWith")["RULER_NOUNS"]  # "for the government"
    if not ruler and (named is None or named.type not in ACTOR_TYPES):
        return []
    trigger = nodes["trigger"]
    return pairs_apart(pattern, trigger, agent_of(trigger, resolver), resolver.resolve(obj, "actor"))


@engine()
def titled_member(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"NATO member Turkey", "NATO-member Turkey": a member of an alliance named by that
    title is allied with it (a member of a body that is no alliance, "EU member", is not)."""
    trigger = nodes["trigger"]
    member = resolver.titled_member(trigger)
    if member is None:
        return []
    alliances = [m for c in trigger.children if c.dep_ == "compound" and c.i in resolver.by_token
                 for m in resolver.resolve(c, "actor") if _is_treaty_body(m.entity, resolver)]
    return pairs_apart(pattern, trigger, [member], alliances)


def _is_treaty_body(entity, resolver: Resolver) -> bool:
    """A coalition by kind, or a body whose name or a gazetteer alias says treaty, pact or
    alliance ("North Atlantic Treaty Organization"); a union or league is not one."""
    marks = words_for("alliedWith")["ALLIANCE_NAME_WORDS"]
    known = resolver.gazetteer.lookup(entity.name)
    names = (entity.name, *entity.aliases, *(known.aliases if known is not None else ()))
    return entity.type == "Coalition" or (entity.type in GROUP_TYPES and any(
        word.lower() in marks for name in names for word in name.split()))


@engine(roles=("subject",))
def run_on_backing(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"the Hamas linked Popular Front", "Iran backed Houthis": the name before a
    participle written without its hyphen backs (or is linked with) the name after it,
    however the parser read the participle."""
    trigger = nodes["trigger"]
    backed = run_on_participle(trigger)
    if backed is None:
        return []
    backers = resolver.resolve(resolver.doc[trigger.i - 1], "actor")
    return pairs_apart(pattern, trigger, resolver.resolve(backed, "actor"), backers[:1])


@engine(roles=("conjunct",), deferred=True, record=True)
def co_agents(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
              record: DocumentRecord) -> list[Candidate]:
    """"French and Malian troops retook P", "Russian and Syrian jets struck Y", "Iraqi
    troops and Shiite militias retook P": the actors named together on the one force, or
    coordinated as the subject, that carried out an asserted attack or taking are partners
    in force. The two sides of a clash ("A and B forces exchanged fire", each the other's
    target) are not, nor are sides set apart by "both" ("both the army and the RSF")."""
    trigger = nodes["trigger"]
    subject = trigger.dep_ in ("nsubj", "nsubjpass")  # "A and B retook P": the verb they are the subject of
    apart = words_for("alliedWith")["APART_CORRELATIVES"]  # "both A and B", "either A or B"
    if subject and any(t.lower_ in apart and t.dep_ in ("preconj", "det") for t in trigger.subtree):
        return []  # "both the army and the RSF shelled the city": each on its own side
    phrase = {t.i for t in trigger.subtree}
    acts: dict[int, tuple[list[Mention], set[str]]] = {}
    for act, doer, target in record.doers:
        if subject and act not in {trigger.head.i} | {c.i for c in trigger.head.conjuncts}:
            continue
        doers, targets = acts.setdefault(act, ([], set()))
        targets.add(target.entity.name)
        if doer.token in phrase and doer.entity.type in NON_PERSON_ACTORS:
            doers.append(doer)
    found: list[Candidate] = []
    for act, (doers, targets) in acts.items():
        if len({d.entity.name for d in doers}) < 2 or targets & {d.entity.name for d in doers} or \
                _reciprocal(resolver.doc[act]) or modality(resolver.doc[act]) != "asserted":
            continue
        found += each_pair(pattern, trigger, distinct(doers))
    return found


@engine(deferred=True, record=True)
def companion_agents(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
                     record: DocumentRecord) -> list[Candidate]:
    """"X, along with Y, attacked Z", "X - together with Y - launched the assault", "X,
    alongside Y, shelled Z": the doer of an asserted attack and the one named beside it as
    its companion (who took part in it too) are partners in force."""
    trigger = nodes["trigger"]
    phrase = {t.i for t in (trigger.head if trigger.lower_ == "together" else trigger).subtree}
    found: list[Candidate] = []
    for act in sorted({a for a, _, _ in record.doers}):
        verb = resolver.doc[act]
        if verb.sent.start != trigger.sent.start or _reciprocal(verb) or modality(verb) != "asserted":
            continue
        targets = {o.entity.name for a, _, o in record.doers if a == act}
        doers = distinct([d for a, d, _ in record.doers if a == act and d.token not in phrase])
        for doer in doers:
            mates = [m for m in companions(resolver.doc[doer.token], verb, resolver)
                     if m.token in phrase and m.entity.type in NON_PERSON_ACTORS and m.entity.name not in targets]
            found += pairs_apart(pattern, trigger, [doer], mates)
    return found


def _reciprocal(act: Token) -> bool:
    """An act two sides do to each other: "clashed", "exchanged fire", "fought each other"."""
    mutual = words_for("attacked")["RECIPROCAL_NOUNS"] | words_for("attacked")["RECIPROCAL_VERBS"]
    said = act.sent.text.lower()
    return act.lemma_.lower() in mutual or any(p in said for p in words_for("attacked")["RECIPROCAL_PHRASES"]) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in mutual for c in act.children)


@engine()
def paired_names(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"the US-Japan alliance", "the Russia-Iran partnership", "the US-Japan security
    treaty": two names joined by a hyphen or slash on an alliance noun are its two sides. A
    treaty or pact is one only when it says defence or security ("the Israel-Egypt peace
    treaty" is not); a trade partnership is commerce."""
    trigger, first, second = nodes["trigger"], nodes["first"], nodes["second"]
    if first.i > second.i or not any(t.text in ("-", "–", "/") for t in resolver.doc[first.i + 1:second.i]) or \
            any(t.i not in resolver.by_token and t.pos_ == "PROPN" for t in resolver.doc[first.i + 1:second.i]):
        return []  # "the US-Japan alliance"; not "the US and Japanese alliance"
    vocabulary = words_for("alliedWith")
    said = [t.lemma_.lower() for t in trigger.subtree if t.i > second.i]  # "security treaty", "Treaty of ... Security"
    if any(w in vocabulary["COMMERCIAL_MODIFIERS"] for w in said) or (
            trigger.lemma_.lower() in vocabulary["CHARTER_NOUNS"] and
            not any(w in vocabulary["SECURITY_MODIFIERS"] for w in said)):
        return []
    sides = [m for t in (first, second) for m in resolver.resolve(t, "actor")[:1]
             if m.entity.type in NON_PERSON_ACTORS]
    return each_pair(pattern, trigger, sides)

