"""The state a bare force belongs to ("the army", "government forces", "the police"), and
the article's own country, read from its headline and lead, which also places a name
that means a place elsewhere ("Tripoli" in Lebanon)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Discourse
from kg.events import Entity
from kg.gazetteer import GazEntry
from kg.lexicon import any_of, words
from kg.names import is_numbered_unit
from kg.pipeline import DATELINE_MARKS
from kg.syntax import first_conjunct

#: How many sentences before or after "security forces" a state named with such forces
#: ("Nigerian police") may stand to own them, when it is not the article's own country.
DOMESTIC_WINDOW = 3
#: How many mentions of places in one state make it the article's own country, when the
#: headline and lead name no state and no place of one.
TEXT_PLACES_MINIMUM = 2


class HomeState(Discourse):
    """Mixed into the Resolver (kg/entities/resolver.py)."""

    def _is_bare_state_force(self, token: Token) -> bool:
        """"the army", "government forces", "the armed forces": a state's own forces."""
        kids = self.children_of(token)
        modifiers = " ".join(c.lower_ for c in kids if c.dep_ in ("compound", "amod"))
        if any(c.dep_ == "poss" and c.lower_ in words("PRONOUNS_PERSON") for c in kids):
            return False  # "his forces": a person's, not the state's
        irregular = any_of("NON_STATE_GROUP_NOUNS", "ARMED_MODIFIERS", "RIVALRY_MODIFIERS")
        if any(t.lemma_.lower() in irregular or t.lower_ in irregular for t in token.lefts for t in t.subtree):
            return False  # "rebel forces", "Islamist-leaning forces", "opposition troops", "the ethnic army", "the rival forces"
        if any(self._people_not_state(c) for c in kids if c.dep_ in ("amod", "compound")):
            return False  # "Kurdish forces", "Druze fighters": a people's, not a state's
        if self._proxy_force(token):
            return False  # "US-backed forces": a backer's proxies, not the state's own
        if any(c.dep_ in ("amod", "acl") and c.lemma_ in words("LOYALTY_LEMMAS") and _loyal_to_a_name(c) for c in kids):
            return False  # "forces loyal to X": X's, whoever X is, not the state's
        forms = {token.lower_, token.lemma_.lower(), f"{modifiers} {token.lower_}".strip()}
        if token.dep_ != "compound" and forms & words("DOMESTIC_FORCE_HEADS"):
            return True  # "police retook the village"; not "a rebel police station"
        return bool(forms & words("STATE_FORCE_NOUNS")) or _is_state_post(token) or is_numbered_unit(token)

    def _proxy_force(self, token: Token) -> bool:
        """"US-backed forces", "Russia-aligned fighters": forces described only by whom they are
        backed by or tied to are that actor's proxies, of no state the text can tell; not
        "US-backed government forces" nor "the US-backed government", a state's own."""
        if _state_body(token):
            return False  # "the US-backed government" is still a state's government
        modifiers = [c for c in self.children_of(token) if c.dep_ in ("amod", "compound")
                     and c.lower_ not in words("OFFICE_NAME_WORDS")]  # "the US-backed Armed Forces": still proxies
        return bool(modifiers) and all(
            c.lower_ in words("LINK_PARTICIPLES") and any(t.i in self.by_token for t in c.subtree) for c in modifiers)

    def _people_not_state(self, modifier: Token) -> bool:
        """"Kurdish", "Shiite", "Druze": a people the NER names that is no state's demonym
        (nor a name the text knows), so forces it qualifies belong to no state."""
        if modifier.ent_type_ != "NORP" or modifier.i in self.by_token:
            return False
        span = next((e for e in self.ents if e.start <= modifier.i < e.end), None)
        names = {modifier.text} | ({span.text} if span is not None else set())
        return all(self.gazetteer.demonym(n) is None and self.gazetteer.lookup(n) is None for n in names)

    def home_state(self, token: Token) -> Entity | None:
        """The state whose army/government "the army" means: the last one named with its
        forces ("Sudan's army", "Syrian government forces") before this mention. Forces
        only a state has at home ("security forces", "government troops", "police") are
        those of the state the text names with such forces, nearest first, before or after
        (a few sentences off at most, unless it is the article's own country: "Pakistani
        security services" at a story's end own no "government forces" of its lead): a
        foreign army fighting beside them does not own them."""
        seat = self._seat_state(token)
        if seat is not None:
            return seat
        post = token if _is_state_post(token) else \
            token.head if token.dep_ in ("amod", "compound") and _is_state_post(token.head) else None
        if post is not None:  # "a police station ... in Egypt", "... in Helmand": the state it stands in
            placed = [(abs(t.i - post.i), state) for t in post.sent if t.dep_ == "pobj"
                      and t.head.lower_ in ("in", "inside") and (state := self._state_of_place(t.i)) is not None]
            if placed:
                return min(placed, key=lambda item: item[0])[1]
        fronted = self._fronted_state(token)
        if fronted is not None:  # "In neighbouring X, security forces killed ...": X's forces
            return fronted
        main = self.main_state()
        if _is_domestic(token):
            near = range(self.window_start(token, DOMESTIC_WINDOW), self._window_end(token, DOMESTIC_WINDOW))
            named = [(abs(i - token.i), i, e) for i, e in self.by_token.items()
                     if e.type == "State" and _owns_domestic(self.tokens[i]) and i != token.i
                     and (i in near or main is None or e == main)]  # a foreign service named far off is not meant
            if named:
                nearest = min(named, key=lambda item: item[:2])
                return _own_unless_here(token, nearest[1], nearest[2], main, {e for *_, e in named})
        named = self._named_with_forces(token)
        if named:
            return _own_unless_here(token, named[0][0], named[0][1], main, {e for _, e in named})
        return main

    def _window_end(self, token: Token, window: int) -> int:
        """The end of the sentence `window` sentences after token's: where a look ahead stops."""
        sentence = token.sent
        for _ in range(window):
            if sentence.end >= len(self.doc):
                break
            sentence = self.tokens[sentence.end].sent
        return sentence.end

    def _named_with_forces(self, token: Token) -> list[tuple[int, Entity]]:
        """The states named with their forces or government before token ("Sudan's army",
        "the government of Yemen"), last first."""
        named = []
        for i, entity in reversed(self.mentions_before(token)):
            head = self.tokens[i].head
            if self.tokens[i].dep_ == "pobj" and head.lower_ == "of":
                head = head.head  # "the government of Yemen", "the army of Chad"
            if entity.type == "State" and (head.lemma_.lower() in words("HOME_STATE_FORCES")
                                           or self.tokens[i].lemma_.lower() in words("HOME_STATE_FORCES")):
                named.append((i, entity))
        return named

    def _fronted_state(self, token: Token) -> Entity | None:
        """"In neighbouring X, security forces killed ...", "In Y province, the army ...": a
        place fronted before the subject of its clause sets the scene, and unnamed forces
        acting there are those of the state it is or lies in."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = token.head
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < token.i and prep.i < verb.i:
                for place in prep.children:
                    if place.dep_ == "pobj":
                        state = self._state_of_place(place.i)
                        if state is not None and state.type == "State":
                            return state
        return None

    def _seat_state(self, token: Token) -> Entity | None:
        """"the junta in Bamako", "the government in Kyiv": a government named by the place
        it sits in is that place's state, not the state the text named last."""
        if not _state_body(token):
            return None
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
        preps = [c for c in token.children if c.dep_ == "prep"] + [after]  # the parser may hang it on the verb
        places = [p for prep in preps if prep.dep_ == "prep" and prep.lower_ == "in"
                  for p in prep.children if p.dep_ == "pobj"]
        return next((state for p in places if (state := self._state_of_place(p.i)) is not None), None)

    def post_owner(self, token: Token) -> Entity | None:
        """The state whose post, unit or craft this is ("a police checkpoint", "an army
        post"), when token names one with no owner (the state it stands in, else the
        article's own); a post the phrase names an owner for ("Croat army posts") is not."""
        if not _is_state_post(token) or any(t.i in self.by_token for left in token.lefts for t in left.subtree):
            return None
        return self.home_state(token)

    def _state_of_place(self, i: int) -> Entity | None:
        """The state a named place is, or lies in by the gazetteer ("Helmand" -> Afghanistan)."""
        entity = self.by_token.get(i)
        if entity is None or entity.type == "State":
            return entity
        country = self._country_of_place(entity)
        return self._state_entity(country) if country is not None else None

    def _country_of_place(self, entity: Entity) -> GazEntry | None:
        """The gazetteer's state a city, region or place lies in, if it lies in one."""
        if entity.type not in ("City", "Region", "Place"):
            return None
        country = self.gazetteer.country_of(entity.name)
        return country if country is not None and country.type == "State" else None

    def _state_entity(self, country: GazEntry) -> Entity:
        """The document's entity for a state of the gazetteer (made if the text names none)."""
        return self.entities.setdefault(country.name, Entity(country.name, country.type, (), country.same_as))

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
            if entry.type == "State" and self._listed_with_states(entity):
                continue  # "Chad, Niger and Mali": a name in a list of states is the state
            leading = {self._country_name(e) for i, e in self.by_token.items() if i < lead and e != entity}
            chosen = [h for h in homonyms if h.country in leading]
            if len(chosen) == 1:
                self._rename(entity, Entity(chosen[0].name, chosen[0].type, (), chosen[0].same_as))

    def _listed_with_states(self, entity: Entity) -> bool:
        """Whether a mention of entity is coordinated with a state the text names
        ("soldiers of Chad, Niger and Mali"): the list is of states, so it is one too."""
        for i, named in self.by_token.items():
            if named == entity:
                token = self.tokens[i]
                if any(self.by_token.get(c.i, entity).type == "State" and self.by_token.get(c.i) != entity
                       for c in token.conjuncts):
                    return True
        return False

    def _read_home_groups(self) -> None:
        """"Maoists ambushed a patrol" in an article set in India: a group's short form too
        ambiguous to match alone (the gazetteer's ambiguous_aliases) that is a plain word
        names the group of the article's own country ("Maoist", before a noun, too)."""
        state = self.main_state()
        if state is None:
            return
        short = self.gazetteer.plain_short_forms(state.name)
        for i, text in enumerate(self.texts):
            entry = short.get(text)
            if entry is None and text + "s" in short and self.tokens[i].dep_ in ("amod", "compound"):
                entry = short[text + "s"]  # "a Maoist ambush", "Maoist rebels"
            if entry is None or self.tokens[i].pos_ in ("VERB", "AUX"):
                continue
            token = self.tokens[i]
            known = self.by_token.get(token.i)
            if known is None:
                self.by_token[token.i] = self.from_gazetteer(entry, token.text)
            elif known.name == token.text:  # the NER's own entity for the bare word
                self._rename(known, self.from_gazetteer(entry, token.text))

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
            return self._dateline_state() or self._places_state(lead) or \
                self._places_state(len(self.doc), TEXT_PLACES_MINIMUM)
        return self.entities[max(counts, key=lambda name: counts[name])]

    def _places_state(self, end: int, minimum: int = 1) -> Entity | None:
        """"Rebels ambush army convoy in Assam": with no state named in the headline and
        lead, the article's own country is the one the places they name lie in (the one
        most named; none on a tie); when they name none, the one the places of the whole
        text lie in, named `minimum` times at least ("Taliban take X" ... "Y", "Z")."""
        counts: dict[str, int] = {}
        for i, entity in sorted(self.by_token.items()):
            if i >= end or self.by_token.get(i - 1) == entity:
                continue
            country = self._country_of_place(entity)
            if country is not None:
                counts[country.name] = counts.get(country.name, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1] or ranked[0][1] < minimum:
            return None
        return self._state_entity(self.gazetteer.lookup(ranked[0][0]))

    def _dateline_state(self) -> Entity | None:
        """"KABUL (Reuters) - ...": with no state in the headline and lead, the article's
        own country is the one it was filed from (the dateline city is never an actor)."""
        for sentence in list(self.doc.sents)[:3]:
            if sentence[-1].text not in DATELINE_MARKS:
                continue
            for token in sentence:
                city = self.by_token.get(token.i)
                state = self._state_of_place(token.i) if city is not None and city.type == "City" else None
                if state is not None:
                    return state
        return None

    def _lead_end(self) -> int:
        """Where the headline, dateline and first sentence of the body end (the resolver's
        `_lead` once the names are read)."""
        if self._lead is not None:
            return self._lead
        seen = 0
        for sentence in self.doc.sents:
            if sentence[-1].text in DATELINE_MARKS and not any(t.i in self.by_token for t in sentence):
                continue  # "TOWNVILLE:": a dateline naming nothing known is no sentence of the lead
            if any(t.is_alpha for t in sentence) and not any(t.ent_type_ == "DATE" for t in sentence[:1]):
                seen += 1
            if seen >= 2:
                return sentence.end
        return len(self.doc)


def _own_unless_here(token: Token, i: int, nearest: Entity, main: Entity | None, named: set[Entity]) -> Entity:
    """"The government" (not "the army") is the article's own state when the text names that
    state's government or forces too, unless another state's was named in the same sentence:
    a host's or neighbour's government named in passing ("the Malaysian government, which
    brokers the talks") does not take it over."""
    if main is None or main not in named or nearest == main or token.doc[i].sent.start == token.sent.start or \
            token.lemma_.lower() not in words("STATE_BODY_NOUNS"):
        return nearest  # "the army" may well be the foreign army just named; the government rules at home
    return main


def _is_state_post(token: Token) -> bool:
    """"a police station", "a military outpost", "a naval patrol": a post, unit or craft
    that only a state's forces hold, with no owner named, is the state's."""
    return (token.lemma_.lower() in words("STATE_POST_NOUNS") or token.lower_ in words("STATE_POST_NOUNS")) and \
        any(m.lemma_.lower() in words("STATE_POST_WORDS") for m in _modifiers(token))


def _modifiers(noun: Token) -> list[Token]:
    """The compound and adjective modifiers of a noun, and theirs ("a security check post":
    "check", and "security" on it)."""
    out = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    return out + [g for c in out if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")]


def _owns_domestic(name: Token) -> bool:
    """"Syrian government forces": a state named before domestic forces; of "Russian and
    Syrian government air strikes" only the last demonym, the one next to "government",
    owns them (the parser hangs the noun on the first and the others on it)."""
    first = first_conjunct(name)
    if any(c.i > name.i for c in first.conjuncts) or (first is not name and first.i > name.i):
        return False
    return _is_domestic(first.head)


def _is_domestic(token: Token) -> bool:
    """"security forces", "government troops", "the police": forces a state has at home."""
    domestic = any_of("DOMESTIC_FORCE_WORDS", "DOMESTIC_FORCE_HEADS")
    return token.lemma_.lower() in domestic or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in domestic for c in token.children)


def _state_body(token: Token) -> bool:
    """Whether a noun names a state's governing body ("the government", "the junta", "the authorities")."""
    return token.lemma_.lower() in words("STATE_BODY_NOUNS") or token.lower_ == "authorities"


def _loyal_to_a_name(loyal: Token) -> bool:
    """"loyal to X": a name follows the preposition of loyalty, wherever the parser hung it
    ("loyal to X days after ...": X as a compound of the next noun)."""
    doc = loyal.doc
    return any(t.pos_ == "PROPN" for t in loyal.subtree) or any(
        p.dep_ == "prep" and p.i + 1 < len(doc) and doc[p.i + 1].pos_ == "PROPN" for p in loyal.children)
