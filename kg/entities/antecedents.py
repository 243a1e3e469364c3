"""Pronouns -> what they refer back to: the speaker of the reporting clause, the nearest
subject before, the last actor or place named ("it", "its", "they")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.discourse import Discourse, Mention
from kg.entities.kinds import LOCAL_PLACE_TYPES, NON_PERSON_ACTORS
from kg.lexicon import any_of, words
from kg.names import person_titles


class Antecedents(Discourse):
    """Mixed into the Resolver (kg/entities/resolver.py), whose _resolve_one resolves the
    subjects a pronoun may stand for."""

    def other_than(self, mention: Mention, names: set[str]) -> Mention | None:
        """A pronoun that came out as the clause's own subject ("X attacked its fighters")
        means the last other actor named."""
        if mention.via != "pronoun" or mention.entity.name not in names:
            return mention
        anchor = self.tokens[mention.token]
        for i, entity in reversed(self.mentions_before(anchor)):
            if entity.type in NON_PERSON_ACTORS and entity.name not in names:
                return Mention(entity, i, "pronoun")
        return None

    def antecedent(self, token: Token, role: str = "actor") -> Mention | None:
        """"it", "its", "they": the subject of the reporting clause or the nearest subject
        before it in the sentence or the one before, else the last actor named there.
        "it" as a thing attacked or held ("overran it", "it was retaken by X") is the last
        place named."""
        counted = _partitive_aside(token)
        if counted is not None:  # "a mix of units, most of them loyal to X": them is those units
            mention = self._resolve_one(counted, role, depth=2)
            return Mention(mention.entity, mention.token, "pronoun") if mention is not None else None
        taken = token.dep_ in ("dobj", "pobj") or token.dep_ == "nsubjpass" and role == "place"  # "it was retaken by X"
        if role in ("place", "target") and taken and token.lower_ == "it":
            described = self._place_word_before(token, role)
            if described is not None:  # "troops left the town ... and X captured it": the town
                return described
            place = self.recent(token, LOCAL_PLACE_TYPES, window=2)
            if place is not None:
                return place
        speaker = self.speaker_of(token)
        if speaker is not None:  # "rebels said they had ...": they are the speakers, named or not
            mention = self._resolve_one(speaker, "actor", depth=2)
            if mention is None or mention.entity.type not in NON_PERSON_ACTORS:
                return None  # "X said it had ...": one person is no "it" or "they"
            return Mention(mention.entity, mention.token, "pronoun")
        sentence = token.sent
        own = _own_subject(token)  # "A and B drove it from ...": "it" is neither A nor B
        before = [t for t in reversed(sentence[: token.i - sentence.start]) if t.i not in own]
        for candidate in before:
            if candidate.dep_ in ("nsubj", "nsubjpass") and not _disagrees(candidate, token):
                mention = self._resolve_one(candidate, "actor", depth=2)
                if mention is not None and mention.entity.type in NON_PERSON_ACTORS:
                    return Mention(mention.entity, mention.token, "pronoun")
        for candidate in before:
            entity = self.by_token.get(candidate.i)
            if entity is not None and self.actor(entity).type in NON_PERSON_ACTORS - {"State"}:
                return Mention(self.actor(entity), candidate.i, "pronoun")
        previous = self._previous_subject(sentence, token)
        if previous is not None:
            return previous
        return self.recent(token, NON_PERSON_ACTORS, window=1)

    def _place_word_before(self, pronoun: Token, role: str) -> Mention | None:
        """The place a word for a town names ("the town", "X, a garrison town in Y,") last
        before "it" in its sentence or the one before: the nearer antecedent than any name
        further back, and not the region a name there only places it in."""
        start = self.window_start(pronoun, 1)
        for word in reversed(self.doc[start: pronoun.i]):
            if word.pos_ == "NOUN" and word.tag_ == "NN" and word.lemma_.lower() in words("CITY_DESCRIPTIONS") and \
                    word.dep_ not in ("compound", "amod", "nmod"):
                mention = self._resolve_one(word, "place", depth=2)
                if mention is not None and mention.entity.type in LOCAL_PLACE_TYPES:
                    return Mention(mention.entity, mention.token, "pronoun")
                return None
        return None

    def speaker_side(self, token: Token) -> Mention | None:
        """"'We were attacked by X,' rebel leader Y said", "'our positions', an army
        spokesman said": we / us / our inside a reported quote is the group or state the
        speaker speaks for; a person whose group the sentence does not name is no side."""
        node = token
        for _ in range(8):
            if node.head.i == node.i:
                return None
            if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in words("SPEECH_VERBS"):
                break
            node = node.head
        else:
            return None
        speakers = [c for c in node.head.children if c.dep_ == "nsubj" and not is_pronoun(c)
                    and c.lower_ not in words("PRONOUNS_FIRST_PLURAL")]
        if not speakers:
            return None
        mention = self._resolve_one(speakers[0], "actor", depth=2)
        if mention is not None and mention.entity.type == "Person":
            mention = self._speaker_body(mention, speakers[0])
        if mention is None or mention.entity.type not in NON_PERSON_ACTORS:
            return None  # "'our positions,' rebel commander X said": X is not his unnamed group
        return Mention(mention.entity, mention.token, "pronoun")

    def _speaker_body(self, person: Mention, speaker: Token) -> Mention | None:
        """"'They attacked us,' Kenyan army Major X said", "X, from the Y group, said", "Y
        spokesman X ... 'we ...,' X said": a person speaking as "we" speaks for the body his
        title or his "from"/"of" phrase names here, or an office the text gave him before."""
        heads = [self.tokens[i] for i, e in self.by_token.items() if e == person.entity and i <= speaker.i
                 and self.by_token.get(self.tokens[i].head.i) != e]  # the last word of each of his names
        for name in sorted(heads, key=lambda t: -t.i):  # this mention first, then earlier ones
            for token in _speaker_titles(name) or _speaker_origins(name):
                body = self._resolve_one(token, "actor", depth=3)
                if body is not None and body.entity.type in NON_PERSON_ACTORS:
                    return body
        led = self.bodies_led(person.entity)  # type: ignore[attr-defined]
        return Mention(led[0], person.token, "leader") if led else None

    def commander(self, token: Token) -> Mention | None:
        """"His forces claimed the raids": the forces are the last person named in this
        sentence or the one before, the commander they answer to."""
        person = self.recent(token, frozenset({"Person"}), window=1)
        if person is None or _a_spokesperson(self.tokens[person.token]):
            return None  # "X, a spokesman for the alliance, said his forces ...": the alliance's, not X's
        return Mention(person.entity, person.token, "pronoun")

    def speaker_of(self, token: Token) -> Token | None:
        """The subject of the reporting verb whose clause has token as its subject."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = token.head
        if clause.dep_ == "ccomp" and clause.head.lemma_ in words("SPEECH_VERBS") and \
                clause.head.i < token.i and \
                not _quoted(token, clause.head):  # '"They stormed the base," X said': not X
            # 'They stormed the base, the army said': a speaker named after the pronoun is
            # not what it refers back to
            for child in clause.head.children:
                if child.dep_ == "nsubj" and child.i != token.i and not is_pronoun(child):
                    return child
        return None

    def _chained(self) -> bool:
        """Whether a pronoun is already being read through two others: a chain of
        pronouns is followed two sentences back, not through the whole story."""
        return sum(1 for i in self._active if is_pronoun(self.tokens[i])) > 2

    def _previous_subject(self, sentence: Span, anchor: Token) -> Mention | None:
        """The first actor subject of the sentence before, main clause first; a pronoun
        subject there counts when it agrees in number with the pronoun being resolved."""
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
                if is_pronoun(subject) and (not _same_number(subject, anchor) or self._chained()):
                    continue  # "They rode ... They stormed": the same pronoun goes on naming one actor
                mention = self._resolve_one(subject, "actor", depth=2)
                if mention is not None and mention.entity.type in NON_PERSON_ACTORS:
                    return Mention(mention.entity, mention.token, "pronoun")
        return None


def is_pronoun(token: Token) -> bool:
    """A personal pronoun that can refer back to an entity ("it", "they", "its")."""
    return token.lower_ in any_of("PRONOUNS_SINGULAR", "PRONOUNS_PLURAL")


def _partitive_aside(pronoun: Token) -> Token | None:
    """"X, most of them loyal to Y", "the militias, many of them armed": a quantifier of "them"
    or "it" set off by a comma counts out the noun phrase just before the comma, whatever the
    sentences before named: the head of that phrase."""
    if pronoun.lower_ not in ("them", "it") or pronoun.dep_ != "pobj" or pronoun.head.lower_ != "of":
        return None
    quantifier = pronoun.head.head
    if quantifier.lemma_.lower() not in words("PARTITIVE_QUANTIFIERS") or quantifier.i < 2 or \
            pronoun.doc[quantifier.i - 1].text != ",":
        return None
    noun = pronoun.doc[quantifier.i - 2]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    # up to the top of the phrase: "a mix of units" is the mix; "X, a coalition of groups" is X
    while noun.head.i < noun.i and (noun.dep_ == "appos" or noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        noun = noun.head if noun.dep_ == "appos" else noun.head.head
    return noun


def _own_subject(pronoun: Token) -> set[int]:
    """The words of the subject of the clause a pronoun is the object of ("A and B have
    driven it from ...", "X fought against them"): a plain pronoun object never refers to
    its own clause's subject (that takes "itself", "themselves")."""
    if pronoun.lower_.endswith(("self", "selves")):
        return set()  # "the army reinforces itself": a reflexive is its own clause's subject
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):
        verb = verb.head
    elif pronoun.dep_ not in ("dobj", "dative"):
        return set()
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "X came and drove it out": the subject the verbs share
    return {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}


def _same_number(one: Token, other: Token) -> bool:
    """Whether two pronouns are both singular ("it", "its") or both plural ("they", "their")."""
    return (one.lower_ in words("PRONOUNS_PLURAL")) == (other.lower_ in words("PRONOUNS_PLURAL"))


def _disagrees(subject: Token, pronoun: Token) -> bool:
    """"The coalition began a campaign against the rebels once they had shelled the
    port": a plural pronoun is not a singular common noun's ("the coalition", "which"
    standing for one); a name may take "they" ("Hamas said they ...")."""
    if pronoun.lower_ not in words("PRONOUNS_PLURAL"):
        return False
    noun = subject.head.head if subject.tag_ == "WDT" and subject.head.dep_ == "relcl" else subject
    return noun.tag_ == "NN"


def _quoted(token: Token, verb: Token) -> bool:
    """Whether a quotation mark stands between token and the speech verb: the words are
    the speaker's own, so a third-person pronoun in them is someone else."""
    low, high = sorted((token.i, verb.i))
    return any(t.is_quote for t in token.doc[low + 1: high])


def _a_spokesperson(name: Token) -> bool:
    """"X, a spokesman for the alliance", "army spokesperson X": a person named as one who
    speaks for others, who commands no forces of his own."""
    return any(t.lemma_.lower() in words("SPOKES_NOUNS") for t in person_titles(name))


def _speaker_titles(name: Token) -> list[Token]:
    """The nouns of a person's title before his name, last first ("Kenyan army Major X": Major, army)."""
    return [t for t in reversed(list(name.subtree)) if t.i < name.i and t.pos_ in ("NOUN", "PROPN")
            and t.dep_ in ("compound", "amod", "nmod") and t.ent_type_ != "PERSON"]


def _speaker_origins(name: Token) -> list[Token]:
    """"X, from the Y group", "X of the Y movement": the body a person comes from."""
    return [g for p in name.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
            for g in p.children if g.dep_ == "pobj"]
