"""Descriptions -> the entity they name: "the group", "the Somali group", "the city",
"the coalition", "the four countries", "the alliance known as X", "the country's rebels"."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.discourse import Discourse, Mention
from kg.entities.kinds import ACTOR_TYPES, GROUP_TYPES, NON_PERSON_ACTORS
from kg.lexicon import any_of, words
from kg.names.surface import people_stem

#: Number words that count the states a plural noun refers back to ("the four countries").
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


class Descriptions(Discourse):
    """Mixed into the Resolver (kg/entities/resolver.py); "the coalition" reads the
    coalitions kg/entities/leaders.py found."""

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
        first = self.window_start(token, window)
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

    def counted_sides(self, token: Token, window: int = 3) -> list[Mention]:
        """"the two sides", "both parties", "the warring sides": the last two actors the
        text named together ("talks between X and Y", "X and Y clashed"), within `window`
        sentences before; nothing when no such pair was named."""
        if token.lemma_.lower() not in words("SIDE_NOUNS") or token.tag_ != "NNS":
            return []
        two = any((c.dep_ == "nummod" and c.lower_ == "two") or
                  (c.dep_ in ("det", "predet") and c.lower_ == "both") or
                  (c.dep_ == "amod" and c.lower_ in words("RIVALRY_MODIFIERS")) for c in token.children)
        if not two:
            return []
        pair = self._named_pair(self.doc[self.window_start(token, window): token.i], depth=1)
        return [Mention(m.entity, m.token, "description") for m in pair]

    def _named_pair(self, tokens: Span, depth: int) -> list[Mention]:
        """The last two different actors the tokens name together ("X and Y", "between X
        and Y"), or nothing."""
        for head in reversed(tokens):
            if head.dep_ == "conj" or len(head.conjuncts) != 1 or head.conjuncts[0].i > tokens.end:
                continue
            pair = []
            for member in (head, head.conjuncts[0]):
                mention = self._resolve_one(member, "actor", depth=depth)
                if mention is None or mention.entity.type not in ACTOR_TYPES:
                    break
                pair.append(mention)
            if len(pair) == 2 and pair[0].entity != pair[1].entity:
                return pair
        return []

    def _known_as(self, token: Token) -> Mention | None:
        for child in token.children:
            if child.dep_ == "acl" and child.lemma_ in words("NAMING_VERBS"):
                for grand in child.subtree:
                    if grand.i in self.by_token and grand.i > child.i:
                        return Mention(self.by_token[grand.i], grand.i, "known-as")
            if child.dep_ == "appos" and child.i in self.by_token and token.lemma_ not in words("ALLY_NOUNS") \
                    and not _after_a_conjunct(token, child):
                return Mention(self.by_token[child.i], child.i, "appos")
        head = token.head
        if token.dep_ == "nsubj" and head.lemma_ in ("call", "name") and head.tag_ in ("VBD", "VBN") and \
                head.i > 0 and self.tokens[head.i - 1].text == ",":
            # "His coalition, called X, took ...": the parser makes the participle the main verb
            for child in head.children:
                if child.dep_ == "oprd" and child.i in self.by_token:
                    return Mention(self.by_token[child.i], child.i, "known-as")
        if token.dep_ == "conj":  # "between X and the offshoot, the Islamic State": the parser hangs it on X
            for child in token.head.children:
                if child.dep_ == "appos" and child.i in self.by_token and child.i > token.i and \
                        not any(token.i < c.i < child.i for c in token.head.conjuncts):
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
        if token.lower_ in ("former", "latter") and token.dep_ not in ("amod", "compound"):
            return self._former_or_latter(token)
        if lemma in self.coalitions and not any(c.lower_ == "led" for c in token.children) and lemma == "coalition":
            return Mention(self.coalitions[lemma], token.i, "coalition")
        if role == "target":
            referent = self._post_named_before(token)
            if referent is not None:
                return referent
        if lower_in(token, words("GROUP_NOUNS")) and not self._has_named_modifier(token):
            found = self._group_antecedent(token, role)
            if found is not None and token.left_edge.i <= found.token < token.i:
                return None  # "the anti-X alliance": a name inside the description is no referent of it
            return found
        if lemma in words("NAME_HEAD_DESCRIPTIONS") and not self._has_named_modifier(token):
            return self._named_by_head(token)  # "the Seventh Brigade ... the brigade"
        names_one = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        if lemma in words("STATE_DESCRIPTIONS") and role == "actor" and token.tag_ == "NN" and not names_one and \
                not any(c.dep_ in ("amod", "compound", "nmod") for c in token.children):
            return self._the_country(token)
        # "the city" is the last one named; "the last two villages" are several, not that one
        if lemma in words("CITY_DESCRIPTIONS") and role in ("place", "target") and not names_one and \
                token.tag_ not in ("NNS", "NNPS") and not self._has_named_modifier(token, ("appos", "compound", "nmod")):
            if role == "target" and self._landmark(token):
                return None  # "hit a depot southwest of the city": the city is where the target is not
            places = frozenset({"City", "Place"})
            if lemma in words("SEAT_DESCRIPTIONS"):
                return self._capital(token, places)
            return self._introduced_as(token, places) or self._last_place(token, places)
        return None

    def _capital(self, token: Token, places: frozenset[str]) -> Mention | None:
        """"the capital" with no word of its own is the last state's capital the text named
        ("60 km north of C ... the capital"), else the place it introduced as a capital;
        not any town named last. "The provincial capital" is no state's capital."""
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        if not modifiers:
            seat = self.recent(token, places, skip=lambda named: not self._state_capital(named))
            return seat or self._introduced_as(token, places)
        found = self._introduced_as(token, places) or self._last_place(token, places)
        if found is not None and self._state_capital(self.tokens[found.token]) and \
                any(c.lower_ in words("SUBNATIONAL_MODIFIERS") for c in modifiers):
            return None  # "the provincial capital": a province's seat, not the state capital in the dateline
        return found

    def _state_capital(self, named: Token) -> bool:
        """Whether a name is of a city that is some state's capital."""
        entity = self.by_token.get(named.i)
        return entity is not None and self.gazetteer.capital_of(entity.name) is not None

    def same_head_before(self, token: Token, role: str, depth: int) -> Mention | None:
        """"A joint force of X and Y took the port ... The joint force holds the airport": a
        definite noun for a body of fighters or allies that no other reading resolves names
        what the last earlier phrase with the same head, number and modifiers named (its
        conjuncts too), passing over phrases that name no one."""
        bodies = words("COALITION_NOUNS") | words("UNIT_NOUNS") | words("NAME_HEAD_DESCRIPTIONS") | words("GROUP_NOUNS")
        if role != "actor" or token.pos_ != "NOUN" or token.dep_ in ("compound", "amod", "nmod") or \
                not lower_in(token, bodies) or not self._is_definite(token):
            # a body of fighters or allies ("the force", "the brigades"), not "the courier" nor
            # fighters themselves ("the guerrillas"), whom _group_antecedent reads or leaves alone
            return None
        lemma = token.lemma_.lower()
        wanted = _modifier_lemmas(token)  # "the combined force": an earlier combined force, not "a Chadian force"
        for earlier in reversed(self.doc[: token.i]):
            if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN" or earlier.tag_ != token.tag_ or \
                    earlier.dep_ in ("compound", "amod", "nmod") or not wanted <= _modifier_lemmas(earlier):
                continue
            mention = self._resolve_one(earlier, role, depth + 1)
            if mention is not None and mention.entity.type != "Person":
                return Mention(mention.entity, mention.token, "same-head")
        return None

    def _last_place(self, token: Token, places: frozenset[str]) -> Mention | None:
        """"the city": the last place named, not one that only locates another or names an
        area; a name the NER took for a person or organisation counts when the text said it
        was taken ("troops captured X ... retook the village", "the capture of X")."""
        for i, entity in reversed(self.mentions_before(token)):
            named = self.tokens[i]
            if self._landmark(named) or _names_an_area(named):
                continue
            if entity.type in places:
                return Mention(entity, i, "description")
            if entity.type in ("Person", "Organisation", "Region") and _seized(named):
                return self.as_place(Mention(entity, i, "description"))
        return None

    def _group_antecedent(self, token: Token, role: str) -> Mention | None:
        """"the group", "the militants", "the alliance": the name the text said it is, else
        the group it described so, else the group the story is about or named last."""
        identity = self._named_predicate(token, role)
        if identity is not None:  # "The second group is the alliance known as X": X
            return identity
        if any(c.lower_ in words("ORDINAL_WORDS") or c.lower_ == "other" for c in token.children):
            return None  # "the second group", "the other group": not one named before
        if token.tag_ in ("NNS", "NNPS") and token.lower_ not in words("PLURAL_GROUP_NOUNS"):
            return None  # "the rival factions": several unnamed groups, no one antecedent
        reporters = self._reporters(token)
        described = self.described(token, GROUP_TYPES, reporters)
        if described is not None:
            return described
        plural = token.tag_ in ("NNS", "NNPS")  # "the militants": the story's main group
        subjects = _clause_subjects(token)  # "X fighters fought to block the group": not X

        def other(named: Token) -> bool:
            return named.i in subjects or self.by_token[named.i].name in reporters

        if lower_in(token, words("ARMED_GROUP_NOUNS")):
            armed = frozenset({"ArmedGroup"})
            if plural:  # "the rebels" are an armed group, never the UN that condemned them
                found = self.salient(token, armed) or self.recent(token, armed)
                if found is not None and any(self.by_token.get(i) == found.entity for i in subjects):
                    return None  # "X fighters took the town from the rebels": someone other than X
                return found
            return self._topic_group(token, armed) or self.recent(token, armed, skip=other) or \
                self.recent(token, GROUP_TYPES, skip=other)
        return self._topic_group(token, GROUP_TYPES) or self.recent(token, GROUP_TYPES, skip=other)

    def _reporters(self, token: Token) -> frozenset[str]:
        """The groups the text described as watchers of the war ("X, a monitoring group",
        "the rights group Y"): the sources of its reports, whom a bare "the group" does not
        mean; none when the noun itself says so ("the monitoring group")."""
        watching = words("REPORTER_DESCRIPTORS")
        if any(c.lemma_.lower() in watching for c in token.children):
            return frozenset()
        return frozenset(name for name, said in self.descriptors.items() if said & watching)

    def _topic_group(self, token: Token, types: frozenset[str]) -> Mention | None:
        """"X swore loyalty to Y. It lives off smuggling. Since it took up cattle theft,
        the group has burned ...": "the group" as a subject goes on with the
        subject before it (in its sentence, else the one before), the group the text is
        talking about, not the last one it named (Y); nothing when that subject is no group
        ("The army attacked X. The group said ...": the one named last, X)."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN":
            return None
        sentence = token.sent
        before = [t for t in reversed(sentence[: token.i - sentence.start]) if t.dep_ in ("nsubj", "nsubjpass")]
        if not before and sentence.start > 0:
            previous = self.tokens[sentence.start - 1].sent
            before = sorted((t for t in previous if t.dep_ in ("nsubj", "nsubjpass")),
                            key=lambda t: (t.head.dep_ != "ROOT", t.i))
        for subject in before:
            mention = self._resolve_one(subject, "actor", depth=2)
            if mention is not None:
                return Mention(mention.entity, mention.token, "description") if mention.entity.type in types else None
        return None

    def armed_modifier(self, token: Token, role: str) -> Mention | None:
        """"rebel-held P", "the rebel stronghold of P", "under militant control", "rebel
        fighters": a bare modifier for irregular fighters (or a force noun it qualifies)
        means the group the text described with that word ("the M23 rebels", "X, a rebel
        group"), before or, when it is the only one, after; nothing when it described none
        so (several groups may be rebels), but "the rebel army", "the ethnic army" (one, named
        as a state's force is) is the armed group the story names most, as "the rebels" are."""
        if role != "actor":
            return None
        modifier = token if token.dep_ in ("amod", "compound", "npadvmod", "nmod") else next(
            (c for c in token.children if c.dep_ in ("amod", "compound") and c.lower_ in words("ARMED_MODIFIERS")), None)
        if modifier is None or modifier.lower_ not in words("ARMED_MODIFIERS") or \
                (modifier is not token and not lower_in(token, any_of("STATE_FORCE_NOUNS", "ARMED_GROUP_NOUNS"))):
            return None
        head = token if modifier is not token else token.head
        if head.tag_ in ("NNS", "NNPS") and lower_in(head, words("GROUP_NOUNS")):
            return None  # "rebel groups": several, no one antecedent
        found = self.described(modifier, GROUP_TYPES) or self._only_described(modifier.lemma_.lower())
        if found is None and head.tag_ == "NN" and self._is_definite(head) and lower_in(head, words("STATE_FORCE_NOUNS")):
            return self.salient(head, frozenset({"ArmedGroup"}))  # "the ethnic army said": the story's group
        return found

    def people_modifier(self, token: Token) -> Token | None:
        """"Kurdish forces", "Kurdish-led fighters", "Bosnian Serb army": the people (an ethnic
        or religious group the NER names that is no state's demonym) a force noun is said to be
        of or led by, when the phrase names no group itself ("Kurdish YPG fighters": the YPG's)."""
        if token.dep_ in ("amod", "compound") or not lower_in(token, any_of("STATE_FORCE_NOUNS", "ARMED_GROUP_NOUNS")):
            return None
        lefts = [t for left in token.lefts for t in left.subtree]
        if any(t.i in self.by_token and self.by_token[t.i].type != "State" for t in lefts):
            return None
        for child in token.children:
            if child.dep_ not in ("amod", "compound"):
                continue
            led = [g for g in child.children if g.dep_ in ("npadvmod", "compound", "amod")] \
                if child.lower_.endswith("led") else []
            for modifier in (child, *led):
                if modifier.lower_ not in words("ARMED_MODIFIERS") and self._people_not_state(modifier):
                    return modifier
        return None

    def people_group(self, modifier: Token) -> Mention | None:
        """The one group of that people the text names: one it writes the people's word in or
        just before ("the Kurdish YPG", "the Kurdish Democratic Union Party"), or whose name
        shares the word's stem ("Tigrayan" for the Tigray People's Liberation Front); none when
        it names none, or several (a people has many parties)."""
        stem = people_stem(modifier.lower_)
        common = modifier.lower_ in words("GENERIC_NAME_WORDS")  # "Islamic", "Arab": in many groups' names
        found: dict[str, int] = {}
        for i, entity in sorted(self.by_token.items()):
            if entity.type not in GROUP_TYPES or entity.name in found:
                continue
            entry = self.gazetteer.lookup(entity.name)
            if entity.type != "ArmedGroup" and (entry is None or entry.country is None):
                continue  # a people's side is some country's party or force, not the Arab League
            written = {entity.name} | self.surfaces.get(entity.name, set()) | set(entry.aliases if entry else ())
            before = self.tokens[i - 1] if i > 0 else None
            if not common and any(w.lower().startswith(stem) for name in written
                                  for w in name.replace("-", " ").split()) or \
                    before is not None and before.lower_ == modifier.lower_ and self.by_token.get(before.i) != entity:
                found[entity.name] = i
        if len(found) != 1:
            return None
        name, i = next(iter(found.items()))
        return Mention(self.entities[name], i, "people")

    def bare_fighters(self, token: Token, role: str) -> Mention | None:
        """"rebels captured P" with no article: a bare plural of a word for irregular
        fighters ("rebels", "insurgents", "jihadists") with no modifier of its own is the
        group the text described with that word, else the one armed group it has named,
        when its headline or lead names it as the story's actor (when the text named
        several, names one in this sentence as another side, or names it only later or
        only in "pro-X", any fighters may be meant)."""
        if role != "actor" or token.lower_ not in words("PLURAL_GROUP_NOUNS") or \
                token.lower_.removesuffix("s") not in words("ARMED_MODIFIERS") or \
                token.dep_ in ("amod", "compound", "nmod", "poss") or \
                any(c.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod") for c in token.children):
            return None
        described = self.described(token, GROUP_TYPES)
        if described is not None:
            return described
        named = {e.name: (i, e) for i, e in self.mentions_before(token) if e.type == "ArmedGroup"}
        if not named:  # "talks with rebels ... X rebels entered the city": the one group ever described so
            return self._only_armed_described(token)
        if len(named) != 1:
            return None
        i, entity = next(iter(named.values()))
        if any(self.by_token.get(t.i) == entity for t in token.sent):
            return None  # "rebels fought X": X is the other side
        lead = [j for j, e in self.mentions_before(token) if e == entity and j < self._lead_end()
                and "-" not in (self.tokens[j - 1].text if j else "", self.tokens[j + 1].text)]
        return Mention(entity, lead[0], "description") if lead else None  # "pro-X militants" are not X

    def lead_description(self, token: Token, role: str) -> Mention | None:
        """"Al-Qaeda-linked militants ambushed ...", "a group linked to X seized ...": a
        story's headline or lead often describes its group by its tie to another armed
        group and names it only later; such an indefinite description there is the armed
        group the story names most (one clear first, and none the sentence itself names)."""
        if role != "actor" or token.tag_ not in ("NN", "NNS") or self._is_definite(token) or \
                not lower_in(token, words("ARMED_GROUP_NOUNS")) or token.i >= self._lead_end() or \
                not any(c.lower_ in words("LINK_PARTICIPLES") for c in token.children if c.dep_ in ("amod", "acl")):
            return None
        if not any(self.by_token[t.i].type == "ArmedGroup" for t in token.subtree if t.i in self.by_token):
            return None  # "Turkish-backed rebels": a state's proxies are many groups; "X-linked" names a franchise
        inside = {self.by_token[t.i].name for t in token.sent if t.i in self.by_token}  # a group the
        # sentence names is another side ("rebels took the town from X"), not the one it leaves unnamed
        following = self.doc[token.sent.end].sent if token.sent.end < len(self.doc) else self.doc[0:0]
        for noun in following:  # "an attack by a group linked to X. The raiders, known as Y, ...": Y
            named = self._known_as(noun) if noun.pos_ == "NOUN" else None
            if named is not None and named.via == "known-as" and named.entity.type == "ArmedGroup" and \
                    named.entity.name not in inside:
                return Mention(named.entity, named.token, "description")
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for i, entity in sorted(self.by_token.items()):
            if entity.type == "ArmedGroup" and entity.name not in inside and self.by_token.get(i - 1) != entity:
                counts[entity.name] = counts.get(entity.name, 0) + 1
                first.setdefault(entity.name, i)
        ranked = sorted(counts, key=lambda name: counts[name], reverse=True)
        if not ranked or (len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]]):
            return None  # no group named, or two named as often: no one the story is about
        return Mention(self.entities[ranked[0]], first[ranked[0]], "description")

    def _only_armed_described(self, token: Token) -> Mention | None:
        """The one armed group a text names, when it describes it later with the fighters' word
        ("X rebels"); nothing when it names several, or this sentence names it as another side."""
        groups = {e.name for e in self.by_token.values() if e.type == "ArmedGroup"}
        found = self._only_described(token.lemma_.lower()) if len(groups) == 1 else None
        if found is None or any(self.by_token.get(t.i) == found.entity for t in token.sent):
            return None
        return found

    def _only_described(self, lemma: str) -> Mention | None:
        """The one group the whole text describes with this word, named after it ("from the
        rebel stronghold of P ... the rebel X Council"); nothing when several are so described."""
        named = {i: e for i, e in sorted(self.by_token.items(), reverse=True)
                 if e.type in GROUP_TYPES and lemma in self.descriptors.get(e.name, set())}
        if len({e.name for e in named.values()}) != 1:
            return None
        i, entity = min(named.items())
        return Mention(entity, i, "description")

    def _the_country(self, token: Token) -> Mention | None:
        """"the country's president", "the nation's army": the state named last, in this
        sentence or the one before, else the article's own country."""
        recent = self.recent(token, frozenset({"State"}), window=1)
        if recent is not None:
            return recent
        state = self.main_state()
        return Mention(state, token.i, "description") if state is not None else None

    def _landmark(self, token: Token) -> bool:
        """Whether a place word only locates something else: "west of X", "15 km north of
        X", "near X", "outside X" ("Ardel, 20 km north of Benavo": "the town" is Ardel)."""
        while token.dep_ == "compound" and token.head.i != token.i:
            token = token.head
        head = token.head
        if token.dep_ != "pobj":
            return False
        return head.lower_ in words("LANDMARK_PREPOSITIONS") or (
            head.lower_ == "of" and head.head.lower_ in words("COMPASS_NOUNS"))

    def _post_named_before(self, token: Token) -> Mention | None:
        """"Militants attacked a military base in X. ... They targeted the base in Y": "the
        base" with no owner of its own is the base the text introduced before ("a base"),
        and whoever owns that one is hit; nothing when that one has no owner the text names."""
        lemma = token.lemma_.lower()
        if lemma not in words("STATE_POST_NOUNS") or token.tag_ != "NN" or any(
                c.dep_ in ("poss", "compound", "amod", "nmod") for c in token.children):
            return None
        for earlier in reversed(self.doc[: token.i]):  # where it was introduced: "a base", not "the base"
            if earlier.lemma_.lower() == lemma and earlier.pos_ == "NOUN" and not self._is_definite(earlier):
                mention = self._resolve_one(earlier, "target", depth=2)
                if mention is None or mention.entity.type not in NON_PERSON_ACTORS:
                    return None
                return Mention(mention.entity, mention.token, "description")
        return None

    def _named_predicate(self, token: Token, role: str) -> Mention | None:
        """"The group is X", "The second group is the alliance known as X": the subject
        of "be" is the name its complement gives, not a group named before."""
        if token.dep_ != "nsubj" or token.head.lemma_ != "be":
            return None
        for attr in (c for c in token.head.children if c.dep_ == "attr"):
            named = self._named(attr, role) or self._known_as(attr)
            if named is not None:
                return Mention(named.entity, named.token, "appos")
        return None

    def _named_by_head(self, token: Token) -> Mention | None:
        """"the brigade", "the front": the last group named before whose name ends in that
        noun ("the X Brigade", "the Y Front")."""
        head = token.lemma_.lower().rstrip("s")
        for i, entity in reversed(self.mentions_before(token)):
            if entity.type in GROUP_TYPES and entity.name.split()[-1].lower().rstrip("s") == head:
                return Mention(entity, i, "description")
        return None

    def _introduced_as(self, token: Token, types: frozenset[str]) -> Mention | None:
        """"the town" is the last place the text called a town ("the town of X", "X town", "the town, X,", "X is
        a town"), before a city or capital named since ("the provincial capital, Y"); of
        several, the one the story names most, but a town taken again is the one last told taken."""
        lemma = token.lemma_.lower()
        before = self.mentions_before(token)
        taken = _seized(token, words("RETAKING_WORDS"))  # "retook the town": the town last told taken, not the most named
        counts: dict[str, int] = {}
        for i, entity in before:
            if self.by_token.get(i - 1) != entity:
                counts[entity.name] = counts.get(entity.name, 0) + 1
        best: Mention | None = None
        for i, entity in reversed(before):
            if entity.type not in types:
                continue
            named = self.tokens[i]
            head = named.head
            called = (named.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == lemma) or \
                (named.dep_ in ("compound", "appos") and head.lemma_.lower() == lemma) or \
                any(c.dep_ in ("compound", "appos") and c.lemma_.lower() == lemma for c in named.children) or \
                (named.dep_ == "nsubj" and head.lemma_ == "be" and
                 any(c.dep_ == "attr" and c.lemma_.lower() == lemma for c in head.children)) or \
                (named.i > 1 and self.tokens[named.i - 1].text == "," and  # "the regional capital, P, fell": however parsed
                 self.tokens[named.i - 2].lemma_.lower() == lemma)
            if not called:
                continue
            if taken and (_seized(named) or _seized(head.head if head.lower_ == "of" else head)):
                return self.as_place(Mention(entity, i, "description"))  # "took the town of X ... retook the town"
            if best is None or counts[entity.name] > counts[best.entity.name]:
                best = Mention(entity, i, "description")  # two towns: the one the story names most
        return self.as_place(best) if best is not None else None

    def _former_or_latter(self, token: Token) -> Mention | None:
        """"the latter", "the former": the second, or the first, of the two actors the
        sentence before named together ("X and Y", "between X and Y")."""
        start = token.sent.start
        if start == 0:
            return None
        pair = self._named_pair(self.tokens[start - 1].sent, depth=2)
        if not pair:
            return None
        chosen = pair[1] if token.lower_ == "latter" else pair[0]
        return Mention(chosen.entity, chosen.token, "latter")

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


def _clause_subjects(token: Token) -> set[int]:
    """The tokens of the subjects of the clauses whose object token is, climbing through
    infinitives and adverbial clauses ("X fought to block the group"): a description there
    names someone other than them."""
    found: set[int] = set()
    node = token
    for _ in range(6):
        if node.dep_ not in ("dobj", "pobj", "prep", "xcomp", "advcl", "dative") or node.head.i == node.i:
            break
        node = node.head
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found.update(t.i for t in child.subtree)
    return found


def lower_in(token: Token, vocabulary: frozenset[str]) -> bool:
    """Whether the word or its lemma, lower-cased, is in the word class."""
    return token.lower_ in vocabulary or token.lemma_.lower() in vocabulary


def _after_a_conjunct(token: Token, appos: Token) -> bool:
    """"X and the Y, the Z": an apposition after a later conjunct renames that conjunct,
    however the parser attached it."""
    return any(token.i < conj.i < appos.i for conj in token.conjuncts)


def _modifier_lemmas(noun: Token) -> set[str]:
    """The lemmas of a noun's adjective and noun modifiers ("joint" of "the joint force"; "jihad",
    tagged a proper noun, of "the jihad forces", which are not "government forces")."""
    return {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")
            and c.pos_ in ("ADJ", "NOUN", "PROPN")}


def _seized(name: Token, taking: frozenset[str] | None = None) -> bool:
    """Whether a name is what a verb or noun of capture (or of the given taking words) took:
    "captured X", "the fall of X"."""
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head  # the last word of a name of several
    head = name.head
    if name.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif name.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.lemma_.lower() in (words("SEIZURE_WORDS") if taking is None else taking)


def _names_an_area(token: Token) -> bool:
    """"the Donetsk region", "Aleppo province", "the province of X", "the edge of X",
    "parts of X": the name stands for the area around a place, which "the village" or
    "the town" cannot mean."""
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head  # the last word of a name of several
    head = token.head
    if token.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in words("AREA_NOUNS"):
        return True
    return token.dep_ == "pobj" and head.lower_ == "of" and \
        head.head.lemma_.lower() in any_of("AREA_NOUNS", "ENCLOSING_NOUNS")
