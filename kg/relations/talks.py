"""Who hosts talks and who the parties are: the hostsTalks engines.

Parties come from "between A and B" on the talks or the hosting verb, from a clause
saying who met there ("where the presidents of A and B discussed ..."), from the
subjects of the clause the talks sit in ("A and B signed a truce after talks in C"),
and, when none is named, from the state the talks are about.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Mention, distinct
from kg.entities import Resolver
from kg.lexicon import words
from kg.relations.arguments import agent_of, led_by, pairs, place_of
from kg.relations.modality import modality
from kg.relations.record import DocumentRecord
from kg.relations.registry import engine
from kg.relations.schema import Pattern, words_for


def _words(name: str) -> frozenset[str]:
    """A word class of hostsTalks.json ("OPEN_VERBS", "MEETING_VERBS", ...)."""
    return words_for("hostsTalks")[name]


@engine(roles=("talks", "subject"), record=True)
def talks(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver, record: DocumentRecord) -> list:
    trigger = nodes["trigger"]
    noun = nodes.get("talks") or _talks_object(trigger)
    hosts = (resolver.resolve(nodes["subject"], "actor") if "subject" in nodes
             else agent_of(trigger, resolver) or _speaker_host(trigger, resolver))
    hosts = [h for h in hosts if not _is_sponsor_only(h, noun) and h.entity.type != "Person"]  # a chair is no venue
    if trigger.lemma_ in _words("OPEN_VERBS") and "subject" not in nodes and noun is not None and \
            not any(_between(head, resolver) for head in (trigger, noun)):
        return []  # "A and B held talks in C": they are the parties (talks_venue reads them)
    if _brokers(trigger):
        if noun is not None and noun.lemma_.lower() in _words("AGREEMENT_NOUNS"):
            return []  # "X brokered a ceasefire": an outcome brokered, no talks hosted
        arranged = trigger.lemma_.lower() == "broker" or trigger.lower_ == "brokered"
        hosts = [h for h in hosts if _at_own_venue(h, noun if noun is not None else trigger, resolver,
                                                   venue_needed=arranged)]
    parties = _parties(trigger, noun, resolver, record)
    host_names = {h.entity.name for h in hosts}
    parties = [p for p in parties if p.entity.name not in host_names]
    if noun is not None:
        record.talks.append((noun.i, parties))
    place = place_of(noun if noun is not None else trigger, resolver, host_names)
    return pairs(pattern, trigger, hosts, parties, place=place)


@engine(record=True)
def talks_venue(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver, record: DocumentRecord) -> list:
    """"talks in Doha between A and B", "A and B began talks in Algiers", "talks between A
    and B resumed in Doha": the state of the venue hosts them; the parties are those
    between whom, or who held them. "A summit of the X Union in C, attended by A and B":
    the organisation that convened it hosts too, and is never a party. With no party
    named, the state the talks are about is ("Syrian talks opened in C")."""
    talks_noun = nodes["trigger"]
    remember_talks(talks_noun, resolver, record)
    if talks_noun.lemma_.lower() in _words("AGREEMENT_NOUNS"):
        return []  # "a ceasefire in Gaza": where the truce holds, not where it was talked
    venue = _venue(talks_noun) or _named_venue(talks_noun, resolver)
    conveners = _conveners(talks_noun, resolver)
    states = venue_states(venue, resolver) if venue is not None else []
    if not states and not conveners:
        return []
    parties = (_between(talks_noun, resolver) or _underway_between(talks_noun, resolver)
               or _holders(talks_noun, resolver) or _round_holders(talks_noun, resolver)
               or _travellers(talks_noun, resolver)
               or _attendees(talks_noun, resolver) or _involved(talks_noun, resolver)
               or _purpose_parties(talks_noun, resolver)
               or _named_modifiers(talks_noun, resolver)
               or _meeting_subjects(talks_noun, talks_noun, resolver)
               or _earlier_parties(talks_noun, resolver, record)
               or _later_parties(talks_noun, resolver)
               or _topic_state(talks_noun, resolver))
    hosts = states[:1] + conveners
    parties = [p for p in parties if p.entity.name not in {c.entity.name for c in conveners}]
    place = resolver.by_token.get(venue.i) if venue is not None else None
    return [c for c in pairs(pattern, talks_noun, hosts, parties, place=place)
            if c.object.entity.name != c.subject.entity.name
            and not _leads(c.object, c.subject.entity.name, resolver)]


@engine(needs=("venue",), record=True)
def meeting_venue(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver, record: DocumentRecord) -> list:
    """"Delegates of A and B are meeting in the Ghanaian town of C", "A met B in C": the
    state of the venue hosts; the parties are who met, at least two of them ("the two
    sides met in C": the sides of the talks named before)."""
    trigger = nodes["trigger"]
    states = venue_states(nodes["venue"], resolver)
    parties = [m for c in trigger.children if c.dep_ in ("nsubj", "dobj") for m in resolver.resolve(c, "actor")]
    if not parties and any(c.dep_ == "nsubj" and c.lemma_.lower() in _words("SIDES_NOUNS") for c in trigger.children):
        parties = next((found for i, found in reversed(record.talks) if i < trigger.i and len(found) >= 2), [])
    parties += [m for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
    if len({p.entity.name for p in parties}) < 2:
        return []  # "the president met in Doha" names one side only
    return [c for c in pairs(pattern, trigger, states[:1], parties)
            if c.object.entity.name != c.subject.entity.name and not _leads(c.object, c.subject.entity.name, resolver)]


@engine(needs=("subject", "venue"), deferred=True)
def bloc_meeting(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list:
    """"Leaders of the X bloc convened in C": the bloc convened the summit and hosts it;
    its parties are who the text says attended ("In attendance at the summit were A,
    B", "A and B attended the summit", "the summit was attended by A")."""
    hosts = [m for m in resolver.resolve(nodes["subject"], "actor")
             if m.via == "leader" and m.entity.type in ("Organisation", "Coalition")]
    if not hosts:
        return []
    names = {h.entity.name for h in hosts}
    parties = [p for p in _attending(resolver) if p.entity.name not in names
               and not _leads(p, hosts[0].entity.name, resolver)
               and not _titled_by(p, hosts[0].entity.name, resolver)]  # the bloc's own officials are no party
    return pairs(pattern, nodes["trigger"], hosts[:1], parties)


def _titled_by(party: Mention, host: str, resolver: Resolver) -> bool:
    """Whether a person is named with the host's title ("IGAD Secretary General X")."""
    if party.entity.type != "Person":
        return False
    for i, entity in resolver.by_token.items():
        if entity != party.entity:
            continue
        name = resolver.doc[i]
        while name.dep_ == "compound":
            name = name.head
        if any((e := resolver.by_token.get(t.i)) is not None and e.name == host
               for left in name.lefts for t in left.subtree):
            return True
    return False


def _attending(resolver: Resolver) -> list[Mention]:
    """Everyone the document says attended talks or a summit, as fact."""
    found: list[Mention] = []
    for token in resolver.doc:
        if token.lower_ in _words("ATTENDANCE_NOUNS") and token.dep_ == "pobj" and token.head.head.lemma_ == "be":
            copula = token.head.head  # "In attendance at the summit were A, B and C"
            found += [m for c in copula.children if c.dep_ in ("attr", "nsubj") for m in resolver.resolve(c, "actor")]
        elif token.lemma_ == "attend" and token.pos_ == "VERB" and modality(token) == "asserted" and \
                any(c.dep_ == "dobj" and c.lemma_ in _words("TALKS_NOUNS") for c in token.children):
            found += [m for c in token.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]
        elif token.lemma_ in _words("TALKS_NOUNS") and token.pos_ == "NOUN":
            found += _attendees(token, resolver)
    return distinct(found)


def _conveners(noun: Token, resolver: Resolver) -> list[Mention]:
    """"a summit of the African Union", "a meeting of IGAD": the organisation whose
    meeting it is convened it."""
    return [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" and g.i in resolver.by_token
            for m in resolver.resolve(g, "actor") if m.entity.type in ("Organisation", "Coalition")]


def _attendees(noun: Token, resolver: Resolver) -> list[Mention]:
    """"a summit attended by A and B", "the meeting was attended by A": who came."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ == "attend"]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_ == "attend":
        verbs.append(noun.head)
    return [m for v in verbs for a in v.children if a.dep_ == "agent"
            for g in a.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]


def _leads(party: Mention, host: str, resolver: Resolver) -> bool:
    """Whether the party is the host's own leader ("Ugandan President X" at talks in
    Kampala): a host's head of state attends its own talks, he is no party to them."""
    if party.entity.type != "Person":
        return False
    for i, entity in resolver.by_token.items():
        if entity == party.entity:
            led = resolver._leader_of_person(Mention(entity, i), resolver.doc[i], "actor")  # noqa: SLF001
            if led.entity.name == host:
                return True
    return False


def remember_talks(noun: Token, resolver: Resolver, record: DocumentRecord) -> None:
    """Every talks noun's named parties, so that "the talks" later can find them."""
    parties = _parties_named(noun, resolver)
    if not parties and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_ in _words("TALKS_NOUNS"):
        parties = _parties_named(noun.head.head, resolver)  # "A and B concluded a round of talks"
    record.talks.append((noun.i, parties))


def _parties_named(noun: Token, resolver: Resolver) -> list[Mention]:
    return (_between(noun, resolver) or _underway_between(noun, resolver) or _holders(noun, resolver)
            or _named_modifiers(noun, resolver) or _purpose_parties(noun, resolver) or _included(noun, resolver))


def _included(noun: Token, resolver: Resolver) -> list[Mention]:
    """"The meeting included officials from A, B and C": whom the talks brought together."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ not in _words("GATHER_VERBS") or modality(noun.head) != "asserted":
        return []
    return distinct([m for c in noun.head.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)
                     for m in _sent_by(t, resolver)])


def _purpose_parties(noun: Token, resolver: Resolver) -> list[Mention]:
    """"talks aimed at ending the fighting between A and B": the two sides of the war
    the talks are to end are their parties."""
    aims = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in _words("PURPOSE_VERBS")]
    if noun.dep_ in ("nsubjpass", "nsubj") and noun.head.lemma_ in _words("PURPOSE_VERBS"):
        aims.append(noun.head)
    for aim in aims:
        for token in aim.subtree:
            if token.lemma_.lower() in _words("WAR_NOUNS"):
                found = _between(token, resolver)
                if len({m.entity.name for m in found}) >= 2:
                    return found
    return []


def _later_parties(noun: Token, resolver: Resolver) -> list[Mention]:
    """"Talks began in C. The discussions are aimed at ending the fighting between A and
    B": the talks the next two sentences name with "the" are these, and say who takes
    part; else the delegations the next four sentences name are the parties."""
    sentence = noun.sent
    following = []
    end = sentence.end
    for _ in range(4):
        if end >= len(noun.doc):
            break
        nxt = noun.doc[end].sent
        following.append(nxt)
        end = nxt.end
    for span in following[:2]:
        for token in span:
            if token.lemma_.lower() in _words("NEGOTIATION_NOUNS") | _words("GATHERING_NOUNS") and token.pos_ == "NOUN" and \
                    any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and _venue(token) is None \
                    and modality(token) == "asserted":  # "X did not attend the talks": no party
                found = _parties_named(token, resolver)
                if found:
                    return found
    return _delegations_in(following, resolver)


def _delegations_in(spans, resolver: Resolver) -> list[Mention]:
    """"X is represented by its prime minister", "Y represents Z at the talks", "Egypt's
    delegation is led by W", "the teams of A and B met": the states and groups the next
    sentences send to the talks."""
    found: list[Mention] = []
    for span in spans:
        for token in span:
            if token.lemma_ == "represent" and token.pos_ == "VERB" and modality(token) == "asserted":
                found += [m for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                          for m in resolver.resolve(c, "actor")]
            elif token.lemma_.lower() in _words("ENVOY_NOUNS") and token.pos_ == "NOUN":
                found += [m for c in token.children if c.dep_ in ("poss", "amod", "compound")
                          and c.i in resolver.by_token for m in resolver.resolve(c, "actor")]
                if token.dep_ == "nsubj" and token.head.lemma_ in _words("MEETING_VERBS") | _words("PARTICIPATE_VERBS"):
                    found += _represented(token, resolver)  # "the negotiating teams of A and B met"
                    found += [m for c in token.conjuncts for m in resolver.resolve(c, "actor")]  # B hung on "teams"
    found = distinct(found)
    return found if len(found) >= 2 else []


def _round_holders(noun: Token, resolver: Resolver) -> list[Mention]:
    """"A and B held a second round of talks in C": who held the round held the talks."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in _words("TALKS_NOUNS"):
        return _holders(noun.head.head, resolver)
    return []


def _underway_between(noun: Token, resolver: Resolver) -> list[Mention]:
    """"Negotiations are underway between A and B": "between" hangs on the predicate."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return []
    return [m for head in [noun.head, *(c for c in noun.head.children if c.dep_ in ("advmod", "acomp"))]
            for m in _between(head, resolver)]


def _venue(noun: Token) -> Token | None:
    """Where talks were held: "in X" on the talks, inside "between ...", or on the verb
    they are the subject or object of; never inside a topic ("on a ceasefire in Gaza")."""
    heads = [noun] + [t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                      for t in c.subtree if t.dep_ == "pobj" or t.dep_ == "conj"]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "to") and \
            noun.head.head.lemma_.lower() in _words("TALKS_STAGE_NOUNS"):
        heads.append(noun.head.head)  # "the opening of the talks in C", "at the start of talks at a hotel in C"
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ == "VERB":
        heads.append(noun.head)
    heads += [c for h in heads for c in h.children if c.dep_ in ("acl", "relcl") and c.lemma_ in _words("VENUE_VERBS")
              and (h is noun or c.lemma_ in ("last", "take")) and modality(c) == "asserted"]
    # "talks held in C", "a meeting between A and B, which lasted an hour in C" (hung on B)
    heads += [t for c in noun.children if c.dep_ == "acl" and c.lemma_ in _words("HOST_VERBS")
              for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
              for t in (g, *g.conjuncts)]  # "talks brokered by A and B in C": "in C" hung on B
    heads += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
              for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # "a summit of IGAD in Nairobi"
    trip = _trip(noun)  # "envoys flew to C for talks": where the journey ends
    heads += [trip] if trip is not None else []
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and (prep.lower_ in ("in", "on", "at") or (head is trip and prep.lower_ == "to")):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and (part := _venue_part(pobj)) is not None:
                        return part
                    if pobj.dep_ == "pobj" and prep.lower_ == "at" and (inner := _building_in(pobj)) is not None:
                        return inner  # "at a hotel in Oslo"
                    if pobj.dep_ == "pobj" and prep.lower_ in ("in", "to"):
                        return pobj
        if head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
            return head.head  # "in Oslo, where talks had been held since June"
    return None


def _trip(noun: Token) -> Token | None:
    """The journey the talks are the purpose of: "delegations arrived in C for talks",
    "envoys flew to C to hold negotiations", "A sent envoys to C for talks"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        verb = noun.head.head
    elif noun.dep_ == "dobj" and noun.head.lemma_ in _words("OPEN_VERBS") and noun.head.dep_ in ("advcl", "xcomp"):
        verb = noun.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_ in _words("TRIP_VERBS") else None


def _named_venue(noun: Token, resolver: Resolver) -> Token | None:
    """"the Addis talks", "the Geneva conference": a city named before the talks is where
    they are held (a state named there is their topic: "the Syria talks"; a city before a
    truce is where the truce would hold: "the Gaza ceasefire talks")."""
    truce = _words("AGREEMENT_NOUNS")
    return next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and (e := resolver.by_token.get(c.i)) is not None and e.type == "City"
                 and not any(t.lemma_.lower() in truce for t in noun.doc[c.i + 1:noun.i])), None)


def _travellers(noun: Token, resolver: Resolver) -> list[Mention]:
    """"Envoys from A flew to C for talks with B", "delegations representing A and B
    arrived in C to hold negotiations", "A's delegation to the C talks": whom the
    travellers speak for, and whom they hold the talks with."""
    trip = _trip(noun)
    if trip is not None:
        envoys = [t for c in trip.children if c.dep_ == "nsubj" or (c.dep_ == "dobj" and trip.lemma_ in _words("SEND_VERBS"))
                  for t in (c, *c.conjuncts)]
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at") and noun.head.head.lemma_.lower() in _words("ENVOY_NOUNS"):
        envoys = [noun.head.head]
    else:
        return []
    found = [m for t in envoys for m in _sent_by(t, resolver)]
    if not found:
        return []
    return distinct(found + [m for head in (noun, noun.head) for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                             for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")])


def _sent_by(envoy: Token, resolver: Resolver) -> list[Mention]:
    """Whom a traveller stands for: the envoys' senders ("A's delegation", "a Peruvian
    delegation", "delegates from A", "delegations representing A and B"), else the
    traveller named."""
    if envoy.lemma_.lower() not in _words("ENVOY_NOUNS") | _words("DELEGATE_NOUNS"):
        return resolver.resolve(envoy, "actor")
    represented = [t for c in envoy.children if c.dep_ == "acl" and c.lemma_ == "represent"
                   for o in c.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)]
    return _represented(envoy, resolver) + \
        [m for t in represented for m in resolver.resolve(t, "actor")] + \
        [m for c in envoy.children if c.dep_ in ("poss", "amod", "compound") and c.i in resolver.by_token
         for m in resolver.resolve(c, "actor")]


def _building_in(pobj: Token) -> Token | None:
    """"at a luxury hotel in Addis Ababa": a building named by a common noun is in the
    place its own "in" names."""
    if pobj.pos_ != "NOUN":
        return None
    return next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or _named_place_noun(g))), None)


def _named_place_noun(noun: Token) -> bool:
    """"the Omani capital Muscat", "the capital, Doha": a place noun a name stands beside."""
    return noun.lemma_.lower() in words("PLACE_NOUNS") and \
        any(c.dep_ in ("appos", "compound", "amod") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper()
            for c in noun.children)


def _venue_part(pobj: Token) -> Token | None:
    """"on the outskirts of Quito", "in the suburbs of the capital": the place the part
    is of is the venue."""
    if pobj.lemma_.lower() not in _words("VENUE_PART_NOUNS") and pobj.lower_ not in _words("VENUE_PART_NOUNS"):
        return None
    return next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


@engine(deferred=True, record=True)
def host_country(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver, record: DocumentRecord) -> list:
    """"China, the host country, called for patience at the meetings": the host of the
    talks the article reports; their parties are whoever the article says took part
    (named as parties of talks, as envoys for or from them, or as participating)."""
    trigger = nodes["trigger"]
    phrase = trigger.head if trigger.dep_ in ("compound", "amod", "nmod") and \
        trigger.head.lemma_ in _words("HOST_PHRASE_NOUNS") else trigger
    if phrase.dep_ == "appos":
        holders = [phrase.head]
    elif phrase.dep_ == "attr" and phrase.head.lemma_ == "be":
        holders = [c for c in phrase.head.children if c.dep_ == "nsubj"]
    else:
        return []
    if not any(t.lemma_ in _words("TALKS_NOUNS") and t.pos_ == "NOUN" for t in trigger.sent):
        return []  # "Qatar, the host nation, opened the tournament": no talks
    hosts = [m for h in holders for m in resolver.resolve(h, "actor")
             if m.entity.type in ("State", "City", "Organisation")]
    parties = _participants(resolver, record)
    return [c for c in pairs(pattern, trigger, hosts, parties) if c.object.entity.name != c.subject.entity.name]


def _participants(resolver: Resolver, record: DocumentRecord) -> list[Mention]:
    """Every party the document names at talks: parties of talks read so far, "envoys
    for A and B", "delegations from A", "A and B are also participating"."""
    found = [m for _, parties in record.talks for m in parties]
    for token in resolver.doc:
        if token.lemma_.lower() in _words("ENVOY_NOUNS") and token.pos_ == "NOUN":
            found += [m for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "from")
                      for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
        if token.lemma_ in _words("PARTICIPATE_VERBS") and token.pos_ == "VERB" and modality(token) == "asserted" \
                and not any(c.dep_ == "dobj" and c.lemma_ not in _words("TALKS_NOUNS") for c in token.children):
            found += [m for c in token.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]
    return distinct(found)


@engine(needs=("delegates",))
def delegations(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list:
    """"X hosted the foreign ministers of A and B": the parties are those they represent;
    hosting a single delegation is a visit, not talks."""
    hosts = agent_of(nodes["trigger"], resolver)
    names = {h.entity.name for h in hosts}
    parties = [p for p in resolver.resolve(nodes["delegates"], "actor") if p.entity.name not in names]
    if len(parties) < 2:
        return []
    return pairs(pattern, nodes["trigger"], hosts, parties)


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
    return states or described


def _described_state(venue: Token, resolver: Resolver) -> list[Mention]:
    """The state a venue's description names by its demonym ("the Ghanaian resort town of
    X", "the Malaysian capital")."""
    description = venue.head.head if venue.dep_ == "pobj" and venue.head.lower_ == "of" else venue
    for child in description.children:
        entry = resolver.gazetteer.demonym(child.text) if child.dep_ in ("amod", "compound") else None
        if entry is not None and entry.type == "State" and description.lemma_.lower() in words("PLACE_NOUNS"):
            return [Mention(resolver._from_gazetteer(entry, child.text), child.i, "owner")]  # noqa: SLF001
    return []


def _venue_state(mention: Mention, resolver: Resolver) -> Mention | None:
    entity = mention.entity
    if entity.type == "State":
        return mention
    entry = resolver.gazetteer.country_of(entity.name)
    if entry is None or entry.type != "State":
        return None
    return Mention(resolver._from_gazetteer(entry, entry.name), mention.token, "owner")  # noqa: SLF001


def _holders(noun: Token, resolver: Resolver) -> list[Mention]:
    """"A and B launched talks in C", "A held talks with B", "A was in talks with B": the
    subjects of the verb that holds the talks, and whom they held them with."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and (verb.head.lemma_ in ("be", "participate") or (
            verb.head.lemma_ == "take" and any(c.lemma_ == "part" for c in verb.head.children))):
        verb = verb.head  # "officials were in talks with the rebels", "A and B took part in the talks"
    elif noun.dep_ != "dobj" or verb.lemma_ not in _words("OPEN_VERBS"):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if [s.lower_ for s in subjects] == ["they"] and verb.dep_ == "ccomp":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"] or subjects  # "A and B said they will ..."
    envoys = _words("ENVOY_NOUNS") | _words("DELEGATE_NOUNS")
    heads = [t for c in subjects for t in [c, *c.conjuncts]]
    # "Representatives of X and delegates from Y": the model often hangs the second envoy on X
    heads += [t for c in subjects for t in c.subtree if t.dep_ == "conj" and t not in heads
              and t.lemma_.lower() in envoys]
    found = [m for t in heads
             for m in _represented(t, resolver) or resolver.resolve(t, "actor") or led_by(t, resolver)]
    if not found:
        return []
    return found + [m for head in (noun, verb) for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]


def _represented(noun: Token, resolver: Resolver) -> list[Mention]:
    """"delegates from the Kinshasa government", "representatives of A": whom the
    delegates speak for."""
    if noun.lemma_.lower() not in _words("ENVOY_NOUNS") | _words("DELEGATE_NOUNS"):
        return []
    return [m for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for g in c.children if g.dep_ == "pobj"
            for t in (g, *(x for x in g.subtree if x.dep_ in ("conj", "appos") and x.pos_ == "PROPN"))
            for m in resolver.resolve(t, "actor")]  # "from A, B, C and D", however the list is parsed


def _speaker_host(trigger: Token, resolver: Resolver) -> list[Mention]:
    """"The Kenyan foreign minister said he was hosting the talks": he is the speaker, who
    acts for the state he serves."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _words("SPEAKER_PRONOUNS"):
        return []
    speaker = resolver._speaker(subject)  # noqa: SLF001 - the same reading as for "it said it ..."
    return resolver.resolve(speaker, "actor") if speaker is not None else []


def _brokers(trigger: Token) -> bool:
    """Whether the host word says brokering or mediating ("mediated", "Qatari-brokered")."""
    return trigger.lemma_.lower() in _words("BROKER_WORDS") or trigger.lower_ in _words("BROKER_WORDS")


def _at_own_venue(host: Mention, talks_word: Token, resolver: Resolver, venue_needed: bool = False) -> bool:
    """A mediator hosts only on its own soil: "Egypt mediated talks in Doha" is hosted by
    Qatar, not Egypt. With no venue named, a mediator is taken to host, but not a broker:
    "talks brokered by Norway collapsed" says who arranged them, not where they sat."""
    venue = _venue(talks_word)
    states = venue_states(venue, resolver) if venue is not None else []
    if not states:
        place = place_of(talks_word, resolver, {host.entity.name})
        states = [s for s in [resolver.gazetteer.country_of(place.name)] if s is not None] if place else []
    host_state = resolver.gazetteer.country_of(host.entity.name)
    if not states:
        return not venue_needed
    if host_state is None or host.entity.type not in ("State", "City"):
        return True
    return states[0].entity.name == host_state.name if isinstance(states[0], Mention) else states[0].name == host_state.name


def _talks_object(trigger: Token) -> Token | None:
    for child in trigger.children:
        if child.dep_ == "dobj":
            return child
    return None


def _is_sponsor_only(host: Mention, noun: Token | None) -> bool:
    """"UN-backed talks": the sponsor named inside the talks phrase is no host."""
    if noun is None:
        return False
    token = noun.doc[host.token]
    return token.head.tag_ == "VBN" and token.head.lemma_ in _words("SPONSOR_VERBS") and token.head.head == noun


def _parties(trigger: Token, noun: Token | None, resolver: Resolver, record: DocumentRecord) -> list[Mention]:
    heads = [trigger] + ([noun] if noun is not None else [])
    if noun is not None:  # "a round of talks between ..."
        heads += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        heads += [c for c in noun.children if c.dep_ == "dobj"]
    for head in heads:
        found = _between(head, resolver)
        if found:
            return found
    return (_named_modifiers(noun, resolver) or _meeting_subjects(trigger, noun, resolver)
            or (_attendees(noun, resolver) if noun is not None else [])
            or (_involved(noun, resolver) if noun is not None else [])
            or (_purpose_parties(noun, resolver) if noun is not None else [])
            or _earlier_parties(noun, resolver, record, hosted=True) or _topic_state(noun, resolver))


def _involved(noun: Token, resolver: Resolver) -> list[Mention]:
    """"discussions involving Iranian officials and the rebel group X", "talks that
    included A and B": whom the talks brought together are their parties."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ in _words("GATHER_VERBS")]
    return [m for v in verbs for c in v.children if c.dep_ == "dobj"
            for t in [c, *c.conjuncts] for m in resolver.resolve(t, "actor")]


def _named_modifiers(noun: Token | None, resolver: Resolver) -> list[Mention]:
    """"US-Taliban talks", "the Armenia-Azerbaijan summit": parties named before the noun."""
    if noun is None:
        return []
    found: list[Mention] = []
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i in resolver.by_token and \
                not child.head.lower_.endswith(("backed", "hosted", "led", "brokered")):
            found += resolver.resolve(child, "actor")
    return found if len({m.entity.name for m in found}) >= 2 else []


def _earlier_parties(noun: Token | None, resolver: Resolver, record: DocumentRecord,
                     hosted: bool = False) -> list[Mention]:
    """"The talks, held in Tbilisi, ...": the definite talks are the ones named before;
    bare "discussions" that someone hosts or mediates in the next sentence or two are the
    same talks too (bare "meetings in C" are new ones)."""
    if noun is None:
        return []
    definite = any((c.dep_ == "det" and c.lower_ in ("the", "those", "these")) or
                   (c.dep_ == "poss" and c.ent_type_ == "DATE") for c in noun.children)  # "Wednesday's talks"
    bare = hosted and noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    if not (definite or bare):
        return []
    sentence_start = noun.sent.start
    if bare:
        for _ in range(2):
            if sentence_start > 0:
                sentence_start = noun.doc[sentence_start - 1].sent.start
    earlier = [(i, parties) for i, parties in record.talks
               if i < noun.i and parties and (definite or i >= sentence_start)]
    if not earlier:
        return []
    # talks placed by their own venue ("the summit in C") are the talks named before only
    # if those were held there too or are named by the same word; talks placed by their
    # host may be the same as talks named before with no place
    seat = _seat(noun, resolver)
    placed = _venue(noun) is not None and seat is not None
    last, parties = earlier[-1]
    before = _seat(noun.doc[last], resolver)
    kinds = _words("NEGOTIATION_NOUNS")
    same_word = noun.doc[last].lemma_ == noun.lemma_ or \
        {noun.doc[last].lemma_.lower(), noun.lemma_.lower()} <= kinds  # "the talks, held in C" after "negotiations"; not "the summit in C"
    return parties if seat is None or before == seat or (before is None and (same_word or not placed)) else []


def _seat(noun: Token, resolver: Resolver) -> str | None:
    """The state talks are held in, by their venue or their host ("talks in Doha", "talks
    hosted by Qatar"): talks in another state are other talks."""
    hosts = [m for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ in _words("HOST_VERBS")
             for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
             for m in resolver.resolve(g, "actor")]
    venue = _venue(noun)
    places = venue_states(venue, resolver) if venue is not None else []
    for mention in places + hosts:
        state = resolver.gazetteer.country_of(mention.entity.name)
        if state is not None:
            return state.name
    return None


def _between(head: Token, resolver: Resolver) -> list[Mention]:
    """"between A and B", "between rebel delegates and officials from A": the named
    sides, and whom the unnamed delegates speak for."""
    found: list[Mention] = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("between", "among"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found += resolver.resolve(pobj, "actor")
                    found += [m for t in [pobj, *pobj.conjuncts] for m in _represented(t, resolver)]
    return distinct(found)


def _meeting_subjects(trigger: Token, noun: Token | None, resolver: Resolver) -> list[Mention]:
    sentence = trigger.sent
    for token in sentence:
        if token.lemma_ in _words("MEETING_VERBS") and any(c.lower_ == "where" for c in token.children):
            return [m for c in token.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]
    if noun is not None and noun.dep_ == "nsubj" and noun.head.lemma_ in _words("GATHER_VERBS"):
        return [m for c in noun.head.children if c.dep_ == "dobj" for m in resolver.resolve(c, "actor")]
    if noun is not None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        if verb is not trigger and verb.lemma_ in _words("MEETING_VERBS"):
            return [m for c in verb.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]
    return []


def _topic_state(noun: Token | None, resolver: Resolver) -> list[Mention]:
    """"talks between the rival factions fighting for control of X": the parties are
    unnamed, so the state the talks are about stands in."""
    if noun is None:
        return []
    described = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    venue = _venue(noun)
    if venue is not None:  # "talks in Nairobi, Kenya's capital": the venue's state is no party
        described |= {t.i for t in venue.subtree}
    for token in noun.subtree:
        if token.i in described:  # "..., which were mediated by a Nigerian envoy": not the topic
            continue
        entity = resolver.by_token.get(token.i)
        if entity is None or entity.type != "State" or token.head.lower_.endswith("backed"):
            continue
        if token.dep_ in ("npadvmod", "compound") and token.head.tag_ == "VBN":
            continue
        return [Mention(entity, token.i, "owner")]
    return []
