"""Who the parties of talks are: "between A and B" on the talks or the hosting verb, a
clause saying who met there ("where the presidents of A and B discussed ..."), the
subjects of the clause the talks sit in ("A and B signed a truce after talks in C"), those
who hold, attend or travel to them, delegations the next sentences name, the talks named
before ("the talks"), and, when none is named, the state the talks are about."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Span, Token

from kg.discourse import Mention, distinct
from kg.entities import Resolver
from kg.relations.arguments import led_by
from kg.relations.modality import modality
from kg.relations.schema import modality_cues
from kg.relations.record import DocumentRecord
from kg.relations.venues import seat_of, span_of, talks_nouns, talks_words, trip_of, venue_of


def attending(resolver: Resolver) -> list[Mention]:
    """Everyone the document says attended talks or a summit, as fact."""
    found: list[Mention] = []
    for token in resolver.doc:
        if token.lower_ in talks_words("ATTENDANCE_NOUNS") and token.dep_ == "pobj" and token.head.head.lemma_ == "be":
            copula = token.head.head  # "In attendance at the summit were A, B and C"
            found += [m for c in copula.children if c.dep_ in ("attr", "nsubj") for m in resolver.resolve(c, "actor")]
        elif token.lemma_ == "attend" and token.pos_ == "VERB" and modality(token) == "asserted" and \
                any(c.dep_ == "dobj" and c.lemma_ in talks_words("TALKS_NOUNS") for c in token.children):
            found += _subjects(token, resolver)
        elif token.lemma_ in talks_words("TALKS_NOUNS") and token.pos_ == "NOUN":
            found += attendees(token, resolver)
    return distinct(found)


def attendees(noun: Token, resolver: Resolver) -> list[Mention]:
    """"a summit attended by A and B", "the meeting was attended by A": who came."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ == "attend"]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_ == "attend":
        verbs.append(noun.head)
    return [m for v in verbs for a in v.children if a.dep_ == "agent"
            for g in a.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]


def remember_talks(noun: Token, resolver: Resolver, record: DocumentRecord) -> None:
    """Every talks noun's named parties, so that "the talks" later can find them."""
    parties = sides_named_before([noun], record) or _parties_named(noun, resolver)
    if not parties and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_ in talks_words("TALKS_NOUNS"):
        parties = _parties_named(noun.head.head, resolver)  # "A and B concluded a round of talks"
    record.talks.append((noun.i, parties))


def _parties_named(noun: Token, resolver: Resolver) -> list[Mention]:
    return (sides_between(noun, resolver) or underway_between(noun, resolver) or talk_holders(noun, resolver)
            or named_modifiers(noun, resolver) or purpose_parties(noun, resolver) or _included(noun, resolver))


def _included(noun: Token, resolver: Resolver) -> list[Mention]:
    """"The meeting included officials from A, B and C": whom the talks brought together."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ not in talks_words("GATHER_VERBS") or modality(noun.head) != "asserted":
        return []
    return distinct([m for c in noun.head.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)
                     for m in _sent_by(t, resolver)])


def purpose_parties(noun: Token, resolver: Resolver) -> list[Mention]:
    """"talks aimed at ending the fighting between A and B": the two sides of the war
    the talks are to end are their parties."""
    aims = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in talks_words("PURPOSE_VERBS")]
    if noun.dep_ in ("nsubjpass", "nsubj") and noun.head.lemma_ in talks_words("PURPOSE_VERBS"):
        aims.append(noun.head)
    for aim in aims:
        for token in aim.subtree:
            if token.lemma_.lower() in talks_words("WAR_NOUNS"):
                found = sides_between(token, resolver)
                if len({m.entity.name for m in found}) >= 2:
                    return found
    return []


def later_parties(noun: Token, resolver: Resolver, known: Sequence[Mention] = ()) -> list[Mention]:
    """"Talks began in C. The discussions are aimed at ending the fighting between A and
    B": the talks the next two sentences name with "the" are these, and say who takes
    part; else the delegations the next four sentences name are the parties (two sides
    with the known one: "talks with A in C. Representatives of B met ...")."""
    following = _following(noun, 4)
    for span in following[:2]:
        for token in span:
            if token.lemma_.lower() in talks_nouns() and token.pos_ == "NOUN" and \
                    any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and venue_of(token) is None \
                    and modality(token) == "asserted":  # "X did not attend the talks": no party
                found = _parties_named(token, resolver)
                if found:
                    return found
    return _delegations_in(following, resolver, known)


def _following(token: Token, count: int | None = None) -> list[Span]:
    """The sentences after the one a token is in, the next count of them (all when None)."""
    spans: list[Span] = []
    end = token.sent.end
    while end < len(token.doc) and (count is None or len(spans) < count):
        spans.append(token.doc[end].sent)
        end = spans[-1].end
    return spans


def _delegations_in(spans: Sequence[Span], resolver: Resolver, known: Sequence[Mention] = ()) -> list[Mention]:
    """"X is represented by its prime minister", "Y represents Z at the talks", "Egypt's
    delegation is led by W", "the teams of A and B met": the states and groups the next
    sentences send to the talks."""
    found: list[Mention] = []
    for span in spans:
        for token in span:
            if token.lemma_ == "represent" and token.pos_ == "VERB" and modality(token) == "asserted":
                found += [m for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                          for m in resolver.resolve(c, "actor")]
            elif token.lemma_.lower() in talks_words("ENVOY_NOUNS") and token.pos_ == "NOUN":
                found += [m for c in token.children if c.dep_ in ("poss", "amod", "compound")
                          and c.i in resolver.by_token for m in resolver.resolve(c, "actor")]
                if token.dep_ == "appos" and token.head.i in resolver.by_token:  # "the X (XX) negotiating team"
                    found += [m for m in resolver.resolve(token.head, "actor") if m.entity.type != "Person"]
                if token.dep_ == "nsubj" and token.head.lemma_ in talks_words("MEETING_VERBS") | talks_words("PARTICIPATE_VERBS") \
                        and modality(token.head) == "asserted":  # "representatives of B did not attend": no side
                    found += _represented(token, resolver)  # "the negotiating teams of A and B met"
                    found += [m for c in token.conjuncts for m in resolver.resolve(c, "actor")]  # B hung on "teams"
    found = distinct(found)
    return found if len({m.entity.name for m in [*known, *found]}) >= 2 else []


def round_holders(noun: Token, resolver: Resolver) -> list[Mention]:
    """"A and B held a second round of talks in C", "A and B took part in two days of
    talks in C": who held the round or the span held the talks."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in talks_words("TALKS_NOUNS"):
        return talk_holders(noun.head.head, resolver)
    span = span_of(noun)
    return talk_holders(span, resolver) if span is not None else []


def underway_between(noun: Token, resolver: Resolver) -> list[Mention]:
    """"Negotiations are underway between A and B": "between" hangs on the predicate."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return []
    return [m for head in [noun.head, *(c for c in noun.head.children if c.dep_ in ("advmod", "acomp"))]
            for m in sides_between(head, resolver)]


def travellers(noun: Token, resolver: Resolver) -> list[Mention]:
    """"Envoys from A flew to C for talks with B", "delegations representing A and B
    arrived in C to hold negotiations", "A's delegation to the C talks": whom the
    travellers speak for, and whom they hold the talks with."""
    trip = trip_of(noun)
    if trip is not None:
        envoys = [t for c in trip.children if c.dep_ == "nsubj" or (c.dep_ == "dobj" and trip.lemma_ in talks_words("SEND_VERBS"))
                  for t in (c, *c.conjuncts)]
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at") and noun.head.head.lemma_.lower() in talks_words("ENVOY_NOUNS"):
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
    if envoy.lemma_.lower() not in talks_words("ENVOY_NOUNS") | talks_words("DELEGATE_NOUNS"):
        return resolver.resolve(envoy, "actor")
    represented = [t for c in envoy.children if c.dep_ == "acl" and c.lemma_ == "represent"
                   for o in c.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)]
    return _represented(envoy, resolver) + \
        [m for t in represented for m in resolver.resolve(t, "actor")] + \
        [m for c in envoy.children if c.dep_ in ("poss", "amod", "compound") and c.i in resolver.by_token
         for m in resolver.resolve(c, "actor")]


def participants(resolver: Resolver, record: DocumentRecord) -> list[Mention]:
    """Every party the document names at talks: parties of talks read so far, "envoys
    for A and B", "delegations from A", "A and B are also participating"."""
    found = [m for _, parties in record.talks for m in parties]
    for token in resolver.doc:
        if token.lemma_.lower() in talks_words("ENVOY_NOUNS") and token.pos_ == "NOUN":
            found += [m for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "from")
                      for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")]
        found += _asserted_subjects([token], _participates, resolver)
    return distinct(found)


def _participates(verb: Token) -> bool:
    """"A and B are participating", "A attended the talks"; not "A attended the funeral"."""
    return verb.lemma_ in talks_words("PARTICIPATE_VERBS") and \
        not any(c.dep_ == "dobj" and c.lemma_ not in talks_words("TALKS_NOUNS") for c in verb.children)


def talk_holders(noun: Token, resolver: Resolver) -> list[Mention]:
    """"A and B launched talks in C", "A held talks with B", "A was in talks with B": the
    subjects of the verb that holds the talks, and whom they held them with."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ in talks_words("OPEN_VERBS") | talks_words("SPAN_VENUE_VERBS"):
        return _with_parties((noun, verb), resolver)  # "talks began in C with A, B and C"
    held = noun  # "A and B are in the midst of talks": as "in talks"
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in talks_words("MIDST_NOUNS"):
        held, verb = verb.head, verb.head.head
    if held.dep_ == "pobj" and verb.lower_ == "in" and (verb.head.lemma_ in ("be", "participate") or (
            _takes_part(verb.head)) or verb.head.lemma_ in talks_words("ENGAGED_VERBS")):
        verb = verb.head  # "officials were in talks with the rebels", "A and B took part in the talks"
    elif noun.dep_ != "dobj" or verb.lemma_ not in talks_words("OPEN_VERBS"):
        return []
    # "A and B have been locked in negotiations", "A is engaged in talks with B": the passive's subject
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or
                c.dep_ == "nsubjpass" and verb.lemma_ in talks_words("ENGAGED_VERBS")]
    if [s.lower_ for s in subjects] == ["they"] and verb.dep_ == "ccomp":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"] or subjects  # "A and B said they will ..."
    envoys = talks_words("ENVOY_NOUNS") | talks_words("DELEGATE_NOUNS")
    heads = [t for c in subjects for t in [c, *c.conjuncts]]
    # "Representatives of X and delegates from Y": the model often hangs the second envoy on X
    heads += [t for c in subjects for t in c.subtree if t.dep_ == "conj" and t not in heads
              and t.lemma_.lower() in envoys]
    found = [m for t in heads
             for m in _represented(t, resolver) or resolver.resolve(t, "actor") or led_by(t, resolver)]
    # "the rebels are ready to resume talks with the government": an unnamed side leaves the named one
    return found + _with_parties((noun, verb), resolver)


def _with_parties(heads: Iterable[Token], resolver: Resolver) -> list[Mention]:
    """Whom talks are held with or alongside ("talks with A and B", "attended the summit
    alongside A, B and C"): each named in the list after the preposition."""
    return [m for head in heads for c in head.children
            if c.dep_ == "prep" and c.lower_ in talks_words("COMPANY_PREPOSITIONS")
            for g in c.children if g.dep_ == "pobj" for t in list_items(g) for m in resolver.resolve(t, "actor")]


def list_items(first: Token) -> list[Token]:
    """The heads of the list a noun opens ("with A, B, C and D"): its conjuncts, and the
    noun phrases that follow it joined only by commas and "and", which the small parser
    often hangs elsewhere (as the verb's object, an adverbial, even a new sentence); the
    list ends at any other word, and at the subject of another clause ("..., the ministry
    said")."""
    items = [first, *first.conjuncts]
    doc = first.doc  # the parser may end a sentence inside a list: no sentence bound
    start = max(t.right_edge.i for t in items) + 1
    while start < len(doc) and doc[start].lower_ in (",", "and", "or"):
        while start < len(doc) and doc[start].lower_ in (",", "and", "or"):
            start += 1
        end = start
        while end < len(doc) and (doc[end].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") or doc[end].tag_ == "POS" or
                                  doc[end].text == "-") and doc[end].lower_ not in ("and", "or"):
            end += 1
        roots = [t for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
        if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or roots[0].dep_ in ("nsubj", "nsubjpass"):
            break
        items += [roots[0]] if roots[0] not in items else []
        start = end
    return items


def _represented(noun: Token, resolver: Resolver) -> list[Mention]:
    """"delegates from the Kinshasa government", "representatives of A": whom the
    delegates speak for."""
    if noun.lemma_.lower() not in talks_words("ENVOY_NOUNS") | talks_words("DELEGATE_NOUNS"):
        return []
    return [m for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for g in c.children if g.dep_ == "pobj"
            for t in (g, *(x for x in g.subtree if x.dep_ in ("conj", "appos") and x.pos_ == "PROPN"))
            for m in resolver.resolve(t, "actor")]  # "from A, B, C and D", however the list is parsed


def hosted_parties(trigger: Token, noun: Token | None, resolver: Resolver, record: DocumentRecord) -> list[Mention]:
    """The parties of talks a host holds: those the talks are "between", else the first of the
    other readings (named modifiers, who meets there, attendees, the sentence or talks before)."""
    heads = [trigger] + ([noun] if noun is not None else [])
    if noun is not None:  # "a round of talks between ..."
        heads += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        heads += [c for c in noun.children if c.dep_ == "dobj"]
    for head in heads:
        found = sides_between(head, resolver)
        if found:
            return found
    return (named_modifiers(noun, resolver) or meeting_subjects(trigger, noun, resolver)
            or (attendees(noun, resolver) if noun is not None else [])
            or (involved(noun, resolver) if noun is not None else [])
            or (purpose_parties(noun, resolver) if noun is not None else [])
            or earlier_parties(noun, resolver, record, hosted=True) or topic_state(noun, resolver)
            or earlier_meeters(noun, resolver))


def earlier_meeters(noun: Token | None, resolver: Resolver) -> list[Mention]:
    """"Envoys of A and B are meeting in C. The meeting is hosted by X": "the meeting" is
    the one the sentence before says who held (the subjects of its asserted "meet")."""
    if noun is None or noun.lemma_.lower() not in talks_words("GATHERING_NOUNS") or noun.sent.start == 0 or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    before = noun.doc[noun.sent.start - 1].sent
    return distinct(_asserted_subjects(before, lambda t: t.lemma_ == "meet", resolver, envoys=True))


def joiners(token: Token, resolver: Resolver, later: bool = True) -> list[Mention]:
    """"X presided at a meeting of A and B. The heads of C and D also took part": whom the
    next sentence says also took part in, attended or participated in the talks, and (with
    later) whom a later one says also attend "the talks", "these talks" ("Representatives
    of C and D also are attending these talks": C, D)."""
    spans = _following(token, None if later else 1)
    return distinct([m for i, span in enumerate(spans)
                     for m in _asserted_subjects(span, _also_takes_part if i == 0 else _also_attends_these, resolver,
                                                 envoys=True)])


def _also_takes_part(verb: Token) -> bool:
    """"C and D also took part", "C also attended": a verb of participating with 'also',
    not at something other than talks ("C also attended the funeral")."""
    return (verb.lemma_ in talks_words("PARTICIPATE_VERBS") or _takes_part(verb)) and \
        any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children) and \
        all(t.lemma_ in talks_words("TALKS_NOUNS") for t in _attended(verb))


def _also_attends_these(verb: Token) -> bool:
    """"C also attended the talks", "C is also taking part in these talks": 'also' and
    talks named as the ones told of before."""
    return _also_takes_part(verb) and any(
        c.dep_ == "det" and c.lower_ in talks_words("BACK_DETERMINERS") for t in _attended(verb) for c in t.children)


def _attended(verb: Token) -> list[Token]:
    """What a verb of participating says was attended: its object, or the noun after
    its "in" / "at" ("attended the talks", "took part in the summit")."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ != "part"] + \
        [g for c in verb.children if c.dep_ == "prep" and c.lower_ in talks_words("ATTENDED_PREPOSITIONS")
         for g in c.children if g.dep_ == "pobj"]


def involved(noun: Token, resolver: Resolver) -> list[Mention]:
    """"discussions involving Iranian officials and the rebel group X", "talks that
    included A and B", "a meeting, including A", "a conference bringing together envoys of A
    and B": whom the talks brought together (or whom they sent) are their parties."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ in talks_words("GATHER_VERBS")]
    # "a meeting, including A and the leaders of B and C": "including" parsed as a preposition
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" else noun  # or hung on "presided at"
    verbs += [c for h in {noun, holder} for c in h.children if c.dep_ == "prep" and c.lower_ == "including"]
    return [m for v in verbs for c in v.children if c.dep_ in ("dobj", "pobj")
            for t in [c, *c.conjuncts] for m in _represented(t, resolver) or resolver.resolve(t, "actor")]  # "envoys of A and B": both


def named_modifiers(noun: Token | None, resolver: Resolver) -> list[Mention]:
    """"US-Taliban talks", "the Armenia-Azerbaijan summit": parties named before the noun."""
    if noun is None:
        return []
    found: list[Mention] = []
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i in resolver.by_token and \
                not child.head.lower_.endswith(tuple(talks_words("SPONSOR_PARTICIPLES"))):
            found += resolver.resolve(child, "actor")
    return found if len({m.entity.name for m in found}) >= 2 else []


def earlier_parties(noun: Token | None, resolver: Resolver, record: DocumentRecord,
                     hosted: bool = False) -> list[Mention]:
    """"The talks, held in Tbilisi, ...": the definite talks are the ones named before;
    bare "discussions" that someone hosts or mediates in the next sentence or two are the
    same talks too (bare "meetings in C" are new ones)."""
    if noun is None:
        return []
    definite = any((c.dep_ == "det" and c.lower_ in talks_words("TALKS_DETERMINERS")) or
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
    seat = seat_of(noun, resolver)
    placed = venue_of(noun) is not None and seat is not None
    # "A and B opened talks in C and each met a mediator in private meetings ... the
    # foundation hosting the talks": "the talks" repeats the noun of the talks it means
    alike = [(i, parties) for i, parties in earlier if _named_alike(noun.doc[i], noun)]
    last, parties = (alike or earlier)[-1]
    before = seat_of(noun.doc[last], resolver)
    same_word = _named_alike(noun.doc[last], noun)  # "the talks, held in C" after "negotiations"; not "the summit in C"
    return parties if seat is None or before == seat or (before is None and (same_word or not placed)) else []


def _named_alike(earlier: Token, noun: Token) -> bool:
    """Whether two talks nouns name talks alike: the same word, or two words for
    negotiating ("talks" and "negotiations"), not a meeting or summit and talks."""
    kinds = talks_words("NEGOTIATION_NOUNS")
    return earlier.lemma_ == noun.lemma_ or {earlier.lemma_.lower(), noun.lemma_.lower()} <= kinds


def sides_named_before(heads: Iterable[Token], record: DocumentRecord) -> list[Mention]:
    """"dialogue between the two sides", "talks between both parties": the sides are those
    of the talks named before (the last with two parties or more), not the last two names."""
    sides = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in talks_words("PARTY_PREPOSITIONS")
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in talks_words("SIDES_NOUNS")
             and any(d.lower_ in ("two", "both") for d in g.children)]
    if not sides:
        return []
    return next((parties for i, parties in reversed(record.talks)
                 if i < sides[0].i and len({p.entity.name for p in parties}) >= 2), [])


def sides_between(head: Token, resolver: Resolver) -> list[Mention]:
    """"between A and B", "between rebel delegates and officials from A": the named
    sides, and whom the unnamed delegates speak for."""
    found: list[Mention] = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in talks_words("PARTY_PREPOSITIONS"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found += resolver.resolve(pobj, "actor")
                    found += [m for t in [pobj, *pobj.conjuncts] for m in _represented(t, resolver)]
    return distinct(found)


def meeting_subjects(trigger: Token, noun: Token | None, resolver: Resolver) -> list[Mention]:
    """Who met where the talks were: the subjects of "met where ...", "the meeting brought together A
    and B", "A met B at talks", or those present at them."""
    sentence = trigger.sent
    for token in sentence:
        if token.lemma_ in talks_words("MEETING_VERBS") and any(c.lower_ == "where" for c in token.children):
            return [m for c in token.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]
    if noun is not None and noun.dep_ == "nsubj" and noun.head.lemma_ in talks_words("GATHER_VERBS"):
        return [m for c in noun.head.children if c.dep_ == "dobj" for m in resolver.resolve(c, "actor")]
    if noun is not None and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        if verb is not trigger and verb.lemma_ in talks_words("MEETING_VERBS"):
            return [m for c in verb.children if c.dep_ == "nsubj" for m in resolver.resolve(c, "actor")]
    return _present_at(noun, resolver) if noun is not None else []


def _present_at(noun: Token, resolver: Resolver) -> list[Mention]:
    """"A and B signed the deal at a summit in C", "A and B declared an end to the war at
    talks in C", "A and B agreed on a plan following a meeting in C": those who acted at
    the talks, or right after them, were there, their sides (two at least: "the president
    told reporters at the summit" is one voice, not the talks' sides)."""
    sequel = modality_cues()["SEQUEL_PREPS"]  # the one list modality reads these by
    if noun.dep_ != "pobj" or noun.head.lower_ not in talks_words("AT_PREPOSITIONS") | sequel:
        return []
    verb = noun.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "attr") and verb.head.i != verb.i:
        verb = verb.head  # "declared an end to the war at a summit": the clause of the noun it hangs on
    verb = _clause_with_subject(verb)  # "agreed on a plan to carry out the deal following talks in C"
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    found = distinct(_subjects(verb, resolver, envoys=True) +
                     [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj" for m in resolver.resolve(g, "actor")])
    return found if len(found) >= 2 else []


def _clause_with_subject(word: Token, limit: int = 8) -> Token:
    """The nearest verb at or above a word that has a subject: a participle ("following")
    or an infinitive ("to carry out") has none, and the clause it hangs in tells who acted."""
    start = word
    for _ in range(limit):
        if word.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
            return word
        if word.dep_ not in ("dobj", "pobj", "prep", "attr", "acl", "xcomp", "advcl") or word.head.i == word.i:
            break
        word = word.head
    return start


def topic_state(noun: Token | None, resolver: Resolver) -> list[Mention]:
    """"talks between the rival factions fighting for control of X": the parties are
    unnamed, so the state the talks are about stands in."""
    if noun is None:
        return []
    described = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    venue = venue_of(noun)
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


def _asserted_subjects(tokens: Iterable[Token], kind: Callable[[Token], bool], resolver: Resolver,
                       envoys: bool = False) -> list[Mention]:
    """Who did what the asserted verbs of one word class among tokens say: their named
    subjects ("A and B met", "C also took part"), each read as in _subjects."""
    return [m for t in tokens if t.pos_ == "VERB" and kind(t) and modality(t) == "asserted"
            for m in _subjects(t, resolver, envoys)]


def _subjects(verb: Token, resolver: Resolver, envoys: bool = False) -> list[Mention]:
    """The named subjects of a verb; with envoys, each conjunct stands for whom it
    represents ("envoys of A and B met": A, B)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if envoys:
        return [m for c in subjects for h in (c, *c.conjuncts)
                for m in _represented(h, resolver) or resolver.resolve(h, "actor")]
    return [m for c in subjects for m in resolver.resolve(c, "actor")]


def _takes_part(verb: Token) -> bool:
    """"A and B took part in the talks": 'take part' is a verb of participating, in two words."""
    return verb.lemma_ == "take" and any(c.lemma_ == "part" for c in verb.children)
