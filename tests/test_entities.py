"""Entity resolution: one phenomenon each, on sentences written for the tests."""
from __future__ import annotations

from kg.entities import Resolver
from kg.gazetteer import load
from kg.pipeline import load_nlp


def resolve(text: str, word: str, role: str = "actor", nth: int = 0) -> list[str]:
    doc = load_nlp()(text)
    token = [t for t in doc if t.text == word][nth]
    return [m.entity.name for m in Resolver(doc, load()).resolve(token, role)]


def test_demonym_stands_for_its_state():
    assert resolve("Syrian troops advanced.", "troops") == ["Syria"]


def test_possessive_owner():
    assert resolve("Egypt's army moved north.", "army") == ["Egypt"]


def test_of_phrase_owner_with_conjuncts():
    assert resolve("The embassies of Morocco and Jordan were closed.", "embassies") == ["Morocco", "Jordan"]


def test_capital_acts_for_its_state_but_stays_a_city_as_a_place():
    text = "Washington said Kabul was quiet."
    assert resolve(text, "Washington") == ["United States"]
    assert resolve(text, "Kabul", role="place") == ["Kabul"]


def test_acronym_defined_in_brackets():
    text = "The Free Shan Army (FSA) said the FSA would hold the town."
    assert resolve(text, "FSA", nth=1) == ["Free Shan Army"]


def test_known_as_names_the_branch():
    text = "A fighter from the group's Sahel branch, known as ISGS, was killed."
    assert resolve(text, "branch") == ["Islamic State in the Greater Sahara"]


def test_description_finds_the_group_the_text_described_that_way():
    text = ("Al-Shabaab militants stormed a hotel. The M23 rebels held the hills. "
            "Later the militants withdrew.")
    assert resolve(text, "militants", nth=1) == ["al-Shabaab"]


def test_the_town_is_a_name_the_text_said_was_captured_whatever_the_ner_guessed():
    text = "FDLR rebels captured Walikale. The Congolese army attacked the town on Saturday."
    assert resolve(text, "town", role="target") == ["Walikale"]
    # twin: a name the text never says was taken stays the person or group the NER read
    assert resolve("FDLR rebels met Walikale. The Congolese army attacked the town on Saturday.",
                   "town", role="target") == []


def test_relational_noun_passes_no_owner():
    assert resolve("Russia's allies met.", "allies") == []


def test_led_coalition_acts_for_its_leader():
    assert resolve("The Saudi-led coalition bombed the port.", "coalition") == ["Saudi Arabia"]


def test_town_of_a_proper_name_is_a_place():
    assert resolve("Fighters reached the village of Kafr Nubl.", "village", role="place") == ["Kafr Nubl"]


def test_pronoun_takes_the_previous_subject():
    text = "Hamas fired rockets. On Monday it said the truce was over."
    assert resolve(text, "it") == ["Hamas"]


def names(text: str) -> dict[str, str]:
    """Every entity the text names, with its kind."""
    from kg.names import Names
    return {e.name: e.type for e in Names(load_nlp()(text), load()).all_entities()}


def test_surname_alone_is_the_person_named_in_full():
    text = "Envoy Martin Kobler met the rebels. Kobler said the talks went well."
    assert resolve(text, "Kobler", nth=1) == ["Martin Kobler"]
    assert "Kobler" not in names(text)
    other = "Envoy Martin Kobler met the rebels. Gbagbo said the talks went well."
    assert resolve(other, "Gbagbo") != ["Martin Kobler"]


def test_name_cut_at_of_goes_on_through_its_place():
    text = "Rebels of the Liberation Front of Mozambique (Marxist) attacked a base. The Marxists fled."
    assert "Liberation Front of Mozambique (Marxist)" in names(text)
    assert resolve(text, "Marxists") == ["Liberation Front of Mozambique (Marxist)"]
    assert resolve("Rebels of the Liberation Front attacked a base in Mozambique.", "Mozambique") == ["Mozambique"]


def test_name_cut_before_of_the_goes_on_through_its_state():
    # the NER ends the name at "Party" and tags "the Philippines" apart; a ministry stays the state's
    text = "The Communist Party of the Philippines condemned the raid."
    assert "Communist Party of the Philippines" in names(text) and "Communist Party" not in names(text)
    assert not any("Ministry" in name for name in names("The Foreign Ministry of the Philippines condemned the raid."))


def test_a_states_forces_named_of_it_are_the_state():
    text = "The Armed Forces of the Philippines shelled the rebels."
    assert resolve(text, "Forces") == ["Philippines"]
    assert not any(name.startswith("Armed Forces") for name in names(text))
    assert "Liberation Army of the Philippines" in names("The Liberation Army of the Philippines shelled the town.")


def test_an_arabic_army_or_front_of_a_known_name_is_one_group():
    found = names("Jaish al-Fatah fighters shelled Idlib.")
    assert found.get("Jaish al-Fatah") == "ArmedGroup" and "Fatah" not in found, found
    assert "Fatah" in names("Hamas and Fatah fighters clashed in Gaza.")


def test_company_is_no_armed_group():
    assert names("Shares of Gulf Airlines Group rose.").get("Gulf Airlines Group") == "Organisation"
    assert names("Fighters of the Gulf Liberation Group attacked.").get("Gulf Liberation Group") == "ArmedGroup"


def test_a_title_case_group_noun_after_a_demonym_is_no_people():
    # "Bosnian Serbs" is a people of its own; "Syrian Factions" in a title-case headline
    # is unnamed factions, which stand for nothing named
    assert resolve("Syrian Factions Agree Truce in Astana\n\nThe deal holds.", "Factions") != ["Syrian Factions"]
    assert resolve("Bosnian Serbs shelled the town.", "Serbs") == ["Bosnian Serbs"]


def test_a_name_the_ner_missed_once_is_the_entity_it_tagged_elsewhere():
    text = "Rebels entered Heglig. The minister told Reuters. “Heglig is (still) under our control”."
    assert resolve(text, "Heglig", role="place", nth=1) == resolve(text, "Heglig", role="place") == ["Heglig"]
    assert resolve(text, "minister") != ["Heglig"]


def test_a_region_is_no_actor_but_the_group_named_for_it_is():
    assert names("Gunmen in Sinaloa clashed with the army.").get("Sinaloa") == "Region"
    assert names("The Sinaloa Cartel clashed with the army.").get("Sinaloa Cartel") == "ArmedGroup"


def test_a_long_capitalised_name_ending_in_army_is_one_group():
    found = names("The Free Shan Army fought the junta near Lashio.")
    assert found.get("Free Shan Army") == "ArmedGroup", found
    assert names("The Shan army fought the junta near Lashio.").get("Shan") == "Region"


def test_a_state_army_is_no_group_of_its_own():
    assert "US Army" not in names("The US Army fought the rebels.")
    assert names("The US Army fought the rebels.").get("United States") == "State"


def test_an_airline_is_no_people():
    assert names("Rivals such as British Airways and Qantas complained.").get("British Airways") != "ArmedGroup"
    assert names("Leaders of the Bosnian Serbs complained.").get("Bosnian Serbs") == "ArmedGroup"


def test_a_states_rebels_are_the_group_not_the_state():
    text = "Houthi fighters shelled the port. The country's Iran-backed rebels deny it."
    assert resolve(text, "rebels") == ["Houthis"]
    assert resolve("Houthi fighters shelled the port. The country's leaders deny it.", "leaders") != ["Houthis"]


def test_a_news_agency_reporting_is_no_antecedent():
    # the agency a commander spoke to is no participant: "the insurgents" finds no group
    told = ("TOWNVILLE (Reuters) - Rebels advanced on Monday.\n"
            "A commander told Reuters his men were near. The insurgents said they seized the bridge.")
    assert resolve(told, "insurgents") == []
    named = ("TOWNVILLE (Reuters) - Rebels of the Northern Liberation Army advanced.\n"
             "A commander told Reuters his men were near. The insurgents said they seized the bridge.")
    assert resolve(named, "insurgents") == ["Northern Liberation Army"]


def test_a_former_office_holder_acts_for_no_state():
    assert resolve("Russian former president Ivan Petrov, a close ally, said so.", "Petrov") == ["Ivan Petrov"]
    assert resolve("Ex-President Ivan Petrov of Russia said so.", "Petrov") == ["Ivan Petrov"]
    assert resolve("Russian President Ivan Petrov said so.", "Petrov") == ["Russia"]


def test_an_office_the_parser_made_the_head_still_names_the_state_its_holder_acts_for():
    # "X's Prime Minister Y": the small parser heads the phrase with the office, the name its apposition
    assert resolve("Norway hosted Kenya's acting Prime Minister John Otieno for talks.", "Otieno") == ["Kenya"]
    assert resolve("Norway hosted Kenya's former Prime Minister John Otieno for talks.", "Otieno") == ["John Otieno"]


def test_a_hyphenated_branch_is_its_own_group_not_the_name_inside_it():
    text = "The Sudan People's Liberation Army-North (SPLA-N) shelled a town. The SPLA-N withdrew."
    found = names(text)
    assert found.get("Sudan People's Liberation Army-North") == "ArmedGroup", found
    assert "South Sudan" not in found
    assert resolve(text, "SPLA", nth=1) == ["Sudan People's Liberation Army-North"]
    assert names("The Sudan People's Liberation Army shelled a town.").get("South Sudan") == "State"
    assert {"Russia", "Ukraine"} <= set(names("Russia-Ukraine talks resumed in Geneva."))


def test_a_short_ambiguous_form_names_the_group_the_text_names_in_full():
    text = "Jets struck the Islamic State near Raqqa. The IS holds much of the valley."
    assert resolve(text, "IS") == ["ISIL"]
    assert resolve("Jets struck a convoy near Raqqa. The IS holds much of the valley.", "IS") == []


def test_a_dateline_naming_nothing_known_does_not_end_the_lead():
    text = "Rebels strike again\n\n{}Maoists ambushed a police patrol in India on Sunday."
    assert resolve(text.format("TOWNVILLE: "), "Maoists") == ["Communist Party of India (Maoist)"]
    assert resolve(text.format(""), "Maoists") == ["Communist Party of India (Maoist)"]
    later = "Rebels strike again\n\nTOWNVILLE: Rebels ambushed a patrol. Later, Maoists in India said so."
    assert resolve(later, "Maoists") == []  # a state named after the lead places no article


def test_a_rebel_leader_speaks_for_the_armed_group_of_the_story_named_before_or_just_after():
    later = ('Fighting broke out near the border. "We now hold Kalo and the bridge," said {} John Otieno. '
             'Known as the Northern Liberation Army, the rebels mutinied last year.')
    assert resolve(later.format("rebel leader"), "We") == ["Northern Liberation Army"]
    assert resolve(later.format("local leader"), "We") == []  # no office in an armed movement
    before = 'The Northern Liberation Army advanced on Monday. "We now hold Kalo and the bridge," said {} John Otieno.'
    assert resolve(before.format("rebel leader"), "We") == ["Northern Liberation Army"]
    assert resolve(before.format("local leader"), "We") == []


def test_a_group_linked_to_a_name_is_not_described_as_that_name():
    text = "An Islamist group {} the Northern Liberation Army seized Kalo. The Sun Brigade held Beni. The group also shelled a camp."
    assert resolve(text.format("linked to"), "group", nth=1) == ["Sun Brigade"]
    assert resolve(text.format("known as"), "group", nth=1) == ["Northern Liberation Army"]


def test_the_two_sides_are_the_pair_the_text_named_together():
    text = "Talks between Sudan and the Justice and Equality Movement opened. The two sides met in Doha."
    assert resolve(text, "sides") == ["Sudan", "Justice and Equality Movement"]
    assert resolve("Talks opened on Monday. The two sides met in Doha.", "sides") == []


def test_names_joined_by_a_slash_are_both_named():
    assert resolve("Jets struck PKK/PYD positions near the border.", "positions") == ["PYD", "PKK"]
    assert resolve("Jets struck PKK positions near the border.", "positions") == ["PKK"]


def test_a_facility_a_named_actor_owns_stands_for_the_owner_not_its_town():
    assert resolve("Fighters stormed Mr Haddad's Gaza base.", "base", role="target") == ["Haddad"]
    assert resolve("Fighters stormed the Gaza base.", "base", role="target") == ["Gaza"]


def test_the_latter_and_the_former_are_the_actors_the_sentence_before_named():
    text = "Sudan and Chad signed a deal. The former accused the latter of arming rebels."
    assert resolve(text, "former") == ["Sudan"]
    assert resolve(text, "latter") == ["Chad"]
    assert resolve("Sudan and Chad signed a deal. The former president of Chad left.", "president") != ["Sudan"]


def test_a_headline_abbreviates_the_compass_word_of_a_state():
    assert names("Rebels near C.African Republic capital\n\nFighting went on.").get("Central African Republic") == "State"
    assert names("Rebels near African capital\n\nFighting went on.").get("Central African Republic") is None


def test_the_rebels_are_never_the_body_that_condemned_them():
    text = "The United Nations condemned the violence. The rebels attacked an army convoy."
    assert resolve(text, "rebels") == []
    armed = "The Kivu Liberation Front condemned the violence. The rebels attacked an army convoy."
    assert resolve(armed, "rebels") == ["Kivu Liberation Front"]


def test_with_no_state_in_the_lead_the_army_is_the_dateline_citys_state():
    text = "KABUL (Reuters) - Fighters held the town on Tuesday. Government forces attacked them."
    assert resolve(text, "forces") == ["Afghanistan"]
    assert resolve("Fighters held the town on Tuesday. Government forces attacked them.", "forces") == []


def test_with_no_state_in_the_lead_the_army_is_the_state_of_the_places_it_names():
    text = "Rebels ambush army convoy near Kandahar\n\nGunmen attacked a convoy near Kandahar. The army said two soldiers died."
    assert resolve(text, "army", nth=1) == ["Afghanistan"]
    bare = "Rebels ambush army convoy\n\nGunmen attacked a convoy. The army said two soldiers died."
    assert resolve(bare, "army", nth=1) == []


def test_a_region_before_rebels_says_where_they_fight_not_who_they_are():
    assert resolve("Fighting between Darfur rebels and the army killed seven.", "rebels") == []
    assert resolve("Fighting between Houthi rebels and the army killed seven.", "rebels") == ["Houthis"]


def test_a_state_name_before_rebels_names_their_country_not_the_state():
    assert resolve("Congo rebels seized a border post on Monday.", "rebels") == []
    assert resolve("A Congo rebel alliance seized a border post on Monday.", "alliance") == []
    assert resolve("Congo troops seized a border post on Monday.", "troops") == ["Democratic Republic of the Congo"]


def test_a_states_possessive_before_rebels_names_their_country_not_the_state():
    assert resolve("Peru's largest rebel group seized a border post on Monday.", "group") == []
    assert resolve("Peru's main opposition shelled a border post on Monday.", "opposition") == []
    assert resolve("Peru's army seized a border post on Monday.", "army") == ["Peru"]


def test_a_demonym_before_mercenaries_is_the_group_of_that_state_the_text_names():
    text = "Wagner mercenaries guarded the mine. Later, Russian mercenaries attacked a village."
    assert resolve(text, "mercenaries", nth=1) == ["Wagner Group"]
    assert resolve("Soldiers guarded the mine. Later, Russian mercenaries attacked a village.", "mercenaries") != ["Wagner Group"]


def test_a_post_only_a_state_holds_is_the_state_the_text_is_about():
    text = "Kenya's army said rebels attacked a police station near the border."
    assert resolve(text, "station") == ["Kenya"]
    assert resolve("Kenya's army said rebels attacked a petrol station near the border.", "station") == []
    assert resolve("Kenya's army said rebels attacked a rebel police station near the border.", "station") == []


def test_a_state_post_belongs_to_the_state_the_sentence_places_it_in():
    text = "Kenya's army said militants attacked a military checkpoint in Somalia."
    assert resolve(text, "checkpoint") == ["Somalia"]
    assert resolve("Kenya's army said militants attacked a military checkpoint in the hills.", "checkpoint") == ["Kenya"]


def test_a_word_of_a_groups_name_the_ner_read_as_another_name_is_that_group():
    text = "The Liberation Lions of Korvia attacked a village. The Lions also burned a school."
    assert resolve(text, "Lions", nth=1) == ["Liberation Lions of Korvia"]
    assert resolve("The Liberation Lions of Korvia attacked a village. The Tigers also burned a school.",
                   "Tigers") != ["Liberation Lions of Korvia"]


def test_the_people_of_the_region_a_group_is_named_for_are_its_forces():
    text = "The Tigray People's Liberation Front said Tigrayan forces attacked the town."
    assert resolve(text, "forces") == ["Tigray People's Liberation Front"]
    assert resolve("The Tigray People's Liberation Front said Tigrayan farmers left the town.", "farmers") != [
        "Tigray People's Liberation Front"]


def test_a_ministry_is_a_body_of_the_state_that_has_it():
    assert resolve("Chad's Defence Ministry said its troops shelled the rebels.", "Ministry") == ["Chad"]
    assert resolve("The Defence Ministry said its troops shelled the rebels.", "Ministry") == []


def test_a_numbered_unit_is_part_of_the_forces_it_belongs_to_not_a_place():
    text = "Rebels shelled the headquarters of the 6th Infantry Division of the Chadian army."
    assert resolve(text, "Division") == ["Chad"]
    assert resolve("Rebels shelled the headquarters of the 6th Infantry Division.", "Division", role="place") == []
    assert resolve("Rebels shelled the headquarters of the Ennedi Division.", "Division", role="place") != []


def test_an_adjective_after_a_demonym_names_no_people():
    assert "Syrian Kurdishs" not in names("Iraqi jets struck a Syrian Kurdish unit near the river.")
    assert "Syrian Kurds" in names("Iraqi jets struck Syrian Kurds near the river.")


def test_a_states_name_before_a_name_reads_as_its_demonym():
    assert resolve("Pakistan Taliban fighters attacked a police station.", "fighters") == ["Tehrik-i-Taliban Pakistan"]
    assert resolve("Pakistan and Taliban fighters attacked a police station.", "fighters") != ["Tehrik-i-Taliban Pakistan"]


def test_a_pronoun_in_a_quote_is_not_the_speaker():
    text = 'Kivu Liberation Front fighters seized the town. "They stormed the base," said witness Jean Bosco.'
    assert resolve(text, "They") == ["Kivu Liberation Front"]
    reported = "Kivu Liberation Front fighters seized the town. The Tumba Movement said they stormed the base."
    assert resolve(reported, "they") == ["Tumba Movement"]


def test_one_person_speaking_is_no_it_or_they():
    text = "The Kivu Liberation Front held the hills. Witness Jean Bosco said they stormed the base."
    assert resolve(text, "they") == []
    assert resolve("The Kivu Liberation Front held the hills. The Tumba Movement said they stormed the base.",
                   "they") == ["Tumba Movement"]


def test_a_pronoun_goes_on_naming_what_the_same_pronoun_named_before():
    text = ('The Kivu Liberation Front seized the town. "They were riding trucks," said Jean Bosco. '
            "They stormed the base at dawn.")
    assert resolve(text, "They", nth=1) == ["Kivu Liberation Front"]
    singular = ('The Kivu Liberation Front seized the town. "It was raining," said Jean Bosco. '
                "They stormed the base at dawn.")
    assert resolve(singular, "They") != ["Kivu Liberation Front"]


def test_a_name_described_by_its_own_modifier_is_what_that_noun_refers_back_to():
    text = "The rebel Tumba Council dismissed the toll. The rebels attacked the town."
    assert resolve(text, "rebels") == ["Tumba Council"]
    assert resolve("The Tumba Council dismissed the toll. The rebels attacked the town.", "rebels") == []


def test_the_group_a_sentence_says_is_a_name_is_that_name():
    text = "The Kivu Liberation Front held the hills. The second group is the alliance known as the Tumba Alliance."
    assert resolve(text, "group") == ["Tumba Alliance"]
    assert resolve("The Kivu Liberation Front held the hills. The second group held the river.", "group") == []
    assert resolve("The Kivu Liberation Front held the hills. The group held the river.", "group") == [
        "Kivu Liberation Front"]


def test_a_long_name_the_ner_cut_short_is_the_whole_run_its_acronym_spells():
    text = "The Defence Group for Islam and Muslims (DGIM) said its fighters attacked the base. The DGIM withdrew."
    assert set(names(text)) == {"Defence Group for Islam and Muslims"}
    assert resolve(text, "DGIM", nth=1) == ["Defence Group for Islam and Muslims"]
    other = "The Defence Group for Islam and Muslims (XYZ) said its fighters attacked the base."
    assert "Defence Group for Islam and Muslims" not in names(other)


def test_the_government_is_the_state_the_text_named_as_the_government_of():
    text = ("Chadian jets backing the government of Mali struck the town. "
            "Rebels attacked the last area held by the government.")
    assert resolve(text, "government", nth=1) == ["Mali"]
    envoy = ("Chadian jets backing the envoy of Mali struck the town. "
             "Rebels attacked the last area held by the government.")
    assert resolve(envoy, "government") == ["Chad"]


def test_the_base_is_the_base_the_text_introduced_and_its_owner_is_hit():
    text = "Chad's army said gunmen attacked a military base in the hills. Later the gunmen stormed the base."
    assert resolve(text, "base", role="target", nth=1) == ["Chad"]
    unowned = "Chad's army said gunmen attacked a farm base in the hills. Later the gunmen stormed the base."
    assert resolve(unowned, "base", role="target", nth=1) == []


def test_of_two_towns_the_town_is_the_one_the_story_names_most():
    text = ("Rebels seized the town of Kidal. Kidal is 40 km from Gao, the town that hosts the academy. "
            "The army said it retook the town.")
    assert resolve(text, "town", role="place", nth=2) == ["Kidal"]
    once = ("Rebels seized the town of Kidal. Then they reached Gao, the town that hosts the academy. "
            "The army said it shelled the town.")
    assert resolve(once, "town", role="place", nth=2) == ["Gao"]


def test_a_town_retaken_is_the_one_last_told_taken_not_the_one_named_most():
    # one can only retake a town that was taken: the latest taking named, however often another town is
    text = ("Troops recaptured the town of Kidal on Tuesday, and Kidal was calm by Wednesday, residents of Kidal "
            "said. In May, rebels {verb} the town of Gao. The army retook the town on Sunday.")
    assert resolve(text.format(verb="took"), "town", role="place", nth=2) == ["Gao"]
    assert resolve(text.format(verb="visited"), "town", role="place", nth=2) == ["Kidal"]


def test_a_name_said_to_be_a_city_is_the_city():
    text = "Kidal {said}. Analysts said its fall would give Bamako leverage. Rebels hailed the capture of the city."
    assert resolve(text.format(said="is the largest city in the region"), "city", role="place") == ["Kidal"]
    assert resolve(text.format(said="is the largest market in the region"), "city", role="place") == ["Bamako"]


def test_an_acronym_after_a_state_that_ends_a_longer_name_is_that_name():
    text = "A new group called Tehreek-e-Nusrat Pakistan (TNP) claimed the attack. The TNP said so."
    assert resolve(text, "TNP", nth=1) == ["Tehreek-e-Nusrat Pakistan"]
    assert resolve("The Democratic Republic of Congo (DRC) said so. The DRC denied it.", "DRC", nth=1) == [
        "Democratic Republic of the Congo"]


def test_an_offshoot_of_a_group_is_not_that_group():
    assert resolve("Jets bombed the al-Qaeda offshoot near the river.", "offshoot") == []
    assert resolve("Jets bombed the al-Qaeda fighters near the river.", "fighters") == ["al-Qaeda"]


def test_a_name_after_an_armed_groups_title_names_a_group():
    # "whose rebel group X Y": the NER takes the name for a person; the title says an armed group
    assert names("Farid Nasser, whose rebel group Kataib al-Nour is taking part, spoke.").get("Kataib al-Nour") == \
        "ArmedGroup"
    assert names("The rights group Karim Aid said the town was shelled.").get("Karim Aid") != "ArmedGroup"


def test_words_linked_by_a_particle_and_hyphens_are_one_name():
    text = "The Harkat-ul-Nasr militant group claimed the attack."
    assert resolve(text, "group") == ["Harkat-ul-Nasr"]
    assert names(text).get("Harkat-ul-Nasr") == "ArmedGroup"
    # twin: words joined through a word that is no linking particle are not one name
    assert "Harkat-and-Nasr" not in names("The Harkat-and-Nasr militant group claimed the attack.")


def test_a_leaders_government_or_forces_are_the_state_his_title_names():
    text = "Congolese President Laurent Kabila spoke. Kabila's forces took the town."
    assert resolve(text, "forces") == ["Democratic Republic of the Congo"]
    assert resolve("Yemeni President Ali Nasser's government fell.", "government") == ["Yemen"]
    assert resolve("The rebel Ali Nasser spoke. Nasser's forces took the town.", "forces") == ["Ali Nasser"]


def test_a_description_is_not_the_name_it_is_for_or_against():
    assert resolve("The Taliban took the city. A spokesman for the anti-Taliban alliance spoke.", "alliance") == []
    assert resolve("The Taliban took the city. A spokesman for the alliance spoke.", "alliance") == ["Taliban"]


def test_the_country_acting_is_the_state_named_last_or_the_articles_own():
    text = "Fighting raged in Azerbaijan. Omar Hadi, the country's president, said troops held."
    assert resolve(text, "Hadi") == ["Azerbaijan"]
    other = "Fighting raged in Azerbaijan. Omar Hadi, a neighbouring country's president, said troops held."
    assert resolve(other, "Hadi") == ["Omar Hadi"]


def test_a_name_listed_among_states_is_the_state_not_its_homonym():
    lead = "Nigerian troops retook Kolori from Boko Haram on Monday. "
    assert resolve(lead + "Forces of Chad, Nigeria and Niger are stationed in the town.", "Niger", "place")[0] == "Niger"
    assert resolve(lead + "The fighting spread to Niger on Tuesday.", "Niger", "place") == ["Niger, Nigeria"]


def test_a_plain_word_short_form_names_the_group_of_the_articles_country():
    # "Maoists" names India's Maoist party in an article set in India, Nepal's in one set in Nepal
    assert resolve("India's army said Maoists attacked a patrol.", "Maoists") == ["Communist Party of India (Maoist)"]
    assert resolve("Nepal's army said Maoists attacked a patrol.", "Maoists") == ["Communist Party of Nepal (Maoist)"]
    assert resolve("India's army said a Maoist ambush killed two.", "Maoist") == ["Communist Party of India (Maoist)"]


def test_a_plain_word_short_form_names_no_group_in_an_article_set_elsewhere():
    assert "Communist Party of India (Maoist)" not in resolve("Peru's army said Maoists attacked a patrol.", "Maoists")


def test_a_dateline_alone_is_not_the_leads_first_sentence():
    # "KOCHI:" split off as a sentence of its own: the lead is the sentence after it, whose place sets the country
    text = "Two killed in ambush\n2020-03-01\n\nKOCHI: Maoists ambushed a patrol in Chhattisgarh on Sunday, killing two."
    assert resolve(text, "Maoists") == ["Communist Party of India (Maoist)"]
    elsewhere = "Two killed in ambush\n2020-03-01\n\nKOCHI: Maoists ambushed a patrol on Sunday, killing two."
    assert "Communist Party of India (Maoist)" not in resolve(elsewhere, "Maoists")


def test_a_definite_body_is_the_one_introduced_before_with_its_head_and_modifiers():
    text = ("A combined force of Chadian and Nigerien troops took the airport. A Chadian force stayed behind. "
            "The combined force then seized the bridge.")
    assert sorted(resolve(text, "force", nth=2)) == ["Chad", "Niger"]
    # twin: "the force" whose modifier no earlier force has ("the naval force") names no one
    text = ("A combined force of Chadian and Nigerien troops took the airport. "
            "The naval force then seized the bridge.")
    assert resolve(text, "force", nth=1) == []


def test_a_definite_person_noun_is_not_read_back_to_an_earlier_one():
    text = "Police arrested a courier of the Ruvoka Liberation Front. The courier helped the militants."
    assert "Ruvoka Liberation Front" not in resolve(text, "courier", nth=1)
    # twin: a body noun ("the brigades") is read back to the brigades named before
    text = "Police said brigades of the Ruvoka Liberation Front retook the port. The brigades then seized the airport."
    assert resolve(text, "brigades", nth=1) == ["Ruvoka Liberation Front"]


def test_forces_aligned_with_a_group_are_the_groups():
    text = "Chad's army held the border. Forces aligned with the Ruvoka Liberation Front took the town."
    assert resolve(text, "Forces") == ["Ruvoka Liberation Front"]
    # twin: forces with no one they are aligned with are the article's state's
    text = "Chad's army held the border. Forces took the town."
    assert resolve(text, "Forces") == ["Chad"]


def test_a_fronted_place_gives_the_unnamed_forces_acting_there_their_state():
    text = "Chad's army held the border. In neighbouring Niger, security forces killed three gunmen."
    assert resolve(text, "forces") == ["Niger"]
    # twin: the place after the verb is where they acted, not whose they are
    text = "Chad's army held the border. Security forces killed three gunmen near Niger."
    assert resolve(text, "forces") == ["Chad"]


def test_a_people_adjective_after_a_demonym_names_a_people():
    # "Bosnian Serb forces": the NER leaves "Serb" untagged; the forces are the people's, not the state's
    assert resolve("The Bosnian Serb army shelled the town.", "army") == ["Bosnian Serbs"]
    assert resolve("The Bosnian army shelled the town.", "army") == ["Bosnia and Herzegovina"]


def test_the_government_is_the_articles_state_not_a_host_named_in_passing():
    text = ("Chad's government met the Ruvoka Liberation Front. Chad's army held the border. "
            "The Nigerien government offered to host talks. Later the government said it would attend.")
    assert resolve(text, "government", nth=2) == ["Chad"]
    # twin: another state's government named in the same sentence is the one meant
    text = ("Chad's government met the Ruvoka Liberation Front. Chad's army held the border. "
            "The Nigerien government offered talks, and the government said it would host them.")
    assert resolve(text, "government", nth=2) == ["Niger"]


def test_a_pronoun_object_is_not_its_own_clause_subject():
    text = "The Ogaden Front held the hills for years. Kenyan and Somali soldiers have pushed it from the valley."
    assert resolve(text, "it") == ["Ogaden Front"]


def test_a_pronoun_subject_may_be_the_subject_before_it():
    text = "The Ogaden Front held the hills for years. Kenyan troops said it had left the hills."
    assert resolve(text, "it") == ["Kenya"]



def test_a_peoples_forces_are_the_one_group_the_text_names_with_that_people():
    text = "The Kurdish YPG said it held the hills. Kurdish-led forces seized the town of Karota on Tuesday."
    assert resolve(text, "forces") == ["YPG"]
    # twin: the text names two groups of that people, so the forces are neither
    text = "The Kurdish YPG and the Kurdish PJAK held the hills. Kurdish forces seized the town of Karota."
    assert resolve(text, "forces") == []


def test_a_peoples_forces_in_a_state_are_not_that_states_forces():
    assert resolve("Kurdish-led forces in Syria captured the town of Karota.", "forces") == []
    assert resolve("Syrian Kurdish forces captured the town of Karota.", "forces") == []
    # twins: the state's own forces
    assert resolve("Government forces in Syria seized the town of Karota.", "forces") == ["Syria"]
    assert resolve("Syrian forces captured the town of Karota.", "forces") == ["Syria"]


def test_a_doctrines_adjective_before_a_known_group_is_no_part_of_its_name():
    found = names("Members of the Maoist Shining Path ambushed police near Karota.")
    assert "Shining Path" in found and "Maoist Shining Path" not in found
    # twin: an unknown word heading a known group's name makes another group's name
    assert "Saraya Hamas" in names("Saraya Hamas fighters attacked the town of Karota.")


def test_a_group_the_gazetteer_spells_in_lower_case_is_named_so():
    assert resolve("Kurdish peshmerga forces took the village of Karota.", "forces") == ["Peshmerga"]
    # twin: a lower-case word the gazetteer does not spell so is no name
    assert "islamic" not in names("The islamic state group attacked the town of Karota.")


def test_an_office_or_a_states_force_in_capitals_names_no_one_of_its_own():
    assert "Armed Forces" not in names("The border district has been run by the Rwandan-backed Armed Forces for a decade.")
    assert not any("Minister" in name for name in names("The Minister of Foreign Affairs of Ghana met the envoys in Accra."))
    assert resolve("The Minister of Foreign Affairs of Ghana met the envoys in Accra.", "Minister") == ["Ghana"]
    # a word of a name beside the office words keeps it a name
    assert "Popular Defence Forces" in names("The Popular Defence Forces shelled the town.")


def test_a_backers_armed_forces_are_its_proxies_and_a_states_own_are_the_state():
    assert resolve("The border district has been run by the Rwandan-backed Armed Forces for a decade.", "Forces") == []
    assert resolve("The Ugandan Armed Forces shelled the town.", "Forces") == ["Uganda"]


def test_a_state_inside_a_spelt_out_group_name_stays_the_state_elsewhere():
    # "Islamic State of X and Y (ISXY)": the run before the acronym is the group, but the
    # state named inside it is still that state where the text names it on its own
    text = ("Militia units drove the Islamic State of Chad and Kanem (ISCK) out of two hamlets on Monday. "
            "Chadian troops retook the town.")
    assert resolve(text, "troops") == ["Chad"]
    # twin: the acronym and the spelt-out run still name the group
    assert resolve(text + " The ISCK withdrew.", "ISCK", nth=1) == ["Islamic State of Chad and Kanem"]


def test_domestic_forces_are_not_a_far_off_foreign_services():
    text = ("Government forces fled the capital of Chad after a night of fighting. Residents hid. Shops closed. "
            "Aid workers left. Diplomats met. Prices rose. "
            "The Nigerien security services were accused of arming the rebels.")
    assert resolve(text, "forces") == ["Chad"]
    # twin: a state named with such forces close by owns them
    text = ("Government forces fled the capital of Chad after a night of fighting. "
            "The Nigerien security services were accused of arming the rebels.")
    assert resolve(text, "forces") == ["Niger"]


def test_a_proper_noun_modifier_keeps_a_force_apart_from_an_earlier_force():
    text = "Government forces fled Kandahar. Later the jihad forces crossed the river."
    assert resolve(text, "forces", nth=1) == []
    # twin: the same forces named again are the earlier ones
    assert resolve("Government forces fled Kandahar. Later the government forces returned.",
                   "forces", nth=1) == ["Afghanistan"]


def test_a_hyphen_is_no_word_a_group_was_described_with():
    # "an 800-strong X force": the parser makes the hyphen a modifier, as in "the 'anti-Y' militia"
    text = ("Seleka rebels hold the town. An 800-strong African Union force arrived on Monday. "
            "Witnesses said the \u2018anti-balaka\u2019 militia raided the market.")
    assert resolve(text, "militia") == ["Seleka"]
    # twin: a group described with the description's own word is found
    text = ("Seleka rebels hold the town. An 800-strong African Union force arrived on Monday. "
            "Witnesses said the force raided the market.")
    assert resolve(text, "force", nth=1) == ["African Union"]


def test_with_no_state_in_the_lead_the_places_of_the_text_give_the_home_state():
    text = ("Insurgents take another town. Fighters entered the town at dawn. "
            "Residents of Kunduz fled to Herat. Later government forces retreated.")
    assert resolve(text, "forces") == ["Afghanistan"]
    # twin: one place named once is too little to place the story
    text = ("Insurgents take another town. Fighters entered the town at dawn. "
            "Residents of Kunduz fled. Later government forces retreated.")
    assert resolve(text, "forces") == []


def test_the_ethnic_army_is_the_storys_armed_group_not_the_state():
    text = "The Arakan Army seized a town from Myanmar's military. The ethnic army said it would hold the town."
    assert resolve(text, "army") == ["Arakan Army"]
    assert resolve(text, "it") == ["Arakan Army"]
    # twin: "the army" with no such modifier is the state's
    text = "The Arakan Army seized a town from Myanmar's military. The army said it would retake the town."
    assert resolve(text, "army") == ["Myanmar"]


def test_the_group_as_a_subject_goes_on_with_the_subject_before_it():
    text = ("The Kanem Front has sworn loyalty to al-Qaeda. But it mostly lives off smuggling. "
            "Since it took up cattle theft, the group has burned two villages.")
    assert resolve(text, "group") == ["Kanem Front"]
    # twin: when the subject before is a state's force, the group is the one named last
    assert resolve("Chad's army attacked the Kanem Front near Mao. The group said it lost two men.",
                   "group") == ["Kanem Front"]


def test_the_defence_force_is_the_states_own_force():
    # "Defence Force" is what many states call their military ("the national defence force")
    text = "Rebels attacked Mongo in Chad on Monday. The defence force retook the town."
    assert resolve(text, "force") == ["Chad"]
    assert resolve("Rebels attacked Mongo in Chad on Monday. The federal force retook the town.", "force") == ["Chad"]
    # twin: a village's own defence force is no state's
    assert resolve("Rebels attacked Mongo in Chad on Monday. A local defence force retook the town.", "force") == []


def test_the_government_of_a_person_is_the_articles_state():
    # "the government of X": X heads it, so it is the article's own state, not the man
    text = ("Fighting in Peru has killed dozens this month. Talks are stalled between the Shining Path "
            "and the government of Luis Ramos, the rebels said.")
    from test_relations import facts
    held = facts(text.replace("Talks are stalled between", "The fighting went on between"))
    assert ("Shining Path", "attacked", "Peru") in held, held
    own = facts(text.replace("Talks are stalled between", "The fighting went on between")
                .replace("the government of Luis Ramos", "the friends of Luis Ramos"))
    assert ("Shining Path", "attacked", "Peru") not in own, own


def test_fighters_named_by_a_people_in_a_title_are_the_group_of_that_people():
    # "Talks Between X and Quechua Rebels" in a title-case line: the NER reads a name; it is the one group
    # the text names by that people's word
    text = ('"Tense" Talks Between Peruvian Government and Quechua Rebels\n\n'
            "The Quechua Liberation Army said talks had opened in Quito.")
    assert resolve(text, "Rebels")[0] == "Quechua Liberation Army", resolve(text, "Rebels")
    other = text.replace("The Quechua Liberation Army", "The Andean Liberation Army")
    assert "Andean Liberation Army" not in resolve(other, "Rebels"), resolve(other, "Rebels")


def test_bare_rebels_before_the_name_are_the_one_group_later_described_so():
    # "talks with rebels ... X rebels entered the city": the only armed group, described with the word
    text = "The government held talks with rebels on Monday. It was the first time Kanem Liberation Front {} entered the town."
    assert resolve(text.format("rebels"), "rebels") == ["Kanem Liberation Front"]
    assert resolve(text.format("envoys"), "rebels") == []
