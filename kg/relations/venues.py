"""Where talks are held: the venue a talks noun names ("talks in Doha", "the Geneva
conference", "envoys flew to C for talks"), the state it is in, and the talks' seat;
with the hostsTalks word classes every talks module reads."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from kg.discourse import Mention
from kg.entities import Resolver
from kg.lexicon import words
from kg.relations.modality import modality
from kg.relations.schema import words_for


def talks_words(name: str) -> frozenset[str]:
    """A word class of hostsTalks.json ("OPEN_VERBS", "MEETING_VERBS", ...)."""
    return words_for("hostsTalks")[name]


@functools.cache
def talks_nouns() -> frozenset[str]:
    """Nouns naming talks or the gathering they are held at ("negotiations", "summit"):
    NEGOTIATION_NOUNS and GATHERING_NOUNS, made once."""
    return talks_words("NEGOTIATION_NOUNS") | talks_words("GATHERING_NOUNS")


def venue_of(noun: Token) -> Token | None:
    """Where talks were held: "in X" on the talks, inside "between ...", or on the verb
    they are the subject or object of; never inside a topic ("on a ceasefire in Gaza")."""
    heads = [noun] + [t for c in noun.children if c.dep_ == "prep" and c.lower_ in talks_words("PARTY_PREPOSITIONS")
                      for t in c.subtree if t.dep_ == "pobj" or t.dep_ == "conj"]
    if noun.dep_ == "pobj" and noun.head.lower_ in talks_words("TALKS_STAGE_PREPOSITIONS") and \
            noun.head.head.lemma_.lower() in talks_words("TALKS_STAGE_NOUNS"):
        heads.append(noun.head.head)  # "the opening of the talks in C", "at the start of talks at a hotel in C"
    span = span_of(noun)  # "A and B held two days of talks in C": the span stands in the clause for the talks
    for phrase in (noun, span) if span is not None else (noun,):
        copula = phrase.head.lemma_ == "be" and phrase.head.pos_ == "AUX" and modality(phrase.head) == "asserted"
        if phrase.dep_ in ("nsubj", "nsubjpass") and (phrase.head.pos_ == "VERB" or copula) \
                or phrase.dep_ == "dobj" and _holds(phrase.head):
            # "A and B held talks in C", "talks were under way in C" (not "were not", "will be"); not "in C, X welcomed the talks"
            heads.append(phrase.head)
            heads += [v for v in phrase.head.conjuncts if v.i > phrase.head.i and v.lemma_ in talks_words("VENUE_VERBS")
                      and v.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
            # "talks opened and ended in C": the verb after "and" that shares the talks holds them too
    heads += [span] if span is not None else []
    heads += [c for h in heads for c in h.children if c.dep_ in ("acl", "relcl") and c.lemma_ in talks_words("VENUE_VERBS")
              and (h is noun or _span_verb(c)) and modality(c) == "asserted" and not _still_ahead(c)]
    # "talks held in C", "a meeting between A and B, which lasted an hour in C", "talks between A and
    # B that began on Monday in C" (hung on B)
    heads += [t for c in noun.children if c.dep_ == "acl" and c.lemma_ in talks_words("HOST_VERBS")
              for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
              for t in (g, *g.conjuncts)]  # "talks brokered by A and B in C": "in C" hung on B
    heads += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # "a summit of IGAD in Nairobi"
    trip = trip_of(noun)  # "envoys flew to C for talks": where the journey ends
    heads += [trip] if trip is not None else []
    spans = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in talks_words("DURATION_PREPOSITIONS")
             for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")]
    for head in heads + spans:  # "held talks for five hours in C": the small parser hangs "in C" on the hours
        for prep in head.children:
            landmark = prep.lower_ in words("LANDMARK_PREPOSITIONS")  # "held near C", "outside C"
            if prep.dep_ == "prep" and (prep.lower_ in talks_words("HELD_IN_PREPOSITIONS") or landmark or
                                        (head is trip and prep.lower_ == "to")):
                for pobj in prep.children:
                    if pobj.dep_ != "pobj" or head in spans and not _named_place(pobj) or \
                            pobj.ent_type_ in ("DATE", "TIME"):  # "their first talks in three years": a time
                        continue
                    if (part := _venue_part(pobj)) is not None:
                        return part
                    if prep.lower_ == "at" and (inner := _building_in(pobj)) is not None:
                        return inner  # "at a hotel in Oslo"
                    if prep.lower_ in ("in", "to") or landmark and (_named_place(pobj) or _named_place_noun(pobj)):
                        return pobj
        if head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
            return head.head  # "in Oslo, where talks had been held since June"
    return _after_partner(noun)


def _after_partner(noun: Token) -> Token | None:
    """"held talks with the rebels in Bamako", "talks with X in the capital": the small
    parser often hangs the venue on the last party; a city-like name or "the capital" there
    still places the talks (a region or a common noun may be where the party is from)."""
    partners = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
    for partner in partners[-1:]:
        for prep in partner.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.right_edge != partner.right_edge:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (pobj.pos_ == "PROPN" and pobj.ent_type_ == "GPE" or _bare_capital(pobj)):
                    return pobj
    return None


def _bare_capital(noun: Token) -> bool:
    """"the capital" with no name or "of" of its own: the capital the story speaks from."""
    return noun.lemma_.lower() == "capital" and [c.lower_ for c in noun.children] == ["the"]


def collapsed(noun: Token) -> bool:
    """"talks on X collapsed in C", "talks broke down in C", "the collapse of talks in C":
    talks told only as having collapsed are not hosted (cues.md, hostsTalks: not hosting)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in talks_words("COLLAPSE_NOUNS")
    if noun.dep_ != "nsubj":
        return False
    return head.lemma_.lower() in talks_words("COLLAPSE_VERBS") or \
        any(c.dep_ == "prt" and f"{head.lemma_.lower()} {c.lower_}" in talks_words("COLLAPSE_VERBS") for c in head.children)


def _still_ahead(clause: Token) -> bool:
    """"talks to resume in C", "a summit to be held in C": a "to"-infinitive on the talks
    tells what is to happen, not what did ("the first talks to be held in C" did happen)."""
    marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    counted = any(c.lower_ in words("ORDINAL_WORDS") or c.tag_ == "JJS" for c in clause.head.children)
    return marked and not counted


def _span_verb(clause: Token) -> bool:
    """A clause that says when or how long an event ran ("which lasted an hour", "that
    started on Thursday"): hung on a party's name, it still tells of the talks."""
    return clause.lemma_ in talks_words("SPAN_VENUE_VERBS") and not any(c.dep_ == "dobj" for c in clause.children)


def span_of(noun: Token) -> Token | None:
    """The time span talks are counted in: "two days of talks", "a week of negotiations"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in talks_words("SPAN_NOUNS"):
        return noun.head.head
    return None


def _holds(verb: Token) -> bool:
    """Whether a verb whose object is the talks holds them (held, began, hosted), so that
    its place is theirs; a verb that only comments on them (welcomed, praised) is not."""
    return verb.pos_ == "VERB" and verb.lemma_ in talks_words("OPEN_VERBS") | talks_words("HOST_VERBS") | \
        talks_words("MEETING_VERBS")


def trip_of(noun: Token) -> Token | None:
    """The journey the talks are the purpose of: "delegations arrived in C for talks",
    "envoys flew to C to hold negotiations", "A sent envoys to C for talks", or the stay
    ("the envoy was in C for meetings")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        verb = noun.head.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "pobj" and verb.head.lower_ in ("in", "to"):
            verb = verb.head.head  # "were in a Swiss village for talks": the parser hangs "for" on the place
    elif noun.dep_ == "dobj" and noun.head.lemma_ in talks_words("OPEN_VERBS") and noun.head.dep_ in ("advcl", "xcomp"):
        verb = noun.head.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_ in talks_words("TRIP_VERBS") else None


def named_venue(noun: Token, resolver: Resolver) -> Token | None:
    """"the Addis talks", "the Geneva conference": a city named before the talks is where
    they are held (a state named there is their topic: "the Syria talks"; a city before a
    truce is where the truce would hold: "the Gaza ceasefire talks")."""
    truce = talks_words("AGREEMENT_NOUNS")
    return next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and (e := resolver.by_token.get(c.i)) is not None and e.type == "City"
                 and not any(t.lemma_.lower() in truce for t in noun.doc[c.i + 1:noun.i])), None)


def _named_place(token: Token) -> bool:
    """Whether a word names a place ("in Moscow"), not a time or a thing ("in years")."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC")


def _building_in(pobj: Token) -> Token | None:
    """"at a hotel in C", "at an army camp near C": a building named by a
    common noun is in (or by) the place its own "in" or "near" names."""
    if pobj.pos_ != "NOUN":
        return None
    return next((g for c in pobj.children
                 if c.dep_ == "prep" and (c.lower_ == "in" or c.lower_ in words("LANDMARK_PREPOSITIONS"))
                 for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or _named_place_noun(g))), None)


def _named_place_noun(noun: Token) -> bool:
    """"the Omani capital Muscat", "the capital, Doha": a place noun a name stands beside."""
    return noun.lemma_.lower() in words("PLACE_NOUNS") and \
        any(c.dep_ in ("appos", "compound", "amod") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()
            for c in noun.children)


def _venue_part(pobj: Token) -> Token | None:
    """"on the outskirts of Quito", "in the suburbs of the capital": the place the part
    is of is the venue."""
    if pobj.lemma_.lower() not in talks_words("VENUE_PART_NOUNS") and pobj.lower_ not in talks_words("VENUE_PART_NOUNS"):
        return None
    return next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


def venue_states(venue: Token, resolver: Resolver) -> list[Mention]:
    """The state a venue is in: the place named ("Doha" -> Qatar), else the state after
    it ("Akosombo, Ghana"), else the demonym on its description ("the Ghanaian resort town
    of X", "the Malaysian capital")."""
    stated = [m for c in venue.children if c.dep_ in ("appos", "conj", "npadvmod")
              for m in resolver.resolve(c, "place")]
    if any(m.entity.type == "State" for m in stated):  # "Tumbes, Ecuador": the text's state wins
        return [m for m in stated if m.entity.type == "State"]
    if venue.pos_ == "NOUN" and venue.lemma_.lower() in words("PLACE_NOUNS"):
        named = [g for c in venue.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if named:  # "Tanzania's region of Zanzibar", "the town of Akosombo"
            return venue_states(named[0], resolver)
    described = _described_state(venue, resolver)
    if described and venue.pos_ == "NOUN":  # "the Malaysian capital": not the capital named before
        return described
    mentions = resolver.resolve(venue, "place") + stated
    states = [s for m in mentions if (s := _venue_state(m, resolver))]
    if not states and not described and _bare_capital(venue) and (home := resolver.main_state()) is not None:
        return [Mention(home, venue.i, "home-state")]  # "talks in the capital", no city named before: the story's state
    return states or described


def _described_state(venue: Token, resolver: Resolver) -> list[Mention]:
    """The state a venue's description names by its demonym ("the Ghanaian resort town of
    X", "the Malaysian capital")."""
    description = venue.head.head if venue.dep_ == "pobj" and venue.head.lower_ == "of" else venue
    for child in description.children:
        entry = resolver.gazetteer.demonym(child.text) if child.dep_ in ("amod", "compound") else None
        if entry is not None and entry.type == "State" and description.lemma_.lower() in words("PLACE_NOUNS"):
            return [Mention(resolver.from_gazetteer(entry, child.text), child.i, "owner")]
    return []


def _venue_state(mention: Mention, resolver: Resolver) -> Mention | None:
    entity = mention.entity
    if entity.type == "State":
        return mention
    entry = resolver.gazetteer.country_of(entity.name)
    if entry is None or entry.type != "State":
        return None
    return Mention(resolver.from_gazetteer(entry, entry.name), mention.token, "owner")


def seat_of(noun: Token, resolver: Resolver) -> str | None:
    """The state talks are held in, by their venue or their host ("talks in Doha", "talks
    hosted by Qatar"): talks in another state are other talks."""
    hosts = [m for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ in talks_words("HOST_VERBS")
             for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
             for m in resolver.resolve(g, "actor")]
    venue = venue_of(noun)
    places = venue_states(venue, resolver) if venue is not None else []
    for mention in places + hosts:
        state = resolver.gazetteer.country_of(mention.entity.name)
        if state is not None:
            return state.name
    return None
