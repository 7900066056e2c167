"""PETRARCH-format verb dictionaries: the reader (petrarch_verbs.py), the mapping onto the parse
(petrarch_map.py), the --verbs option, and the packaged conversion (data/events/petrarch_verbs.tsv).

The dictionary and sentences here are our own; ../shared is read only to check the reader on the
real PETRARCH2 dictionaries.
"""

from __future__ import annotations

from importlib import resources

import pytest
from typer.testing import CliRunner

from newsdyad.cli import app
from newsdyad.events import find_events
from newsdyad.events.cameo import is_code
from newsdyad.events.lexicon import OWN_FRAMES_GOVERN, load_lexicon
from newsdyad.events.petrarch_map import map_dictionary
from newsdyad.events.petrarch_verbs import expand_synset, parse_code, parse_pattern_body, read_verb_dictionary

from .conftest import entity_actors

OUR_DICTIONARY = """\
# a small verb dictionary written for these tests
&CASH
+DOLLAR
+EURO
&ARMY_
+TROOP
+SOLDIER
&MONEY
+&CASH
+CREDIT

--- GIVE  [---]  ---
GIVE {GAVE GIVEN GIVING}   # irregular forms
DONATE
- * &CASH                     [071]   # GIVE
- * {MEDICAL SUPPLIES}        [073]
- * WEAPONS (TO +)            [072]
- WILL * PEACE                [030]

--- APPEAR [---] ---
APPEAR
- * (BEFORE COURT)            [:173]
- % * TOGETHER                [040]

--- SEND [---] ---
SEND {SENT SENDING}
- * &ARMY (INTO +)            [192]
- * LETTER                    [---]

--- CALL [---] ---
+CALL_OFF {+CALLED_OFF} [161]
"""


@pytest.fixture()
def dictionary(tmp_path):
    path = tmp_path / "our.verbs.txt"
    path.write_text(OUR_DICTIONARY, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------ reading
def test_petrarch_verbs_reads_synsets():
    d = read_verb_dictionary(OUR_DICTIONARY.splitlines())
    assert d.synsets["CASH"].members == (("DOLLAR",), ("EURO",))
    assert d.synsets["CASH"].plurals and not d.synsets["ARMY"].plurals  # "&ARMY_": no plurals
    assert expand_synset(d, "MONEY") == (("DOLLAR",), ("EURO",), ("CREDIT",))  # nested synset
    assert expand_synset(d, "NOWHERE") is None


def test_petrarch_verbs_reads_blocks_and_forms():
    d = read_verb_dictionary(OUR_DICTIONARY.splitlines())
    assert [b.label for b in d.blocks] == ["GIVE", "APPEAR", "SEND", "CALL"]
    give = d.blocks[0]
    assert give.code.null and [v.verb for v in give.verbs] == ["GIVE", "DONATE"]
    assert give.verbs[0].forms == ("GAVE", "GIVEN", "GIVING")
    call = d.blocks[3].verbs[0]
    assert (call.words, call.verb_index, call.code.forward) == (("CALL", "OFF"), 0, "161")
    assert d.n_patterns == 8


@pytest.mark.parametrize("body, pre, post", [
    ("* &CASH", [], ["synset"]),
    ("* {MEDICAL SUPPLIES}", [], ["phrase"]),
    ("* WEAPONS (TO +)", [], ["word", "prep"]),
    ("$ * (WITH +)", ["source"], ["prep"]),
    ("+ * THREAT", ["target"], ["word"]),
    ("% * TOGETHER", ["compound"], ["word"]),
    ("* ^ AID", [], ["skip", "word"]),
    ("WILL NOT *", ["word", "word"], []),
    ("IN_*_OUT", ["word"], ["word"]),
])
def test_petrarch_verbs_pattern_markers(body, pre, post):
    got_pre, got_post, has_verb = parse_pattern_body(body, {"CASH"})
    assert has_verb
    assert [e.kind for e in got_pre] == pre and [e.kind for e in got_post] == post


def test_petrarch_verbs_prepositional_phrase_holds_its_object():
    _, post, _ = parse_pattern_body("* (FOR {FINANCIAL AID})")
    (pp,) = post
    assert pp.kind == "prep" and pp.text == "FOR"
    assert [e.kind for e in pp.items] == ["phrase"] and [w.text for w in pp.items[0].items] == ["FINANCIAL", "AID"]


def test_petrarch_verbs_synset_names_with_underscores_stay_whole():
    _, post, _ = parse_pattern_body("* NEW_&FIGHT_OF_WORDS_TALK", {"FIGHT_OF_WORDS"})
    assert [(e.kind, e.text) for e in post] == [("word", "NEW"), ("synset", "FIGHT_OF_WORDS"), ("word", "TALK")]


@pytest.mark.parametrize("raw, forward, reverse, null", [
    ("070", "070", None, False),
    ("042:043", "042", "043", False),
    (":173", None, "173", False),
    ("---", None, None, True),
    ("0874", "0874", None, False),
    ("174K", "174K", None, False),  # read whatever it is; the mapping decides
])
def test_petrarch_verbs_codes(raw, forward, reverse, null):
    c = parse_code(raw)
    assert (c.forward, c.reverse, c.null) == (forward, reverse, null)


def test_petrarch_verbs_reads_the_petrarch2_dictionaries(shared_dir):
    from newsdyad.events.petrarch_verbs import read_verb_file

    d = read_verb_file(str(shared_dir / "data" / "petrarch2" / "CAMEO.2.0.txt"))
    assert len(d.blocks) == 397 and len(d.synsets) == 40 and len(d.transformations) == 8
    assert d.n_patterns > 4500 and not d.problems
    entries, report = map_dictionary(d)
    assert report.n_mapped + report.n_unmapped == report.n_patterns  # every pattern is accounted for
    assert report.n_mapped > 0.9 * report.n_patterns and entries


# ------------------------------------------------------------------------------------ mapping
@pytest.mark.parametrize("pattern, reason", [
    ("- * &CASH [071]", None),
    ("- * (BEFORE COURT) [:173]", None),
    ("- &ARMY * (INTO +) [192]", None),
    ("- * LETTER [---]", None),  # mapped: a null code blocks the verb with this object
    ("- WILL * PEACE [030]", "words before the verb"),
    ("- + * THREAT [138]", "target before the verb"),
    ("- * AID (FROM $) [073]", "source after the verb"),
    ("- % * TOGETHER [040]", "compound-actor marker"),
    ("- * (TO LIST) (OF PARTIES) [172]", "two prepositional phrases with words"),
    ("- * VERY BIG NEW AID [073]", "object of more than two words"),
    ("- * &NOWHERE [073]", "undefined synset"),
    ("- * AID [9Z9]", "not a CAMEO code"),
])
def test_petrarch_map_counts_what_it_cannot_map(pattern, reason):
    d = read_verb_dictionary(["&CASH", "+EURO", "&ARMY", "+TROOP", "--- SEND [---] ---", "SEND", pattern])
    entries, report = map_dictionary(d)
    if reason is None:
        assert report.n_mapped == 1 and not report.unmapped and entries
    else:
        assert report.n_mapped == 0 and dict(report.unmapped) == {reason: 1} and not entries


def test_petrarch_map_pattern_to_constraints():
    d = read_verb_dictionary(OUR_DICTIONARY.splitlines())
    entries, _ = map_dictionary(d)
    by = {(e.lemma, e.code, e.line): e for e in entries}
    weapons = next(e for e in entries if e.lemma == "donate" and e.code == "072")
    assert weapons.obj >= {"weapons", "weapon"} and weapons.target_prep == {"to"}
    court = next(e for e in entries if e.lemma == "appear")
    assert court.reverse and court.pobj == (frozenset({"before"}), frozenset({"court"}))
    supplies = next(e for e in entries if e.lemma == "give" and e.code == "073")
    assert "supply" in supplies.obj and supplies.mod == {"medical"}
    call = next(e for e in entries if e.lemma == "call")
    assert call.particle == "off" and call.code == "161"
    assert by  # every entry is keyed by lemma, code and line


def _events(nlp, lexicon, text):
    doc = nlp(text)
    return find_events(doc, actors=entity_actors(doc), attributions=[], date="2014-03-12", lexicon=lexicon)


@pytest.mark.parametrize("text, code, source, target", [
    ("Germany gave ten million euros to Ukraine.", "071", "DEU", "UKR"),
    ("Japan donated medical supplies to Nepal.", "073", "JPN", "NPL"),
    ("Iran gave weapons to the rebels in Yemen and to Syria.", "072", "IRN", None),
    ("The French minister appeared before a Kenyan court.", "173", "KEN", "FRA"),
    ("Russia sent troops into Georgia.", "192", "RUS", "GEO"),
    ("Spain called off its talks with Morocco.", "161", "ESP", None),
    # nothing: no pattern, a null pattern, or a pattern whose object is not there
    ("Germany gave a long speech in Ukraine.", None, None, None),
    ("Russia sent a letter to Georgia.", None, None, None),
    ("Japan donated old books to Nepal.", None, None, None),
    ("The French minister appeared on television.", None, None, None),
])
def test_petrarch_map_codes_sentences(nlp, dictionary, text, code, source, target):
    lexicon = load_lexicon((str(dictionary),), True)  # --verbs FILE --replace-kb: only our dictionary
    events = _events(nlp, lexicon, text)
    if code is None:
        assert events == [], [(e.code, e.rule) for e in events]
        return
    hits = [e for e in events if e.code == code]
    assert hits, [(e.code, e.rule) for e in events]
    assert hits[0].source.code and hits[0].source.code.startswith(source)
    if target:
        assert hits[0].target.code and hits[0].target.code.startswith(target)
    assert hits[0].rule.startswith("verbs:our.verbs.txt:V:")


def test_petrarch_map_own_lexicon_wins(dictionary):
    """Merged without --replace-kb: our own entries for a verb come before the dictionary's, and a verb
    our lexicon frames as a wrapper or light verb ("call on", "give a speech") takes none of its patterns."""
    lexicon = load_lexicon((str(dictionary),), False)
    send = [e.origin for e in lexicon.entries("V", "send")]
    assert "lexicon" in send and "verbs:our.verbs.txt" in send
    assert max(i for i, o in enumerate(send) if o == "lexicon") < send.index("verbs:our.verbs.txt")
    assert "verbs:our.verbs.txt" in [e.origin for e in lexicon.entries("V", "donate")]
    for lemma in ("call", "give"):
        entries = lexicon.entries("V", lemma)
        assert entries and all(e.origin == "lexicon" for e in entries), lemma
    assert lexicon.reports[0].notes["entries of a verb our lexicon frames as a wrapper"] >= 1


# ------------------------------------------------------------------------------------ CLI
def test_petrarch_verbs_cli_prints_a_summary(dictionary, tmp_path):
    text = tmp_path / "one.txt"
    text.write_text("Germany gave ten million euros to Ukraine.", encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(text), "--verbs", str(dictionary), "--replace-kb",
                                      "--require", "none"],  # no actor dictionary: no side is coded
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    # a --verbs file keeps the two patterns the parse cannot state as their words in order
    assert "8 patterns read, 8 mapped (2 as words in order or a coordinated subject), 0 unmapped" in result.stderr
    assert '"code": "071"' in result.stdout


# ------------------------------------------------------------------------------------ packaged data
def test_petrarch_verbs_packaged_file_carries_the_notice_and_loads():
    text = resources.files("newsdyad.data.events").joinpath("petrarch_verbs.tsv").read_text(encoding="utf-8")
    head = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert "CAMEO.2.0.txt" in head and "openeventdata/petrarch2" in head
    assert "The MIT License" in head and "Permission is hereby granted" in head
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith(("#", "code\t"))]
    assert len(rows) > 1000
    assert all(r[0] == "-" or (is_code(r[0]) and r[0][:2] not in ("01", "02", "03", "04")) for r in rows)
    lexicon = load_lexicon()
    packaged = [e for entries in lexicon.by_key.values() for e in entries if e.origin == "petrarch" and not e.actor_args]
    # rows of a verb our lexicon (since the build) frames as a light or wrapper verb are skipped at load
    governed = {lemma for (pos, lemma), entries in lexicon.by_key.items()
                if pos == "V" and any(o.origin == "lexicon" and o.frame in OWN_FRAMES_GOVERN for o in entries)}
    assert len(packaged) == len([r for r in rows if r[2].split()[0] not in governed])
    assert len(packaged) > 0.99 * len(rows)
    assert all(e.obj or e.mod or (e.pobj and e.pobj[1]) for e in packaged)  # each names a word
    # rule 2b (petrarch_verb_defaults.tsv): a verb alone, only between coded actors (test_events_fallback.py)
    defaults = [e for entries in lexicon.by_key.values() for e in entries if e.actor_args]
    assert defaults and all(not (e.obj or e.mod or e.pobj) for e in defaults)


@pytest.mark.parametrize("text, code", [
    ("Kenyan police returned fire on the gunmen.", "190"),
    ("China donated vaccines to the Philippines.", "073"),
    ("Italy tightened restrictions on travellers from India.", "172"),
    # nothing from the packaged patterns: a verb alone, or a word that names no event
    ("Two reporters contributed to this story.", None),
    ("Italy returned the books to India.", None),
])
def test_petrarch_verbs_packaged_entries_code_news_sentences(nlp, text, code):
    doc = nlp(text)
    events = find_events(doc, actors=entity_actors(doc), attributions=[], lexicon=load_lexicon())
    from_petrarch = [e for e in events if "petrarch:" in e.rule]
    if code is None:
        assert from_petrarch == [], [(e.code, e.rule) for e in from_petrarch]
    else:
        assert any(e.code == code for e in from_petrarch), [(e.code, e.rule) for e in events]
