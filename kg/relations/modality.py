"""Decides whether a candidate is stated as fact, and if not, why (negated, attempt, ...).

The cues are word classes in modality.json; this module only walks the parse from the
trigger up to its clause's governor and reads them.
"""
from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from contextvars import ContextVar

from spacy.tokens import Doc, Span, Token

from kg.lexicon import words
from kg.relations.schema import modality_cues as cues
from kg.relations.schema import words_for
from kg.syntax import first_conjunct, has_adverb, phrasal

#: Dependency labels through which a governing word's modality reaches the trigger.
#: Labels through which a governing verb's meaning (try, deny, threaten) applies.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "attr",
                             "acomp", "oprd", "nsubjpass", "extra"})
CLIMB_DEPS = frozenset({"xcomp", "ccomp", "conj", "dobj", "pobj", "prep", "pcomp", "advcl",
                        "acl", "attr", "acomp", "nsubjpass", "oprd", "amod", "appos", "npadvmod"})


def governors(trigger: Token, limit: int = 6) -> list[tuple[Token, str]]:
    """The trigger and the words that govern it, each with the label it was reached
    through, up to a reporting verb or the root."""
    path = [(trigger, "")]
    token = trigger
    if attributive(trigger) or reduced_relative(trigger) or _owned_tie(trigger):
        return path  # "threatened the Iran-backed Houthis": the backing is presupposed, not threatened
    while (token.dep_ in CLIMB_DEPS or _occurs(token)) and token.head.i != token.i and len(path) < limit:
        if token.dep_ == "appos":
            break  # "no word from X, a group backed by Y": the apposition is said of X as fact
        path.append((token.head, token.dep_))
        token = token.head
        if token.lemma_ in cues()["REPORTING"] and token.pos_ != "NOUN":
            break  # a report noun is not its speaker: "denied reports that X attacked Y" is a denial
    return path


def _occurs(noun: Token) -> bool:
    """An event noun subject of a verb of taking place ("talks could resume in X"): the
    verb's negation and modal auxiliaries say whether the event happened."""
    return noun.dep_ == "nsubj" and noun.pos_ == "NOUN" and noun.head.lemma_.lower() in cues()["OCCURRENCE"]


def _owned_tie(trigger: Token) -> bool:
    """"could drag two French allies into the war", "if Iran's proxies strike":
    an ally noun that names whose ally it is and stands as an argument of the clause (not
    its predicate: "could become an ally") describes a standing tie, which the clause's
    threat, plan or condition is not about."""
    return trigger.pos_ == "NOUN" and trigger.lemma_.lower() in words("ALLY_TIE_NOUNS") and \
        trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and \
        any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN") for c in trigger.children)


def attributive(trigger: Token) -> bool:
    """A participle before a noun ("the Iran-backed Houthis", "the rebel-held town"): it
    describes the noun and holds whatever the clause around it says (a threat, a denial
    of something else, a plan), so only its own modifiers ("formerly") count."""
    return (trigger.tag_ == "VBN" and trigger.dep_ in ("amod", "compound") and
            trigger.head.pos_ in ("NOUN", "PROPN") and trigger.i < trigger.head.i) or \
        run_on_participle(trigger) is not None


def run_on_participle(trigger: Token) -> Token | None:
    """"fighters of the Hamas linked Popular Front", "al Qaida linked Al-Shabaab": a participle
    written without its hyphen between two names, which the small parser reads as a verb
    with no subject taking the second name as its object, is the first name's modifier of
    the second; the named phrase after it, else None."""
    if trigger.tag_ not in ("VBD", "VBN") or trigger.i == 0 or \
            any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None
    before = trigger.doc[trigger.i - 1]
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if before.pos_ == "PROPN" and trigger.lower_ in words("LINK_PARTICIPLES"):
        named = _clause_named_after(trigger)
        if named is not None:  # "The X linked Y claimed ...": 'linked' takes no clause, so Y's
            return named       # clause is the sentence's and the participle is Y's modifier
    if before.pos_ != "PROPN" or any(before.i == c.i or (before.head.i == c.i and before.dep_ == "compound")
                                     for c in subjects):
        return None  # "Iran backed Hezbollah": a clause, read as one
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children):
        return None  # "a spokesman for X linked Y to the attack": the verb
    return next((c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
                 and c.left_edge.i == trigger.i + 1), None)


def _clause_named_after(trigger: Token) -> Token | None:
    """The subject of a clause the parser hung on trigger, when that subject is the name
    that starts right after trigger (its entity span begins there); else None."""
    doc = trigger.doc
    start = trigger.i + 1
    if start >= len(doc) or doc[start].ent_iob_ != "B":
        return None
    for clause in trigger.children:
        if clause.dep_ != "ccomp":
            continue
        for subject in clause.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ == "PROPN" and subject.i >= start and \
                    all(doc[k].ent_iob_ == "I" for k in range(start + 1, subject.i + 1)) and \
                    all(start <= c.i <= subject.i for c in trigger.children if c.dep_ == "dobj"):
                return subject  # a piece of the name the parser took as an object is no object
    return None


def reduced_relative(trigger: Token) -> bool:
    """A participle after a noun ("a bid to beat the army backed by Iran"): a relative
    clause cut short, which describes the noun as the prenominal one does, so the clause
    around it (a bid, a threat, a plan) does not reach it."""
    return trigger.tag_ == "VBN" and trigger.dep_ == "acl" and \
        trigger.head.pos_ in ("NOUN", "PROPN") and trigger.i > trigger.head.i


#: The document being read (`remembered`) and the modality found for each of its triggers.
_REMEMBERED: ContextVar[tuple[Doc, dict[int, str]] | None] = ContextVar("kg_modalities", default=None)


@contextlib.contextmanager
def remembered(doc: Doc) -> Iterator[None]:
    """While one document is read, `modality(trigger)` works each trigger out once: the
    engines and then the event ask it of the same trigger again (two calls in five), and
    the answer depends on the parse alone. A context variable, so threads do not share it."""
    token = _REMEMBERED.set((doc, {}))
    try:
        yield
    finally:
        _REMEMBERED.reset(token)


def modality(trigger: Token, extra: tuple[Token, ...] = ()) -> str:
    """"asserted", or the first reason the sentence does not assert the candidate."""
    memo = _REMEMBERED.get()
    if extra or memo is None or memo[0] is not trigger.doc:
        return _modality(trigger, extra)
    found = memo[1].get(trigger.i)
    if found is None:
        found = memo[1][trigger.i] = _modality(trigger, extra)
    return found


def _modality(trigger: Token, extra: tuple[Token, ...]) -> str:
    c = cues()
    sentence = trigger.sent
    if _asks(sentence):
        return "question"
    if _past_standing(trigger):
        return "superseded"
    if _purpose_taking(trigger):
        return "attempt"
    if _headline_infinitive(trigger):
        return "future"
    if _planned_talks(trigger, c):
        return "future"
    path = [(t, "extra") for t in extra] + governors(trigger)
    setting = False
    for (below, _), (token, via) in zip([(trigger, "")] + path, path):
        if _conditional_opening(below, c):
            return "condition"  # "we will talk provided they stop the bombing of X": a condition, told of no fact
        if _fronted_aside(below, token, via):
            break  # "X takes Y, Z denies abandoning it": Z denies its own complement, not X's taking
        if via == "advcl" and _factive_clause(below, c):
            break  # "would be the first since X struck Y": the past clause of time or cause is fact
        if token is not trigger and via in ("dobj", "pobj", "prep") and token.lemma_ in c["ENDING"] and \
                trigger.pos_ == "NOUN" and trigger.lemma_ in _violence_nouns() | words_for("hostsTalks")["TALKS_NOUNS"]:
            break  # "a bid to end the clashes between X and Y": the clashes happened; "X and Y ended talks in C": held
        if _lost_in_fighting(below, token, trigger, c):
            continue  # "lost two men in a clash with Y": the clash took place
        if via in ("prep", "acl") and below.lower_ in c["SEQUEL_PREPS"] and trigger.pos_ == "NOUN" and \
                _past_clause(token, c):
            break  # "agreed (to a truce) after talks in X": the talks came before what the past clause tells
        if via == "prep" and below.lower_ in c["SETTING_PREPS"] and trigger.pos_ == "NOUN":
            setting = True  # "agreed (to a truce) at talks in X": the talks are where it was agreed, not what
        if setting and _agreed_there(token, c):
            break  # "A and B agreed to order a truce at a summit in C": they agreed there, the summit was held
        if setting and token.pos_ in ("VERB", "AUX"):
            via, setting = "setting", False  # that verb's modals and negation reach the talks, not its meaning
        reason = _reason(token, token is trigger, "purpose" if via == "advcl" and _purpose_clause(below) else via, c)
        if reason:
            return reason
    if any(t.lemma_ in c["ACCUSE"] for t, _ in path) and (_denied_in(sentence, c) or _denied_next(sentence, c)):
        return "denied"
    if _called_a_denied_charge(sentence, c):
        return "denied"
    if _called_false(path, c):
        return "denied"
    return "asserted"


#: Labels inside a noun phrase from the talks noun to a name a relative clause may hang on.
PHRASE_DEPS = frozenset({"prep", "pobj", "conj", "compound"})


def _planned_talks(trigger: Token, c: dict[str, frozenset[str]]) -> bool:
    """"X-mediated talks between A and B, which are due to open next week": talks whose
    own relative clause or predicate says, in the present, that they are scheduled, due or set
    to begin or take place (or will) are yet to come, and so are their host and mediator. The
    small parser hangs the clause on the talks noun or on the last name of its phrase."""
    event = trigger.head if attributive(trigger) else trigger
    if event.pos_ != "NOUN" or event.lemma_.lower() not in words_for("hostsTalks")["TALKS_NOUNS"]:
        return False
    clauses = [event.head] if event.dep_ in ("nsubj", "nsubjpass") else []
    for word in event.subtree:
        if word.dep_ in ("relcl", "acl") and word.i > event.i and _in_phrase(word.head, event):
            clauses.append(word)
    return any(_opens_later(clause, c) for clause in clauses)


def _in_phrase(word: Token, event: Token) -> bool:
    """word is event, or a noun reached from it through prepositions, conjuncts and compounds."""
    while word.i != event.i:
        if word.dep_ not in PHRASE_DEPS or word.head.i == word.i:
            return False
        word = word.head
    return True


def _opens_later(clause: Token, c: dict[str, frozenset[str]]) -> bool:
    """A present or future clause saying its subject will take place ("which will open in C"), or is
    scheduled, expected or due to ("are due to begin", "expected to be held in C")."""
    if clause.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in clause.children):
        return False  # "which were scheduled to begin on Monday": told of the past, whatever came of it
    if any(a.dep_ == "aux" and a.lower_ in c["FUTURE_AUX"] for a in clause.children) and _takes_place(clause, c):
        return True
    for word in [clause, *(a for a in clause.children if a.dep_ == "acomp")]:
        if word.lemma_.lower() in c["SCHEDULING"] and \
                any(x.dep_ == "xcomp" and _takes_place(x, c) for x in word.children):
            return True
    return False


def _takes_place(verb: Token, c: dict[str, frozenset[str]]) -> bool:
    """A verb of taking place with no object but "place" ("begin", "take place", "be held")."""
    if verb.lemma_.lower() in c["OCCURRENCE_PASSIVES"] and any(a.dep_ == "auxpass" for a in verb.children):
        return True
    return verb.lemma_.lower() in c["OCCURRENCE"] and \
        all(o.lemma_.lower() == "place" for o in verb.children if o.dep_ == "dobj")


def _conditional_opening(clause: Token, c: dict[str, frozenset[str]]) -> bool:
    """Whether a clause opens with a conditional conjunction of more than one word or one the
    parser does not make its marker ("provided they stop", "as long as the army withdraws",
    "on condition that X leaves"): the words just before its first word, or ending with it."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    doc, start = clause.doc, clause.left_edge.i
    openers = c["CONDITIONAL_OPENERS"]
    for end in (start, start + 1):  # "provided | they stop"; "on condition that | ..." (the marker is the clause's)
        if end < 1 or doc[end - 1].lower_ not in _last_words(openers):
            continue  # most clauses: no opener ends there, so no run of words need be joined
        before = [t.lower_ for t in doc[max(0, end - OPENER_WORDS): end]]
        if any(" ".join(before[-size:]) in openers for size in range(1, len(before) + 1)):
            return True
    return False


#: The most words a conditional opener is read with ("on the condition that").
OPENER_WORDS = 4


@functools.lru_cache(maxsize=4)
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The last word of each phrase."""
    return frozenset(phrase.rsplit(" ", 1)[-1] for phrase in phrases)


def _asks(sentence: Span) -> bool:
    """Whether the sentence ends with a question mark, read from its last word that is not
    white space (as its text would show it) rather than by joining all its words."""
    doc = sentence.doc
    for i in range(sentence.end - 1, sentence.start - 1, -1):
        text = doc[i].text
        if text.strip():
            return text.rstrip().endswith("?")
    return False


def _lost_in_fighting(below: Token, verb: Token, trigger: Token, c: dict[str, frozenset[str]]) -> bool:
    """A verb of loss or retreat whose "in"/"during" phrase holds the fighting noun ("lost
    two men in a clash with Y", "withdrew during the shelling"): the loss happened in the
    fighting, so the fighting is told as fact, not as something that ended."""
    return verb.lemma_.lower() in c["LOSS"] and below.dep_ == "prep" and below.lower_ in c["LOSS_IN_PREPS"] \
        and trigger.pos_ == "NOUN" and trigger.lemma_ in _violence_nouns()


def _factive_clause(clause: Token, c: dict[str, frozenset[str]]) -> bool:
    """A past clause of time or cause ("since X struck Y", "after X had shelled Y") is told
    as fact: the modal or negation of the clause it hangs on does not reach it."""
    past = clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
        a.dep_ == "aux" and a.lemma_ == "have" for a in clause.children))
    return past and any(m.dep_ == "mark" and m.lower_ in c["FACTIVE_MARKS"] for m in clause.children)


def _agreed_there(verb: Token, c: dict[str, frozenset[str]]) -> bool:
    """"agreed to order a ceasefire at a summit in C": the small parser hangs the setting on
    the infinitive, but a past agreement to act (not to meet or hold talks) was made there."""
    talks = words_for("hostsTalks")
    return verb.pos_ == "VERB" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in c["AGREEMENT_VERBS"] and \
        verb.lemma_ not in talks["MEETING_VERBS"] | talks["OPEN_VERBS"] | talks["HOST_VERBS"] and _past_clause(verb.head, c)


def _past_clause(word: Token, c: dict[str, frozenset[str]], limit: int = 8) -> bool:
    """Whether the first finite verb at or above a word is past and not modal ("agreed",
    "have agreed", "said"; not "will sign", "could agree"): its clause tells what happened."""
    for _ in range(limit):
        if word.pos_ in ("VERB", "AUX") and _finite(word):
            aux = [a for a in word.children if a.dep_ in ("aux", "auxpass")]
            if any(a.lower_ in c["CONDITIONAL_AUX"] | c["FUTURE_AUX"] for a in aux):
                return False
            return word.tag_ == "VBD" or (word.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux))
        if word.head.i == word.i:
            return False
        word = word.head
    return False


def _fronted_aside(clause: Token, verb: Token, via: str) -> bool:
    """A clause before its governing verb that has a complement of its own ("ISIS takes
    the town, army denies abandoning it") is a statement of its own that the parse hung
    on the verb, not what the verb denies, attempts or orders."""
    return via == "ccomp" and clause.i < verb.i and \
        any(c.dep_ in ("xcomp", "dobj", "ccomp") and c.i > verb.i for c in verb.children)


def _called_false(path: list[tuple[Token, str]], c: dict[str, frozenset[str]]) -> bool:
    """"reports that X attacked Y were false": the candidate is told in a clause of a noun
    (report, claim) whose predicate calls it false."""
    for noun, via in path[1:]:
        if via not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verdict = [child for child in noun.head.children if child.dep_ in ("acomp", "attr")]
        if noun.head.lemma_ == "be" and any(w.lower_ in c["FALSITY"] or w.lemma_ in c["FALSITY"]
                                            for w in verdict):
            return True
    return False


def _violence_nouns() -> frozenset[str]:
    """Nouns naming fighting that has happened once anyone speaks of ending it."""
    vocabulary = words_for("attacked")
    return vocabulary["RECIPROCAL_NOUNS"] | vocabulary["ATTACK_NOUNS"]


def _purpose_taking(trigger: Token) -> bool:
    """"launched an offensive to retake X", "an operation to seize Y", "sent troops to
    capture or kill X", "rebels advanced to take P": an infinitive of purpose says what a
    move was for; the taking or the attack is an aim, not a fact. "Went on to take P" tells
    what was done next, though the parser hangs it as a clause of purpose."""
    holding = words_for("controls")
    verbs = holding["SEIZE_VERBS"] | words_for("attacked")["ATTACK_VERBS"]
    if trigger.dep_ == "conj" and trigger.tag_ == "VB":  # "sent troops to capture or kill X"
        trigger = trigger.head
    if trigger.lemma_ not in holding["SEIZE_VERBS"] and _headline_infinitive(trigger):
        return False  # "X to attack Y, officials say": a headline's future (below), not a purpose
    if not (trigger.lemma_ in verbs and trigger.tag_ == "VB" and
            any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)):
        return False
    head = trigger.head
    if trigger.dep_ == "xcomp":  # "rebels advanced to take P", "troops moved to secure P": the move's aim
        return head.lemma_ in holding["ADVANCE_VERBS"] or _launched_for(head, trigger)
    done = head.head if trigger.dep_ == "acl" and head.dep_ == "dobj" else head
    if done.lemma_ in holding["COMPLETION_VERBS"] and _launched_for(done, trigger, launching=False):
        return False  # "completed its operation to liberate P": the campaign is done, not aimed at
    return trigger.dep_ in ("advcl", "acl") and phrasal(head) not in holding["SEQUEL_PHRASALS"]


def _launched_for(verb: Token, goal: Token, launching: bool = True) -> bool:
    """"launched a counter-offensive to retake P": the parser, split by the hyphen, hangs the
    infinitive on the launching verb, whose object is a campaign noun: still the campaign's aim
    (with launching off, any verb: "completed its operation to liberate P")."""
    fighting = words_for("attacked")
    if launching and verb.lemma_ not in fighting["CAMPAIGN_LAUNCH_VERBS"]:
        return False
    campaigns = fighting["CAMPAIGN_NOUNS"] | fighting["REPELLED_NOUNS"]
    return any(c.dep_ == "dobj" and c.i < goal.i and c.lemma_.lower() in campaigns for c in verb.children)


def given_up(trigger: Token) -> bool:
    """"militants briefly seized the town", "the troops who had controlled the town
    withdrew", "X pulled out of Y after holding it for a year", "X seized Y but was driven
    out": a hold the sentence itself says was temporary, or whose holder left, is over
    (for control only: the seizing itself, as an attack, happened)."""
    vocabulary = words_for("controls")
    brief = has_adverb(trigger, vocabulary["TEMPORARY_MODIFIERS"])
    if trigger.lemma_ in vocabulary["FALL_VERBS"]:
        return brief  # "P, which briefly fell to X last year": a fall that did not last
    if trigger.lemma_ not in vocabulary["SEIZE_VERBS"]:
        return False
    if brief:
        return True
    if trigger.dep_ == "relcl":  # "the troops (and Y) who had held the town left"
        holder = first_conjunct(trigger.head)
        mains = [holder.head] if holder.dep_ == "nsubj" else []
        # the model often reads "who held the town left" as "the town (that was) left"
        mains += [a for o in trigger.children if o.dep_ == "dobj" for a in o.children
                  if a.dep_ == "acl" and a.tag_ == "VBN" and not any(g.dep_ == "agent" for g in a.children)]
    elif trigger.dep_ == "pcomp" and trigger.head.lower_ in ("after", "since"):
        mains = [trigger.head.head]  # "withdrew after holding it for a year"
    else:
        mains = []
    # "seized X but later withdrew", "seized X before being driven out" (not "... and withdrew from Y")
    mains += [v for v in [c for c in trigger.children if c.dep_ == "conj" and c.i > trigger.i] +
              [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("before", "until")
               for g in c.children if g.dep_ == "pcomp"] if not _leaves_elsewhere(v)]
    return any(_left(main, vocabulary) and not any(c.dep_ == "neg" for c in main.children) for main in mains)


def near_miss(trigger: Token) -> bool:
    """"the militants nearly captured P", "P almost fell to X": a taking the sentence says
    came close and did not happen (for control only: the assault itself did)."""
    vocabulary = words_for("controls")
    if trigger.lemma_ not in vocabulary["SEIZE_VERBS"] | vocabulary["FALL_VERBS"]:
        return False
    return has_adverb(trigger, vocabulary["NEAR_MISS_ADVERBS"])


def _leaves_elsewhere(verb: Token) -> bool:
    """Whether a verb names something else it left or lost ("withdrew from Gao", "lost ten
    men"): only "it", "them" or a place word ("the town") is the place just taken."""
    if any(c.dep_ == "dobj" and c.pos_ != "PRON" and c.lemma_.lower() not in words("PLACE_NOUNS")
           for c in verb.children):
        return True
    return any(t.pos_ == "PROPN" for c in verb.children
               if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("from", "of")) for t in c.subtree)


def _left(verb: Token, vocabulary: dict[str, frozenset[str]]) -> bool:
    """Whether a verb says its subject left a place ("withdrew", "pulled out") or was made to
    ("was driven out", "being pushed back", "were repelled")."""
    if verb.pos_ != "VERB":
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return verb.lemma_ in vocabulary["DEPART_VERBS"] or \
        (passive and verb.lemma_ in vocabulary["EXPEL_VERBS"] | vocabulary["REPELLED_VERBS"])  # "but were repelled"


#: Tags of a finite verb: a clause with one is told as done or doing, not as planned.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Labels through which a trigger belongs to the clause of the verb above it.
INFINITIVE_CLIMB = frozenset({"dobj", "pobj", "prep", "pcomp", "conj", "attr", "acomp", "xcomp",
                              "compound", "amod", "nmod"})


def _headline_infinitive(trigger: Token) -> bool:
    """"Taliban to attack Kabul", "Iran to host talks, officials say": a clause whose
    verb is a bare "to"-infinitive with no finite verb above it is headline English for
    what is planned or expected, not what happened ("to have attacked" is past)."""
    token = trigger
    while not _infinitive(token):
        if token.dep_ not in INFINITIVE_CLIMB or token.head == token:
            return False
        token = token.head
    clause = token
    while clause.head != clause:
        via, clause = clause.dep_, clause.head
        reported = via in ("ccomp", "parataxis", "dep") and clause.lemma_ in words("SPEECH_VERBS")
        if _finite(clause) and not reported:  # "..., officials say" reports the plan
            return False
    return True


def _finite(verb: Token) -> bool:
    """A finite verb, or one with a finite auxiliary ("has provided", "had taken")."""
    return verb.tag_ in FINITE_TAGS or any(child.dep_ in ("aux", "auxpass") and child.tag_ in FINITE_TAGS
                                           for child in verb.children)


def _infinitive(token: Token) -> bool:
    """A verb marked by "to" without a perfect "have" ("to attack", not "to have attacked")."""
    aux = [child.lower_ for child in token.children if child.dep_ == "aux"]
    return token.pos_ in ("VERB", "AUX") and "to" in aux and "have" not in aux


def _past_standing(trigger: Token) -> bool:
    """"X and Y were allies", "Z was an ally of X": a standing relation told in the past
    tense of "be" has ended (the news reports the present ones as "are" or "has been")."""
    member = trigger.lemma_.lower() in words("STANDING_MEMBER_NOUNS") and \
        not any(c.lower_ in ("founding", "founder") for c in trigger.children)  # "were members of Y until ..."
    if trigger.lemma_.lower() not in words("RELATIONAL_NOUNS") and trigger.lower_ not in words("RELATIONAL_NOUNS") \
            and not member:
        return False
    anchor = first_conjunct(trigger)
    copula = anchor.head
    return anchor.dep_ == "attr" and copula.lemma_ == "be" and copula.tag_ == "VBD" and \
        not any(c.dep_ == "aux" for c in copula.children)


def _reason(token: Token, is_trigger: bool, via: str, c: dict[str, frozenset[str]]) -> str | None:
    """Why token makes the candidate not a fact. A coordinated head ("did not attack X
    but seized Y") passes on only its modal auxiliaries, not its negation or its verb."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if via in ("conj", "advcl") and child.dep_ != "aux":
            continue  # a "purpose" clause ("did not send troops to help Y") takes the verb's negation too
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "det" and low in c["NEGATIVE_DETERMINERS"]):
            return "negated"
        if is_trigger and child.dep_ == "dobj" and _negative_determiner(child, c):
            return "negated"  # "Oman hosted no talks", "the rebels seized no town"
        if child.dep_ == "aux" and low in c["CONDITIONAL_AUX"]:
            return "condition"
        if child.dep_ == "aux" and low in c["FUTURE_AUX"]:
            return "future"
        if child.dep_ == "mark" and low in c["CONDITIONAL_MARKS"]:
            return "condition"
        if child.dep_ in ("advmod", "amod") and low in c["SUPERSEDED_MODIFIERS"]:
            return "superseded"
        if child.dep_ == "advmod" and low in c["HEDGE_ADVERBS"] and (is_trigger or via in ("xcomp", "ccomp")):
            return "denied"  # "X allegedly shelled Y": alleged, not told as fact (not "allegedly helped in X's attack")
    if is_trigger or via not in COMPLEMENT_DEPS:
        return None
    if via == "xcomp" and lemma in ("have", "be") and \
            has_adverb(token, c["NOT_YET"]):
        return "negated"  # "forces have yet to recapture X": not done
    if lemma in c["HEDGE_WORDS"] and via in ("acl", "ccomp"):
        return "denied"  # "allegations that X killed Y", "an analyst alleged that X attacked Y"
    if lemma in c["PURPOSE"] and via in ("nsubjpass", "acl"):
        return None  # "talks aimed at ending the war": the goal is of the talks, which are held
    if via in ("dobj", "nsubjpass", "prep") and (lemma in c["PREVENTION"] or phrasal(token) in c["PREVENTION"]):
        return "attempt"  # "sent troops to prevent attacks by X on Y", "the prevention of attacks by X": kept from happening
    if lemma in c["THREAT"] and not _pledged(token):
        return "threat"
    if lemma in c["PAST_IMPLICATIVE"] and _past_be(token):
        return None  # "troops were able to retake X": they retook it
    if lemma in c["ATTEMPT"]:
        return "attempt"
    if lemma in c["STRUGGLE"] and via == "xcomp" and not any(child.dep_ == "dobj" for child in token.children):
        return "attempt"  # "fighting to control the city"; not "battling the rebels to restore X"
    reported = via == "ccomp" and lemma in words("SPEECH_VERBS")  # "X told Reuters (that) they attacked Y"
    if lemma in c["DIRECTIVE"] and (via == "xcomp" or (via == "ccomp" and not reported) or (via == "prep" and lemma == "call")):
        return "attempt"  # "ordered troops to attack", "told them to attack", "called for talks"
    if lemma in c["DENIAL"]:
        return "denied"
    if lemma in c["LOSS"]:
        return "superseded"
    return None


def _past_be(word: Token) -> bool:
    """A predicate word whose "be" is past and plain ("were able"): no negation or modal on it,
    which the walk up the clause reads on its own."""
    be = word.head if word.dep_ == "acomp" else next((a for a in word.children if a.dep_ == "cop"), None)
    return be is not None and be.lemma_ == "be" and be.tag_ == "VBD"


def _purpose_clause(clause: Token) -> bool:
    """A clause of purpose: a bare "to"-infinitive hung on a verb ("sent troops to help Y"),
    whose act happens only if the verb's does, so the verb's negation is the clause's."""
    return clause.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) \
        and not any(m.dep_ == "mark" for m in clause.children)


def _negative_determiner(noun: Token, c: dict[str, frozenset[str]]) -> bool:
    """A noun determined by "no" or "neither": the verb's act did not take place on it."""
    return any(d.dep_ == "det" and d.lower_ in c["NEGATIVE_DETERMINERS"] for d in noun.children)


def _pledged(verb: Token) -> bool:
    """"promised its loyalty to X", "vowed allegiance to X": promising loyalty is the
    pledge itself, made as the verb is spoken, not a threat of one to come."""
    return any(child.dep_ == "dobj" and child.lemma_.lower() in words_for("alliedWith")["PLEDGE_NOUNS"]
               for child in verb.children)


def _denied_in(sentence, c: dict[str, frozenset[str]]) -> bool:
    return any(t.lemma_ in c["DENIAL"] for t in sentence)


def _called_a_denied_charge(sentence, c: dict[str, frozenset[str]]) -> bool:
    """"X says Iran backs Y, a charge Iran denies": the sentence itself calls what it
    tells a charge, claim or allegation that someone denies (a denial verb a few words on,
    in the clause on that noun; the small parser may tag "rejects" a noun), so it is
    disputed, whoever the claim is told by."""
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in c["DENIED_THINGS"] or \
                not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children):
            continue  # "a charge X denies" set beside the claim; not "the report denies nothing"
        for word in sentence.doc[noun.i + 1: min(noun.i + 5, sentence.end)]:
            if word.is_punct or word.dep_ == "neg":
                break
            if word.lemma_ in c["DENIAL"]:
                return True
    return False


def _denied_next(sentence, c: dict[str, frozenset[str]]) -> bool:
    """"Y accused X of shelling Z. X denied the reports." / "... X denies that.": the
    sentence after an accusation denies it (a denial verb whose object is the charge, or
    a bare one), so the accusation is disputed."""
    doc = sentence.doc
    if sentence.end >= len(doc):
        return False
    for token in doc[sentence.end].sent:
        if token.lemma_ in c["DENIAL"] and token.pos_ == "VERB":
            said = [t for t in token.children if t.dep_ in ("dobj", "ccomp")]
            if not said or any(t.lemma_.lower() in c["DENIED_THINGS"] for t in said):
                return True
    return False
