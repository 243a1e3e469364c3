"""Who hosts talks: the hostsTalks engines, and whether a named host hosts (a mediator
only on its own soil, a sponsor or a bloc's own officials not at all). The parties are
read in parties.py, the venue in venues.py."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Mention, distinct
from kg.entities import Resolver
from kg.events import Entity
from kg.relations.arguments import Candidate, agent_of, pairs, place_of
from kg.relations.parties import (attendees, attending, earlier_parties, hosted_parties, involved, joiners, later_parties,
                                  meeting_subjects, named_modifiers, participants, purpose_parties, remember_talks,
                                  round_holders, sides_between, sides_named_before, talk_holders, topic_state, travellers, underway_between)
from kg.relations.modality import modality
from kg.relations.record import DocumentRecord
from kg.relations.registry import engine
from kg.relations.schema import Pattern
from kg.relations.venues import collapsed, named_venue, span_of, talks_nouns, talks_words, trip_of, venue_of, venue_states
from kg.syntax import first_conjunct


@engine(roles=("talks", "subject", "shared"), record=True)
def talks(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver, record: DocumentRecord) -> list:
    """"X hosted talks between A and B": the host (a sponsor or a mediator away from home hosts
    nothing), the talks' parties and venue, as hostsTalks candidates."""
    trigger = nodes["trigger"]
    noun = nodes.get("talks") or _talks_object(trigger)
    hosts = (resolver.resolve(nodes["subject"], "actor") if "subject" in nodes
             else _thanked(trigger, resolver) or agent_of(trigger, resolver) or _speaker_host(trigger, resolver))
    hosts = [o for h in hosts if not _is_sponsor_only(h, noun)
             for o in [_office_of(h, resolver) if h.entity.type == "Person" else h] if o is not None]  # a chair is no venue
    if trigger.lemma_ in talks_words("OPEN_VERBS") and "subject" not in nodes and noun is not None and \
            not any(sides_between(head, resolver) for head in (trigger, noun)):
        return []  # "A and B held talks in C": they are the parties (talks_venue reads them)
    if _brokers(trigger):
        if noun is not None and noun.lemma_.lower() in talks_words("AGREEMENT_NOUNS"):
            return []  # "X brokered a ceasefire": an outcome brokered, no talks hosted
        arranged = trigger.lemma_.lower() == "broker" or trigger.lower_ == "brokered"
        hosts = [h for h in hosts if _at_own_venue(h, noun if noun is not None else trigger, resolver,
                                                   venue_needed=arranged)]
    if noun is not None and collapsed(noun):
        return []
    heads = [trigger] + ([noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
                         if noun is not None else [])
    parties = sides_named_before(heads, record) or hosted_parties(trigger, noun, resolver, record)
    parties = distinct(parties + joiners(trigger, resolver)) if parties else parties
    host_names = {h.entity.name for h in hosts}
    parties = [p for p in parties if p.entity.name not in host_names]
    if noun is not None:
        record.talks.append((noun.i, parties))
    place = place_of(noun if noun is not None else trigger, resolver, host_names)
    return _hosted(pattern, trigger, hosts, parties, resolver, place)


@engine(record=True)
def talks_venue(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver, record: DocumentRecord) -> list:
    """"talks in Doha between A and B", "A and B began talks in Algiers", "talks between A
    and B resumed in Doha": the state of the venue hosts them; the parties are those
    between whom, or who held them. "A summit of the X Union in C, attended by A and B":
    the organisation that convened it hosts too, and is never a party. With no party
    named, the state the talks are about is ("Syrian talks opened in C")."""
    talks_noun = nodes["trigger"]
    remember_talks(talks_noun, resolver, record)
    if talks_noun.lemma_.lower() in talks_words("AGREEMENT_NOUNS"):
        return []  # "a ceasefire in Gaza": where the truce holds, not where it was talked
    if collapsed(talks_noun):
        return []
    venue = venue_of(talks_noun) or named_venue(talks_noun, resolver)
    if trip_of(talks_noun) is not None and _still_to_come(talks_noun):
        return []  # "arrived in C for talks ... The talks will open outside C": planned, not hosted yet
    conveners = _conveners(talks_noun, resolver)
    states = venue_states(venue, resolver) if venue is not None else []
    if not states and not conveners:
        return []
    parties = (sides_between(talks_noun, resolver) or _inner_parties(talks_noun, resolver)
               or underway_between(talks_noun, resolver)
               or talk_holders(talks_noun, resolver) or round_holders(talks_noun, resolver)
               or travellers(talks_noun, resolver)
               or attendees(talks_noun, resolver) or involved(talks_noun, resolver)
               or purpose_parties(talks_noun, resolver)
               or named_modifiers(talks_noun, resolver)
               or meeting_subjects(talks_noun, talks_noun, resolver)
               or earlier_parties(talks_noun, resolver, record)
               or later_parties(talks_noun, resolver)
               or topic_state(talks_noun, resolver)
               or _story_state(talks_noun, resolver))
    parties = _completed(parties, talks_noun, resolver)
    # only the next sentence: "these talks" later are the talks the article is about, not every talks it names
    parties = distinct(parties + joiners(talks_noun, resolver, later=False)) if parties else parties
    hosts = states[:1] + conveners
    parties = [p for p in parties if p.entity.name not in {c.entity.name for c in conveners}]
    place = resolver.by_token.get(venue.i) if venue is not None else None
    return [c for c in _hosted(pattern, talks_noun, hosts, parties, resolver, place)
            if c.object.entity.name != c.subject.entity.name
            and not _leads(c.object, c.subject.entity.name, resolver)]


def _inner_parties(noun: Token, resolver: Resolver) -> list[Mention]:
    """"A new round of talks between A and B got under way in C": the parties of a round or
    session are those of the talks it is of ("between" hangs on the inner noun)."""
    inner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in talks_words("TALKS_NOUNS")]
    return distinct([m for g in inner for m in sides_between(g, resolver) or named_modifiers(g, resolver)])


def _story_state(noun: Token, resolver: Resolver) -> list[Mention]:
    """"... a week after peace talks opened in Talvera", in an article about one state's war:
    peace talks whose sides the text never names are about the article's own country
    (the state the talks are about stands for unnamed parties)."""
    if noun.lemma_.lower() not in talks_words("NEGOTIATION_NOUNS") or \
            not any(c.dep_ in ("compound", "amod") and c.lower_ in talks_words("PEACE_WORDS") for c in noun.children):
        return []
    if not any(t.pos_ in ("VERB", "AUX") for t in noun.sent):
        return []  # "X Peace Talks in C": a headline naming the talks tells neither their sides nor their time
    state = resolver.main_state()
    return [Mention(state, noun.i, "home-state")] if state is not None else []


def _still_to_come(noun: Token) -> bool:
    """"A delegation arrived in C for talks. ... The talks will open at a hotel outside C":
    talks a journey is made for, which the article then tells as still to come ("the talks"
    in the future), are only planned; the journey does not make them hosted."""
    return any(t.i > noun.i and t.pos_ == "NOUN" and t.lemma_ in talks_words("TALKS_NOUNS") and
               any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and modality(t) == "future"
               for t in noun.doc)


def _hosted(pattern: Pattern, trigger: Token, hosts: list[Mention], parties: list[Mention], resolver: Resolver,
            place: Entity | None = None) -> list[Candidate]:
    """Host-party pairs, each party a state, group or organisation: an official stands for
    the body his title gives him ("Thailand's Prime Minister X" -> Thailand); a person with
    no such office (a mediator, a former leader) is no party, and no host is its own."""
    sides = distinct([Mention(led[0], p.token, "leader") if p.entity.type == "Person" else p
                      for p in parties
                      for led in [resolver.bodies_led(p.entity) if p.entity.type == "Person" else [p.entity]] if led])
    people = [Mention(e, p.token, "name") for p in parties
              if (e := resolver.by_token.get(p.token)) is not None and e.type == "Person"]  # "President X": X, not his state
    if len(people) == len(parties) and len({p.entity.name for p in people}) >= 2 and \
            any(not resolver.bodies_led(p.entity) for p in people) and not _leads_host(people, hosts, resolver):
        sides = distinct(sides + people)  # talks between leaders named as persons, one heading no named body
    return [c for c in pairs(pattern, trigger, hosts, sides, place=place)
            if c.object.entity.name != c.subject.entity.name]


def _leads_host(people: list[Mention], hosts: list[Mention], resolver: Resolver) -> bool:
    """Whether one of the persons heads a host (its own leader is no side at its talks)."""
    return any(_leads(p, h.entity.name, resolver) for p in people for h in hosts)


def _completed(parties: list[Mention], noun: Token, resolver: Resolver) -> list[Mention]:
    """Talks have two sides: when their sentence names one ("rebels began talks with the
    government in C"), the sides the next sentences name for the same talks complete them
    ("The discussions are aimed at ending the fighting between A and the army")."""
    if len({p.entity.name for p in parties}) != 1:
        return parties
    return distinct(parties + later_parties(noun, resolver, parties))


@engine(needs=("venue",), record=True)
def meeting_venue(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver, record: DocumentRecord) -> list:
    """"Delegates of A and B are meeting in the Ghanaian town of C", "A met B in C": the
    state of the venue hosts; the parties are who met, at least two of them ("the two
    sides met in C": the sides of the talks named before)."""
    trigger = nodes["trigger"]
    states = venue_states(nodes["venue"], resolver)
    parties = [m for c in trigger.children if c.dep_ in ("nsubj", "dobj") for m in resolver.resolve(c, "actor")]
    if not parties and any(c.dep_ == "nsubj" and c.lemma_.lower() in talks_words("SIDES_NOUNS") for c in trigger.children):
        parties = next((found for i, found in reversed(record.talks) if i < trigger.i and len(found) >= 2), [])
    parties += [m for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
    if len({p.entity.name for p in parties}) < 2:
        return []  # "the president met in Doha" names one side only
    return [c for c in _hosted(pattern, trigger, states[:1], parties, resolver)
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
    parties = [p for p in attending(resolver) if p.entity.name not in names
               and not _leads(p, hosts[0].entity.name, resolver)
               and not _titled_by(p, hosts[0].entity.name, resolver)]  # the bloc's own officials are no party
    return _hosted(pattern, nodes["trigger"], hosts[:1], parties, resolver)


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


def _office_of(person: Mention, resolver: Resolver) -> Mention | None:
    """The organisation a person heads by a title the text gives him ("UN Secretary-General
    X ... X presided at the meeting"): its head convenes talks for it; a person with no
    such office, or a state's leader (a mediator abroad), hosts nothing."""
    for body in resolver.bodies_led(person.entity):
        if body.type in ("Organisation", "Coalition"):
            return Mention(body, person.token, "leader")
    return None


def _conveners(noun: Token, resolver: Resolver) -> list[Mention]:
    """"a summit of the African Union", "a meeting of IGAD": the organisation whose
    meeting it is convened it; so did the organisation whose envoy several parties hold
    the talks with ("A, B and C are taking part in talks with a UN envoy")."""
    owned = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" and g.i in resolver.by_token
             for m in resolver.resolve(g, "actor") if m.entity.type in ("Organisation", "Coalition")]
    return owned or _envoy_conveners(noun, resolver)


def _envoy_conveners(noun: Token, resolver: Resolver) -> list[Mention]:
    """"talks with a UN envoy", "two days of discussion with the AU mediator", held by two
    sides at least: the organisation the envoy serves convened them (one side meeting an
    envoy is a meeting with the organisation, which is a side of it)."""
    span = span_of(noun)
    envoys = [g for h in ((noun, span) if span is not None else (noun,)) for c in h.children
              if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
              if g.dep_ == "pobj" and g.lemma_.lower() in talks_words("MEDIATOR_NOUNS")]
    orgs = distinct([m for e in envoys for c in e.children if c.dep_ in ("compound", "poss", "amod") and c.i in resolver.by_token
                     for m in resolver.resolve(c, "actor") if m.entity.type in ("Organisation", "Coalition")])
    if not orgs:
        return []
    names = {o.entity.name for o in orgs}
    sides = {p.entity.name for p in round_holders(noun, resolver) or talk_holders(noun, resolver)} - names
    return orgs if len(sides) >= 2 else []


def _leads(party: Mention, host: str, resolver: Resolver) -> bool:
    """Whether the party is the host's own leader ("Ugandan President X" at talks in
    Kampala): a host's head of state attends its own talks, he is no party to them."""
    return party.entity.type == "Person" and any(body.name == host for body in resolver.bodies_led(party.entity))


@engine(deferred=True, record=True)
def host_country(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver, record: DocumentRecord) -> list:
    """"China, the host country, called for patience at the meetings": the host of the
    talks the article reports; their parties are whoever the article says took part
    (named as parties of talks, as envoys for or from them, or as participating)."""
    trigger = nodes["trigger"]
    phrase = trigger.head if trigger.dep_ in ("compound", "amod", "nmod") and \
        trigger.head.lemma_ in talks_words("HOST_PHRASE_NOUNS") else trigger
    if phrase.dep_ == "appos":
        holders = [phrase.head]
    elif phrase.dep_ == "attr" and phrase.head.lemma_ == "be":
        holders = [c for c in phrase.head.children if c.dep_ == "nsubj"]
    else:
        return []
    if not any(t.lemma_ in talks_words("TALKS_NOUNS") and t.pos_ == "NOUN" for t in trigger.sent):
        return []  # "Qatar, the host nation, opened the tournament": no talks
    hosts = [m for h in holders for m in resolver.resolve(h, "actor")
             if m.entity.type in ("State", "City", "Organisation")]
    parties = participants(resolver, record)
    return _hosted(pattern, trigger, hosts, parties, resolver)


@engine(needs=("delegates",))
def delegations(pattern: Pattern, nodes: dict[str, Token], resolver: Resolver) -> list:
    """"X hosted the foreign ministers of A and B": the parties are those they represent;
    hosting a single delegation is a visit, not talks, unless the clause says it came for
    talks ("X hosted a Y delegation for negotiations attended by A"): then Y, and who attended, are parties."""
    trigger = nodes["trigger"]
    hosts = agent_of(trigger, resolver)
    names = {h.entity.name for h in hosts}
    parties = [p for p in resolver.resolve(nodes["delegates"], "actor") if p.entity.name not in names]
    if len(parties) < 2:
        nouns = [t for t in trigger.subtree if t.dep_ in ("dobj", "pobj") and t.lemma_.lower() in
                 talks_nouns()]  # a headline's "talks" may be tagged a verb
        if not parties or not nouns:
            return []
        parties = distinct(parties + [a for t in nouns for a in attendees(t, resolver) if a.entity.name not in names])
    return _hosted(pattern, trigger, hosts, parties, resolver)


def _thanked(trigger: Token, resolver: Resolver) -> list[Mention]:
    """"A and B expressed their gratitude to X for hosting the talks", "thanks to X and Y
    for hosting the dialogue": the one thanked for hosting is the host, not the one
    who thanks ("praised X for hosting", a verb's object, is agent_of's object control)."""
    if trigger.dep_ != "pcomp" or trigger.head.lower_ != "for":
        return []
    head = trigger.head.head
    if head.pos_ not in ("VERB", "AUX") and not _thanks(head):  # "for" hung on the thanked name or its conjunct
        head = first_conjunct(head)
        thanked = head.dep_ == "pobj" and head.head.lower_ == "to" and _thanks(head.head.head)
        return _named_first(resolver.resolve(head, "actor")) if thanked else []
    if not _thanks(head):
        return []
    words_of_thanks = [head] + [t for c in head.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    return _named_first([m for w in words_of_thanks for c in w.children if c.dep_ == "prep" and c.lower_ == "to"
                         for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")])


def _named_first(mentions: list[Mention]) -> list[Mention]:
    """The mentions the text names, if any: "X's leadership and government" is X's, not
    the article's own state that the bare "government" would stand for."""
    return [m for m in mentions if m.via != "home-state"] or mentions


def _thanks(word: Token) -> bool:
    """Whether a word gives thanks: a noun of gratitude, or a verb whose object is one
    ("voiced their thanks and praise")."""
    gratitude = talks_words("GRATITUDE_NOUNS")
    return word.lemma_.lower() in gratitude or word.pos_ in ("VERB", "AUX") and any(
        t.lemma_.lower() in gratitude for c in word.children if c.dep_ == "dobj" for t in (c, *c.conjuncts))


def _speaker_host(trigger: Token, resolver: Resolver) -> list[Mention]:
    """"The Kenyan foreign minister said he was hosting the talks": he is the speaker, who
    acts for the state he serves."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in talks_words("SPEAKER_PRONOUNS"):
        return []
    speaker = resolver.speaker_of(subject)  # the same reading as for "it said it ..."
    return resolver.resolve(speaker, "actor") if speaker is not None else []


def _brokers(trigger: Token) -> bool:
    """Whether the host word says brokering or mediating ("mediated", "Qatari-brokered")."""
    return trigger.lemma_.lower() in talks_words("BROKER_WORDS") or trigger.lower_ in talks_words("BROKER_WORDS")


def _at_own_venue(host: Mention, talks_word: Token, resolver: Resolver, venue_needed: bool = False) -> bool:
    """A mediator hosts only on its own soil: "Egypt mediated talks in Doha" is hosted by
    Qatar, not Egypt. With no venue named, a mediator is taken to host, but not a broker:
    "talks brokered by Norway collapsed" says who arranged them, not where they sat."""
    venue = venue_of(talks_word)
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
    return token.head.tag_ == "VBN" and token.head.lemma_ in talks_words("SPONSOR_VERBS") and token.head.head == noun
