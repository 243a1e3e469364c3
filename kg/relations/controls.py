"""The controls engines and what a hold names: the places a holding verb's object names,
whether the hold has ended or is no hold, and the losses and retakings that end one told
before (supersede.py reads them)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Mention
from kg.entities import PLACE_TYPES, Resolver
from kg.entities.resolver import relative_clause
from kg.lexicon import any_of, words
from kg.relations.arguments import Candidate, pairs
from kg.relations.modality import modality
from kg.relations.owners import ally_owners, first_person_owner
from kg.relations.record import DocumentRecord
from kg.relations.registry import engine
from kg.relations.schema import Pattern, words_for


def a_person(mention: Mention, resolver: Resolver) -> bool:
    """"held Ingrid X since 2002", "captured Colonel Y": a person held is a captive, not a
    place. A full name the model tags as a person is one; a one-word name it tags so may
    be a place it does not know ("held Z", a village)."""
    entity = mention.entity
    if _names_a_site(resolver.doc[mention.token]):
        return False  # "the X compound", "the Y regions": a name before a place noun is the place's
    return entity.type == "Person" and len(entity.name.split()) >= 2 and \
        resolver.gazetteer.lookup(entity.name) is None and \
        resolver.doc[mention.token].ent_type_ == "PERSON"


def _names_a_site(name: Token) -> bool:
    """Whether a name is the modifier of a place or facility noun ("the X compound", "the
    X and Y regions"): it names that place, whatever the NER took it for."""
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i != name.i:
        name = name.head
    return name.dep_ == "compound" and name.head.lemma_.lower() in any_of("PLACE_NOUNS", "FACILITY_NOUNS")


def held_by_others(trigger: Token, subjects: list[Mention], places: list[Mention],
                   resolver: Resolver) -> list[Mention]:
    """No state holds another by governing its own ("the juntas ruling A, B and C": each
    rules its own, a sitting government is no holder), and entering a country is no hold
    of it ("fighters entered Syria to support the army"), unlike entering a town."""
    states = {s.entity.name for s in subjects if s.entity.type == "State"}
    if states & {p.entity.name for p in places}:
        return []
    places = [p for p in places if not _own_capital_described(p, states, resolver)]
    if trigger.lemma_ in words_for("controls")["ENTRY_VERBS"]:
        return [p for p in places if p.entity.type != "State"]
    return places


def _own_capital_described(place: Mention, states: set[str], resolver: Resolver) -> bool:
    """"the army holds much of the provincial capital", "hailed the capture of
    the city": a description ("the city") read as the holder state's own national capital
    names the town the story is about, not the seat the state has governed all along."""
    capital_of = resolver.gazetteer.capital_of(place.entity.name) if place.via == "description" else None
    return capital_of is not None and capital_of.name in states


def not_held_apart(trigger: Token, noun: Token | None, places: list[Mention]) -> list[Mention]:
    """"Regime-held A and B, and rebel-held C": an "X-held" modifier describes its noun and
    the conjuncts after it, not a conjunct that carries an "X-held" modifier of its own."""
    held = words_for("controls")["HELD_PARTICIPLES"]
    if noun is None or trigger.lower_ not in held or trigger.dep_ not in ("amod", "compound"):
        return places
    doc = trigger.doc
    return [p for p in places if p.token == noun.i or not any(
        c.dep_ in ("amod", "compound") and c.lower_ in held and c.i != trigger.i for c in doc[p.token].children)]


def deposed(subject: Token | None) -> bool:
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


def irregular_taking(nodes: dict[str, Token], places: list[Mention], record: DocumentRecord) -> None:
    """"Islamist militants reentered the town": unnamed fighters took the place, so a
    state's hold on it told before has ended, though no triple names the taker."""
    vocabulary = words_for("controls")
    trigger, subject = nodes["trigger"], nodes["subject"]
    if subject.lemma_.lower() not in vocabulary["IRREGULAR_NOUNS"] or \
            trigger.lemma_ in vocabulary["STATIVE_VERBS"] or modality(trigger) != "asserted":
        return
    record.moves.append(trigger)
    record.irregular_takings += [(trigger.sent.start_char, p.entity.name) for p in places
                                 if p.entity.type in PLACE_TYPES]


def stronghold_taken(trigger: Token) -> bool:
    """"captured the rebel stronghold of P", "the fall of the X bastion of P": the owner the
    phrase names held P until this taking, so that hold has ended (the taker may be unnamed)."""
    vocabulary = words_for("controls")
    if trigger.lemma_.lower() not in vocabulary["STRONGHOLD_NOUNS"]:
        return False
    head, taking = trigger.head, vocabulary["SEIZURE_WORDS"]
    if trigger.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_ in taking:
        return modality(head) == "asserted"  # "tried to capture the X stronghold of P": still held
    if trigger.dep_ == "nsubj" and head.lemma_ == "fall":  # "the X stronghold of P fell to ..."
        return modality(head) == "asserted"
    return trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in taking and \
        head.head.pos_ == "NOUN"  # "the fall / capture of the X stronghold of P"


def ended(trigger: Token) -> bool:
    """Whether a holding verb says when the hold ended: "until 1979", "until he was
    overthrown", "from 1966 to 1979"."""
    vocabulary = words_for("controls")
    if trigger.lemma_ not in vocabulary["STATIVE_VERBS"]:
        return False
    if trigger.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children) and \
            any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in vocabulary["SPAN_NOUNS"]
                                                             for g in c.subtree) for c in trigger.children):
        return True  # "ruled Libya for 42 years": a span told in the simple past has ended
    present = vocabulary["PRESENT_WORDS"]
    for child in trigger.children:
        if child.lower_ in ("until", "till") and child.dep_ in ("prep", "mark") and \
                not any(x.lower_ in present for x in child.subtree):
            return True
        if child.dep_ == "advcl" and any(g.lower_ in ("until", "till") and g.dep_ == "mark" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "from":
            to_date = present | vocabulary["TO_DATE_WORDS"]  # "from 2014 to this day"
            ends = [t for t in list(child.subtree) + list(trigger.children)
                    if t.lower_ in vocabulary["SPAN_END_PREPOSITIONS"] and t.dep_ == "prep" and t.i > child.i]
            if any(any(x.ent_type_ == "DATE" or x.like_num for x in t.subtree) and
                   not any(x.lower_ in to_date for x in t.subtree) for t in ends):
                return True
    return False


def blamed(trigger: Token, noun: Token) -> bool:
    """"holds X and Y responsible for the coup": to hold someone responsible or
    accountable is blame, no hold of a place (the parser hangs the adjective on the verb,
    on the object or on its conjunct)."""
    vocabulary = words_for("controls")
    if trigger.lemma_ not in vocabulary["BLAME_VERBS"]:
        return False
    blame = vocabulary["BLAME_ADJECTIVES"]
    return any(c.lower_ in blame for head in (trigger, noun, *noun.conjuncts) for c in head.children)


def held_places(noun: Token, found: list[Mention], resolver: Resolver) -> list[Mention]:
    """What a holding verb's object names: "the cities of A and B" are A and B (not what
    the phrase is in apposition to); a person or thing ("captured X's son", "seized X's
    weapons") is no place, whoever owns it."""
    clause = relative_clause(noun) if noun.lower_ in words("RELATIVE_PRONOUNS") else None
    if clause is not None and clause.head.pos_ == "NOUN":
        noun = clause.head  # "villages in X that were seized by Y": the villages, read as the object would be
    if noun.pos_ not in ("NOUN", "NUM") or noun.i in resolver.by_token:
        return _conjunct_places(noun, found, resolver)
    lemma = noun.lemma_.lower()
    vocabulary = words_for("controls")
    held = _control_object(noun) if lemma in vocabulary["CONTROL_NOUNS"] else None
    if held is not None:  # "took control of villages in X" holds the villages, as "took villages in X" does
        return held_places(held, [m for m in found if m.token in {t.i for t in held.subtree}], resolver)
    if lemma in vocabulary["NAMED_SITE_NOUNS"]:
        site = _named_site(noun, lemma, resolver)
        if site is not None:  # "the X port and the capital Y": a place listed after the site is held too
            names = [t for c in noun.conjuncts if c.i > noun.i for t in ([c] if c.pos_ == "PROPN" else [
                g for g in c.children if g.dep_ in ("appos", "compound") and g.pos_ == "PROPN"])]
            listed = [m for t in names for m in resolver.resolve(t, "place")  # "... and the capital Y", not
                      if m.token in {x.i for x in t.subtree}]  # the site's city, which the name's conjuncts reach
            return [site] + [p for p in map(resolver.as_place, listed) if p.entity.type in PLACE_TYPES]
    if lemma in vocabulary["QUANTITY_NOUNS"]:  # "dozens of outposts in X"
        counted = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        inner = held_places(counted[0], resolver.resolve(counted[0], "place"), resolver) if counted else []
        return inner or (_verb_place(noun, resolver) if counted and counted[0].lemma_.lower() in
                         words("FACILITY_NOUNS") | vocabulary["HELD_NOUNS"] else [])
    if lemma not in words("PLACE_NOUNS") | words("FACILITY_NOUNS") | words("PART_NOUNS") | vocabulary["HELD_NOUNS"]:
        return []
    owned = lemma in words("STATE_POST_NOUNS") | vocabulary["STRONGHOLD_NOUNS"]
    if owned:  # "overran a base of the X Tigers", "took the last stronghold of X": the owner, no place
        found = [m for m in found if m.entity.type not in ("Organisation", "Person") or
                 _names_a_site(resolver.doc[m.token])]
    named = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)
             if t.pos_ == "PROPN" and t.i in resolver.by_token and not (
                 owned and resolver.by_token[t.i].type in ("Organisation", "Person"))]
    # not "... and the X stronghold of Y"; "a base of the X Tigers" names the owner
    if named and noun.tag_ == "NNS":  # "the towns of A and nearby B": the parser hangs B on "towns"
        named += [t for t in noun.conjuncts if t.pos_ == "PROPN" and t.i in resolver.by_token]
    if lemma in words("PLACE_NOUNS") and named:
        return _inside_a_state(lemma, [Mention(resolver.by_token[t.i], t.i) for t in named])
    listed = _listed_places(noun, resolver)
    if lemma in words("PLACE_NOUNS") and len(listed) >= 2:
        return _inside_a_state(lemma, listed)
    if lemma in any_of("CITY_DESCRIPTIONS", "AREA_NOUNS") | vocabulary["SUBDIVISION_NOUNS"]:
        # "seized a town in X", "captured five districts in X province": the part is held, not X
        return _inside_a_state(lemma, [m for m in found if not _located_in(noun, resolver.doc[m.token])])
    if not found and lemma not in words("PART_NOUNS"):
        return _verb_place(noun, resolver) or _site_place(noun, lemma, resolver)
    return _inside_a_state(lemma, found) or _site_place(noun, lemma, resolver)


def _named_site(noun: Token, lemma: str, resolver: Resolver) -> Mention | None:
    """"X's international airport", "the city's airport", "the main port in X": an
    airport or port the text names by its city alone is that city's airport (a facility
    of its own), not the city ("the port of X" names the port town X, as kg.names reads it)."""
    where = [c for c in noun.children if c.dep_ in ("poss", "compound")] + \
        [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
         for g in c.children if g.dep_ == "pobj"]
    cities = [m for token in where for m in resolver.resolve(token, "place") if m.entity.type in ("City", "Place")]
    if not cities:
        return None
    surface = noun.doc[noun.left_edge.i: noun.i + 1].text
    return Mention(resolver.name_site(cities[0].entity, lemma, surface), noun.i, "site")


def _conjunct_places(name: Token, found: list[Mention], resolver: Resolver) -> list[Mention]:
    """"seized A and an army base at B": a common noun listed after a name is read for
    itself (the base's place B), not for the state its modifier names."""
    nouns = [c for c in name.conjuncts if c.i > name.i and c.pos_ == "NOUN" and c.i not in resolver.by_token]
    if not nouns:
        return found
    listed = {t.i for c in nouns for t in c.subtree}
    return [m for m in found if m.token not in listed] + \
        [m for c in nouns for m in held_places(c, [f for f in found if f.token in set(t.i for t in c.subtree)], resolver)]


def _site_place(noun: Token, lemma: str, resolver: Resolver) -> list[Mention]:
    """"a military base at B", "the airport in B": the place a facility stands at, below
    the level of a state (a base in a country does not hold the country)."""
    if lemma not in words("FACILITY_NOUNS"):
        return []
    return [m for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
            for g in c.children if g.dep_ == "pobj" for m in map(resolver.as_place, resolver.resolve(g, "place"))
            if m.entity.type in PLACE_TYPES - {"State"}]


def _located_in(noun: Token, name: Token) -> bool:
    """Whether a name only says where the noun is: "a town in X", "a city in the south of X",
    "a district of X province", "X's largest city" (but "the district of X", "the capital of
    X city" name it)."""
    if name.dep_ == "poss" and name.head.i == noun.i:
        return True
    while name.head.i != name.i and name.i != noun.i:
        if name.dep_ == "pobj" and name.head.head.i == noun.i and (name.head.lower_ == "in" or (
                name.head.lower_ == "of" and name.pos_ == "NOUN" and name.lemma_.lower() in words("AREA_NOUNS"))):
            return True
        name = name.head
    return False


def _control_object(noun: Token) -> Token | None:
    """What "control of / over" names ("took control of two villages"), else None."""
    preps = words_for("controls")["CONTROL_OF_PREPOSITIONS"]
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"), None)


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
            lemma not in any_of("PLACE_NOUNS", "FACILITY_NOUNS"):
        return places
    return [p for p in places if p.entity.type != "State"]


def _verb_place(noun: Token, resolver: Resolver) -> list[Mention]:
    """"seized two army camps in X": the facilities are in X, which the verb names, if X is
    below the level of a state (a camp in a country does not hold the country)."""
    if noun.dep_ != "dobj":
        return []
    return [m for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "place")
            if m.entity.type in PLACE_TYPES - {"State"}]


@engine(needs=("subject", "place"))
def expel(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"X drove Y out of PLACE": X holds the place now (the loser's hold is superseded)."""
    holders = resolver.resolve(nodes["subject"], "actor")
    places = [resolver.as_place(m) for m in resolver.resolve(nodes["place"], "place")]
    return pairs(pattern, nodes["trigger"], holders, [p for p in places if p.entity.type in PLACE_TYPES])


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
    record.lose(trigger, losers, [p for p in places if p.entity.type in PLACE_TYPES])
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
    record.moves.append(trigger)
    record.retakings += [(trigger.sent.start_char, p.entity.name) for p in places if p.entity.type in PLACE_TYPES]
    return []


@engine(roles=("subject", "former"), needs=("object", "former"), record=True)
def former_hold(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver,
                record: DocumentRecord) -> list[Candidate]:
    """"drove X from its former stronghold of P", "P, the one-time bastion of X": the text
    says X held P once and holds it no longer, so X's hold told anywhere before, or told as
    background, has ended (supersede.py); no triple of its own. "Their former stronghold"
    may be the ousted side's, not the subject's: whoever held P before has lost it."""
    trigger = nodes["trigger"]
    owners = resolver.resolve(nodes["subject"], "actor") if "subject" in nodes else \
        [m for c in trigger.children if c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ == "of")
         for g in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"])
         for m in resolver.resolve(g, "actor")]
    places = [p for p in (resolver.as_place(m) for m in resolver.resolve(nodes["object"], "place"))
              if p.entity.type in PLACE_TYPES]
    if "subject" in nodes and nodes["subject"].pos_ == "PRON":  # "drove X from their old stronghold of P":
        record.moves.append(trigger)
        record.retakings += [(trigger.sent.start_char, p.entity.name) for p in places]  # whoever held P, not the subject
        return []
    record.lose(trigger, owners, places)
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


@engine()
def group_seat(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"P, the group's de facto capital", "the rebel capital P": the capital an armed group
    has is a place it holds; a state's or a region's capital is its own seat, no hold, and a
    former capital is held no longer."""
    trigger = nodes["trigger"]
    if any(c.lower_ in words_for("controls")["FORMER_MODIFIERS"] for c in trigger.children):
        return []
    owners = [m for m in ally_owners(trigger, resolver) or _detached_possessor(trigger, resolver)
              if m.entity.type == "ArmedGroup"]
    return pairs(pattern, trigger, owners, _seat_places(trigger, resolver)) if owners else []


def _detached_possessor(noun: Token, resolver: Resolver) -> list[Mention]:
    """"the X group's de facto capital": the possessor just before the noun's phrase,
    which the parser sometimes hangs elsewhere with its "'s"."""
    before = noun.left_edge.i - 1
    if before < 1 or noun.doc[before].dep_ != "case":
        return []
    return resolver.resolve(noun.doc[before].head, "actor")


def _seat_places(trigger: Token, resolver: Resolver) -> list[Mention]:
    """The place a capital noun names: its apposition ("the capital, P"), the name it
    titles ("the capital P"), the phrase it is in apposition to ("P town, the capital of
    X"), else the name just before the comma that opens its phrase (the parser often leaves
    "P, the group's capital" unjoined)."""
    doc = trigger.doc
    named = [c for c in trigger.children if c.dep_ == "appos" or (  # "the capital, P" parsed as a conjunct
        c.dep_ == "conj" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ",")]
    if trigger.dep_ in ("appos", "compound"):  # "P town, the capital of X": P, not the town's other reading
        head = trigger.head
        named += [c for c in head.children if c.dep_ == "compound" and c.i in resolver.by_token] or [head]
    start = trigger.left_edge.i
    if not named and start >= 2 and doc[start - 1].text == ",":
        named.append(doc[start - 2])
    places = [resolver.as_place(m) for t in named for m in resolver.resolve(t, "place")]
    return [p for p in places if p.entity.type in PLACE_TYPES - {"State"}]


@engine(needs=("object",))
def owner_of_trigger(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"P is in X's hands", "an X stronghold": the owner named on the trigger itself controls the place."""
    trigger = nodes["trigger"]
    owners = ally_owners(trigger, resolver) or first_person_owner(trigger, resolver) or \
        _force_owner(trigger, resolver) or _stronghold_modifier(trigger, resolver)
    places = resolver.resolve(nodes["object"], "place")
    return pairs(pattern, trigger, owners, places)


def _force_owner(trigger: Token, resolver: Resolver) -> list[Mention]:
    """"P fell into government hands", "P is in army hands": a state's forces named by a
    bare noun before "hands" are the state the text gives them."""
    if trigger.lower_ != "hands":
        return []  # "the last town under government control" may be what the text goes on to end
    return [m for c in trigger.children if c.dep_ in ("compound", "amod", "nmod") and
            c.lower_ in words("STATE_FORCE_NOUNS") for m in resolver.resolve(c, "actor")]


def _stronghold_modifier(trigger: Token, resolver: Resolver) -> list[Mention]:
    """"P, a Ukrainian stronghold", "P, a government bastion": the state a demonym or a
    state's own noun before a stronghold noun names holds P, as a name there would; so does
    a demonym or a state's name before a noun of control ("under Russian control", "under
    Turkish occupation"), though not a bare "government" there (the text may go on to end it)."""
    lemma = trigger.lemma_.lower()
    if lemma in words_for("controls")["CONTROL_NOUNS"] | {"rule"}:
        return [m for c in trigger.children if c.dep_ in ("amod", "compound", "nmod") and
                (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")
                for m in resolver.resolve(c, "actor") if m.entity.type == "State"]
    if lemma not in words_for("controls")["STRONGHOLD_NOUNS"]:
        return []
    return [m for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")
            for m in resolver.resolve(c, "actor") if m.entity.type == "State"]


@engine()
def stronghold_apart(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list[Candidate]:
    """"P, an X stronghold ...", "P province, stronghold of X", "the P region, long considered
    the group's final stronghold": a stronghold noun that opens a phrase after the comma that
    ends a place's name describes that place, though the parser hung the noun elsewhere
    (an apposition it did join is controls.stronghold_of's); its owner holds the place."""
    trigger = nodes["trigger"]
    if trigger.dep_ in ("appos", "compound"):
        return []
    opener = trigger.head if trigger.head.tag_ in ("VBN", "VBD") and trigger.head.lemma_ in \
        words_for("controls")["DESCRIBED_AS_VERBS"] and trigger.dep_ in ("oprd", "dobj", "attr", "xcomp") else trigger
    doc = trigger.doc
    start = opener.left_edge.i + (doc[opener.left_edge.i].text == ",")  # the parser may hang the comma on the noun
    if start < 2 or doc[start - 1].text != "," or \
            any(t.lower_ in words_for("controls")["FORMER_MODIFIERS"] for t in doc[start:trigger.i]):
        return []  # "P, a former X stronghold": held no longer
    name = doc[start - 2]
    if name.i not in resolver.by_token and name.lemma_.lower() in words("PLACE_NOUNS"):  # "the P region, ..."
        name = next((c for c in name.children if c.dep_ in ("compound", "amod") and c.i in resolver.by_token), name)
    if name.i not in resolver.by_token or _taken_here(name):
        return []
    places = [p for m in resolver.resolve(name, "place")
              for p in [resolver.as_place(m)] if p.entity.type in PLACE_TYPES]
    owners = ally_owners(trigger, resolver) or [m for c in trigger.children if c.dep_ == "nsubj" and c.i in resolver.by_token
                                                for m in resolver.resolve(c, "actor")]
    owners = [m for m in owners if m.entity.type not in PLACE_TYPES - {"State"}]
    # the description stands beside the name: the name's clause says how it is told, not "considered"
    return pairs(pattern, name, owners, places) if owners and places else []


def _taken_here(name: Token) -> bool:
    """"troops captured P, the main bastion of X": the place is what this sentence says was
    taken, so the stronghold it was is held by X no longer."""
    taking = words_for("controls")["SEIZURE_WORDS"]
    head = name.head
    if name.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_ in taking:
        return modality(head) == "asserted"
    return name.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in taking
