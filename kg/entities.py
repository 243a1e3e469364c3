"""Noun phrase -> the entities it stands for, in one parsed document.

Beyond the names kg.names reads: demonyms and possessives standing for their state,
capitals standing for their state when they act, "X-led coalition" for its leader, a
leader for his group, and pronouns and definite descriptions ("it", "the group", "the
army", "the city") linked back to what they name.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.discourse import Discourse, Mention
from kg.events import Entity
from kg.names import GROUP_WORDS
from kg.lexicon import words

#: Number words that count the states a plural noun refers back to ("the four countries").
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
ACTOR_TYPES = frozenset({"State", "ArmedGroup", "Organisation", "Coalition", "Person"})
PLACE_TYPES = frozenset({"State", "City", "Region", "Place", "Facility"})
GROUP_TYPES = frozenset({"ArmedGroup", "Organisation", "Coalition"})
NON_PERSON_ACTORS = ACTOR_TYPES - {"Person"}
#: Dependency labels through which a noun names its owner, by preference.
OWNER_DEPS_ACTOR = ("poss", "by", "amod", "of", "compound", "nmod", "from")
OWNER_DEPS_PLACE = ("of", "appos", "compound", "in", "poss", "amod", "nmod")


@dataclass
class Resolver(Discourse):
    """Resolves tokens of one document to entities, remembering what came before."""

    coalitions: dict[str, Entity] = field(default_factory=dict)
    _active: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        super().__post_init__()
        self._choose_homonyms()
        self._read_coalitions()
        self.descriptors = self._read_descriptors()

    def other_than(self, mention: Mention, names: set[str]) -> Mention | None:
        """A pronoun that came out as the clause's own subject ("X attacked its fighters")
        means the last other actor named."""
        if mention.via != "pronoun" or mention.entity.name not in names:
            return mention
        anchor = self.doc[mention.token]
        for i, entity in reversed(self.mentions_before(anchor)):
            if entity.type in NON_PERSON_ACTORS and entity.name not in names:
                return Mention(entity, i, "pronoun")
        return None

    def _read_coalitions(self) -> None:
        """"X-led coalition": the coalition stands for X; later "the coalition" too."""
        for token in self.doc:
            if token.lower_ == "led" and token.dep_ == "amod" and token.head.lemma_ in words("COALITION_NOUNS"):
                leader = self._leader(token)
                if leader is not None:
                    self.coalitions[token.head.lemma_] = leader
                    self.coalitions["coalition"] = leader

    def _leader(self, led: Token) -> Entity | None:
        for child in led.children:
            if child.dep_ in ("npadvmod", "compound", "nmod", "amod") and child.i in self.by_token:
                return self.actor(self.by_token[child.i], child)
        previous = self.doc[led.i - 2] if led.i >= 2 and self.doc[led.i - 1].text == "-" else None
        if previous is not None and previous.i in self.by_token:
            return self.actor(self.by_token[previous.i], previous)
        return None

    def as_place(self, mention: Mention) -> Mention:
        """A name held or seized is a place, whatever kind the NER guessed for it
        ("regained control of Nagorno-Karabakh", tagged ORG)."""
        entity = mention.entity
        if entity.type not in ("Organisation", "Person") or entity.same_as or \
                self.gazetteer.lookup(entity.name) is not None:
            return mention
        if any(word in entity.name.split() for word in GROUP_WORDS):
            return mention
        return Mention(self._retype(Entity(entity.name, "Region"), entity.name), mention.token, mention.via)

    # --- roles -------------------------------------------------------------------
    def actor(self, entity: Entity, token: Token | None = None) -> Entity:
        """A capital acting stands for its state ("Moscow and Tehran are allies")."""
        if entity.type in ("City", "Place"):
            state = self.gazetteer.capital_of(entity.name)
            if state is not None:
                return self._from_gazetteer(state, token.text if token is not None else entity.name)
        return entity

    # --- resolution ----------------------------------------------------------------
    def resolve(self, token: Token, role: str = "actor") -> list[Mention]:
        """The entities a noun phrase headed by token stands for, conjuncts included."""
        counted = self.counted_states(token)
        if counted:
            return counted
        found: list[Mention] = []
        first = self._resolve_one(token, role, depth=0)
        if first is not None:
            found.append(first)
            anchor = self.doc[first.token]
            # "Hezbollah, a group backed by Iran, or the Syrian military": an apposition
            # names its head alone, not the head's conjuncts.
            for conj in (anchor.conjuncts if first.via not in ("appos", "known-as") else ()):
                other = self._resolve_one(conj, role, depth=1)
                if other is not None:
                    found.append(other)
            if role == "actor" and first.entity.type == "State":
                modifier = anchor.dep_ in ("amod", "nmod", "compound") and anchor.head is not anchor
                found += self._state_modifiers(anchor.head if modifier else anchor)
        for conj in (token.conjuncts if token.dep_ != "appos" else ()):
            if first is None or conj.i != first.token:
                other = self._resolve_one(conj, role, depth=1)
                if other is not None and all(o.entity != other.entity for o in found):
                    found.append(other)
        unique: dict[str, Mention] = {}
        for mention in found:
            unique.setdefault(mention.entity.name, mention)
        return list(unique.values())

    def counted_states(self, token: Token, window: int = 3) -> list[Mention]:
        """"the four countries", "both nations": the last list of exactly that many states
        the text named, within `window` sentences before."""
        if token.lemma_.lower() not in words("STATE_GROUP_NOUNS") or token.tag_ != "NNS":
            return []
        count = None
        for child in token.children:
            if child.dep_ == "nummod":
                count = NUMBERS.get(child.lower_) or (int(child.text) if child.text.isdigit() else None)
            elif child.dep_ in ("det", "predet") and child.lower_ == "both":
                count = 2
        if not count or count < 2:
            return []
        first = self._window_start(token, window)
        for head in reversed(self.doc[first: token.i]):
            if head.dep_ == "conj" or head.i not in self.by_token or not head.conjuncts:
                continue
            listed = [head, *head.conjuncts]
            if head.dep_ == "appos" and head.head.i in self.by_token:  # "Niger, Nigeria, Chad and ..."
                listed.insert(0, head.head)
            states: dict[str, Mention] = {}
            for member in listed:
                if member.i not in self.by_token:  # "... Chad and Cameroon meet": a verb taken for a noun
                    member = next((c for c in member.children if c.dep_ == "compound" and c.i in self.by_token), member)
                entity = self.by_token.get(member.i)
                if entity is not None and entity.type == "State":
                    states.setdefault(entity.name, Mention(entity, member.i, "description"))
            if len(states) == count == len(listed):
                return list(states.values())
        return []

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
            return self._resolve_fresh(token, role, depth)
        finally:
            self._active.discard(token.i)

    def _resolve_fresh(self, token: Token, role: str, depth: int) -> Mention | None:
        named = self._named(token, role)
        if named is not None:
            return self._leader_of_person(named, token, role)
        lower = token.lower_
        if lower in words("RELATIVE_PRONOUNS") and token.head.dep_ == "relcl":
            return self._resolve_one(token.head.head, role, depth + 1)
        if is_pronoun(token):
            return self.antecedent(token, role)
        if role == "actor" and token.lemma_.lower() in words("COALITION_NOUNS"):
            for child in token.children:  # "the US-led coalition" acts for the US
                if child.lower_.endswith("led") and child.dep_ in ("amod", "compound"):
                    leader = self._leader(child)
                    if leader is not None:
                        return Mention(leader, child.i, "coalition")
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
        if self._is_bare_state_force(token):
            state = self.home_state(token)
            if state is not None:
                return Mention(state, token.i, "home-state")
        return None

    def _leader_of_person(self, mention: Mention, token: Token, role: str) -> Mention:
        """"Its leader Abubakar Shekau pledged ...", "Turkish President Erdogan hosted ...":
        an official whose office the text names acts for the group or state he leads."""
        if role != "actor" or mention.entity.type != "Person":
            return mention
        for child in token.children:
            if child.lemma_.lower() in words("LEADER_NOUNS") and child.dep_ in ("compound", "appos", "nmod"):
                owner = self._owner(child, role, 1)
                if owner is not None and owner.via != "home-state" and \
                        owner.entity.type in GROUP_TYPES | {"State"}:
                    return Mention(owner.entity, mention.token, "leader")
        return mention

    def _known_as(self, token: Token) -> Mention | None:
        for child in token.children:
            if child.dep_ == "acl" and child.lemma_ in ("know", "call", "name"):
                for grand in child.subtree:
                    if grand.i in self.by_token and grand.i > child.i:
                        return Mention(self.by_token[grand.i], grand.i, "known-as")
            if child.dep_ == "appos" and child.i in self.by_token and token.lemma_ not in words("ALLY_NOUNS"):
                return Mention(self.by_token[child.i], child.i, "appos")
        return None

    def _state_owned_rebels(self, token: Token) -> bool:
        """"the country's rebels", "Somalia's militants": a state's rebels are not the state
        but the group the text is about, as "the rebels" would be."""
        if token.tag_ != "NNS" or token.lower_ not in words("PLURAL_GROUP_NOUNS"):
            return False
        for child in token.children:
            if child.dep_ != "poss":
                continue
            owner = self.by_token.get(child.i)
            if (owner is not None and owner.type == "State") or child.lemma_.lower() in ("country", "nation"):
                return True
        return False

    @staticmethod
    def _is_definite(token: Token) -> bool:
        return any(c.dep_ in ("det", "poss") and c.lower_ in words("ARTICLES_DEFINITE")
                   for c in token.children)

    def _description(self, token: Token, role: str) -> Mention | None:
        """"the group", "the Somali group", "the city", "the coalition" -> what they name."""
        lemma = token.lemma_.lower()
        if lemma in self.coalitions and not any(c.lower_ == "led" for c in token.children) and lemma == "coalition":
            return Mention(self.coalitions[lemma], token.i, "coalition")
        if lower_in(token, words("GROUP_NOUNS")) and not self._has_named_modifier(token):
            if token.tag_ in ("NNS", "NNPS") and token.lower_ not in words("PLURAL_GROUP_NOUNS"):
                return None  # "the rival factions": several unnamed groups, no one antecedent
            described = self.described(token, GROUP_TYPES)
            if described is not None:
                return described
            plural = token.tag_ in ("NNS", "NNPS")  # "the militants": the story's main group
            if lower_in(token, words("ARMED_GROUP_NOUNS")):
                armed = frozenset({"ArmedGroup"})
                return ((self.salient(token, armed) if plural else None) or self.recent(token, armed)
                        or self.recent(token, GROUP_TYPES))
            return self.recent(token, GROUP_TYPES)
        names_one = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        if lemma in words("CITY_DESCRIPTIONS") and role == "place" and not names_one and \
                not self._has_named_modifier(token, ("appos", "compound")):
            return self.recent(token, frozenset({"City", "Place"}))  # "the city": the last one named
        return None

    def _has_named_modifier(self, token: Token, deps: tuple[str, ...] = ("poss", "compound", "of", "appos")) -> bool:
        """Whether a name modifies the noun ("the Hamas group", "the town of Kidal"); a state
        in an of-phrase does not name it ("the group of Syrian fighters" is still "the group")."""
        for child in token.children:
            dep = "of" if child.dep_ == "prep" and child.lower_ == "of" else child.dep_
            if dep not in deps:
                continue
            targets = [g for g in child.children if g.dep_ == "pobj"] if dep == "of" else [child]
            for target in targets:
                named = self.by_token.get(target.i)
                if named is not None and (dep != "of" or named.type != "State"):
                    return True
        return False

    def _owner(self, token: Token, role: str, depth: int) -> Mention | None:
        """"Egypt's army", "Moroccan embassy", "Hezbollah positions", "embassies of X".
        X's allies or enemies are not X, so relational nouns pass nothing on."""
        lemma = token.lemma_.lower()
        if lemma in words("RELATIONAL_NOUNS") or token.lower_ in words("RELATIONAL_NOUNS"):
            return None
        if role == "actor" and lemma in words("COMPASS_NOUNS"):
            return None  # "southwest of Tripoli" says where, it is no actor
        is_place_head = lemma in words("PLACE_NOUNS") | words("PART_NOUNS")
        located = is_place_head or lemma in words("FACILITY_NOUNS")
        placed = is_place_head or role == "place"
        order = OWNER_DEPS_PLACE if placed else OWNER_DEPS_ACTOR
        linked = self._linked_modifiers(token)
        for dep in order:
            for child in self._owner_children(token, dep):
                if child.i in linked:
                    continue  # "Al-Qaeda-linked rebels" are not al-Qaeda
                if dep == "in" and not located:
                    continue
                if placed and dep in ("compound", "amod", "nmod") and child.i not in self.by_token:
                    continue  # "government buildings in X": the building's place, not its owner
                if role == "place" and dep == "amod" and self.gazetteer.demonym(child.text):
                    continue  # a place held is named: "Israeli towns" names none
                mention = self._resolve_owner_token(child, role, depth)
                if mention is not None:
                    return mention
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
        if dep == "by":  # "forces loyal to X", "a strike blamed on X", "a raid carried out by X"
            return [g for c in token.children
                    if (c.dep_ == "amod" and c.lemma_ in ("loyal", "allied", "belonging")) or
                    (c.dep_ == "acl" and c.lemma_ in words("AGENT_PARTICIPLES"))
                    for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "on", "by")
                    for g in p.children if g.dep_ == "pobj"]
        if dep in ("of", "from", "in"):
            return [g for c in token.children if c.dep_ == "prep" and c.lower_ == dep
                    for g in c.children if g.dep_ == "pobj"]
        if dep == "amod":
            if token.lemma_.lower() in words("NON_STATE_GROUP_NOUNS") | words("CIVILIAN_NOUNS") or \
                    token.lower_ in words("NON_STATE_GROUP_NOUNS") | words("CIVILIAN_NOUNS"):
                # "Syrian rebels", "pro-Russian separatists", "Syrian refugees" are not the state;
                # "Shebab rebels" are Shebab
                return [c for c in token.children if c.dep_ == "amod" and c.i in self.by_token
                        and self.by_token[c.i].type in GROUP_TYPES]
            return [c for c in token.children if c.dep_ in ("amod", "npadvmod") and
                    not (c.lower_.endswith("led") or c.lower_.endswith("backed"))]
        return [c for c in token.children if c.dep_ == dep]

    def _resolve_owner_token(self, child: Token, role: str, depth: int) -> Mention | None:
        if is_pronoun(child):
            return self.antecedent(child, role)
        if child.i in self.by_token:
            return self._named(child, role)
        if child.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ"):
            return self._resolve_one(child, role, depth + 1)
        return None

    def _is_bare_state_force(self, token: Token) -> bool:
        """"the army", "government forces", "the armed forces": a state's own forces."""
        modifiers = " ".join(c.lower_ for c in token.children if c.dep_ in ("compound", "amod"))
        if any(c.dep_ == "poss" and c.lower_ in words("PRONOUNS_PERSON") for c in token.children):
            return False  # "his forces": a person's, not the state's
        if any(t.lemma_.lower() in words("NON_STATE_GROUP_NOUNS") or t.lower_ in words("NON_STATE_GROUP_NOUNS")
               for t in token.lefts for t in t.subtree):
            return False  # "rebel forces", "Islamist-leaning forces", "opposition troops"
        forms = {token.lower_, token.lemma_.lower(), f"{modifiers} {token.lower_}".strip()}
        return bool(forms & words("STATE_FORCE_NOUNS"))

    # --- memory: pronouns, descriptions, the state whose forces are meant ----------
    def antecedent(self, token: Token, role: str = "actor") -> Mention | None:
        """"it", "its", "they": the subject of the reporting clause or the nearest subject
        before it in the sentence or the one before, else the last actor named there.
        "it" as a thing attacked or held ("overran it") is the last place named."""
        if role in ("place", "target") and token.dep_ in ("dobj", "pobj") and token.lower_ == "it":
            place = self.recent(token, frozenset({"City", "Region", "Place"}), window=2)
            if place is not None:
                return place
        speaker = self._speaker(token)
        if speaker is not None:  # "rebels said they had ...": they are the speakers, named or not
            mention = self._resolve_one(speaker, "actor", depth=2)
            return Mention(mention.entity, mention.token, "pronoun") if mention else None
        sentence = token.sent
        before = list(reversed(sentence[: token.i - sentence.start]))
        for candidate in before:
            if candidate.dep_ in ("nsubj", "nsubjpass"):
                mention = self._resolve_one(candidate, "actor", depth=2)
                if mention is not None and mention.entity.type in NON_PERSON_ACTORS:
                    return Mention(mention.entity, mention.token, "pronoun")
        for candidate in before:
            entity = self.by_token.get(candidate.i)
            if entity is not None and self.actor(entity).type in NON_PERSON_ACTORS - {"State"}:
                return Mention(self.actor(entity), candidate.i, "pronoun")
        previous = self._previous_subject(sentence)
        if previous is not None:
            return previous
        return self.recent(token, NON_PERSON_ACTORS, window=1)

    def _speaker(self, token: Token) -> Token | None:
        """The subject of the reporting verb whose clause has token as its subject."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = token.head
        if clause.dep_ == "ccomp" and clause.head.lemma_ in words("SPEECH_VERBS"):
            for child in clause.head.children:
                if child.dep_ == "nsubj" and child.i != token.i and not is_pronoun(child):
                    return child
        return None

    def _previous_subject(self, sentence: Span) -> Mention | None:
        doc = sentence.doc
        start = sentence.start
        for _ in range(1):
            if start == 0:
                return None
            previous = doc[start - 1].sent
            start = previous.start
            subjects = [t for t in previous if t.dep_ in ("nsubj", "nsubjpass")]
            subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", t.i))
            for subject in subjects:
                if is_pronoun(subject):
                    continue
                mention = self._resolve_one(subject, "actor", depth=2)
                if mention is not None and mention.entity.type in NON_PERSON_ACTORS:
                    return Mention(mention.entity, mention.token, "pronoun")
        return None

    def home_state(self, token: Token) -> Entity | None:
        """The state whose army/government "the army" means: the last one named with its
        forces ("Sudan's army", "Syrian government forces") before this mention. Forces
        only a state has at home ("security forces", "government troops", "police") are
        those of the state the text names with such forces, nearest first, before or after:
        a foreign army fighting beside them does not own them."""
        if _is_domestic(token):
            named = [(abs(i - token.i), i, e) for i, e in self.by_token.items()
                     if e.type == "State" and _is_domestic(self.doc[i].head) and i != token.i]
            if named:
                return min(named, key=lambda item: item[:2])[2]
        for i, entity in reversed(self.mentions_before(token)):
            head = self.doc[i].head
            if entity.type == "State" and (head.lemma_.lower() in words("HOME_STATE_FORCES")
                                           or self.doc[i].lemma_.lower() in words("HOME_STATE_FORCES")):
                return entity
        return self.main_state()

    def _choose_homonyms(self) -> None:
        """A known name that also means a place elsewhere ("Tripoli" in Lebanon, "Georgia"
        the US state) is that other place when the headline and lead place the article in
        the other place's country and the text never names the known place's own."""
        lead = self._lead_end()
        for entity in list(self.entities.values()):
            homonyms = self.gazetteer.homonyms(entity.name)
            entry = self.gazetteer.lookup(entity.name)
            if not homonyms or entry is None or entry.name != entity.name:
                continue
            elsewhere = {self._country_name(e) for e in self.entities.values() if e != entity}
            if (entry.name if entry.type == "State" else entry.country) in elsewhere:
                continue
            leading = {self._country_name(e) for i, e in self.by_token.items() if i < lead and e != entity}
            chosen = [h for h in homonyms if h.country in leading]
            if len(chosen) == 1:
                self._rename(entity, Entity(chosen[0].name, chosen[0].type, (), chosen[0].same_as))

    def _country_name(self, entity: Entity) -> str | None:
        """The state an entity is or lies in, by the gazetteer."""
        country = self.gazetteer.country_of(entity.name)
        return country.name if country is not None else None

    def main_state(self) -> Entity | None:
        """The article's own country: of the states its headline and lead name, the one
        it names most (the first on a tie); none when they name no state."""
        lead = self._lead_end()
        leading = {e.name for i, e in self.by_token.items() if i < lead and e.type == "State"}
        counts: dict[str, int] = {}
        for i, entity in sorted(self.by_token.items()):
            if entity.name in leading and self.by_token.get(i - 1) != entity:
                counts[entity.name] = counts.get(entity.name, 0) + 1
        if not counts:
            return None
        return self.entities[max(counts, key=lambda name: counts[name])]

    def _lead_end(self) -> int:
        """Where the headline, dateline and first sentence of the body end."""
        seen = 0
        for sentence in self.doc.sents:
            if any(t.is_alpha for t in sentence) and not any(t.ent_type_ == "DATE" for t in sentence[:1]):
                seen += 1
            if seen >= 2:
                return sentence.end
        return len(self.doc)

def _is_domestic(token: Token) -> bool:
    """"security forces", "government troops", "the police": forces a state has at home."""
    domestic = words("DOMESTIC_FORCE_WORDS")
    return token.lemma_.lower() in domestic or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in domestic for c in token.children)


def is_pronoun(token: Token) -> bool:
    return token.lower_ in words("PRONOUNS_SINGULAR") | words("PRONOUNS_PLURAL")


def lower_in(token: Token, vocabulary: frozenset[str]) -> bool:
    return token.lower_ in vocabulary or token.lemma_.lower() in vocabulary

