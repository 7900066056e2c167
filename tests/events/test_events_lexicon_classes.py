"""Lexicon classes added for issue 13 (data/events/lexicon.tsv, section "issue 13"): one row per class,
our own sentences (not those of eval/cameo/own-examples.jsonl), each coded through the whole pipeline.

A row gives the sentence, the code a careful CAMEO coder gives and the source's country prefix; the
negative table holds sentences that must NOT yield a given code (the constraint of the class holds
the entry back).
"""

from __future__ import annotations

import pytest

from newsdyad.model import SourceDocument

# (sentence, expected code, source code prefix)
CLASSES = [
    ("The Canadian prime minister attended a vigil for the victims of the shooting in Quebec.", "017", "CAN"),
    ("The Kenyan parliament observed a minute of silence for the slain soldiers.", "017", "KEN"),
    ("Pakistan expressed agreement with China on the need for a political settlement in Afghanistan.", "019", "PAK"),
    ("The Turkish foreign ministry voiced disapproval of the Greek military drills.", "110", "TUR"),
    ("Nigeria said it was ready to settle the border dispute with Cameroon.", "037", "NGA"),
    ("The United States urged Serbia and Kosovo to resolve their differences.", "027", "USA"),
    ("Qatar gave Egypt $500 million in development aid.", "071", "QAT"),
    ("Britain supplied the Ukrainian army with tanks.", "072", "GBR"),
    ("Turkey provided Syrian refugees with food and tents.", "073", "TUR"),
    ("China handed back the seized American underwater drone.", "0842", "CHN"),
    ("The United States blocked a draft resolution on Gaza at the Security Council.", "129", "USA"),
    ("India dispatched reinforcements to the Chinese border.", "154", "IND"),
    ("The Egyptian government eased curbs on foreign reporters.", "0811", "EGY"),
    ("Iraq asked Jordan for intelligence on the smuggling networks.", "0214", "IRQ"),
    ("The European Union urged Kuwait to grant women full suffrage.", "0243", "IGO"),
    ("Russia expelled the British Council office from Moscow.", "166", "RUS"),
    # synonyms and forms a code lacked
    ("The Dutch government is weighing a proposal to send frigates to the Gulf.", "014", "NLD"),
    ("The Brazilian president expressed shock over the killing of the British journalist.", "018", "BRA"),
    ("The Algerian president granted amnesty to thousands of prisoners.", "056", "DZA"),
    ("Sweden sold fighter jets to Thailand.", "072", "SWE"),
    ("Canada shipped ammunition to Ukraine.", "072", "CAN"),
    ("South Korea airlifted tents to Turkey after the floods.", "073", "KOR"),
    ("China donated vaccines to Cambodia.", "073", "CHN"),
    ("Germany granted sanctuary to the Afghan journalists.", "075", "DEU"),
    ("The Bulgarian prime minister quit his post after the protests.", "0831", "BGR"),
    ("Iraq's prime minister lashed out at Turkey over the airstrikes.", "111", "IRQ"),
    ("The Israeli prime minister scolded the French president.", "111", "ISR"),
    ("Kosovo took Serbia to the International Court of Justice.", "115", "XKX"),
    ("Bolivia spurned the Chilean proposal.", "120", "BOL"),
    ("The Hungarian president snubbed the summit in Kyiv.", "125", "HUN"),
    ("North Korea breached the UN sanctions.", "128", "PRK"),
    ("Hezbollah vowed revenge against Israel.", "138", "LBN"),
    ("Tens of thousands of Serbians took to the streets of Belgrade on Friday.", "141", "SRB"),
    ("Russia moved warships to the Black Sea.", "154", "RUS"),
    ("Chinese coast guard ships harassed Vietnamese fishing boats.", "170", "CHN"),
    ("The Nicaraguan government banned the independent newspaper.", "1721", "NIC"),
    ("Egyptian police rounded up dozens of activists in Cairo.", "173", "EGY"),
    ("Somali pirates seized 15 passengers from a ferry.", "181", "SOM"),
    ("Militants beheaded a Nigerian soldier.", "1823", ""),
    ("Gunmen killed the mayor of the Mexican town of Tuxpan.", "186", "MEX"),
    ("Ukrainian forces launched a counteroffensive near Kharkiv.", "190", "UKR"),
    ("The Armenian army took the village of Talish.", "192", "ARM"),
    # second probe: forms of 01-05, force verbs whose subject names the weapon
    ("The Egyptian president warned of a catastrophe if the dam is filled.", "012", "EGY"),
    ("The Polish president paid tribute to the soldiers killed in Afghanistan.", "017", "POL"),
    ("The Ghanaian president paid tribute to Kenya's peacekeepers.", "051", "GHA"),
    ("The Nigerian central bank announced new measures against inflation.", "010", "NGA"),
    ("The Italian prime minister toured Libya last week.", "042", "ITA"),
    ("Riyadh played host to the Chinese president.", "043", "SAU"),
    ("The Hungarian government stood by its decision to build the fence.", "052", "HUN"),
    ("The Iraqi foreign ministry hit back at Turkey over the comments.", "111", "IRQ"),
    ("Vietnam protested to China over the oil rig.", "114", "VNM"),
    ("Israel ignored the resolution of the UN Security Council.", "128", "ISR"),
    ("Taiwan put its forces on combat readiness.", "152", "TWN"),
    ("The Turkish government suspended the elected mayor of Diyarbakir.", "172", "TUR"),
    ("Ukrainian drones hit an oil refinery in southern Russia.", "195", "UKR"),
    # third probe
    ("The Mexican president expressed regret to Spain for the conquest.", "055", "MEX"),
    ("The Turkish foreign minister painted a grim picture of the talks with Greece.", "012", "TUR"),
    ("The Pakistani Taliban took responsibility for the bombing in Lahore.", "015", "PAK"),
    ("The Korean president prayed for the victims of the ferry disaster.", "017", "KOR"),
    ("The Kenyan president expressed gratitude to Uganda for its help.", "051", "KEN"),
    ("Prosecutors in Peru looked into the deaths of the protesters.", "090", "PER"),
    ("Poland described the Russian strikes as terrorism.", "111", "POL"),
    ("A court in Egypt handed down a death sentence to the opposition leader.", "116", "EGY"),
    ("The Iranian navy staged drills in the Gulf of Oman.", "150", "IRN"),
    ("Belarus called up thousands of reservists.", "154", "BLR"),
    ("Ugandan troops left the Congolese town of Beni.", "0874", "UGA"),
    ("Chinese hackers breached the computer networks of the Australian parliament.", "171", "CHN"),
    ("The Algerian authorities placed the writer under house arrest.", "173", "DZA"),
    ("Police in Zimbabwe assaulted journalists covering the protest.", "182", "ZWE"),
    ("The Houthis blocked the Red Sea shipping lanes.", "191", "YEM"),
    # fourth probe
    ("The Dutch king laid flowers at the war memorial in Jakarta.", "017", "NLD"),
    ("The Swiss government is examining a request from Ukraine for ammunition.", "014", "CHE"),
    ("Moroccan intelligence tipped off Spain about the attack.", "064", "MAR"),
    ("The World Bank disbursed $200 million to Kenya.", "071", "IGO"),
    ("Japan sent a medical team to Turkey after the earthquake.", "073", "JPN"),
    ("The Malian prime minister stepped aside on Friday.", "0831", "MLI"),
    ("The European Union suspended sanctions on Syria.", "085", "IGO"),
    ("American troops withdrew from Afghanistan in 2021.", "0874", "USA"),
    # classes found missing on news (CAMEO definitions of 174, 112, 051 and 120)
    ("Ugandan police evicted Congolese traders from the market.", "174", "UGA"),
    ("The Pakistani government suspects India of backing the separatists.", "112", "PAK"),
    ("The Ghanaian president credited the navy with ending the piracy.", "051", "GHA"),
    ("Poland denied a request by Belarus for more border crossings.", "120", "POL"),
]

# (sentence, code it must not yield)
NOT_CODED = [
    ("Kenya expressed concern about the drought.", "019"),
    ("India voiced support for the plan.", "110"),
    ("The company supplied Kenya with computers.", "072"),
    ("Turkey blocked the road to the border.", "129"),
    ("China must quit intimidating its neighbours, Japan said.", "0241"),
    ("The company donated computers to the schools.", "073"),
    ("The bomb squad moved the device to a safe place.", "154"),
    ("The farmers burned their own crops.", "171"),
    ("The Nigerian government announced plans to build a new airport.", "010"),
    ("A typhoon hit the Philippine coast on Sunday.", "195"),
    ("The tourists left the Egyptian resort of Sharm el-Sheikh.", "0874"),
    ("Snow blocked the port of Murmansk.", "191"),
    ("The Kenyan government withdrew the bill on Tuesday.", "0874"),
    ("Protesters in Chile marched through Santiago.", "114"),
    ("Doctors suspect the outbreak began in the market.", "112"),
    ("The Brazilian government denied the report.", "120"),
]


@pytest.fixture(scope="module")
def coded():
    from newsdyad.pipeline import load_pipeline

    pipeline = load_pipeline()

    def run(text: str) -> list:
        return list(pipeline.code_one(SourceDocument(text=text, doc_id="t", date="2015-06-09")).events)

    return run


@pytest.mark.parametrize("text,code,source", CLASSES)
def test_events_lexicon_classes_code(coded, text, code, source):
    events = coded(text)
    hits = [e for e in events if e.code == code]
    assert hits, f"{code} expected, got {[(e.source.code, e.code) for e in events]}"
    assert any((e.source.code or "").startswith(source) for e in hits), [e.source.code for e in hits]


@pytest.mark.parametrize("text,code", NOT_CODED)
def test_events_lexicon_classes_not_coded(coded, text, code):
    assert code not in [e.code for e in coded(text)]


# (sentence, code, target code prefix): "take territory from X" - X lost it (192's target)
TARGET_FROM = [
    ("Syrian troops captured the town from Turkish-backed fighters.", "192", "TUR"),
    ("Ukrainian forces took control of the village from Russian troops.", "192", "RUSMIL"),
    ("Kenyan soldiers seized the base from al-Shabab.", "192", "SOMREB"),
]


@pytest.mark.parametrize("text,code,target", TARGET_FROM)
def test_events_lexicon_classes_target_from(coded, text, code, target):
    hits = [e for e in coded(text) if e.code == code]
    assert hits and any((e.target.code or "").startswith(target) for e in hits if e.target), \
        [(e.code, e.target and e.target.code) for e in hits]
