"""The lexicon and code families load, index by lemma and hold only known codes."""

from newsdyad.events.cameo import code_table
from newsdyad.events.lexicon import load_lexicon


def test_events_lexicon_loads_and_indexes():
    lex = load_lexicon()
    sign = lex.entries("V", "sign")
    assert sign[0].code == "057" and sign[0].obj and "agreement" in sign[0].obj
    assert all(e.code is None or e.code in code_table() for es in lex.by_key.values() for e in es)


def test_events_lexicon_constrained_entries_first():
    lex = load_lexicon()
    strike = lex.entries("V", "strike")
    assert strike[0].code == "057" and strike[-1].code == "190"


def test_events_lexicon_families():
    lex = load_lexicon()
    assert lex.family_code("intend", "057", "mil") == "0312"
    assert lex.family_code("intend", "057") == "030"
    assert lex.family_code("request", "190") == "0212"
    assert lex.family_code("reject", "040") == "125"
    assert lex.family_code("threaten", "163") == "1312"
    assert lex.family_code("demand", None) == "100"


def test_events_lexicon_covers_every_root():
    lex = load_lexicon()
    roots = {e.code[:2] for es in lex.by_key.values() for e in es if e.code}
    assert roots >= {f"{i:02d}" for i in range(1, 21)}
