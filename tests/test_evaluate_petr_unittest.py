"""PETRARCH unit-test records: reading the XML, its switches and include list, scoring, crash safety.

The small validation file below is ours (invented countries Aland, Bland, Cland); the end-to-end
test reads PETRARCH's real file from ../shared.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsdyad.actors.petrarch import read_discards
from newsdyad.evaluate import petr_unittest as pu

SMALL_XML = """<Validation>
<!-- a comment with <Sentence> inside must not count -->
<Environment>
    <Verbfile>tiny.verbs.txt</Verbfile>
    <Actorfile>tiny.actors.txt</Actorfile>
    <Agentfile>tiny.agents.txt</Agentfile>
    <Discardfile>tiny.discards.txt</Discardfile>
    <Include>valid ALPHA BETA</Include>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="20010203" id="A-1" category="ALPHA" sentence="true">
<EventCoding sourcecode="ALA" targetcode="BLA" eventcode="042"></EventCoding>
<EventCoding sourcecode="ALA" targetcode="BLA" eventcode="042"></EventCoding>
<Text>
Aland paid a visit
   to Bland.
</Text>
<Parse>(ROOT (S (NP (NNP Aland)) (VP (VBD paid) (NP (DT a) (NN visit)) (PP (TO to) (NP (NNP Bland)))) (. .)))</Parse>
</Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="20010204" id="A-2" category="ALPHA" sentence="false">
<EventCoding sourcecode='"THE GREEN COUNCIL"' targetcode="cla" eventcode="010"></EventCoding>
<Text>The Green Council spoke about Cland.</Text>
<Parse></Parse>
</Sentence>
<Config option="require_dyad" value="True"></Config>
<Sentence date="20010205" id="B-1" category="BETA" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened in Cland today.</Text>
<Parse>(ROOT (S (NP (NN Nothing)) (VP (VBD happened))</Parse>
</Sentence>
<Sentence date="20010206" id="G-1" category="GAMMA" sentence="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Aland beat Bland at cricket.</Text>
<Parse></Parse>
</Sentence>
</Sentences>
</Validation>
"""

TINY_ACTORS = "ALAND [ALA]\nBLAND [BLA]\nCLAND [CLA]\n"
TINY_AGENTS = "MINISTER [~GOV]\n"
TINY_DISCARDS = "CRICKET  # a sport\n+HAILSTORM\n"


@pytest.fixture()
def small_file(tmp_path):
    path = tmp_path / "tiny.records.xml"
    path.write_text(SMALL_XML, encoding="utf-8")
    (tmp_path / "tiny.actors.txt").write_text(TINY_ACTORS, encoding="utf-8")
    (tmp_path / "tiny.agents.txt").write_text(TINY_AGENTS, encoding="utf-8")
    (tmp_path / "tiny.discards.txt").write_text(TINY_DISCARDS, encoding="utf-8")
    return path


def test_petr_unittest_reads_records_config_and_include(small_file):
    unit = pu.read_unit_tests(small_file)
    assert [r.id for r in unit.records] == ["A-1", "A-2", "B-1", "G-1"]
    assert unit.include == pu.Include(("ALPHA", "BETA"), True)
    assert unit.path("actors") == str(small_file.parent / "tiny.actors.txt")
    assert unit.path("verbs") == str(small_file.parent / "tiny.verbs.txt")
    a1, a2, b1, g1 = unit.records
    # duplicate expected triples count once; the text is whitespace-normalised; the date is ISO
    assert a1.expected == [("ALA", "BLA", "042")]
    assert a1.text == "Aland paid a visit to Bland."
    assert a1.date == "2001-02-03"
    # switches hold from where they stand: case-free booleans, integer lengths
    assert (a1.config["require_dyad"], a1.config["new_actor_length"]) == (True, 0)
    assert (a2.config["require_dyad"], a2.config["new_actor_length"]) == (False, 4)
    assert (b1.config["require_dyad"], b1.config["new_actor_length"]) == (True, 4)
    # quoted text codes lose their quotes, codes are upper case
    assert a2.expected == [("THE GREEN COUNCIL", "CLA", "010")]
    assert a2.sentence is False and a1.sentence is True
    assert b1.noevents and not b1.expected
    assert g1.error == "sentencediscard"
    assert [unit.include.active(r) for r in unit.records] == [True, False, True, False]


@pytest.mark.parametrize("text, categories, valid_only", [
    ("valid DEMO ACTOR", ("DEMO", "ACTOR"), True),
    ("DEMO actor", ("DEMO", "ACTOR"), False),
    ("", (), False),
])
def test_petr_unittest_include_list(text, categories, valid_only):
    assert pu.Include.parse(text) == pu.Include(categories, valid_only)


@pytest.mark.parametrize("category, sentence, include, active", [
    ("DEMO", True, "valid DEMO", True),
    ("DEMO", False, "valid DEMO", False),  # not implemented in PETRARCH: out under "valid"
    ("DEMO", False, "DEMO", True),
    ("DEMOx", True, "valid DEMO", False),  # a category not listed
    ("demo", True, "valid DEMO", True),
])
def test_petr_unittest_active_records(category, sentence, include, active):
    rec = pu.UnitRecord(id="x", category=category, sentence=sentence, date=None, text="", parse="")
    assert pu.Include.parse(include).active(rec) is active


@pytest.mark.parametrize("expected, predicted, exact, dyad, tp", [
    ([("ALA", "BLA", "042")], [("ALA", "BLA", "042")], True, True, 1),
    ([("ALA", "BLA", "042")], [("ALA", "BLA", "043")], False, True, 0),  # codes must be identical
    ([("ALA", "BLA", "042")], [("ALAGOV", "BLA", "042")], False, False, 0),  # no prefix matching
    ([("ALAGOV", "BLA", "042")], [("ALA", "BLA", "042")], False, False, 0),
    ([("ALA", "BLA", "042")], [("ALA", "BLA", "042"), ("BLA", "ALA", "042")], False, False, 1),  # an extra
    ([("ALA", "BLA", "042"), ("BLA", "ALA", "042")], [("BLA", "ALA", "042"), ("ALA", "BLA", "042")], True, True, 2),
    ([], [], True, True, 0),  # noevents, nothing coded
    ([], [("ALA", "BLA", "042")], False, False, 0),  # noevents, something coded
])
def test_petr_unittest_scoring(expected, predicted, exact, dyad, tp):
    got = pu.score_record(expected, predicted)
    assert (got["exact"], got["dyad"], got["tp"]) == (exact, dyad, tp)


def _event(source, target, code, modality="asserted"):
    return SimpleNamespace(source=SimpleNamespace(code=source), target=SimpleNamespace(code=target),
                           code=code, modality=modality, rule="")


@pytest.mark.parametrize("events, require_dyad, triples", [
    ([_event("ALA", "BLA", "042")], True, [("ALA", "BLA", "042")]),
    ([_event("ALA", None, "042")], True, []),  # no target: not a dyad
    ([_event("ALA", None, "042")], False, [("ALA", "---", "042")]),
    ([_event("---GOV", None, "023")], False, [("---GOV", "---", "023")]),
    ([_event("GOV", "BLA", "023")], True, [("---GOV", "BLA", "023")]),  # newsdyad's sector-only code
    ([_event(None, None, "023")], False, []),  # nothing coded on either side
    ([_event("ALA/BLA", "CLA", "042")], True, [("ALA", "CLA", "042"), ("BLA", "CLA", "042")]),
    ([_event("ALA", "BLA", "042", "negated")], True, []),
    ([_event("ALA", "BLA", "042", "intended"), _event("ALA", "BLA", "042")], True, [("ALA", "BLA", "042")]),
])
def test_petr_unittest_predicted_triples(events, require_dyad, triples):
    assert pu.predicted_triples(SimpleNamespace(events=events), require_dyad) == triples


@pytest.mark.parametrize("text, hit", [
    ("Aland beat Bland at cricket.", "sentencediscard"),
    ("Aland blamed the HAILSTORM on Bland.", "storydiscard"),
    ("Aland met Bland at the cricketers' club.", None),  # whole words only
    ("Aland met Bland.", None),
])
def test_petr_unittest_discards(text, hit):
    discards = read_discards(TINY_DISCARDS.splitlines())
    assert discards == [("CRICKET", False), ("HAILSTORM", True)]
    assert pu.discard_hit(text, discards) == hit


@pytest.mark.parametrize("check, text, result", [
    (pu.parse_balanced, "(ROOT (S (NP (NNP Aland))))", True),
    (pu.parse_balanced, "(ROOT (S (NP (NNP Aland)))", False),
    (pu.parse_balanced, "(ROOT (S )) (NP (", False),
    (pu.parse_balanced, "(A))(B", False),  # closes before it opens
    (pu.is_dateline, "PORT TOWN: -- Aland met Bland.", True),
    (pu.is_dateline, "NORTH CITY (Wire) -- Aland met Bland.", True),
    (pu.is_dateline, "Aland met Bland: the talks went well.", False),
    (pu.is_dateline, "UN officials met Bland -- again.", False),
])
def test_petr_unittest_input_checks(check, text, result):
    assert check(text) is result


def test_petr_unittest_crash_is_a_miss(small_file, monkeypatch):
    real = pu.code_record

    def failing(pipeline, rec, discards):
        if rec.id == "A-1":
            raise RuntimeError("coder broke")
        return real(pipeline, rec, discards)

    monkeypatch.setattr(pu, "code_record", failing)
    report = pu.run(str(small_file))
    rows = {r["id"]: r for r in report["per_record"]}
    assert rows["A-1"]["crash"] == "RuntimeError: coder broke"
    assert rows["A-1"]["exact"] is False and rows["A-1"]["predicted"] == []
    assert report["totals"]["active"]["crashes"] == 1
    assert report["totals"]["active"]["records"] == 2  # A-1 and B-1; A-2 is sentence="false", G-1 not included
    assert rows["B-1"]["input_error"] == "bad_input_parse" and rows["B-1"]["exact"] is True
    assert rows["G-1"]["input_error"] == "sentencediscard" and rows["G-1"]["active"] is False
    assert set(report["per_category"]) == {"ALPHA", "ALPHA (inactive)", "BETA", "GAMMA (inactive)"}
    assert report["missing_dictionaries"] == [str(small_file.parent / "tiny.verbs.txt")]
    text = pu.render(report)
    assert "MISSING dictionaries" in text
    assert "crashes 1" in text and "CRASH RuntimeError" in text


def test_petr_unittest_real_file_end_to_end(shared_dir):
    from newsdyad.evaluate import records

    path = shared_dir / "data" / "petrarch2" / "PETR.UnitTest.records.xml"
    assert path.is_file(), f"missing {path}"
    report = records.run(str(path))  # `eval records FILE.xml` goes through records.run
    assert report["format"] == "petrarch-unittest"
    assert report["records"] == len(report["per_record"]) > 200
    active = report["totals"]["active"]
    assert active["crashes"] == 0, [r for r in report["per_record"] if r["crash"]][:3]
    assert report["include"], "the file's <Include> list was not read"
    for category in report["include"]:
        assert category in report["per_category"], category
    assert active["records"] == sum(c["records"] for k, c in report["per_category"].items()
                                    if not k.endswith("(inactive)"))
    assert "active records: exact" in records.render(report)


@pytest.mark.parametrize("rule, code, pattern", [
    ("verbs:tiny.verbs.txt:V:meet:031:act:future>intend", "036", "031"),
    ("petrarch:V:head:042:act[pobj=for:*]:future>intend+target:first-coded-actor-in-object", "036", "042"),
    ("lexicon:N:visit:042:act:planned>intend", "036", "042"),
    ("lexicon:V:want:-:intend>lexicon:V:sign:057:act[obj=accord]:intend", "036", "036"),  # a wish, not a tense
    ("lexicon:V:meet:040:act", "040", "040"),
    ("lexicon:V:meet:040:act:future-negated>reject", "125", "125"),
    ("", "040", "040"),
    ("verbs:x.txt:V:arrive:032:act+mirror:033", "033", "033"),  # the mirrored event
    ("verbs:x.txt:V:meet:031:act:future>intend+mirror:032", "036", "032"),
])
def test_petr_unittest_pattern_code(rule, code, pattern):
    assert pu.pattern_code(SimpleNamespace(rule=rule, code=code)) == pattern


def test_petr_unittest_tense_free_triples():
    ev = SimpleNamespace(source=SimpleNamespace(code="ALA"), target=SimpleNamespace(code="BLA"), code="036",
                         modality="intended", rule="verbs:x.txt:V:meet:031:act:future>intend")
    doc = SimpleNamespace(events=[ev])
    assert pu.predicted_triples(doc) == [("ALA", "BLA", "031")]
    assert pu.predicted_triples(doc, tense_free=False) == [("ALA", "BLA", "036")]
