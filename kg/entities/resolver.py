"""Noun phrase -> the entities it stands for, in one parsed document.

Beyond the names kg.names reads: demonyms and possessives standing for their state,
capitals standing for their state when they act, "X-led coalition" for its leader, a
leader for his group, and pronouns and definite descriptions ("it", "the group", "the
army", "the city") linked back to what they name. This module holds the dispatch; each
way of resolving lives in the module named for it, mixed in here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.discourse import Mention, distinct
from kg.entities.antecedents import Antecedents, is_pronoun
from kg.entities.descriptions import Descriptions, lower_in
from kg.entities.home_state import HomeState
from kg.entities.kinds import GROUP_TYPES, NON_PERSON_ACTORS
from kg.entities.leaders import Leaders
from kg.entities.owners import Owners
from kg.events import Entity
from kg.lexicon import any_of, words
from kg.names import GROUP_WORDS
from kg.names.surface import titled


@dataclass
class Resolver(Leaders, Descriptions, Owners, Antecedents, HomeState):
    """Resolves tokens of one document to entities, remembering what came before."""

    _active: set[int] = field(default_factory=set)
    #: Where the lead ends (HomeState._lead_end), once the names are read: it depends on
    #: which tokens name something, which resolution no longer changes.
    _lead: int | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        self._choose_homonyms()
        self._read_home_groups()
        self._read_coalitions()
        self.descriptors = self._read_descriptors()
        self._lead = self._lead_end()

    def as_place(self, mention: Mention) -> Mention:
        """A name held or seized is a place, whatever kind the NER guessed for it
        ("regained control of Nagorno-Karabakh", tagged ORG)."""
        entity = mention.entity
        if entity.type not in ("Organisation", "Person") or entity.same_as or \
                self.gazetteer.lookup(entity.name) is not None:
            return mention
        if any(word in entity.name.split() for word in GROUP_WORDS) or self._group_like(entity, mention.token):
            return mention
        if entity.type == "Person" and titled(self.tokens[mention.token]):
            return mention  # "the last stronghold of commander X": X owns it, a person
        return Mention(self._retype(Entity(entity.name, "Region"), entity.name), mention.token, mention.via)

    def _group_like(self, entity: Entity, token: int) -> bool:
        """Whether an organisation's name reads as a group of people, not a place: it ends in
        a group noun or opens with a group word ("Sky Alliance", "Jaish X"), or its head
        is a plural name the NER tags an organisation ("the Desert Falcons")."""
        parts = entity.name.lower().split()
        head = self.tokens[token]
        return parts[-1] in words("GROUP_NAME_ENDS") or parts[0] in words("GROUP_NAME_STARTS") or \
            (entity.type == "Organisation" and head.tag_ == "NNPS" and head.ent_type_ in ("ORG", "NORP"))

    # --- roles -------------------------------------------------------------------
    def actor(self, entity: Entity, token: Token | None = None) -> Entity:
        """A capital acting stands for its state ("Moscow and Tehran are allies")."""
        if entity.type in ("City", "Place"):
            state = self.gazetteer.capital_of(entity.name)
            if state is not None:
                return self.from_gazetteer(state, token.text if token is not None else entity.name)
        return entity

    # --- resolution ----------------------------------------------------------------
    def resolve(self, token: Token, role: str = "actor") -> list[Mention]:
        """The entities a noun phrase headed by token stands for, conjuncts included."""
        if token.dep_ == "conj" and _gloss(token):
            return self.resolve(token.head, role)  # 'X, or "the Soldiers of ...",': X
        counted = self.counted_states(token) or self.counted_sides(token) or self._examples(token, role)
        if counted:
            return counted
        found: list[Mention] = []
        first = self._resolve_one(token, role, depth=0)
        if first is not None and _relative_of_one(token):
            return [first]  # "A, which governs X, and B, which governs Y": each clause is said of its own
        if first is not None:
            found.append(first)
            anchor = self.tokens[first.token]
            # "Hezbollah, a group backed by Iran, or the Syrian military": an apposition
            # names its head alone, not the head's conjuncts; "the latter" names one of a pair.
            plural = first.via == "appos" and token.tag_ in ("NNS", "NNPS")  # "A and B, Iran-backed groups": both
            one = first.via == "description" and token.tag_ == "NN" or \
                _singular_relative(token)  # "A and B ... the town", "A and B, which has ...": one of them
            for conj in (anchor.conjuncts if plural or first.via not in ("appos", "known-as", "latter") and not one
                         else ()):
                if _gloss(conj):
                    continue
                other = self._resolve_one(conj, role, depth=1)
                if other is not None and not (first.via == "description" and other.entity.type not in GROUP_TYPES
                                              and token.lower_ in words("NON_STATE_GROUP_NOUNS")):
                    found.append(other)  # "between X and the government ... the rebels": X alone; rebels are a group's
            if role == "actor" and first.entity.type == "State":
                modifier = anchor.dep_ in ("amod", "nmod", "compound") and anchor.head.i != anchor.i
                found += self._state_modifiers(anchor.head if modifier else anchor)
        for conj in (token.conjuncts if token.dep_ != "appos" else ()):
            if (first is None or conj.i != first.token) and not _gloss(conj):
                other = self._resolve_one(conj, role, depth=1)
                if other is not None and all(o.entity != other.entity for o in found):
                    found.append(other)
        found += self._listed_appositions(token, first, role)
        if first is not None:  # the phrase's head, or the name it stands for ("Syria's regime, ...")
            for head in dict.fromkeys((token, self.tokens[first.token])):
                found += self._list_continued(head, role, {m.entity for m in found})
        found += [partner for mention in found for partner in self._slash_partners(mention, role)]
        found += self._misjoined_force(token, role)
        return distinct(found)

    def _misjoined_force(self, token: Token, role: str) -> list[Mention]:
        """"between the X army and Y rebels", "locations in X and X-administered Y": the
        small parser makes "the army and Y", "X and X-administered" a modifier of the last noun;
        a name, or a state's force with its own article, joined by "and" heads a phrase of its own."""
        found = []
        for child in token.children:
            if child.dep_ in ("nmod", "compound") and child.i < token.i and \
                    any(c.dep_ == "conj" for c in child.children) and (
                    child.dep_ == "nmod" and child.i in self.by_token and self.by_token[child.i] != self.by_token.get(token.i) or
                    child.lemma_.lower() in words("STATE_FORCE_NOUNS") and any(c.dep_ == "det" for c in child.children)):
                mention = self._resolve_one(child, role, depth=1)
                if mention is not None:
                    found.append(mention)
        return found

    def resolve_head(self, token: Token, role: str = "actor") -> Mention | None:
        """The one entity the phrase's head stands for, without its conjuncts ("the X-backed
        Y and its commanders": Y), for a relation that must tell the head from its list."""
        return self._resolve_one(token, role, depth=0)

    def _examples(self, token: Token, role: str) -> list[Mention]:
        """"Iran-backed militias, including X and Y", "groups such as X", "factions like X":
        an unnamed plural noun given named examples stands for them, the named part of it."""
        if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.i in self.by_token:
            return []
        for prep in token.children:
            marker = f"such {prep.lower_}" if any(c.lower_ == "such" for c in prep.children) else prep.lower_
            if prep.dep_ == "prep" and marker in words("EXAMPLE_PREPOSITIONS"):
                named = [c for c in prep.children if c.dep_ == "pobj"]
                return self.resolve(named[0], role) if named else []
        return []

    def _listed_appositions(self, token: Token, first: Mention | None, role: str) -> list[Mention]:
        """"The US, the UK, and Australia": the parser takes the second item of a list of
        states for an apposition of the first; a state there, before a conjunct, is an item."""
        if first is None or first.entity.type != "State":
            return []
        items = [c for c in token.children if c.dep_ == "appos" and
                 any(k.dep_ == "conj" and k.i > c.i for k in token.children)]
        items += [k for c in token.children if c.dep_ == "appos" and c.i > token.i and c not in items and
                  c.pos_ == "PROPN" and _opens_coordination(c)  # "A, B and C": B an apposition, C its conjunct
                  for k in (c, *c.conjuncts) if k.pos_ == "PROPN"]  # (not "two Britons, a Dane and a Swede")
        found = [self._resolve_one(c, role, depth=1) for c in items]
        return [m for m in found if m is not None and m.entity.type == "State" and m.entity != first.entity]

    def _list_continued(self, anchor: Token, role: str, seen: set[Entity]) -> list[Mention]:
        """"A (AA), B (BB) and C (CC)": an acronym in brackets breaks the small parser's list,
        which hangs the second item on the first as an apposition or loose ("dep") off the
        clause; an item there that opens a coordination ("B ... and C") is a list item, with
        its conjuncts."""
        acronym = _bracketed_acronym(anchor)
        items = [c for c in anchor.children if acronym and c.dep_ == "appos" and c.i > anchor.i + 1 and
                 self.tokens[c.left_edge.i - 1].text == "," and _opens_coordination(c)]
        after = anchor.right_edge.i + 1
        if not items and after + 1 < len(self.doc) and self.tokens[after].text == ",":
            head = self.tokens[after + 1]
            while head.head.i > head.i and head.dep_ in ("det", "compound", "amod", "nmod", "punct"):
                head = head.head
            glossed = acronym and _bracketed_acronym(head)  # "A (AA), B (BB) and C (CC)", whatever B hangs on
            if (head.dep_ == "dep" or glossed) and head.i in self.by_token and _opens_coordination(head):
                items = [head]
        found = []
        for item in [i for c in items for i in (c, *c.conjuncts) if i.i > anchor.i]:  # not the list's own head
            named = item if item.i in self.by_token else next(  # "the militant group Y": Y
                (a for a in item.children if a.dep_ == "appos" and a.i in self.by_token), None)
            mentions = [self._resolve_one(named, role, depth=1)] if named is not None else self._examples(item, role)
            for mention in mentions:  # a description ("a city in the south") is no item
                if mention is not None and mention.entity not in seen and mention.entity.type != "Person":
                    seen.add(mention.entity)
                    found.append(mention)
        return found

    def _slash_partners(self, mention: Mention, role: str) -> list[Mention]:
        """"PKK/PYD positions": names joined by a slash are named together, each standing
        in the clause as a conjunct would."""
        entity = self.by_token.get(mention.token)
        if entity is None:
            return []
        start = end = mention.token
        while self.by_token.get(start - 1) == entity:
            start -= 1
        while self.by_token.get(end + 1) == entity:
            end += 1
        partners = []
        for slash, name in ((end + 1, end + 2), (start - 1, start - 2)):
            if 0 <= name < len(self.doc) and self.tokens[slash].text == "/" and \
                    not self.tokens[slash].whitespace_ and name in self.by_token and self.by_token[name] != entity:
                partner = self._named(self.tokens[name], role)
                if partner is not None:
                    partners.append(partner)
        return partners

    def _named(self, token: Token, role: str) -> Mention | None:
        entity = self.by_token.get(token.i)
        if entity is None:
            return None
        if role == "actor":
            entity = self.actor(entity, token)
        return Mention(entity, token.i)

    def _resolve_one(self, token: Token, role: str, depth: int) -> Mention | None:
        if depth > 4 or token.i in self._active:
            return None
        self._active.add(token.i)
        try:
            mention = self._resolve_fresh(token, role, depth)
            if mention is not None and mention.entity.type == "State" and self.people_modifier(token) is not None:
                return None  # "Syrian Kurdish forces", "Kurdish-led forces in Syria": a people's, not the state's
            return mention
        finally:
            self._active.discard(token.i)

    def titled_member(self, token: Token) -> Mention | None:
        """"NATO member Turkey", "NATO-member Turkey": a member noun between its alliance and
        a name is a title of that name, which the small parser often leaves outside the
        phrase; the phrase stands for the member, not the alliance."""
        if token.tag_ != "NN" or token.lemma_.lower() not in words("STANDING_MEMBER_NOUNS") or \
                token.i + 1 >= len(self.doc) or not any(c.dep_ == "compound" and c.i in self.by_token
                                                         for c in token.children):
            return None
        member = self.by_token.get(token.i + 1)
        if member is None or member.type not in NON_PERSON_ACTORS:
            return None
        return Mention(member, token.i + 1, "appos")

    def _resolve_fresh(self, token: Token, role: str, depth: int) -> Mention | None:
        named = self._named(token, role)
        if named is not None:
            return self.leader_of_person(named, token, role)
        lower = token.lower_
        if lower in words("RELATIVE_PRONOUNS") and relative_clause(token) is not None:
            return self._resolve_one(_relative_antecedent(token), role, depth + 1)
        if lower == "whose" and token.dep_ == "poss" and token.head.head.dep_ == "relcl":
            return self._resolve_one(token.head.head.head, role, depth + 1)  # "X, whose forces ...": X
        if is_pronoun(token):
            return self.antecedent(token, role)
        if lower in words("PRONOUNS_FIRST_PLURAL"):
            return self.speaker_side(token)
        if lower in ("his", "her") and token.dep_ == "poss" and role == "actor" and (
                lower_in(token.head, words("STATE_FORCE_NOUNS")) or lower_in(token.head, words("ARMED_GROUP_NOUNS"))):
            return self.commander(token)
        titled = self.titled_member(token)
        if titled is not None:
            return titled
        people = self.people_modifier(token)
        if people is not None and role != "place":
            group = self.people_group(people)
            if group is not None:
                return group
        coalition_compound = any(c.dep_ == "compound" and c.lemma_.lower() in words("COALITION_NOUNS")
                                 for c in token.children)  # "Saudi-led coalition jets": 'led' hangs on the jets
        if role == "actor" and (token.lemma_.lower() in any_of("COALITION_NOUNS", "LED_ACTION_NOUNS")
                                or coalition_compound):
            led = self.led_by(token)  # "the US-led coalition", "US-led air strikes" act for the US
            if led is not None:
                return led
        if role == "actor" and token.lemma_.lower() in words("LEADER_NOUNS"):
            group = self._owner(token, role, depth)
            if group is not None and group.entity.type in GROUP_TYPES:
                return Mention(group.entity, group.token, "leader")
        known_as = self._known_as(token)
        if known_as is not None:
            return known_as
        if token.dep_ == "appos" and token.head.i in self.by_token and \
                token.lemma_.lower() not in words("RELATIONAL_NOUNS"):
            named = self._named(token.head, role)
            return Mention(named.entity, named.token, "appos") if named else None
        if self._is_definite(token) or self._state_owned_rebels(token):
            described = self._description(token, role)
            if described is not None:
                return described
        owner = self._owner(token, role, depth)
        if owner is not None:
            return owner
        armed = self.armed_modifier(token, role)
        if armed is not None:
            return armed
        bare = self.bare_fighters(token, role)
        if bare is not None:
            return bare
        lead = self.lead_description(token, role)
        if lead is not None:
            return lead
        if self._is_bare_state_force(token):
            state = self.home_state(token)
            if state is not None:
                return Mention(state, token.i, "home-state")
        return self.same_head_before(token, role, depth)


def _relative_of_one(pronoun: Token) -> bool:
    """"A, which governs X, and B, which governs Y": a relative clause set inside a list,
    after an item other items follow, or beside another item's own relative clause, is
    said of its item alone ("A and B, which control X" may stand for both)."""
    clause = pronoun.head
    if pronoun.lower_ not in words("RELATIVE_PRONOUNS") or clause.dep_ != "relcl":
        return False
    antecedent = clause.head
    return any(c.i > clause.i or any(k.dep_ == "relcl" for k in c.children) for c in antecedent.conjuncts)


def _opens_coordination(token: Token) -> bool:
    """Whether token heads a coordination ("B, C and D"): a conjunct joined by and/or."""
    return any(c.dep_ == "cc" and c.lower_ in ("and", "or") for t in (token, *token.conjuncts) for c in t.children)


def _bracketed_acronym(token: Token) -> bool:
    """Whether a name is glossed by its acronym in brackets right after it ("B (BB)")."""
    return any(c.dep_ == "appos" and token.doc[c.i - 1].text == "(" for c in token.children)


def _singular_relative(token: Token) -> bool:
    """"A and B, which has been at war since 2020": a relative pronoun whose verb agrees
    with one (is, has, was, fights) stands for the noun it hangs on, not for the list."""
    if token.lower_ not in words("RELATIVE_PRONOUNS") or token.head.dep_ != "relcl":
        return False
    verb = token.head
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass")][:1] or [verb]
    return finite[0].tag_ == "VBZ" or finite[0].lower_ == "was"


def relative_clause(pronoun: Token) -> Token | None:
    """The relative clause a relative pronoun opens: its own verb's, or, when the pronoun is
    the subject of what the clause reports ("P, which officials say fell to X"), the
    reporting verb's."""
    verb = pronoun.head
    if verb.dep_ == "relcl":
        return verb
    if pronoun.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and \
            verb.head.lemma_ in words("SPEECH_VERBS") and verb.head.lemma_ not in words("ACCUSE_VERBS") and \
            pronoun.i < verb.head.i and not any(c.dep_ == "mark" for c in verb.children):
        return verb.head
    return None


def _located_name(noun: Token) -> Token | None:
    """"P, 25 miles north of Q, which ...", "P, some 10 km to the west, which ...":
    a relative clause after a phrase of distance and direction set off by commas is said of
    the name before the phrase, not of the direction or the place it is measured from."""
    path = [noun]
    while len(path) < 4 and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    if not any(t.lower_ in words("COMPASS_NOUNS") for t in path):
        return None
    units = [t for t in path if t.lower_ in words("DISTANCE_UNITS")] + \
        [c for t in path for c in t.children if c.lower_ in words("DISTANCE_UNITS") and c.i < noun.i]
    if not units:
        return None
    start = units[0].left_edge.i
    doc = noun.doc
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].pos_ != "PROPN":
        return None
    return doc[start - 2]


def _relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun stands for: the one its clause hangs on, or, when its
    verb agrees with one noun of a list ("A and B, which has ..."), the last one before it
    (the parser hangs the clause on the list's head, A)."""
    clause = relative_clause(pronoun)
    noun = clause.head if clause is not None else pronoun.head.head
    located = _located_name(noun)
    if located is not None:
        return located
    if not _singular_relative(pronoun):
        return noun
    before = [c for c in (noun, *noun.conjuncts) if c.i < pronoun.i]
    return max(before, key=lambda c: c.i) if before else noun


def _gloss(conj: Token) -> bool:
    """"Liwa al-Nasr, or "Brigade of Victory,"": a quoted phrase after
    "or" translates or renames the name before it; it is no second participant."""
    quoted = conj.doc[conj.left_edge.i].text in ('"', "“", "'", "‘") or \
        conj.left_edge.i > 0 and conj.doc[conj.left_edge.i - 1].text in ('"', "“", "'", "‘")
    return quoted and any(c.dep_ == "cc" and c.lower_ == "or" for c in conj.head.children)
