"""Rule tests for Title Case headlines: read in sentence case, evidence in the original text."""
from __future__ import annotations

from kg.documents import document_from_text
from kg.headlines import sentence_case, title_cased
from kg.pipeline import english_verbs, load_nlp
from kg.worker import parse

BODY = "\n2020-03-02\n\nOfficials said the fighters attack a police station almost every week in the region.\n"


def headline_facts(text: str) -> set[tuple[str, str, str, str]]:
    """Asserted triples whose evidence is the headline (line 1), with that evidence."""
    facts = next(parse([document_from_text(text, "t")]))
    headline = text.split("\n", 1)[0]
    return {(e.subject.name, e.relation, e.object.name, e.evidence.sentence)
            for e in facts.events if e.asserted and e.evidence.start < len(headline)}


def test_title_case_headline_gives_its_fact_with_the_original_words():
    found = headline_facts("Taliban Fighters Attack Kabul Police Station" + BODY)
    assert {(s, r, e) for s, r, _, e in found} == {
        ("Taliban", "attacked", "Taliban Fighters Attack Kabul Police Station")}


def test_title_case_headline_in_the_infinitive_is_a_plan():
    assert not headline_facts("Taliban Fighters To Attack Kabul Police Station" + BODY)


def test_title_case_sports_headline_gives_no_fact():
    text = "Storm Rout Warriors In Grand Final\n2020-10-25\n\nThe Storm beat the Warriors in the final on Sunday.\n"
    assert not headline_facts(text)


def test_sentence_case_keeps_length_names_and_words_the_body_capitalises():
    text = "Army Jets Hit Rebel Camps Of The FSA In Idlib\n2015-10-01\n\nThe jets hit rebel camps, the FSA said."
    cased = sentence_case(text, frozenset({"Idlib", "FSA"}))
    assert cased.split("\n")[0] == "Army jets hit rebel camps of the FSA in Idlib"
    assert len(cased) == len(text) and cased[cased.index("\n"):] == text[text.index("\n"):]


def test_a_sentence_case_headline_is_left_alone():
    assert not title_cased("Rebels seize town in eastern Congo")
    assert title_cased("Rebels Seize Town In Eastern Congo")


def test_a_headline_verb_the_body_inflects_in_lower_case_is_lower_cased():
    # "Retakes" / "retaken", "Seizes" / "seized": the same verb; a name the NER would make of it is none
    body = "\n2020-03-02\n\nThe town was retaken on Monday after rebels seized it in May.\n"
    cased = sentence_case("Army Retakes Town, Rebels Seizes Bridge" + body, frozenset())
    assert cased.split("\n")[0] == "Army retakes town, rebels seizes Bridge", cased
    # a plural noun is no verb form: "sites" leaves the "Site" of a name alone
    named = sentence_case("Army Guards Heritage Site\n2020-03-02\n\nTwo sites were guarded.\n", frozenset())
    assert named.split("\n")[0] == "Army guards Heritage Site", named


def test_a_place_name_ending_the_headline_is_one_entity_with_one_name():
    # The NER runs the last name of a headline over its line break ("Umm Baqara\n"); that
    # spelling is the same name (one IRI), so it must be one entity with one label and kind.
    for place in ("Umm Baqara", "Nova Dalnitsa"):
        text = f"Rebels seize the town of {place}\n2019-04-02\n\nThe fighting went on for three days, residents said.\n"
        facts = next(parse([document_from_text(text, "t")]))
        assert [(e.name, e.type) for e in facts.entities] == [(place, "City")]


def test_a_headline_verb_the_body_never_writes_is_lower_cased_by_the_models_verbs():
    # "Holds Talks": the body says "met", never "hold" or "talks"; the model's lemmatizer
    # knows both as English verbs, so they are no name and the headline gives its fact
    text = ("Peruvian Government Holds Talks With Rebels In Norway\n2021-06-01\n\n"
            "The envoys met on Friday after months of fighting in the border region, officials said.\n")
    cased = sentence_case(text, frozenset({"Norway"}), english_verbs(load_nlp()))
    assert cased.split("\n")[0] == "Peruvian Government holds talks with rebels in Norway", cased
    assert {(s, r, o) for s, r, o, _ in headline_facts(text)} == {("Norway", "hostsTalks", "Peru")}


def test_a_headline_word_only_the_headline_has_keeps_its_capital_when_no_verb():
    # "Heritage" is no verb form; "Site" is one, but the body writes "sites": both stay a name
    text = "Militia Guards Heritage Site\n2020-03-02\n\nTwo sites were guarded, the militia said.\n"
    cased = sentence_case(text, frozenset(), english_verbs(load_nlp()))
    assert cased.split("\n")[0] == "Militia guards Heritage Site", cased


def test_a_participle_after_a_hyphen_in_a_title_case_headline_makes_no_branch_name():
    # "X-Led Air Strikes": the state leads the strikes, "X-Led" is no body of its own
    body = "\n2020-03-02\n\nWarplanes from a Peruvian-led coalition struck Marcona on Monday, officials said.\n"
    led = headline_facts("Peru-Led Air Strikes Hit Marcona And Its Port" + body)
    assert {(s, r, o) for s, r, o, _ in led} == {("Peru", "attacked", "Marcona")}, led
