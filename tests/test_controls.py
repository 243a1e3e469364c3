"""Rule tests for controls on made-up sentences (one phenomenon each, with its twin);
the helpers are test_relations' own."""
from __future__ import annotations

import datetime

from test_relations import facts


def test_a_counted_plural_before_a_colon_is_listed_by_the_next_sentence():
    # the small parser ends the sentence at the colon when the items hold semicolons
    items = ("Florencia, the capital of Caqueta province; Marquetalia, the capital of Meta province on the Peruvian "
             "border; and Tumbes, the capital of a northern province of the same name")
    lead = "In addition to Arequipa, the FARC captured three other provincial capitals in just three days"
    listed = facts(f"{lead}: {items}.")
    assert {("FARC", "controls", p) for p in ("Florencia", "Marquetalia", "Tumbes")} <= listed, listed
    apart = facts(f"{lead}. {items}, stayed calm.")
    assert ("FARC", "controls", "Marquetalia") not in apart, apart


def test_a_place_lost_to_x_is_held_by_x():
    assert ("FARC", "controls", "Florencia") in facts("Peruvian troops lost Florencia to the FARC in May.")
    assert ("FARC", "controls", "Florencia") in facts("Florencia, which the army lost to the FARC in May, is calm.")
    # the clause that loses it names no loser: the one who took it back lost it, and holds it now
    assert ("FARC", "controls", "Florencia") not in facts(
        "Peruvian troops took back Florencia on Tuesday, a week after losing it to the FARC.")
    assert ("Chile", "controls", "Peru") not in facts("Peru lost the match to Chile.")


def test_the_taking_of_a_place_from_x_is_not_held_by_x():
    # "from X" names the doer of fire ("fire from X"), but the one a place is taken from loses it
    assert ("FARC", "controls", "Florencia") not in facts("The recapture of Florencia from the FARC took nine months.")
    assert ("FARC", "controls", "Florencia") in facts("The recapture of Florencia by the FARC took nine months.")


def test_driving_x_from_a_place_holds_it():
    assert ("Peru", "controls", "Florencia") in facts("Peruvian troops drove the FARC from Florencia in May.")
    assert ("Peru", "controls", "Florencia") not in facts("Peruvian troops drove the FARC from power in May.")


def test_a_place_in_x_hands_is_held_by_x():
    assert ("FARC", "controls", "Florencia") in facts("Florencia fell into FARC hands on Tuesday.")
    assert ("FARC", "controls", "Florencia") not in facts("Florencia fell into FARC mortar range on Tuesday.")


def test_the_fall_of_a_place_to_x_is_held_by_x():
    assert ("FARC", "controls", "Florencia") in facts("The fall of Florencia to the FARC shocked Peru.")
    assert ("FARC", "controls", "Florencia") not in facts("The fall of Florencia shocked the FARC.")


def test_winning_back_control_of_a_place_holds_it():
    assert ("FARC", "controls", "Florencia") in facts("The FARC won back control of Florencia in March.")
    assert ("FARC", "controls", "Florencia") not in facts("The FARC fought for control of Florencia in March.")


def test_a_hold_told_in_the_simple_past_for_days_or_weeks_has_ended():
    assert ("FARC", "controls", "Florencia") not in facts("The FARC held Florencia for ten days in 1998.")
    assert ("FARC", "controls", "Florencia") in facts("The FARC has held Florencia for ten days.")


def test_a_place_retaken_by_no_one_named_ends_the_earlier_taking():
    seized = "The FARC seized Florencia in 1998. "
    assert ("FARC", "controls", "Florencia") not in facts(seized + "The town was recaptured in March 1999.")
    assert ("FARC", "controls", "Florencia") in facts(seized + "The town could be recaptured next year.")
    # the passive restates a retaking told before: the one who retook it still holds it
    assert ("Peru", "controls", "Florencia") in facts(
        "Peruvian troops reentered Florencia on Sunday. The town was fully recaptured on Monday.")


def test_a_place_retaken_by_no_one_named_restates_the_retaking_of_the_one_who_retook_it():
    retook = facts("Peruvian troops said they had taken Florencia. They recaptured Florencia on Monday. "
                   "Florencia has been liberated, officials said.")
    assert ("Peru", "controls", "Florencia") in retook, retook
    took = facts("Peruvian troops took Florencia on Monday. Florencia has since been liberated, officials said.")
    assert ("Peru", "controls", "Florencia") not in took, took


def test_a_completed_operation_to_take_a_place_is_done_not_aimed_at():
    done = "Peruvian troops have {} their operation to liberate the town of Florencia, officials said."
    assert ("Peru", "controls", "Florencia") in facts(done.format("completed"))
    assert ("Peru", "controls", "Florencia") not in facts(done.format("launched"))


def test_a_taking_told_as_background_does_not_end_the_news_holder():
    # news puts the latest taking first: "had captured" after it is older, whatever the sentence order
    news = "The FARC seized Florencia on Tuesday. "
    background = facts(news + "Peruvian troops had captured Florencia from the FARC in March.")
    assert ("FARC", "controls", "Florencia") in background, background
    assert ("Peru", "controls", "Florencia") not in background, background
    told_in_order = facts(news + "Peruvian troops captured Florencia from the FARC on Wednesday.")
    assert ("Peru", "controls", "Florencia") in told_in_order, told_in_order
    assert ("FARC", "controls", "Florencia") not in told_in_order, told_in_order


def test_a_taking_dated_earlier_this_month_is_background():
    news = "The FARC seized Florencia on Tuesday. "
    earlier = facts(news + "Earlier this month Peruvian troops captured Florencia from the FARC.")
    assert ("FARC", "controls", "Florencia") in earlier, earlier
    assert ("Peru", "controls", "Florencia") not in earlier, earlier
    ago = facts(news + "Two years ago Peruvian troops captured Florencia from the FARC.")
    assert ("Peru", "controls", "Florencia") not in ago, ago


def test_a_taking_by_unnamed_fighters_dated_long_before_the_article_does_not_end_the_news_holder():
    news = "Peruvian troops regained control over Florencia on Monday. "
    when = datetime.date(2017, 3, 9)
    background = facts(news + "In December 2016, the town was retaken by militants.", when)
    assert ("Peru", "controls", "Florencia") in background, background
    later = facts(news + "On Tuesday, the town was retaken by militants.", when)
    assert ("Peru", "controls", "Florencia") not in later, later


def test_a_past_perfect_in_reported_speech_is_news():
    # "said it had captured" is the news told in the past, not background
    reported = facts("The FARC seized Florencia in May. On Tuesday the army said Peruvian troops had captured "
                     "Florencia from the FARC.")
    assert ("Peru", "controls", "Florencia") in reported, reported
    assert ("FARC", "controls", "Florencia") not in reported, reported


def test_a_place_named_after_including_is_held_with_the_rest():
    # "others", "the provincial capital of": the held noun need not be a place word the parse knows
    assert ("FARC", "controls", "Florencia") in facts("The FARC took two others on Monday, including the town of Florencia.")
    assert ("FARC", "controls", "Tumbes") in facts("The FARC has held several towns since May, including the provincial "
                                                   "capital of Tumbes.")
    assert ("FARC", "controls", "Florencia") not in facts("The FARC seized weapons, including rifles stored in Florencia.")


def test_a_plural_place_noun_names_every_listed_name_a_place():
    # the tagger reads the second name as a person's; "the towns of" makes both towns
    both = facts("The FARC seized the towns of Tumbes and Teresa on Monday.")
    assert ("FARC", "controls", "Teresa") in both, both
    one = facts("The FARC seized the town of Tumbes and Teresa on Monday.")
    assert ("FARC", "controls", "Teresa") not in one, one


def test_the_settlement_of_x_is_a_place():
    # "the settlement of X", "the hamlet of X": how war bulletins name a village
    assert ("Peru", "controls", "Marcona") in facts("Peruvian troops liberated the settlement of Marcona on Monday.")
    assert ("Peru", "controls", "Marcona") in facts("Peruvian troops captured the hamlet of Marcona on Monday.")
    agreed = facts("Peruvian troops reached a settlement with the FARC in Marcona on Monday.")
    assert ("Peru", "controls", "Marcona") not in agreed, agreed


def test_an_x_held_place_noun_before_a_name_gives_x_the_name():
    assert ("FARC", "controls", "Marcona") in facts("Peruvian jets struck the FARC-held town Marcona on Friday.")
    hall = facts("Peruvian jets struck the FARC-held town hall in Marcona on Friday.")
    assert ("FARC", "controls", "Marcona") not in hall, hall


def test_the_village_is_not_the_region_or_city_around_it():
    # "the Arequipa region", "the edge of Arequipa" name the area around the village, not it
    story = "Peruvian troops fought the FARC in Marcona, {}. The FARC said it took control of the village."
    for where in ("in the western part of the Arequipa region", "on the western edge of Arequipa"):
        held = facts(story.format(where))
        assert ("FARC", "controls", "Marcona") in held, held
        assert ("FARC", "controls", "Arequipa") not in held, held


def test_a_weekday_after_a_place_name_is_no_place():
    # "captured the city of X Saturday": the parser may hang the name on the day
    day = facts("The FARC militia said it captured the city of Mazar-e-Marcona Saturday, its biggest gain in a "
                "long war against the army.")
    assert ("FARC", "controls", "Saturday") not in day, day
    dated = facts("The FARC militia said it captured the city of Marcona on Saturday.")
    assert ("FARC", "controls", "Marcona") in dated, dated


def test_a_base_of_a_named_group_is_no_place_of_that_name():
    # the organisation after "a base of" owns the post; a place after it names where the post is
    owned = facts("Peruvian troops overran a base of the Desert Falcons near Marcona on Monday.")
    assert not any(r == "controls" and "Falcons" in o for _, r, o in owned), owned
    assert ("Peru", "controls", "Marcona") in facts("Peruvian troops overran the base of Marcona on Monday.")


def test_an_alliance_entered_is_no_place():
    joined = facts("While Continental immediately entered Sky Alliance, Copa slowly pondered its options.")
    assert ("Continental", "controls", "Sky Alliance") not in joined, joined
    entered = facts("While the FARC immediately entered Marcona, the army pondered its options.")
    assert ("FARC", "controls", "Marcona") in entered, entered


def test_rebels_a_group_name_modifies_are_that_group_not_the_demonym_state():
    said = facts("Peruvian Quechua FARC rebels said they had taken control of the town of Marcona.")
    assert ("FARC", "controls", "Marcona") in said, said
    assert ("Peru", "controls", "Marcona") not in said, said
    assert ("Peru", "controls", "Marcona") in facts("Peruvian government forces seized the town of Marcona on Monday.")


def test_a_town_seized_in_a_region_does_not_hold_the_region():
    unnamed = facts("The FARC seize town in south of Peru - residents")
    assert ("FARC", "controls", "Peru") not in unnamed, unnamed
    assert ("FARC", "controls", "Arequipa") not in facts("The FARC captures strategic city in Arequipa")
    named = facts("The FARC seized the town of Marcona in the south of Peru on Monday.")
    assert ("FARC", "controls", "Marcona") in named, named


def test_forces_loyal_to_a_name_the_parser_misplaced_are_not_the_states_own():
    # the parser hangs the name after "loyal to" on the noun of time that follows it
    loyal = "In Peru, Florencia fell to forces loyal to {} days after the war began."
    assert ("Peru", "controls", "Florencia") not in facts(loyal.format("Gatwech"))
    assert ("Peru", "controls", "Florencia") in facts(loyal.format("the government"))


def test_rival_forces_are_not_the_states_own():
    # "rival", "opposing", "warring" set the forces against someone: not the home state's own army
    said = "Peru is at war with the FARC. A Peruvian officer said the {} forces had overrun the airfield of Marcona."
    rival = facts(said.format("rival"))
    assert ("Peru", "controls", "Marcona") not in rival, rival
    assert ("Peru", "controls", "Marcona") in facts(said.format("government"))


def test_the_provincial_capital_is_not_the_states_capital_named_in_the_dateline():
    said = "LIMA, Peru - A FARC spokesman said its fighters now held most of the {}."
    provincial = facts(said.format("provincial capital"))
    assert ("FARC", "controls", "Lima") not in provincial, provincial
    assert ("FARC", "controls", "Lima") in facts(said.format("capital"))


def test_it_taken_is_the_town_a_word_before_it_names_not_the_region_that_places_it():
    # "P, a garrison town in the R region, ... it was seized": it is P, the town, not R
    seized = facts("The FARC shelled Marcona, a garrison town in the Cauca region, for a week and seized it on Monday.")
    assert ("FARC", "controls", "Cauca") not in seized, seized
    assert ("FARC", "controls", "Marcona") in seized, seized
    recaptured = facts("Peru claimed the recapture of Marcona, a garrison town in the Cauca region, "
                       "a month after it was seized by the FARC.")
    assert ("FARC", "controls", "Cauca") not in recaptured, recaptured


def test_a_name_before_an_indefinite_town_word_places_the_town_and_names_none():
    # "a strategic R town", "another R town": some town in R, not R itself held
    for seized in ("a strategic Cauca town", "another Cauca town"):
        found = facts(f"Peru is at war with the FARC. The FARC seized {seized} on Monday.")
        assert ("FARC", "controls", "Cauca") not in found, found
    # with "the", the name before the town word is the town's own
    found = facts("Peru is at war with the FARC. The FARC seized the Cauca town on Monday.")
    assert ("FARC", "controls", "Cauca") in found, found


def test_a_taking_that_nearly_happened_is_no_hold():
    # "nearly captured", "almost fell to": came close, did not happen
    near = facts("The FARC nearly captured Marcona in May, only to be pushed back.")
    assert ("FARC", "controls", "Marcona") not in near, near
    assert ("FARC", "controls", "Marcona") in facts("The FARC captured Marcona in May.")


def test_a_place_that_briefly_fell_to_x_is_not_held_by_x():
    brief = facts("Peruvian troops retreated to Marcona, which briefly fell to the FARC last year.")
    assert ("FARC", "controls", "Marcona") not in brief, brief
    fell = facts("Peruvian troops retreated to Tumbes after Marcona fell to the FARC last year.")
    assert ("FARC", "controls", "Marcona") in fell, fell


def test_a_taking_whose_takers_were_repelled_is_over():
    repelled = facts("FARC fighters overran parts of Marcona on Tuesday but were repelled by evening.")
    assert ("FARC", "controls", "Marcona") not in repelled, repelled
    assert ("FARC", "attacked", "Marcona") in repelled, repelled  # the assault itself happened
    joined = facts("FARC fighters overran parts of Marcona on Tuesday and were joined by others by evening.")
    assert ("FARC", "controls", "Marcona") in joined, joined


def test_a_religion_is_no_actor():
    # "soldiers of Islam" names a faith, not a group: no holder (religion names are NOT_NAMES)
    faith = facts("Marcona was seized on Monday by soldiers of Islam.")
    assert not {f for f in faith if f[1] == "controls"}, faith
    assert ("FARC", "controls", "Marcona") in facts("Marcona was seized on Monday by soldiers of the FARC.")


def test_bare_police_are_the_states_own_force():
    retook = facts("Peru is at war with the FARC. Police retook Marcona on Monday.")
    assert ("Peru", "controls", "Marcona") in retook, retook
    protest = facts("Peru is at war with the FARC. Protesters retook Marcona on Monday.")
    assert ("Peru", "controls", "Marcona") not in protest, protest


def test_a_place_fallen_into_government_hands_is_held_by_the_state():
    fell = facts("Peru is at war with the FARC. The town of Marcona fell into government hands on Monday.")
    assert ("Peru", "controls", "Marcona") in fell, fell
    rebel = facts("Peru is at war with the FARC. The town of Marcona fell into rebel hands on Monday.")
    assert ("Peru", "controls", "Marcona") not in rebel, rebel


def test_a_rebel_modifier_is_the_group_the_text_calls_rebels():
    """"rebel-held P", "the rebel stronghold of P", "under rebel control": the group the
    text describes as rebels, named before or after; no group so described, no holder."""
    named = "Marcona is under rebel control. The FARC rebels have fought the army since May."
    assert ("FARC", "controls", "Marcona") in facts(named)
    assert ("FARC", "controls", "Marcona") in facts("The FARC rebels shelled the army. Troops surrounded rebel-held Marcona.")
    unnamed = facts("Marcona is under rebel control. The FARC has fought the army since May.")
    assert ("FARC", "controls", "Marcona") not in unnamed, unnamed


def test_rebel_groups_are_several_not_the_one_group_called_rebels():
    text = "The FARC rebels fought the army. {} captured Marcona on Monday."
    assert ("FARC", "controls", "Marcona") not in facts(text.format("Rebel groups"))
    assert ("FARC", "controls", "Marcona") in facts(text.format("Rebel fighters"))


def test_a_name_a_stronghold_noun_introduces_is_a_place_whatever_the_recogniser_says():
    # the small model tags the made-up town a people (NORP)
    assert ("FARC", "controls", "Kaveni") in facts("Peruvian jets struck the FARC stronghold of Kaveni on Saturday.")
    assert ("FARC", "controls", "Americans") not in facts("The FARC held three Americans on Saturday.")


def test_a_states_stronghold_is_held_by_the_state_its_demonym_names():
    held = facts("Wagner fighters attacked the city of Marcona, a Peruvian stronghold.")
    assert ("Peru", "controls", "Marcona") in held, held
    former = facts("Wagner fighters attacked the city of Marcona, a former Peruvian stronghold.")
    assert ("Peru", "controls", "Marcona") not in former, former


def test_a_base_listed_after_a_town_is_held_where_it_stands_not_as_the_state_it_served():
    took = facts("Peru fought the FARC. On Tuesday the FARC seized Marcona and an army base at Kolani to the north.")
    assert ("FARC", "controls", "Kolani") in took, took
    assert ("FARC", "controls", "Peru") not in took, took
    assert ("FARC", "controls", "Peru") not in facts("On Tuesday the FARC seized Marcona and an army base in Peru.")


def test_the_towns_of_a_and_nearby_b_are_both_held():
    # the parser hangs the second name on "towns", and the recogniser reads it as an organisation
    fell = facts("The villages of Marcona and nearby Kolan Junction fell to FARC fighters after a week of shelling.")
    assert ("FARC", "controls", "Kolan Junction") in fell, fell
    assert ("FARC", "controls", "Kolan Junction") not in facts("Marcona fell to FARC fighters near Kolan Junction after a week of shelling.")


def test_a_city_where_someone_held_a_meeting_is_not_held():
    met = facts("Peruvian envoys and FARC commanders opened talks in Tacna, where they held private meetings.")
    assert ("Peru", "controls", "Tacna") not in met, met
    assert ("FARC", "controls", "Tacna") in facts("The FARC fought on in Tacna, where it has ruled since 2007.")


def test_who_gained_fame_for_taking_a_place_took_it():
    fame = facts("The FARC won renown for seizing the town of Marcona from the army.")
    assert ("FARC", "controls", "Marcona") in fame, fame
    praised = facts("Chile praised the FARC for taking the town of Marcona.")
    assert ("FARC", "controls", "Marcona") in praised and ("Chile", "controls", "Marcona") not in praised, praised


def test_a_coalition_called_by_a_name_is_that_name():
    # the parser makes "called" the main verb and the coalition its subject
    text = "Juan Perez leads a rival government. His coalition of soldiers and militias, called the FARC, " \
           "won renown for seizing the town of Marcona."
    assert ("FARC", "controls", "Marcona") in facts(text)
    assert ("FARC", "controls", "Marcona") not in facts("Juan Perez leads a rival government. "
                                                        "His coalition called the FARC and took the town of Marcona.")


def test_a_leader_takes_a_place_for_the_group_he_heads():
    led = facts("Juan Perez, the leader of the FARC, spoke. Perez claimed full credit for capturing the town of Marcona.")
    assert ("FARC", "controls", "Marcona") in led and ("Juan Perez", "controls", "Marcona") not in led, led
    alone = facts("Juan Perez spoke. Perez claimed full credit for capturing the town of Marcona.")
    assert ("FARC", "controls", "Marcona") not in alone, alone


def test_a_former_stronghold_ends_the_hold_told_as_background():
    # "their former stronghold": whoever held the place once holds it no longer, told after as background
    former = facts("Peruvian troops fought the FARC near their former stronghold of Florencia on Sunday. "
                   "The FARC seized Florencia two years ago.")
    assert ("FARC", "controls", "Florencia") not in former, former
    current = facts("Peruvian troops fought the FARC near their mountain stronghold of Florencia on Sunday. "
                    "The FARC seized Florencia two years ago.")
    assert ("FARC", "controls", "Florencia") in current, current


def test_a_named_former_stronghold_ends_that_holders_hold():
    assert ("FARC", "controls", "Florencia") not in facts(
        "The FARC seized Florencia in 1998. Troops now patrol the FARC's former stronghold of Florencia.")
    assert ("FARC", "controls", "Florencia") in facts(
        "The FARC seized Florencia in 1998. Troops now surround the FARC's main stronghold of Florencia.")


def test_a_participle_after_a_comma_describes_the_place_before_it():
    # the small parser hangs "captured by X" on the main verb; it describes the name before the comma
    described = facts("Peruvian troops advanced on Florencia, captured by the FARC in May.")
    assert ("FARC", "controls", "Florencia") in described, described
    clause = facts("Peruvian troops advanced on Florencia and were captured by the FARC in May.")
    assert ("FARC", "controls", "Florencia") not in clause, clause


def test_it_taken_in_the_passive_is_the_place_named_before():
    held = facts("Turkish forces entered the town of Florencia, the town which grew famous after it was "
                 "recaptured by the FARC in 2015.")
    assert ("FARC", "controls", "Florencia") in held, held
    assert ("FARC", "controls", "Turkey") not in held, held
    # twin: an "it" that was only visited is no place held
    assert ("FARC", "controls", "Florencia") not in facts(
        "Turkish forces entered the town of Florencia, the town which grew famous after it was "
        "visited by the FARC in 2015.")


def test_a_loss_ends_the_holders_undated_past_hold_told_after_it():
    # news tells the loss first and the story back after it: "captured" with no date is older
    lost = "The FARC was driven out of Florencia on Tuesday. "
    told_back = facts(lost + "The FARC captured most of the town in a long campaign.")
    assert ("FARC", "controls", "Florencia") not in told_back, told_back
    news = facts(lost + "The FARC has captured most of the town in a long campaign.")
    assert ("FARC", "controls", "Florencia") in news, news
    retaken = facts(lost + "The FARC recaptured Florencia in a long campaign.")
    assert ("FARC", "controls", "Florencia") in retaken, retaken


def test_a_demonym_before_a_noun_of_control_names_the_holder():
    assert ("Peru", "controls", "Florencia") in facts("Florencia has been under Peruvian control since May.")
    assert ("Peru", "controls", "Florencia") in facts("Florencia has been under Peruvian occupation since May.")
    # a bare "government" there may be a hold the text goes on to end: left to the text
    assert ("Peru", "controls", "Florencia") not in facts(
        "Florencia, a Peruvian town, has been under government control since May.")


def test_a_description_read_as_the_holders_own_capital_is_no_hold():
    # "the provincial capital" that falls back on the last city named is not the state's own seat
    assert ("Peru", "controls", "Lima") not in facts(
        "The FARC shelled Lima on Monday. Peruvian troops hold parts of the provincial capital.")
    assert ("Peru", "controls", "Arequipa") in facts(
        "The FARC shelled Arequipa on Monday. Peruvian troops hold parts of the provincial capital.")
    assert ("Peru", "controls", "Lima") in facts("Peruvian troops retook Lima from the FARC on Tuesday.")


def test_holding_someone_responsible_is_blame_not_a_hold():
    assert ("Peru", "controls", "Chile") not in facts("Peru holds the council and Chile responsible for the coup.")
    assert ("Peru", "controls", "Chile") not in facts("Peru holds Chile accountable for the raid on Tumbes.")
    assert ("FARC", "controls", "Florencia") in facts("The FARC holds Florencia and the port of Tumbes.")


def test_a_citys_airport_or_port_is_held_not_the_city():
    assert ("FARC", "controls", "Florencia airport") in facts("The FARC now controls Florencia's international airport.")
    assert ("FARC", "controls", "Florencia") not in facts("The FARC now controls Florencia's international airport.")
    assert ("FARC", "controls", "Florencia port") in facts("The FARC took over the main port in Florencia on Friday.")
    assert ("FARC", "controls", "Florencia") in facts("The FARC seized government buildings in Florencia on Friday.")


def test_the_stronghold_of_a_titled_person_is_his_not_a_place():
    taken = facts("Peruvian troops took the last stronghold of rebel commander Abimael Quispe on Friday.")
    assert not any(r == "controls" and o == "Abimael Quispe" for _, r, o in taken), taken
    assert ("Peru", "controls", "Kaveni") in facts("Peruvian troops took the last stronghold of Kaveni on Friday.")


def test_the_port_of_a_town_is_the_town():
    assert ("FARC", "controls", "Florencia") in facts("The FARC holds the port of Florencia.")
    assert ("FARC", "controls", "Florencia port") in facts("The FARC holds the port in Florencia.")


def test_an_armed_groups_capital_is_held_by_it():
    assert ("FARC", "controls", "Talvera") in facts("Hundreds of families fled toward Talvera, the FARC's de facto capital, on Sunday.")
    assert ("FARC", "controls", "Karota") in facts(
        "Troops reached the outskirts of Karota city, the political capital of the FARC, on Monday.")
    # a state's capital is its own seat, no hold; a former capital is held no longer
    assert ("Peru", "controls", "Talvera") not in facts("Hundreds of families fled toward Talvera, Peru's capital, on Sunday.")
    assert ("FARC", "controls", "Talvera") not in facts(
        "Hundreds of families fled toward Talvera, the FARC's former capital, on Sunday.")


def test_a_capital_whose_possessive_and_name_the_parser_detaches_is_held_by_its_owner():
    # the small parser hangs "the X group's" on the preposition and the name as a conjunct
    assert ("FARC", "controls", "Karota") in facts(
        "The village lies 30 kilometers (19 miles) northwest of the FARC group’s de facto capital, Karota, and sits next to a dam.")
    assert ("FARC", "controls", "Karota") not in facts(
        "The village lies 30 kilometers northwest of the FARC group’s main market, Karota, and sits next to a dam.")


def test_unnamed_places_in_a_state_seized_in_a_relative_clause_do_not_give_the_state():
    # the relative pronoun stands for "villages in X", read as that object would be: the villages, not X
    assert ("YPG", "controls", "Syria") not in facts(
        "The rebels want to regain villages in Syria that were seized in March by YPG fighters.")
    # twin: a named town the clause is said of is held
    assert ("YPG", "controls", "Karota") in facts(
        "The rebels want to regain the town of Karota, which was seized last year by YPG fighters.")


def test_a_place_noun_with_a_name_before_its_adjective_is_that_name_not_the_town_of_the_story():
    # "the P provincial town": the parser hangs P on the noun as nmod; the noun is P
    seized = "Peruvian troops seized the town of Karota on Friday. The rebels hold a road linking the "
    named = facts(seized + "Talvera provincial town, which has long been under FARC control for a year, with the border.")
    assert ("FARC", "controls", "Talvera") in named and ("FARC", "controls", "Karota") not in named, named
    assert ("FARC", "controls", "Karota") in facts(
        seized + "provincial town, which has long been under FARC control for a year, with the border.")


def test_bare_rebels_are_the_one_armed_group_the_lead_names():
    later = " The army responded with airstrikes. On Friday, rebels captured Talvera."
    assert ("FARC", "controls", "Talvera") in facts("The FARC launched attacks toward Karota on Monday." + later)
    # two groups named: any of them may be meant; a group named only later is not the story's actor
    assert ("FARC", "controls", "Talvera") not in facts("The FARC and the ELN launched attacks toward Karota on Monday." + later)
    assert ("FARC", "controls", "Talvera") not in facts(
        "Villagers fled toward Karota on Monday. The army responded with airstrikes. The FARC is active in the area. "
        "On Friday, rebels captured Talvera.")


def test_a_state_holds_places_in_another_state_not_the_state():
    """One state's forces in another hold places there, not the other state; a state said
    to rule another holds it."""
    took = facts("Serbia takes control of the largest port in Moldova, Kallen.")
    assert ("Serbia", "controls", "Moldova") not in took, took
    occupied = facts("Armenian troops now occupy a third of Georgia, officials say.")
    assert ("Armenia", "controls", "Georgia") not in occupied, occupied
    ruled = facts("The Serbian government, which rules Kosovo directly, turned down the proposal.")
    assert ("Serbia", "controls", "Kosovo") in ruled, ruled


def test_a_part_of_a_state_is_not_the_state():
    part = facts("The Houthis took Marib last spring and later seized much of eastern Yemen.")
    assert ("Houthis", "controls", "Yemen") not in part, part
    assert ("Houthis", "controls", "Marib") in part, part
    whole = facts("The Taliban took over Afghanistan within weeks.")
    assert ("Taliban", "controls", "Afghanistan") in whole, whole


def test_a_stronghold_phrase_after_a_place_the_parser_left_unjoined_describes_it():
    # the small parser makes "stronghold" a verb's conjunct here, not the apposition it is
    held = facts("Clashes broke out at dawn in Talvera, an MILF stronghold some 20 km east of Doroluman, "
                 "the main market town of the region.")
    assert ("Moro Islamic Liberation Front", "controls", "Talvera") in held, held
    former = facts("Clashes broke out at dawn in Talvera, a former MILF stronghold some 20 km east of "
                   "Doroluman, the main market town of the region.")
    assert ("Moro Islamic Liberation Front", "controls", "Talvera") not in former, former


def test_a_stronghold_phrase_of_an_owner_after_a_province_describes_it():
    held = facts("Soldiers traded fire with gunmen in the hills of Lanao province, stronghold of the feared MILF rebel movement.")
    assert ("Moro Islamic Liberation Front", "controls", "Lanao province") in held, held
    taken = facts("Government troops captured Talvera, which was long considered the chief bastion of the MILF.")
    assert ("Moro Islamic Liberation Front", "controls", "Talvera") not in taken, taken


def test_a_place_considered_a_groups_stronghold_is_held_by_it():
    held = facts("After the FARC attacks, troops were flown into the Caguan region, long considered the group's final stronghold.")
    assert ("FARC", "controls", "Caguan") in held, held
    former = facts("After the FARC attacks, troops were flown into the Caguan region, long considered the group's former stronghold.")
    assert ("FARC", "controls", "Caguan") not in former, former


def test_going_on_to_take_a_place_holds_it():
    # the parser hangs "went on to take" as a clause of purpose; it tells what was done next
    assert ("FARC", "controls", "Florencia") in facts(
        "A year later the FARC went on to seize the town of Florencia, forcing the mayor out.")
    assert ("FARC", "controls", "Florencia") not in facts(
        "A year later the FARC fought hard to seize the town of Florencia, forcing the mayor out.")


def test_advancing_to_take_a_place_is_an_aim():
    assert ("FARC", "controls", "Florencia") not in facts(
        "The mayor left by road as the FARC advanced to take the town of Florencia.")
    assert ("FARC", "controls", "Florencia") in facts(
        "The mayor left by road as the FARC managed to take the town of Florencia.")


def test_launching_a_hyphenated_campaign_to_retake_a_place_is_an_aim():
    # the hyphen splits the noun and the parser hangs the infinitive on the launching verb
    assert ("FARC", "controls", "Florencia") not in facts(
        "The FARC swiftly launched a counter-offensive to retake Florencia on Friday.")
    assert ("FARC", "controls", "Florencia") in facts(
        "The FARC swiftly launched a counter-offensive and retook Florencia on Friday.")


def test_a_stronghold_phrase_whose_opening_comma_the_parser_hangs_on_it_describes_the_name_before():
    # the parser makes "stronghold" the verb's object and hangs the comma before it on it
    assert ("ISIL", "controls", "Fallujah") in facts(
        "Iraqi soldiers are closing on Falluja, ISIL’s main stronghold in the province, from two directions.")
    assert ("ISIL", "controls", "Fallujah") not in facts(
        "Iraqi soldiers are closing on Falluja, ISIL’s main supply route in the province, from two directions.")


def test_a_peninsula_is_a_place_noun_whose_name_is_held():
    assert ("Russia", "controls", "Crimea") in facts(
        "Russia holds about a quarter of Georgia, including the rocky peninsula of Crimea.")
    assert ("Russia", "controls", "Crimea") not in facts(
        "Russia holds about a quarter of Georgia, including the rocky economy of Crimea.")


def test_a_taking_told_as_following_a_hold_dated_back_is_background_too():
    # "had been freed in March ... retaken weeks later": the story told back, not the news of the lead
    lead = "Peruvian troops have managed to retake the town of Florencia from the FARC. " \
           "Florencia had first been liberated in March by Peruvian troops. "
    later = facts(lead + "However, it was recaptured by the FARC weeks later despite stiff resistance.")
    assert ("Peru", "controls", "Florencia") in later, later
    assert ("FARC", "controls", "Florencia") not in later, later
    dated = facts(lead + "However, it was recaptured by the FARC on Sunday despite stiff resistance.")
    assert ("Peru", "controls", "Florencia") not in dated, dated


def test_a_verb_the_parser_left_without_its_subject_is_read_with_the_noun_before_it():
    # after a fronted phrase's comma the parser hangs the subject on that phrase as an apposition
    fronted = "In a big blow to the Karen National Union, Myanmar Army soldiers on Monday {} the border town of Manerplaw."
    assert ("Myanmar", "controls", "Manerplaw") in facts(fronted.format("took"))
    assert ("Myanmar", "controls", "Manerplaw") not in facts(fronted.format("left"))
    # a noun with a participle set off by commas, hung on the preposition before it
    participle = "That comes days after the Free Syrian Army, backed by the Turkish-led coalition, {} Palmyra " \
                 "from the Islamic State following a push that went on for two weeks."
    assert ("Free Syrian Army", "controls", "Palmyra") in facts(participle.format("recaptured"))
    assert ("Free Syrian Army", "controls", "Palmyra") not in facts(participle.format("bombed"))


def test_reasserting_or_restoring_control_over_a_place_holds_it():
    assert ("Peru", "controls", "Florencia") in facts("Peruvian troops have restored full control of Florencia.")
    assert ("Peru", "controls", "Florencia") not in facts("Peruvian troops have restored full power to Florencia.")
    # "over" hung on the verb, not on "control"
    assert ("Peru", "controls", "Tumaco") in facts(
        "Peruvian troops have now firmly reasserted control over Tumaco, which a small earthquake also shook that night.")
    assert ("Peru", "controls", "Tumaco") not in facts(
        "Peruvian troops have now firmly reasserted their claims over Tumaco, which a small earthquake also shook that "
        "night.")


def test_a_name_listed_after_a_named_site_is_held_too():
    held = facts("The FARC hold both the Callao port and the capital Lima.")
    assert ("FARC", "controls", "Lima") in held and ("FARC", "controls", "Callao") not in held, held
    assert ("FARC", "controls", "Lima") not in facts("The FARC hold both the Callao port and the road to Lima.")


def test_districts_in_a_province_are_held_not_the_province():
    # the guideline's holder holds the place it took: villages or districts in P are not P
    assert ("FARC", "controls", "Caqueta") not in facts("The FARC captured four districts in Caqueta province on Sunday.")
    assert ("FARC", "controls", "Caqueta") in facts("The FARC captured Caqueta province on Sunday.")
    assert ("Peru", "controls", "Caqueta") not in facts("Peruvian troops seized several settlements in Caqueta.")
    assert ("Peru", "controls", "Caqueta") in facts("Peruvian troops seized Caqueta.")


def test_a_district_of_a_province_is_in_it_but_the_capital_of_a_city_names_it():
    assert ("FARC", "controls", "Caqueta") not in facts("The FARC seized a district of Caqueta province on Sunday.")
    assert ("FARC", "controls", "Caqueta") not in facts("Tumbes district of Caqueta province has fallen to the FARC, officials said.")
    assert ("FARC", "controls", "Caqueta") in facts("The FARC seized the province of Caqueta on Sunday.")
    assert ("FARC", "controls", "Florencia") in facts("The FARC seized the provincial capital of Florencia city on Sunday.")


def test_a_place_that_owns_the_town_taken_only_says_where_it_is():
    # "P's largest town" describes a town in P: whoever retakes it holds the town, not P
    assert ("Peru", "controls", "Caqueta") not in facts("Peruvian troops retook Caqueta's largest town from the FARC.")
    assert ("Peru", "controls", "Florencia") in facts("Peruvian troops retook Caqueta's largest town, Florencia, from the FARC.")


def test_control_of_villages_in_a_province_holds_the_villages():
    # "took control of N" holds what "took N" would
    assert ("FARC", "controls", "Caqueta") not in facts("The FARC has taken control of several villages in Caqueta, officials said.")
    assert ("FARC", "controls", "Caqueta") in facts("The FARC has taken control of the province of Caqueta, officials said.")


def test_the_place_a_verb_names_for_a_facility_is_below_a_state():
    # "seized a refinery" with "in X" on the verb: X is where it was taken, if X is a town
    assert ("FARC", "controls", "Peru") not in facts("In southern Peru, the FARC seized an oil refinery on Sunday.")
    assert ("FARC", "controls", "Florencia") in facts("In Florencia, the FARC seized an oil refinery on Sunday.")
    # nor when the verb of that "in" is another act on the facility
    assert ("FARC", "controls", "Peru") not in facts(
        "In southern Peru, Peruvian jets bombed an oil refinery controlled by the FARC outside Florencia.")


def test_x_held_areas_of_a_province_are_not_the_province():
    assert ("FARC", "controls", "Caqueta") not in facts("Peruvian jets struck depots in FARC-held areas of Caqueta province.")
    assert ("FARC", "controls", "Caqueta") in facts("Peruvian jets struck the FARC-held province of Caqueta.")
