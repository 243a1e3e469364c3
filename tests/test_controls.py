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
