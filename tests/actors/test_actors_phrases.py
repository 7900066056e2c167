"""Nameless title phrases, sector-only agents, regional groupings and coordinated demonyms."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from tests.actors.covering import covering_actor


def _actors(nlp, text, date="2015-06-01"):
    return find_actors(nlp(text), date=date)


@pytest.mark.parametrize(
    "text,phrase,code",
    [
        # a country and a title, no name
        ("The US secretary of state landed in Amman late on Sunday.", "secretary of state", "USAGOV"),
        ("The U.S. Secretary of State praised the ceasefire.", "Secretary of State", "USAGOV"),
        ("Britain's foreign secretary telephoned her counterpart.", "foreign secretary", "GBRGOV"),
        ("The Russian defence minister inspected the new missiles.", "defence minister", "RUSGOV"),
        ("Iran's supreme leader dismissed the proposal.", "supreme leader", "IRNGOV"),
        ("The Chinese ambassador was called in for an explanation.", "Chinese ambassador", "CHNGOV"),
        ("Students threw eggs at the French embassy.", "French embassy", "FRAGOV"),
        ("The Indian army chief promised a firm response.", "army chief", "INDMIL"),
        ("The King of Morocco pardoned the prisoners.", "King of Morocco", "MARGOV"),
        # judiciary: sector-only without a country
        ("Prosecutors opened an inquiry into the deal.", "Prosecutors", "JUD"),
        ("Kenyan prosecutors dropped the charges.", "Kenyan prosecutors", "KENJUD"),
        ("The judges postponed the hearing.", "judges", "JUD"),
        ("The court froze the minister's assets.", "court", "JUD"),
        # sub-national: the state's root (documented in docs/actor-codes.md)
        ("Catalan leaders vowed to hold the vote anyway.", "Catalan leaders", "ESPGOV"),
        # sector-less agents take a modifying sector noun
        ("Opposition supporters blocked the main road.", "Opposition supporters", "OPP"),
        # an opposition party is the opposition, a party alone a party
        ("Opposition parties boycotted the vote.", "Opposition parties", "OPP"),
        ("Kenya's opposition party rejected the budget.", "opposition party", "KENOPP"),
        ("The party rejected the budget.", "party", "PTY"),
        ("Women's groups protested against the new law.", "Women's groups", "CVL"),
        # regional groupings
        ("Gulf states pledged billions to the central bank.", "Gulf states", "PGS"),
        ("Western powers warned against any escalation.", "Western powers", "WST"),
        ("Western diplomats doubted the offer.", "Western diplomats", "WSTGOV"),
        ("Arab League members voted to suspend the country.", "Arab League members", "IGOMEAARL"),
        ("Donor countries froze their aid.", "Donor countries", "IGO"),
        ("Russia accused the West of meddling.", "the West", "WST"),
        ("Syrian and Iraqi officials met at the border.", "Iraqi officials", "IRQGOV"),
        ("The union's allies in parliament voted no.", "allies", None),
    ],
)
def test_actors_phrases_coded(nlp, text, phrase, code):
    actor = covering_actor(_actors(nlp, text), text, phrase)
    assert actor is not None, phrase
    assert actor.code == code, (actor.code, actor.rule)


@pytest.mark.parametrize(
    "text,phrase",
    [
        # an unknown person with no title gets no code
        ("Ferdinand Quillby said the bridge was safe.", "Ferdinand Quillby"),
        ("A man named Oswin Tarrant was arrested.", "Oswin Tarrant"),
        # a bare surname used as a title is not that office holder
        ("The King of Morocco pardoned the prisoners.", "King"),
    ],
)
def test_actors_phrases_unknown_person_uncoded(nlp, text, phrase):
    actor = covering_actor(_actors(nlp, text), text, phrase)
    if phrase == "King":
        assert actor is not None and "Tom King" not in actor.rule and actor.code == "MARGOV", actor
    else:
        assert actor is not None and actor.code is None, actor


@pytest.mark.parametrize(
    "text,phrase",
    [
        ("The bank cut interest rates in western Iraq.", "western Iraq"),  # lower-case: not the West
        ("Tourists swam in the Gulf all week.", "Gulf"),  # the sea, not Gulf states
        ("Prices in Europe rose again.", "Europe"),  # a bare region is a place, not an actor
        ("Settlers moved into the West Bank last year.", "West Bank"),
        ("Farmers in the Middle West expect rain.", "West"),
        ("Leaders of the West African states gathered in Accra.", "West"),
        ("A woman named Idra Vell was questioned.", "woman"),  # a single person is not CVL
    ],
)
def test_actors_phrases_no_region_code(nlp, text, phrase):
    actor = covering_actor(_actors(nlp, text), text, phrase)
    assert actor is None or actor.code not in {"WST", "PGS", "EUR", "CVL"}, actor


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Indian and Pakistani prime ministers met on the sidelines.", [("Indian", "INDGOV"), ("Pakistani", "PAKGOV")]),
        ("The Turkish and Greek sides agreed to resume talks.", [("Turkish", "TUR"), ("Greek", "GRC")]),
        ("Syrian and Iraqi troops sealed the border.", [("Syrian", "SYRMIL"), ("Iraqi", "IRQMIL")]),
        ("US and Taliban negotiators met again on Friday.", [("US", "USAGOV"), ("Taliban", "AFGREB")]),
    ],
)
def test_actors_phrases_coordinated_demonyms(nlp, text, expected):
    actors = _actors(nlp, text)
    for word, code in expected:
        at = text.index(word)
        hits = [a for a in actors if a.code == code and any(s <= at < e for s, e in a.mentions)]
        assert hits, (word, code, [(a.code, a.mentions) for a in actors])
    codes = [a.code for a in actors]
    assert len({c for c in codes if c in {code for _w, code in expected}}) == len(expected), codes


def test_actors_phrases_coordinated_share_head(nlp):
    text = "Indian and Pakistani prime ministers met on the sidelines."
    actors = {a.code: a for a in _actors(nlp, text)}
    head = text.index("ministers")
    for code in ("INDGOV", "PAKGOV"):
        assert any(s <= head < e for s, e in actors[code].mentions), actors[code].mentions


def test_actors_phrases_single_demonym_not_split(nlp):
    text = "Indian prime ministers rarely visit the region."
    codes = [a.code for a in _actors(nlp, text)]
    assert codes.count("INDGOV") == 1 and "PAKGOV" not in codes, codes


@pytest.mark.parametrize(
    "text,phrase,code",
    [
        # the second of two coordinated nouns shares the first one's country
        ("Chinese media and officials criticized the plan.", "officials", "CHNGOV"),
        ("The Kenyan police and army arrested him.", "army", "KENMIL"),
        # its own modifier wins
        ("Kenyan police and Ugandan soldiers arrested him.", "Ugandan soldiers", "UGAMIL"),
        # no country on the first noun: nothing to share
        ("Journalists and officials criticized the plan.", "officials", "GOV"),
    ],
)
def test_actors_phrases_coordinated_share_modifier(nlp, text, phrase, code):
    actor = covering_actor(_actors(nlp, text), text, phrase)
    assert actor is not None and actor.code == code, actor


@pytest.mark.parametrize(
    "text,phrase,code",
    [
        # a name coordinated with a common noun phrase is an actor of its own, not a modifier
        ("The United Nations and rights groups condemned the expulsion.", "rights groups", "HRI"),
        ("Canada, the United Nations and international rights groups criticized the verdict.",
         "rights groups", "HRI"),
        # a modifier shared by coordinated country words still gives each its country
        ("The Kenyan and Ugandan governments signed the deal.", "Ugandan governments", "UGAGOV"),
        ("Danish media and government condemned the cartoons.", "government", "DNKGOV"),
    ],
)
def test_actors_phrases_coordinated_name_is_no_modifier(nlp, text, phrase, code):
    actor = covering_actor(_actors(nlp, text, "2025-03-01"), text, phrase)
    assert actor is not None and actor.code == code, (phrase, actor)
