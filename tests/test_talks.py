"""Rule tests for hostsTalks parties on made-up sentences (one phenomenon each, with its
twin); the helpers are test_relations' own."""
from __future__ import annotations

from test_relations import facts


def test_mediating_a_hyphenated_cease_fire_is_no_more_hosting_than_a_ceasefire():
    # "cease-fire" is one word, as "ceasefire": an outcome mediated, no talks hosted
    text = "Chile mediated the {} between Peru and Bolivia."
    assert not {t for t in facts(text.format("2019 cease-fire")) if t[1] == "hostsTalks"}
    assert ("Chile", "hostsTalks", "Peru") in facts(text.format("2019 talks")), text


def test_talks_under_way_somewhere_are_held_there():
    # "talks were under way in C" places them as "were held in C" does; "were not" / "will be" do not
    text = "Talks between Peru and Bolivia {} in Quito."
    for said in ("were underway", "are under way"):
        assert ("Ecuador", "hostsTalks", "Peru") in facts(text.format(said)), said
    for said in ("were not underway", "will be under way"):
        assert ("Ecuador", "hostsTalks", "Peru") not in facts(text.format(said)), said


def test_a_counterpart_stands_for_the_state_his_demonym_names():
    # "his Chilean counterpart X" holds the same office for Chile: X acts for Chile
    held = facts("Peruvian President Luis Ramos and his Chilean counterpart Ana Soto held talks in Quito.")
    assert {("Ecuador", "hostsTalks", "Peru"), ("Ecuador", "hostsTalks", "Chile")} <= held, held
    plain = facts("Peruvian President Luis Ramos and his friend Ana Soto held talks in Quito.")
    assert ("Ecuador", "hostsTalks", "Chile") not in plain, plain


def test_talks_that_began_somewhere_with_a_list_have_each_listed_party():
    # "talks began in C with A, B and D": the small parser hangs the later items on the verb
    held = facts("Peace talks began in Quito on Monday with the Lima authorities, Bolivian rebel forces, Chile and the OAS.")
    assert {("Ecuador", "hostsTalks", "Chile"), ("Ecuador", "hostsTalks", "Organization of American States")} <= held, held
    apart = facts("Peace talks began in Quito on Monday with the Lima authorities, Chile said.")
    assert ("Ecuador", "hostsTalks", "Chile") not in apart, apart


def test_who_attends_a_summit_alongside_the_named_leaders_is_a_party():
    # "attending a summit in C alongside A, B and D": those alongside took part too
    text = "Both leaders are attending a summit in Quito alongside Peruvian President Luis Ramos, {} Ana Soto."
    held = facts(text.format("Chilean counterpart"))
    assert {("Ecuador", "hostsTalks", "Peru"), ("Ecuador", "hostsTalks", "Chile")} <= held, held
    assert ("Ecuador", "hostsTalks", "Chile") not in facts(text.format("and his friend")), text


def test_an_envoy_staying_somewhere_for_meetings_meets_there():
    # "X was in C for meetings with his A and B counterparts": the stay places the meetings
    text = "Peruvian Foreign Minister Luis Ramos was {} Quito for meetings with his Chilean and Bolivian counterparts."
    held = facts(text.format("in"))
    assert {("Ecuador", "hostsTalks", "Peru"), ("Ecuador", "hostsTalks", "Chile")} <= held, held
    assert ("Ecuador", "hostsTalks", "Chile") not in facts(text.format("unhappy about")), text


def test_talks_held_near_or_outside_a_place_are_held_in_its_state():
    # "near C", "outside C" place talks as "in C" does; a common noun there ("near the border") names no venue
    for where in ("near", "outside"):
        held = facts(f"Peru and Chile held talks at an army camp {where} the Bolivian city of Tarija.")
        assert ("Bolivia", "hostsTalks", "Peru") in held, (where, held)
    assert not any(r == "hostsTalks" for _, r, _ in facts("Peru and Chile held talks near the border."))


def test_talks_to_resume_somewhere_are_still_to_come():
    # a "to"-infinitive on the talks ("talks to resume in C") tells a plan; the finite verb tells the fact
    assert ("Jamaica", "hostsTalks", "Peru") not in facts("Peru dialogue to resume in Jamaica, says minister")
    assert ("Jamaica", "hostsTalks", "Peru") in facts("Peru dialogue resumes in Jamaica, says minister")


def test_who_acted_right_after_talks_somewhere_held_them():
    # "A and B agreed on X following a meeting in C": the subjects of the past clause the talks came before are their sides
    held = facts("Peru and Chile agreed on a plan to end the dispute following a three-day meeting in Quito.")
    assert {("Ecuador", "hostsTalks", "Peru"), ("Ecuador", "hostsTalks", "Chile")} <= held, held
    after = facts("After a three-day session in a Quito hotel, the Peruvian government and the rebels of the Shining Path "
                  "agreed to a new agenda.")
    assert {("Ecuador", "hostsTalks", "Peru"), ("Ecuador", "hostsTalks", "Shining Path")} <= after, after
    for planned in ("Peru and Chile will sign a deal after talks in Quito.",
                    "Peru and Chile are expected to sign a deal after talks in Quito."):
        assert ("Ecuador", "hostsTalks", "Peru") not in facts(planned), planned


def test_peace_talks_whose_sides_go_unnamed_are_about_the_story_state():
    # unnamed sides: the state the talks are about, the article's own (relations.md hostsTalks)
    lead = "Rebels seized two towns in northern Peru on Monday, the army said. "
    held = facts(lead + "Splits were reported a week after peace talks opened in Quito.")
    assert ("Ecuador", "hostsTalks", "Peru") in held, held
    assert ("Ecuador", "hostsTalks", "Peru") not in facts(lead + "Splits were reported a week after talks opened in Quito.")
    assert ("Ecuador", "hostsTalks", "Peru") not in facts(lead + "Peace talks will go ahead in Quito this weekend.")


def test_an_agreement_to_act_hung_with_its_summit_was_made_there():
    # "A and B agreed to order X at a summit in C": the parser hangs "at" on the infinitive; the past agreement was made there
    text = "Peruvian President Luis Ramos and his Chilean counterpart Ana Soto {} at a regional summit in Quito."
    held = facts(text.format("agreed to order a ceasefire"))
    assert {("Ecuador", "hostsTalks", "Peru"), ("Ecuador", "hostsTalks", "Chile")} <= held, held
    for planned in ("agreed to meet", "plan to order a ceasefire"):
        assert ("Ecuador", "hostsTalks", "Peru") not in facts(text.format(planned)), planned


def test_a_round_of_talks_has_the_parties_its_talks_are_between():
    # "a new round of talks between A and B got under way in C": "between" hangs on the inner talks noun
    held = facts("A fresh round of negotiations between Peru and the Shining Path got under way in Quito on Friday.")
    assert {("Ecuador", "hostsTalks", "Peru"), ("Ecuador", "hostsTalks", "Shining Path")} <= held, held
    plain = facts("A fresh round of negotiations got under way in Quito on Friday, Peru and the Shining Path said.")
    assert ("Ecuador", "hostsTalks", "Shining Path") not in plain, plain


def test_a_stay_at_a_venue_for_talks_places_the_talks_there():
    # "the delegations have been in a <demonym> town for talks": the parser hangs "for talks" on the town
    held = facts("Delegations from Peru and Chile have been in a small Ecuadorean town for talks since Monday.")
    assert {("Ecuador", "hostsTalks", "Peru"), ("Ecuador", "hostsTalks", "Chile")} <= held, held
    away = facts("Delegations from Peru and Chile have been in a small Ecuadorean town since Monday.")
    assert ("Ecuador", "hostsTalks", "Peru") not in away, away


def test_talks_between_two_leaders_named_as_persons_have_the_persons_as_sides():
    # "President X and rebel leader Y held talks in C": a side heading no named body is the person; so is the other
    held = facts("Peruvian President Luis Ramos and rebel leader Tomas Vilca held talks in Quito on Monday.")
    assert {("Ecuador", "hostsTalks", "Luis Ramos"), ("Ecuador", "hostsTalks", "Tomas Vilca")} <= held, held
    states = facts("Peruvian President Luis Ramos and his Chilean counterpart Ana Soto held talks in Quito on Monday.")
    assert ("Ecuador", "hostsTalks", "Luis Ramos") not in states and ("Ecuador", "hostsTalks", "Peru") in states, states


def test_sides_in_the_midst_of_talks_hold_them():
    # "A and B are in the midst of talks in C": as "A and B are in talks in C"
    text = "The Colombian army and the ELN are in the {} peace talks in Ecuador's capital of Quito."
    held = facts(text.format("middle of"))
    assert ("Ecuador", "hostsTalks", "ELN") in held, held
    twin = facts(text.format("middle of a dispute over"))
    assert ("Ecuador", "hostsTalks", "ELN") not in twin, twin


def test_a_city_hung_on_the_last_party_of_talks_with_is_their_venue():
    # "held talks with X in C": the parser hangs "in C" on X; a region there may be where X is
    text = "The Kanem Liberation Front has fought Chad since May. Chad's ministers held urgent talks with rebels in {} on Tuesday."
    held = facts(text.format("Niamey"))
    assert ("Niger", "hostsTalks", "Kanem Liberation Front") in held, held
    twin = facts(text.format("the north"))
    assert not {f for f in twin if f[1] == "hostsTalks"}, twin


def test_talks_in_the_capital_with_no_city_named_are_in_the_story_state():
    # "the capital" with no city named before it is the capital of the country the story is about
    text = "Chad's government held talks with the Kanem Front in the {} on Friday."
    held = facts(text.format("capital"))
    assert ("Chad", "hostsTalks", "Kanem Front") in held, held
    twin = facts(text.format("desert"))
    assert ("Chad", "hostsTalks", "Kanem Front") not in twin, twin


def test_talks_told_only_as_collapsed_are_not_hosted():
    # cues.md: collapsed talks are not hosting; talks that ended there were held
    text = "The monitors left after peace talks between Serbia and Albania {} in Paris on Friday."
    assert ("France", "hostsTalks", "Serbia") not in facts(text.format("collapsed"))
    assert ("France", "hostsTalks", "Serbia") not in facts(text.format("broke down"))
    held = facts(text.format("ended"))
    assert ("France", "hostsTalks", "Serbia") in held, held


def test_sides_locked_or_engaged_in_talks_hold_them():
    # "A and B have been locked in negotiations in C": the passive's subjects are the sides
    text = "The Colombian army and the ELN have been {} in Ecuador's capital of Quito since May."
    held = facts(text.format("locked in negotiations"))
    assert ("Ecuador", "hostsTalks", "ELN") in held, held
    twin = facts(text.format("locked in a dispute"))
    assert ("Ecuador", "hostsTalks", "ELN") not in twin, twin


def test_one_delegation_hosted_for_talks_is_a_party():
    # cues.md "receive delegations for talks": one delegation hosted for talks is their party, with who attended them;
    # hosted with no talks it is a visit
    text = "Peru hosted a senior Chilean delegation {} attended by ministers from Bolivia and Brazil."
    held = facts(text.format("for negotiations"))
    assert {("Peru", "hostsTalks", "Chile"), ("Peru", "hostsTalks", "Bolivia")} <= held, held
    twin = facts(text.format("at a reception"))
    assert not {f for f in twin if f[1] == "hostsTalks"}, twin


def test_a_conference_bringing_together_envoys_of_two_sides_has_both():
    # "a forum that brings together delegates of A and B": the delegates stand for each side they are of
    text = "Peru is hosting a forum in Lima that brings together delegates of the Bolivian government and {}."
    held = facts(text.format("the Shining Path"))
    assert ("Peru", "hostsTalks", "Shining Path") in held, held
    twin = facts(text.format("of farmers' unions"))
    assert ("Peru", "hostsTalks", "Shining Path") not in twin, twin


def test_the_talks_told_again_are_the_talks_named_by_that_word():
    # "the talks" repeats the noun of the talks it means: not the meetings told in between
    text = ("Peruvian officials and Shining Path rebels opened peace talks on Monday, and they each held private "
            "meetings with a Chilean envoy. Norway is hosting the {}.")
    held = facts(text.format("talks"))
    assert {("Norway", "hostsTalks", "Peru"), ("Norway", "hostsTalks", "Shining Path")} <= held, held
    assert ("Norway", "hostsTalks", "Chile") not in held, held
    meetings = facts(text.format("meetings"))
    assert ("Norway", "hostsTalks", "Shining Path") not in meetings, meetings
