"""Criminal charges as events (lexicon.tsv 173 "charge" rows, roles.noun_roles OF_CONTENT, the
``head=`` constraint): "faces charges" and "charges against X" are CAMEO 173 with the charged
person as the target; with no named agent the state of the place or story charges (agentless.py).
The "of" phrase of "charges of corruption" names the crime, never a participant."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text

STORY = ("Ghana's parliament met in Accra on Monday. Ghana's president John Mahama addressed lawmakers "
         "and Ghana's ministers. ")


def _events(text):
    return [(e.source.code, e.target.code, e.code) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text", [
    STORY + "The former Ghanaian finance minister faces charges of fraud.",
    STORY + "A Ghanaian opposition lawmaker is facing three charges of sedition.",
    STORY + "Charges against the Ghanaian finance minister were read out in court.",
])
def test_events_charges_are_a_state_act_on_the_accused(text):
    got = _events(text)
    assert any(c == "173" and s == "GHAGOV" and t and t.startswith("GHA") for s, t, c in got), got


@pytest.mark.parametrize("text", [
    STORY + "The Ghanaian finance minister is in charge of the budget.",  # responsibility, not a charge
    STORY + "The Ghanaian government will increase the electricity charge.",  # a fee
    STORY + "The Ghanaian energy regulator said the charges for water would rise.",  # fees
])
def test_events_charges_not_this(text):
    got = _events(text)
    assert not any(c == "173" for _s, _t, c in got), got


def test_events_charges_of_names_no_participant():
    """"Accusations of torture by Ghana's police": the accuser is not "torture"."""
    got = _events(STORY + "The Ghanaian opposition's accusations of torture against the police grew louder.")
    assert any(c.startswith("112") and s and s.startswith("GHA") for s, _t, c in got), got
