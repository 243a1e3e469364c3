"""Rule tests for controls on made-up sentences (one phenomenon each, with its twin);
the helpers are test_relations' own."""
from __future__ import annotations

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
