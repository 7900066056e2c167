"""The knowledge base's dated office holders and groups, on short sentences written for the tests."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from newsdyad.actors.kb import build_knowledge_base, fill_unknown_dates
from tests.actors.covering import covering_actor


def code_of(nlp, text, phrase, date=None):
    return covering_actor(find_actors(nlp(text), date=date), text, phrase)


@pytest.mark.parametrize(
    "text,phrase,date,code",
    [
        # office holders of several countries, in office on the story's date
        ("Askar Akayev met officials on Monday.", "Askar Akayev", "1995-05-01", "KGZGOV"),
        ("Abdelaziz Bouteflika said the vote would go ahead.", "Abdelaziz Bouteflika", "2004-03-01", "DZAGOV"),
        ("Omar al-Bashir rejected the court's ruling.", "Omar al-Bashir", "2009-03-05", "SDNGOV"),
        ("Mahendra Chaudhry was held in parliament.", "Mahendra Chaudhry", "2000-05-20", "FJIGOV"),
        ("Tebboune spoke on television.", "Tebboune", "2023-01-10", "DZAGOV"),
        ("Ellen Johnson Sirleaf opened the session.", "Ellen Johnson Sirleaf", "2010-02-01", "LBRGOV"),
        ("Jacinda Ardern announced new rules.", "Jacinda Ardern", "2019-03-20", "NZLGOV"),
        ("Mette Frederiksen visited the troops.", "Mette Frederiksen", "2022-06-01", "DNKGOV"),
        ("Nayib Bukele signed the decree.", "Nayib Bukele", "2021-05-01", "SLVGOV"),
        ("Shavkat Mirziyoyev received the envoy.", "Shavkat Mirziyoyev", "2019-04-01", "UZBGOV"),
        # ministers of the G20 and of states at war
        ("Kristi Noem toured the border.", "Kristi Noem", "2025-03-01", "USAGOV"),
        ("Gérald Darmanin ordered the police to act.", "Gérald Darmanin", "2021-05-01", "FRAGOV"),
        ("Valerii Zaluzhnyi briefed the president.", "Valerii Zaluzhnyi", "2022-05-01", "UKRMIL"),
        # a former holder: the row ended before the story date -> an elite of the country
        ("Askar Akayev criticised the new government.", "Askar Akayev", "2010-04-10", "KGZELI"),
        ("Ben Ali left the country.", "Ben Ali", "2015-01-01", "TUNELI"),
        ("Yahya Jammeh spoke from exile.", "Yahya Jammeh", "2019-06-01", "GMBELI"),
        # a date before the first term: not yet in office, an elite
        ("Bassirou Diomaye Faye spoke to supporters.", "Bassirou Diomaye Faye", "2023-06-01", "SENELI"),
        # a start known to the year only
        ("Aftab Sherpao announced new security measures.", "Aftab Sherpao", "2005-06-01", "PAKGOV"),
        ("Aftab Sherpao announced new security measures.", "Aftab Sherpao", "2009-06-01", "PAKELI"),
        # namesakes: the one in office on the date
        ("Mutharika addressed parliament.", "Mutharika", "2008-06-01", "MWIGOV"),
        ("Mutharika addressed parliament.", "Mutharika", "2016-06-01", "MWIGOV"),
        ("Ouattara met the envoy.", "Ouattara", "2015-01-01", "CIVGOV"),
        # armed groups and parties
        ("The Islamic Salvation Front called for a boycott.", "Islamic Salvation Front", "1990-06-01", "DZAOPP"),
        ("The Islamic Salvation Front called for a boycott.", "Islamic Salvation Front", "1994-06-01", "DZAREB"),
        ("The RUF attacked the town at dawn.", "RUF", "1999-01-06", "SLEREB"),
        ("The Azadliq coalition accused the government of fraud.", "Azadliq coalition", "2005-11-07", "AZEOPP"),
        ("JNIM fighters attacked the base.", "JNIM", "2022-06-01", "MLIREB"),
        ("The TPLF accused the army of shelling.", "TPLF", "2021-06-01", "ETHREB"),
        # rows derived from the Phoenix dictionaries; a built-in entry wins over a Phoenix one
        ("Boris Tadic met the envoy.", "Boris Tadic", "2009-06-01", "SRBGOV"),
        # a term the dictionaries (January 2014) leave open does not last forever
        ("Lulzim Basha addressed the rally.", "Lulzim Basha", "2010-05-01", "ALBGOV"),
        ("Lulzim Basha addressed the rally.", "Lulzim Basha", "2021-05-01", "ALBELI"),
        ("The Federal Security Service detained him.", "Federal Security Service", "2015-01-01", "RUSSPY"),
        # rows filled from the coverage report (bench/kb_coverage.py): caretakers, 1990s premiers,
        # ministers of states at war, armed-group and opposition leaders
        ("Vyacheslav Kebich met the delegation.", "Vyacheslav Kebich", "1993-05-01", "BLRGOV"),
        ("Andrey Lukanov met the union leaders.", "Andrey Lukanov", "1990-11-20", "BGRGOV"),
        ("Sam Hinds met the opposition.", "Sam Hinds", "2005-01-01", "GUYGOV"),
        ("Mohammed Saeed al-Sahhaf denied the reports.", "Mohammed Saeed al-Sahhaf", "1998-02-01", "IRQGOV"),
        ("Kyrylo Budanov said the strike had worked.", "Kyrylo Budanov", "2023-06-01", "UKRSPY"),
        ("Gennady Zyuganov criticised the plan.", "Gennady Zyuganov", "1996-05-01", "RUSOPP"),
        ("Laurent Nkunda rejected the deal.", "Laurent Nkunda", "2008-11-01", "CODREB"),
        ("Sam Bockarie ordered the attack.", "Sam Bockarie", "1998-03-01", "SLEREB"),
        ("The CNDP took the town.", "CNDP", "2008-10-30", "CODREB"),
        ("The Salafist Group for Preaching and Combat claimed the bombing.",
         "Salafist Group for Preaching and Combat", "2003-05-01", "DZAREB"),
        ("The Salafist Group for Preaching and Combat claimed the bombing.",
         "Salafist Group for Preaching and Combat", "2008-05-01", "IMGMOSALQ"),
    ],
)
def test_actors_kb_office_holder_codes(nlp, text, phrase, date, code):
    actor = code_of(nlp, text, phrase, date)
    assert actor is not None, phrase
    assert actor.code == code, (actor.code, actor.rule)


@pytest.mark.parametrize(
    "text,phrase,date",
    [
        # one-word names that are common words or other people's names stay uncoded
        ("Store owners closed early on Friday.", "Store", "2023-01-10"),
        ("Parts of the city lost power.", "Parts", "2010-01-10"),
        ("Gross domestic product fell last year.", "Gross", "2005-01-10"),
        ("Horn said nothing more.", "Horn", "1995-06-01"),
        ("Albert said he would come back.", "Albert", "2025-03-01"),  # a Phoenix one-word person
        ("Ahmed Kico, a security expert, spoke to reporters.", "Ahmed Kico", "2013-01-10"),
        # a common surname of a filled-in office holder is not indexed alone
        ("Diallo said the shop would reopen.", "Diallo", "2005-01-10"),
    ],
)
def test_actors_kb_names_stay_uncoded(nlp, text, phrase, date):
    actor = code_of(nlp, text, phrase, date)
    assert actor is None or actor.code is None, (actor.code, actor.rule)


@pytest.mark.parametrize(
    "word,name",
    [
        ("muscat", "Oman"),  # a capital, never the surname of Malta's Joseph Muscat
        ("harris", "Kamala Harris"),  # Ireland's Simon Harris is never "Harris" alone
    ],
)
def test_actors_kb_lone_names_keep_their_owner(word, name):
    kb = build_knowledge_base()
    owners = {kb.entries[a.entry].name for a in kb.index[word] if not a.rest}
    assert owners == {name}


@pytest.mark.parametrize(
    "rows,expected",
    [
        # an unknown end is the successor's start; an unknown start the predecessor's end
        ([("PAK", "INT", "A", [], "2002-11-23", "?"), ("PAK", "INT", "B", [], "2004-08-20", "2007-11-15")],
         [("2002-11-23", "2004-08-20"), ("2004-08-20", "2007-11-15")]),
        ([("PAK", "INT", "A", [], "2002-11-23", "2004-08-20"), ("PAK", "INT", "B", [], "?", "2007-11-15")],
         [("2002-11-23", "2004-08-20"), ("2004-08-20", "2007-11-15")]),
        # nothing to fill from: stays unknown
        ([("PAK", "INT", "B", [], "?", "2007-11-15")], [("?", "2007-11-15")]),
        # another office is no neighbour
        ([("PAK", "DEF", "A", [], "2002-11-23", "?"), ("PAK", "INT", "B", [], "2004-08-20", "")],
         [("2002-11-23", "?"), ("2004-08-20", "")]),
    ],
)
def test_actors_kb_unknown_dates_filled(rows, expected):
    assert [(r[4], r[5]) for r in fill_unknown_dates(rows)] == expected


def test_actors_kb_former_default_and_terms():
    kb = build_knowledge_base()
    by_name = {e.name: e for e in kb.entries if e.kind == "person"}
    akayev = by_name["Askar Akayev"]
    assert akayev.code_at("1995-01-01")[0] == "KGZGOV"
    assert akayev.code_at("2006-01-01")[0] == "KGZELI"
    assert akayev.code_at("1980-01-01")[0] == "KGZELI"
    # a former head of an international organisation is an elite of his country again
    assert by_name["Anders Fogh Rasmussen"].code_at("2016-01-01")[0] == "DNKELI"
    # a leader of an international group keeps the group's code after the term
    assert by_name["Osama bin Laden"].code_at("2015-01-01")[0] == "IMGMOSALQ"
