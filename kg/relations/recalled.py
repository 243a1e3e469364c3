"""Which attack a definite attack noun refers back to: "a Boko-style attack on the base
... It was the deadliest attack on Y", "X stormed the camp. The assault on Y lasted
hours": an attack told again without its attacker is the last attack the text told with
one, in that sentence or the two before (event coreference by rule)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.discourse import Mention
from kg.entities import NON_PERSON_ACTORS, Resolver
from kg.lexicon import words
from kg.relations.arguments import VERB_POS, agent_of, definite
from kg.relations.schema import words_for

#: Sentences before the trigger's own that an attack told again may refer back to.
WINDOW = 2


def told_again(trigger: Token) -> bool:
    """Whether an attack noun refers back to an attack told before: definite ("the attack",
    "that assault", "Sunday's raid") or the complement of an event pronoun ("It was the deadliest attack"),
    and with no doer of its own, named or not ("the gunmen's attack", "the raid by militants")."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in words_for("attacked")["CLAIMED_NOUNS"]:
        return False
    dated = any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in trigger.children)  # "Sunday's attack"
    if any((c.dep_ == "poss" and not dated) or (c.dep_ == "prep" and c.lower_ in words("AGENT_PREPOSITIONS"))
           for c in trigger.children):
        return False
    if trigger.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in trigger.head.children):
        return False  # "gunmen launched the deadliest attack on Y": its doer is said, unnamed
    if _blamed_on_subject(trigger):
        return False  # "the militia was behind Friday's attack on Y": its doer is said, unnamed
    return dated or event_pronoun(trigger) or definite(trigger)


def _blamed_on_subject(trigger: Token) -> bool:
    """"X was behind the attack", "X was responsible for the attack": the clause's subject
    is the attack's doer, whether the text names it or not."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head.head if prep.head.dep_ == "acomp" else prep.head  # "was responsible for"
    return verb.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ not in words("EVENT_PRONOUNS")
                                       for c in verb.children)


def event_pronoun(trigger: Token) -> bool:
    """"It was the deadliest attack on Y": the pronoun is the attack, not its doer."""
    head = trigger.head
    return trigger.dep_ == "attr" and head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in words("EVENT_PRONOUNS") for c in head.children)


def earlier_attackers(trigger: Token, resolver: Resolver, targets: set[str]) -> list[Mention]:
    """The named doers of the last attack told before trigger (a noun with its doer, or an
    attack verb with its subject or agent) within WINDOW sentences, none of them a target."""
    own = {t.i for t in trigger.subtree}
    for token in reversed(trigger.doc[resolver.window_start(trigger, WINDOW): trigger.i]):
        if token.i in own:
            continue
        doers = [m for m in _doers(token, resolver) if m.entity.type in NON_PERSON_ACTORS]
        if doers and not targets & {d.entity.name for d in doers}:
            return [Mention(d.entity, d.token, "description") for d in doers]
    return []


def _doers(token: Token, resolver: Resolver) -> list[Mention]:
    """Who carried out the attack a word tells: a noun's own doer, a verb's subject or agent."""
    vocabulary = words_for("attacked")
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in vocabulary["CLAIMED_NOUNS"] and not event_pronoun(token):
        return agent_of(token, resolver)
    if token.pos_ in VERB_POS and lemma in vocabulary["REPEL_VERBS"]:
        return []  # "the raid was repelled by soldiers. ... the attack on Y": the soldiers did not attack Y
    if token.pos_ in VERB_POS and lemma in vocabulary["ATTACK_VERBS"]:
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return [m for c in subjects + agents for m in resolver.resolve(c, "actor")]
    return []
