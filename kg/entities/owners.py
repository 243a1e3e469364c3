"""Owners -> what a noun stands for through the name that owns it: "Egypt's army",
"Moroccan embassy", "Hezbollah positions", "embassies of X", "forces loyal to X", and the
states that modify a noun together ("U.S., French and British jets")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Discourse, Mention
from kg.entities.antecedents import is_pronoun
from kg.entities.kinds import ACTOR_TYPES, GROUP_TYPES, PLACE_TYPES
from kg.lexicon import any_of, words

#: Dependency labels through which a noun names its owner, by preference.
OWNER_DEPS_ACTOR = ("poss", "by", "amod", "of", "compound", "nmod", "from", "in")
OWNER_DEPS_PLACE = ("of", "appos", "compound", "in", "poss", "amod", "nmod")


class Owners(Discourse):
    """Mixed into the Resolver (kg/entities/resolver.py), whose _resolve_one, _named and
    antecedent resolve the owner found."""

    def _state_modifiers(self, noun: Token) -> list[Mention]:
        """"U.S., French and British jets": every state named as a modifier of the noun
        (the parser hangs the first on it apart from the others), or of a noun set
        beside a state name in apposition ("Italian, Spanish, Greek and Danish jets")."""
        nouns = [noun] + [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        out = []
        for head in nouns:
            for child in head.children:
                if child.dep_ not in ("amod", "nmod", "compound") or child.i in self._linked_modifiers(head):
                    continue
                for name in [child] + list(child.conjuncts):
                    entity = self.by_token.get(name.i)
                    if entity is not None and entity.type == "State":
                        out.append(Mention(entity, name.i))
        return out

    def _owner(self, token: Token, role: str, depth: int) -> Mention | None:
        """"Egypt's army", "Moroccan embassy", "Hezbollah positions", "embassies of X".
        X's allies or enemies are not X, so relational nouns pass nothing on."""
        lemma = token.lemma_.lower()
        if lemma in words("RELATIONAL_NOUNS") or token.lower_ in words("RELATIONAL_NOUNS"):
            return None
        forms = _forms(token)
        if forms & words("KIN_NOUNS"):
            return None  # "killed the son of X", "X's wife was abducted": a relative of X is not X
        if forms & words("DECISION_NOUNS"):
            return None  # "backed X's decision": what X decided or proposed is no actor
        if role == "actor" and lemma in words("COMPASS_NOUNS"):
            return None  # "southwest of Tripoli" says where, it is no actor
        is_place_head = lemma in any_of("PLACE_NOUNS", "PART_NOUNS")
        located = is_place_head or lemma in words("FACILITY_NOUNS")
        placed = is_place_head or role == "place"
        held_ground = role == "target" and lemma in words("HELD_GROUND_NOUNS")  # "X's stronghold of P": X's, hit
        if (role != "place" and lemma in words("FACILITY_NOUNS")) or held_ground:
            for child in self._owner_children(token, "poss"):  # "Mr Abbas's Gaza base": Abbas's
                if held_ground and is_pronoun(child):
                    continue  # "its stronghold": whose is left to the name the noun gives ("of P")
                mention = self._resolve_owner_token(child, role, depth)
                if mention is not None and mention.entity.type in ACTOR_TYPES:
                    return mention
        hired = self._hired_group(token)
        if hired is not None:
            return hired
        group = self._group_named_in(token, role)
        if group is not None:
            return group
        order = OWNER_DEPS_PLACE if placed else OWNER_DEPS_ACTOR
        linked = self._linked_modifiers(token)
        for dep in order:
            for child in self._owner_children(token, dep):
                if child.i in linked:
                    continue  # "Al-Qaeda-linked rebels" are not al-Qaeda
                if dep == "in" and not located:
                    if role == "place" or not (lemma in words("ARMED_GROUP_NOUNS") or token.lower_ in words("ARMED_GROUP_NOUNS")):
                        continue
                    member = self._resolve_owner_token(child, role, depth)  # "rebels in the X Movement"
                    if member is not None and member.entity.type in GROUP_TYPES:
                        return member
                    continue  # "rebels in Darfur" are not Darfur
                if placed and dep in ("compound", "amod", "nmod") and child.i not in self.by_token:
                    continue  # "government buildings in X": the building's place, not its owner
                if dep == "compound" and lemma in words("CITY_DESCRIPTIONS") and any(
                        c.dep_ == "det" and c.lower_ in words("ARTICLES_INDEFINITE") for c in token.children):
                    continue  # "an R town", "another R town": the region places an unnamed town, names none
                if role == "place" and dep == "amod" and self.gazetteer.demonym(child.text):
                    continue  # a place held is named: "Israeli towns" names none
                if dep in ("amod", "compound") and self.gazetteer.demonym(child.text) and \
                        forms & words("CIVIL_INSTITUTION_NOUNS"):
                    continue  # "the Indonesian Hospital in Gaza": named for a people or a donor, no state's post
                mention = self._resolve_owner_token(child, _owner_role(token, role), depth)
                if mention is not None and dep in ("compound", "nmod", "poss") and \
                        mention.entity.type in PLACE_TYPES - {"State"} and _is_non_state_group(token):
                    continue  # "Darfur rebels", "Tigray fighters": where they fight, not who they are
                if mention is not None and dep in ("compound", "nmod", "poss") and mention.entity.type == "State" and \
                        role != "place" and _rebel_body(token, child):
                    continue  # "Congo rebels", "S's largest rebel group" as actors: the state's rebels, not the state
                if mention is not None and mention.via == "home-state" and _is_non_state_group(token):
                    continue  # "to help the government battle rebels" (a verb read as a noun): rebels are no state's forces
                if mention is not None and dep == "amod" and mention.via == "home-state" and \
                        self._owner_children(token, "of"):
                    continue  # "the military leaders of A and B": the named owners, not the home state
                if mention is not None and dep in ("poss", "of"):
                    bare = dep == "of" and all(c.dep_ in ("det", "prep") for c in token.children)
                    mention = self._titled_leaders_state(token, child, mention, untitled=bare)
                if mention is not None:
                    return mention
        return None

    def _titled_leaders_state(self, body: Token, owner: Token, mention: Mention, untitled: bool = False) -> Mention:
        """"X's government", "X's forces": the state a person heads by an office the text
        names anywhere ("Colombian President X"); "Prime Minister X's government": a head of
        state or government named by his title alone, with no state of his own named, heads
        the article's own country; his government is that state, not the man. With untitled,
        a bare "the government of X" names him its head by itself: the article's own country too
        (not "the Indian-backed regime of X")."""
        bodies = any_of("STATE_BODY_NOUNS", "STATE_FORCE_NOUNS")
        if mention.entity.type != "Person" or not (_forms(body) & bodies):
            return mention
        states = [e for e in self.bodies_led(mention.entity) if e.type == "State"]
        if states:  # "Colombian President X ... X's government", "X's forces": the state he heads
            return Mention(states[0], owner.i, "leader")
        if not (_forms(body) & words("STATE_BODY_NOUNS")):
            return mention
        title = [t for t in self.doc[owner.left_edge.i: owner.i] if t.ent_type_ != "PERSON"]
        if not untitled and not any(_forms(t) & words("HEAD_OF_STATE_TITLES") for t in title):
            return mention  # no title: the man's own
        named = [self.by_token[t.i] for t in title if t.i in self.by_token]
        if named:  # "Yemeni President X's government": the state his title names
            return Mention(named[0], owner.i, "leader") if named[0].type == "State" else mention
        state = self.main_state()
        return Mention(state, owner.i, "leader") if state is not None else mention

    def _group_named_in(self, token: Token, role: str) -> Mention | None:
        """"Peruvian Quechua X rebels", "Peru's X militia", "the Lebanese X movement": fighters
        or a body whose noun a group's name modifies are that group, not the state a demonym
        or possessive beside it names."""
        if not (_is_non_state_group(token) or _forms(token) & words("GROUP_NOUNS")):
            return None
        linked = self._linked_modifiers(token)
        for child in token.children:
            entity = self.by_token.get(child.i)
            if child.dep_ == "compound" and child.i not in linked and not _for_or_against(child) and \
                    entity is not None and entity.type in GROUP_TYPES:
                return self._named(child, role)
        return None

    def _hired_group(self, token: Token) -> Mention | None:
        """"Russian mercenaries", "Russian fighters" in a text naming the Wagner Group: a
        state's demonym before a noun for hired or irregular fighters means the one armed
        group from that state the text names, not the state."""
        if not (_forms(token) & words("HIRED_FORCE_NOUNS")):
            return None
        for child in token.children:
            state = self.gazetteer.demonym(child.text) if child.dep_ in ("amod", "compound") else None
            if state is None or state.type != "State":
                continue
            groups = {e for e in self.by_token.values() if e.type == "ArmedGroup" and
                      (entry := self.gazetteer.lookup(e.name)) is not None and entry.country == state.name}
            if len(groups) == 1:
                return Mention(groups.pop(), child.i, "demonym-group")
        return None

    @staticmethod
    def _linked_modifiers(token: Token) -> set[int]:
        """Tokens of the names in "X-linked", "X-backed", "X-affiliated" before a noun: the
        noun is tied to X, not X itself."""
        out: set[int] = set()
        for child in token.children:
            if child.dep_ == "amod" and child.lower_ in words("LINK_PARTICIPLES") and \
                    child.i > 0 and child.doc[child.i - 1].text == "-":
                i = child.i - 2
                while i >= token.left_edge.i and (child.doc[i].pos_ == "PROPN" or child.doc[i].text == "-"):
                    out.add(i)  # the name just before the hyphen: "Al-Qaeda" in "Al-Qaeda-linked"
                    i -= 1
        return out

    def _owner_children(self, token: Token, dep: str) -> list[Token]:
        kids = self.children_of(token)
        if dep == "by":  # "forces loyal to X", "a strike blamed on X", "a raid carried out by X",
            # "forces aligned with X" (aligned and allied take "with" as well as "to")
            aligned = words("ALIGNMENT_LEMMAS")
            return [g for c in kids
                    if (c.dep_ in ("amod", "acl") and c.lemma_ in words("LOYALTY_LEMMAS") | aligned) or
                    (c.dep_ == "acl" and c.lemma_ in words("AGENT_PARTICIPLES"))
                    for p in self.children_of(c) if p.dep_ in ("prep", "agent") and
                    (p.lower_ in words("OWNER_AGENT_PREPOSITIONS") or p.lower_ == "with" and c.lemma_ in aligned)
                    for g in self.children_of(p) if g.dep_ == "pobj"]
        if dep in ("of", "from", "in"):
            return [g for c in kids if c.dep_ == "prep" and c.lower_ == dep
                    for g in self.children_of(c) if g.dep_ == "pobj"]
        if dep == "amod":
            kinds = any_of("NON_STATE_GROUP_NOUNS", "CIVILIAN_NOUNS")
            if token.lemma_.lower() in kinds or token.lower_ in kinds or any(
                    c.dep_ == "compound" and c.lower_ in words("NON_STATE_GROUP_NOUNS") for c in kids):
                # "Syrian rebels", "Syrian rebel forces", "pro-Russian separatists", "Syrian
                # refugees" are not the state; "Shebab rebels" are Shebab
                return [c for c in kids if c.dep_ == "amod" and c.i in self.by_token
                        and self.by_token[c.i].type in GROUP_TYPES]
            return [c for c in kids if c.dep_ in ("amod", "npadvmod") and
                    not (c.lower_.endswith("led") or c.lower_.endswith("backed") or _for_or_against(c))]
        return [c for c in kids if c.dep_ == dep]

    def _resolve_owner_token(self, child: Token, role: str, depth: int) -> Mention | None:
        if child.lower_ == "whose":  # the relative clause's antecedent (the resolver's rule)
            return self._resolve_one(child, role, depth + 1)
        if is_pronoun(child):
            return self.antecedent(child, role)
        if child.i in self.by_token:
            return self._named(child, role)
        if child.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ"):
            return self._resolve_one(child, role, depth + 1)
        return None


def _owner_role(noun: Token, role: str) -> str:
    """Whose forces or armed sites were hit is an actor's ("struck Kyiv's troops": Ukraine's,
    the capital standing for its state; "captured rebel camps": the rebels the text names),
    though a place hit stays the place ("shelled Kyiv's suburbs")."""
    owned = any_of("STATE_FORCE_NOUNS", "ARMED_SITE_NOUNS")
    return "actor" if role == "target" and _forms(noun) & owned else role


def _is_non_state_group(token: Token) -> bool:
    """"rebels", "militants", "separatists": a noun for fighters who are no state's."""
    return bool(_forms(token) & any_of("NON_STATE_GROUP_NOUNS", "PLURAL_GROUP_NOUNS"))


def _rebel_body(noun: Token, state: Token) -> bool:
    """"Congo rebels", "a Myanmar rebel alliance", "Sudan rebel forces": a state's name
    before a noun for fighters who are no state's, or before such a word and the body it
    qualifies, names the country they come from, not who they are."""
    rebels = words("NON_STATE_GROUP_NOUNS")
    return bool(_forms(noun) & rebels) or any(
        c.dep_ in ("compound", "amod") and c.i != state.i and _forms(c) & rebels for c in noun.children)


def _forms(token: Token) -> set[str]:
    """The word and its lemma, lower-cased: how a word list is matched."""
    return {token.lower_, token.lemma_.lower()}


def _for_or_against(modifier: Token) -> bool:
    """"pro-Russian activists", "anti-Western protesters": people for or against a state
    are not that state."""
    doc, i = modifier.doc, modifier.i
    if modifier.lower_.startswith(("pro-", "anti-")):
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("pro", "anti")
