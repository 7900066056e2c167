"""Lexicon rows for triggers a CAMEO coder codes (issue 13): verbs, verb + particle, light verbs with
their event nouns, and event nouns with a performer.  Our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from newsdyad.events import find_events


@pytest.fixture(scope="module")
def code_events(nlp):
    def run(text, date="2021-06-09"):
        doc = nlp(text)
        return [(e.source.code, e.target.code, e.code)
                for e in find_events(doc, actors=find_actors(doc, date=date), attributions=[], date=date)]
    return run


@pytest.mark.parametrize("text,code,source", [
    ("The Thai government dissolved the opposition party on Monday.", "1722", "THA"),
    ("Belarus kicked out two Lithuanian diplomats.", "174", "BLR"),
    ("Rebel fighters laid siege to the city of Goma.", "191", "REB"),
    ("Moroccan police broke up a terrorist cell in Fez.", "173", "MAR"),
    ("Chilean police broke up the protest with water cannon.", "175", "CHL"),
    ("Ukrainian forces recaptured the town of Kupiansk.", "192", "UKR"),
    ("The Egyptian army repelled an attack on its base in Sinai.", "190", "EGY"),
    ("The Malian army began a military operation against the rebels.", "190", "MLI"),
    ("The Iranian ambassador regretted the decision of Canada.", "111", "IRN"),
    ("India and Mauritius upgraded their ties on Tuesday.", "050", "IND"),
    ("China warned Japan that it would respond firmly.", "130", "CHN"),
    ("Burmese soldiers occupied two hospitals in Yangon.", "1711", "MMR"),
    ("The Kenyan government drew criticism from the United Nations.", "111", "IGOUNO"),
    ("The Indian plan earned praise from the United States.", "051", "USA"),
    ("Russian troops occupied the town of Kherson.", "192", "RUS"),
    ("The Chinese government confined Uyghur activists in internment camps.", "173", "CHN"),
    ("The Russian army ramped up its attacks on Kharkiv.", "190", "RUS"),
    # codebook breadth (branch cbk): adjectives, particles, hyphenated nouns, mandative "insist"
    ("The Kenyan foreign minister said she was optimistic about the talks with Somalia.", "013", "KEN"),
    ("The Brazilian envoy said he was pessimistic about a deal with Argentina.", "012", "BRA"),
    ("Peru insisted that Chile hand over the fugitive banker.", "1013", "PER"),
    ("The Nigerian army and the rebels agreed to a cease-fire on Sunday.", "0871", "NGA"),
    ("Mozambican rebels violated the cease-fire in the north.", "196", "REB"),
    ("The Venezuelan government ended its crackdown on student groups.", "082", "VEN"),
    ("The Peruvian president gave up his post after the vote.", "0831", "PER"),
    ("Algeria allowed U.N. peacekeepers into the camps.", "0861", "DZA"),
    ("Libya returned the archives it had taken from Tunisia.", "0842", "LBY"),
    ("The Kenyan police turned over the documents to Ugandan investigators.", "064", "KEN"),
    ("Peruvian protesters hurled stones at the police.", "145", "PER"),
    ("Israeli bulldozers demolished Palestinian homes near Hebron.", "1712", "ISR"),
    ("The United States stationed troops in Romania.", "062", "USA"),
    ("Sweden froze its development assistance to Tanzania.", "1621", "SWE"),
    ("The Ugandan government threatened to use nuclear weapons.", "1385", "UGA"),
    ("The Ghanaian court disbanded the opposition movement.", "1722", "GHA"),
    ("The Chilean government scrapped curbs on foreign investment.", "081", "CHL"),
    ("Vietnam restricted public gatherings in Hanoi.", "1721", "VNM"),
    ("The Moroccan king gave the rebels 72 hours to surrender.", "139", "MAR"),
    ("Ecuador called for a halt to the fighting in the border region.", "0256", "ECU"),
    ("The Pakistani government ended its policy of forced returns.", "0832", "PAK"),
    ("Jamaica demanded debt relief from its creditors.", "1031", "JAM"),
    ("Bolivian miners refused food for ten days.", "142", "BOL"),
    ("The Ugandan opposition campaigned against the president.", "113", "UGA"),
    ("Senegal faulted Mali's handling of the talks.", "111", "SEN"),
    ("Tunisia gave the green light to Libya's proposal.", "051", "TUN"),
    ("Zambian police picked up two Congolese traders.", "173", "ZMB"),
    ("Qatar pledged $20 million to Lebanon.", "0331", "QAT"),
    ("Denmark donated $4 million to Yemen.", "070", "DNK"),
    ("Tanzania beefed up security along the Mozambican border.", "153", "TZA"),
    ("The Bolivian government seized two Chilean mines.", "1711", "BOL"),
    ("Namibia expressed alarm over the fighting in Angola.", "012", "NAM"),
    ("Zimbabwean nurses walked off the job over wages.", "1432", "ZWE"),
    ("Nigerian doctors downed tools on Monday.", "143", "NGA"),
    ("Bolivian farmers set up roadblocks on the main highway.", "144", "BOL"),
    ("Eritrean troops massed on the Ethiopian border.", "154", "ERI"),
    ("Somalia suspended its participation in the talks with Kenya.", "164", "SOM"),
    ("Malian troops overran the rebel base.", "190", "MLI"),
    ("Nigerian soldiers sealed off the town of Maiduguri.", "191", "NGA"),
    # a refused request or call takes the rejection code of what was asked for (families.tsv)
    ("The Gambian president rejected calls to resign.", "1231", "GMB"),
    ("Portugal turned down Angola's request for military aid.", "1222", "PRT"),
    ("The African Union's calls to end the fighting in Darfur went unheeded.", "0256", "IGOAFR"),
    ("Zambia remained silent on the Zimbabwean vote.", "011", "ZMB"),
    ("Botswana is mulling sanctions against Zimbabwe.", "014", "BWA"),
    ("The Chadian army owned up to the killings.", "015", "TCD"),
    ("Niger disclaimed any role in the coup.", "016", "NER"),
    ("Senegal sided with Mali on the border issue.", "051", "SEN"),
    ("Benin shared Togo's concerns about the coup.", "019", "BEN"),
    ("Malawi came to the defense of Zambia.", "052", "MWI"),
    ("Ghana opened an embassy in Liberia.", "050", "GHA"),
    ("Morocco resumed diplomatic relations with Iran.", "050", "MAR"),
    ("Chad and Niger held joint patrols on the border.", "062", "TCD"),
    ("Tunisia rescinded the ban on the opposition newspaper.", "081", "TUN"),
    ("Switzerland unfroze Libyan assets.", "085", "CHE"),
    ("Eritrea granted access to the Red Cross.", "086", "ERI"),
    ("The Taliban said they will no longer grant access to the U.N. envoy.", "1245", "AFG"),
    ("Algeria suspended the opposition newspaper.", "1721", "DZA"),
    ("A suicide bomber killed 20 people in Kirkuk.", "183", "IRQ"),
    ("Tunisian students held a sit-in at the ministry.", "141", "TUN"),
    ("Bahrain accepted an invitation to visit Qatar.", "036", "BHR"),
    ("Egypt closed the Suez Canal to Israeli shipping.", "191", "EGY"),
])
def test_lexicon_triggers_code(code_events, text, code, source):
    got = code_events(text)
    assert any(c == code and s and (s.startswith(source) or source in s) for s, t, c in got), got


@pytest.mark.parametrize("text,code", [
    ("The sugar dissolved in the warm tea.", "1722"),               # no party, no event
    ("The operation on his knee took three hours.", "190"),         # a surgery, no military operation
    ("The company will increase the charge for delivery.", "173"),  # a fee, not a legal charge
    ("Kenya carried out tests of its new voting machines.", "150"),  # no weapon test
    ("Canada ramped up its trade war with the United States.", "190"),  # a trade war is no war
    ("Doctors warned that cases could rise.", "130"),  # a warning to no one is no threat
    ("The French singer drew a crowd from the city.", "111"),  # no event noun drawn
    ("The new rules confined smoking to special rooms.", "173"),  # no detention place
    ("Russia insisted that it had not attacked the convoy.", "1012"),  # a claim, not a demand
    ("Peru insisted that the vote had been fair.", "100"),  # a claim, not a demand
    ("The children threw the ball at the wall.", "145"),  # nothing thrown in protest
    ("The coach gave the players two hours of rest.", "139"),  # no deadline to anyone
    ("The halt to the flights lasted two days.", "087"),  # a halt noun only under a wrapper
    ("The report faulted the engine design.", "111"),  # no actor faulted
    ("The boys picked up the ball.", "173"),  # no police subject
    ("Crowds massed outside the stadium.", "154"),  # no troops massed
    ("There were many calls to the hotline.", "020"),  # a call with no infinitive asks for nothing
    ("Kenya will no longer host the refugees.", "043"),  # "no longer": no visit hosted
    ("A gas explosion killed ten miners in Zonguldak.", "183"),  # an accident is no bombing
])
def test_lexicon_triggers_not_coded(code_events, text, code):
    got = code_events(text)
    assert not any(c == code for s, t, c in got), got


def test_refused_request_targets_the_requester(code_events):
    got = code_events("Portugal turned down Angola's request for military aid.")
    assert ("PRT", "AGO", "1222") in [(s and s[:3], t and t[:3], c) for s, t, c in got], got
