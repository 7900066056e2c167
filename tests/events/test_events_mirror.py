"""PETRARCH "[032:033]" codes: the target's mirrored event back to the source; "[031:031]" with
coordinated subjects and no target: each is the other's target.  The dictionary is ours."""

import pytest

from newsdyad.events import find_events
from newsdyad.events.lexicon import load_lexicon

from .conftest import entity_actors

TINY_VERBS = """--- GREET [042:043] ---
GREET
--- CHAT [031:031] ---
CHAT
--- SCOLD [111] ---
SCOLD
"""


@pytest.fixture(scope="module")
def tiny_lexicon(tmp_path_factory):
    path = tmp_path_factory.mktemp("verbs") / "tiny.verbs.txt"
    path.write_text(TINY_VERBS, encoding="utf-8")
    return load_lexicon((str(path),), True, True)


@pytest.mark.parametrize("text,expected", [
    ("France greeted Germany.", [("DEU", "FRA", "043"), ("FRA", "DEU", "042")]),
    ("France greeted the crowd.", [("FRA", None, "042")]),  # no coded target: nothing to mirror
    ("Chile and Peru chatted.", [("CHL", "PER", "031"), ("PER", "CHL", "031")]),
    ("France scolded Germany.", [("FRA", "DEU", "111")]),  # one code: no mirror
])
def test_events_mirror_codes(nlp, tiny_lexicon, text, expected):
    doc = nlp(text)
    events = find_events(doc, actors=entity_actors(doc), attributions=[], lexicon=tiny_lexicon)
    got = sorted(((e.source.code, e.target.code, e.code) for e in events), key=str)
    assert got == sorted(expected, key=str)
