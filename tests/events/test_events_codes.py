"""One short sentence per CAMEO root code 01-20: the root code, source and target countries."""

import pytest

from newsdyad.events.cameo import code_info

ROOTS = [
    # (sentence, root, source code, target code or None)
    ("Iran denied responsibility for the bombing of the embassy.", "01", "IRN", None),
    ("France urged Iran to release the sailors.", "02", "FRA", "IRN"),
    ("Germany promised to send humanitarian aid to Ukraine.", "03", "DEU", "UKR"),
    ("Japan held talks with South Korea on Monday.", "04", "JPN", "KOR"),
    ("Egypt praised Jordan for its patience.", "05", "EGY", "JOR"),
    ("Canada shared intelligence with Mexico.", "06", "CAN", "MEX"),
    ("Norway sent aid to Yemen after the floods.", "07", "NOR", "YEM"),
    ("Colombia released the Venezuelan prisoners.", "08", "COL", "VEN"),
    ("Brazil launched an investigation into Argentina.", "09", "BRA", "ARG"),
    ("Poland demanded the withdrawal of Russian troops.", "10", "POL", "RUS"),
    ("Turkey condemned Greece on Tuesday.", "11", "TUR", "GRC"),
    ("Serbia rejected talks with Albania.", "12", "SRB", "ALB"),
    ("Iran threatened to attack Israel.", "13", "IRN", "ISR"),
    ("Kenyans protested against Uganda.", "14", "KEN", "UGA"),
    ("Russia mobilized its army along the border with Estonia.", "15", "RUS", None),
    ("The United States imposed sanctions on Venezuela.", "16", "USA", "VEN"),
    ("Egypt arrested Sudanese journalists.", "17", "EGY", "SDN"),
    ("Somali gunmen kidnapped Kenyan aid workers.", "18", "SOM", "KEN"),
    ("Israel bombed Gaza overnight.", "19", "ISR", "PSE"),
    ("Serbia massacred Bosnian civilians.", "20", "SRB", "BIH"),
]


@pytest.mark.parametrize("text,root,source,target", ROOTS, ids=[r[1] for r in ROOTS])
def test_events_codes_one_per_root(code_events, text, root, source, target):
    events = code_events(text)
    hits = [e for e in events if e.root_code == root]
    assert hits, f"no {root} event in {[(e.code, e.rule) for e in events]}"
    ev = hits[0]
    assert ev.code.startswith(root)
    assert ev.source.code == source
    if target is not None:
        assert ev.target.code == target


@pytest.mark.parametrize("text,code", [
    ("Chile signed a trade agreement with Peru.", "057"),
    ("Chile met with Peru.", "040"),
    ("Chile accused Peru of spying.", "1125"),
    ("Chile refused to talk with Peru.", "125"),
    ("Chile called on Peru to negotiate.", "026"),
    ("Chile imposed sanctions on Peru.", "163"),
    ("Chile shelled Peru.", "194"),
    ("Chile stated its willingness to talk with Peru.", "036"),
    ("Chile struck a deal with Peru.", "057"),
    ("Chile struck Peru.", "190"),
])
def test_events_codes_object_and_pattern_decide(code_events, text, code):
    assert code in [e.code for e in code_events(text)]


def test_events_codes_derived_fields(code_events):
    ev = code_events("Israel bombed Gaza overnight.")[0]
    info = code_info(ev.code)
    assert (ev.quad_class, ev.goldstein, ev.plover, ev.name) == (4, info.goldstein, "ASSAULT", info.name)
    assert ev.goldstein < 0
    assert ev.rule.startswith("lexicon:V:bomb")
    assert ev.id == "E1"
    text = "Israel bombed Gaza overnight."
    assert text[ev.trigger[0]:ev.trigger[1]] == "bombed"
    assert ev.sentence == (0, len(text))


def test_events_codes_table_facts():
    assert code_info("057").name == "Sign formal agreement"
    assert code_info("057").plover == "SUPPORT"
    assert code_info("190").quad_class == 4
    assert code_info("020").plover == "REQUEST"
    assert code_info("010").plover is None
    assert code_info("0312").root == "03"


@pytest.mark.parametrize("text", [
    "The weather in Paris was mild on Sunday.",
    "France said it was studying the report.",
    "Officials told reporters that the conference room was full.",
    "The minister wants certainties.",
    "The paper noted that the talks had been long.",
    "Analysts expect prices to rise next year.",
    "His view of the government has not changed.",
])
def test_events_codes_no_event(code_events, text):
    assert code_events(text) == []
