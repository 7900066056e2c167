"""Several typical news sentences (our own) for every CAMEO root 01-20, coded through the actors and
events stages: the exact CAMEO code must be among the events; plus the general behaviours added for
sector-only actors, targets inside the object's noun phrase, protest aims, reciprocal events,
threats "with" a sanction, scheduled events and non-political readings that must yield nothing."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from newsdyad.events import find_events


def code(nlp, text, date="2015-06-09"):
    doc = nlp(text)
    return find_events(doc, actors=find_actors(doc, date=date), attributions=[], date=date)


def triples(events):
    return [(e.source.code, e.target.code, e.code, e.modality) for e in events]


TABLE = [
    # (sentence, exact CAMEO code expected among the events)
    ('The Kenyan government issued a statement on the election.', '010'),
    ('The Russian foreign ministry declined to comment on the report.', '011'),
    ('Germany expressed concern about the fighting in Sudan.', '012'),
    ('The Japanese prime minister expressed optimism about the talks with China.', '013'),
    ('Hamas claimed responsibility for the rocket attack on Israel.', '015'),
    ('Iran denied the accusations made by Israel.', '016'),
    ("The Turkish president expressed sympathy to the victims' families in Iran.", '018'),
    ('Egypt urged Israel to halt the offensive.', '0256'),
    ('Egypt urged Israel to show restraint.', '020'),
    ('Ukraine appealed to the European Union for economic aid.', '0231'),
    ('France called on Iran to resume negotiations.', '026'),
    ('India said it would cooperate with Bangladesh.', '032'),
    ('North Korea said it is willing to hold talks with South Korea.', '036'),
    ('China pledged to expand trade ties with Brazil.', '0311'),
    ('The Indian prime minister met with the Nepalese president in Kathmandu.', '040'),
    ('The Turkish president visited Germany on Monday.', '042'),
    ('The Chinese president hosted the French president in Beijing.', '043'),
    ('Sudan and South Sudan held talks in Addis Ababa.', '040'),
    ('Brazil praised Argentina for its economic reforms.', '051'),
    ('Israel and Jordan signed a peace treaty.', '057'),
    ('Britain apologized to Kenya for colonial-era abuses.', '055'),
    ('Japan and South Korea agreed to expand economic cooperation.', '0311'),
    ('The United States provided aid to Ukraine.', '070'),
    ('The World Bank granted a loan to Pakistan.', '071'),
    ('The European Union sent humanitarian aid to Syria.', '073'),
    ('Myanmar eased restrictions on foreign journalists.', '0811'),
    ('Myanmar eased restrictions on foreign investors.', '081'),
    ('Iran released two British nationals.', '0841'),
    ('Russia withdrew troops from the Ukrainian border.', '0874'),
    ('The rebels declared a ceasefire with the Colombian army.', '0871'),
    ('Police investigated the bombing in Kabul.', '093'),
    ('Brazilian prosecutors investigated corruption at Petrobras.', '091'),
    ('Protesters demanded the resignation of the Iraqi prime minister.', '1041'),
    ('Russia criticized NATO for its military exercises.', '111'),
    ('Pakistan accused India of violating the ceasefire.', '1123'),
    ('Pakistan blamed India for the deadlock.', '112'),
    ("The Chinese foreign minister condemned the Japanese prime minister's visit to the shrine.", '111'),
    ('Israel rejected the French proposal.', '127'),
    ('The Taliban refused to negotiate with the Afghan government.', '125'),
    ('Hungary defied the European Union over migrant quotas.', '128'),
    ('Iran threatened Israel.', '130'),
    ('North Korea threatened to attack South Korea.', '1384'),
    ('Washington threatened Moscow with new sanctions.', '1312'),
    ('Students protested in Caracas on Monday.', '141'),
    ('Canada shared military intelligence with Mexico.', '064'),
    ('Rioters clashed with police in Paris.', '145'),
    ('Workers went on strike in South Africa.', '143'),
    ('The Indian army conducted military exercises near the border.', '150'),
    ('Russia deployed troops to the border with Ukraine.', '154'),
    ('Canada expelled the Saudi ambassador.', '166'),
    ('The United States imposed sanctions on Russia.', '163'),
    ('Mali expelled French diplomats.', '166'),
    ('Turkish police arrested dozens of journalists.', '173'),
    ('Germany deported dozens of Afghan migrants.', '174'),
    ('Iranian forces seized a British tanker.', '171'),
    ('Chinese police cracked down on protesters in Hong Kong.', '175'),
    ('Gunmen kidnapped a Nigerian senator.', '181'),
    ('Rebels stabbed a village chief to death in Kivu.', '1823'),
    ('Gunmen assassinated the Haitian president.', '186'),
    ('Militants detonated a car bomb in Mogadishu.', '1832'),
    ('Israeli forces attacked Gaza.', '190'),
    ('Ukrainian troops clashed with Russian forces.', '190'),
    ('Russian artillery shelled the Ukrainian city of Kharkiv.', '194'),
    ('American jets bombed Taliban positions.', '195'),
    ('Syrian government forces fought rebels near Aleppo.', '190'),
    ('Militias massacred villagers in Darfur.', '202'),
    ('Syrian forces used chemical weapons against civilians.', '2041'),
]


@pytest.mark.parametrize("text,cameo", TABLE)
def test_events_roots_table(nlp, text, cameo):
    got = triples(code(nlp, text))
    assert any(c == cameo and s for s, _t, c, _m in got), got


def test_events_roots_table_covers_every_root():
    assert {c[:2] for _s, c in TABLE} == {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize(
    "text,expected",
    [
        # nameless generic agents code with their sector alone; the target is the first coded actor in the object
        ("Insurgents shelled a rebel-held quarter of Syria's largest city overnight.", ("REB", "SYR", "194")),
        ("Rebels attacked an army convoy near the border.", ("REB", "MIL", "190")),
        ("Militants stormed a police station in the north.", ("REB", "COP", "190")),
        ("Obama was pressured by congress to change course.", ("LEG", "USAGOV", "170")),
        ("Security forces fired on protesters in Nairobi.", ("MIL", "KENOPP", "190")),
        ("Gunmen claimed responsibility for an attack on a hotel in Kenya's capital.", ("UAF", "KEN", "015")),
        ("Jets struck a depot near the Syrian capital on Sunday.", ("MIL", "SYR", "195")),  # aerial weapon: 195
    ],
)
def test_events_roots_generic_agents_and_np_targets(nlp, text, expected):
    got = triples(code(nlp, text))
    assert any((s, t, c) == expected for s, t, c, _m in got), got


@pytest.mark.parametrize(
    "text,bad",
    [
        ("Canada shared military intelligence with Mexico.", "SPY"),
        ("Students demonstrated in Lahore for press freedom.", "MED"),
    ],
)
def test_events_roots_mass_nouns_are_not_targets(nlp, text, bad):
    got = triples(code(nlp, text))
    assert got and not any(t == bad for _s, t, _c, _m in got), got


def test_events_roots_np_target_rule_says_so(nlp):
    events = code(nlp, "Jets struck a depot near the Syrian capital on Sunday.")
    assert any("first-coded-actor-in-object" in e.rule for e in events), [e.rule for e in events]


@pytest.mark.parametrize(
    "text,cameo",
    [
        ("Students marched in Minsk demanding the president's resignation.", "1411"),
        ("Farmers rallied in Paris against the new fuel tax.", "1412"),
        ("Students demonstrated in Lahore for press freedom.", "1413"),
        ("Opposition activists protested in Tbilisi for early elections.", "1414"),
        ("Protesters marched through Nairobi on Tuesday.", "141"),
    ],
)
def test_events_roots_protest_aims(nlp, text, cameo):
    got = triples(code(nlp, text))
    assert any(c == cameo for _s, _t, c, _m in got), got


def test_events_roots_reciprocal_without_target(nlp):
    got = {(s, t, c) for s, t, c, _m in triples(code(nlp, "Ethiopia and Eritrea held talks in Asmara."))}
    assert ("ETH", "ERI", "040") in got and ("ERI", "ETH", "040") in got, got


def test_events_roots_protest_with_coordination_is_not_reciprocal(nlp):
    got = triples(code(nlp, "Kenyan and Ugandan students protested in Kampala."))
    assert not any(t in ("KEN", "UGA", "KENEDU", "UGAEDU") for _s, t, _c, _m in got), got


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Washington threatened Moscow with new sanctions.", ("USA", "RUS", "1312")),
        ("The Indian prime minister is due to travel to Nepal next week.", ("INDGOV", "NPL", "036")),
        ("Obama is scheduled to meet the Saudi king on Friday.", ("USAGOV", "SAUGOV", "036")),
    ],
)
def test_events_roots_threats_and_schedules(nlp, text, expected):
    got = triples(code(nlp, text, date="2014-03-12"))
    assert any((s, t, c) == expected for s, t, c, _m in got), got
    assert not any(c in ("042", "040") and m == "asserted" for _s, _t, c, m in got), got


@pytest.mark.parametrize(
    "text",
    [
        # non-political readings of event verbs: nothing coded
        ("Egypt banned the import of poultry from Brazil.", "1722"),
        ("Kenya will deny entry to the ship, Uganda said.", "016"),
        ("Chile conferred its highest honour on the Peruvian writer.", "040"),
        ("The Baloch Liberation Army claimed responsibility for the attack.", "FRA"),
    ],
)
def test_events_roots_wrong_readings_avoided(nlp, text):
    sentence, bad = text
    got = triples(code(nlp, sentence))
    assert not any(bad in (s or "", c) for s, _t, c, _m in got), got


def test_events_roots_lexicon_rows_have_five_columns():
    from importlib import resources

    text = resources.files("newsdyad.data.events").joinpath("lexicon.tsv").read_text(encoding="utf-8")
    bad = [line for line in text.splitlines() if line and not line.startswith("#") and len(line.split("\t")) > 5]
    assert bad == [], bad[:3]
