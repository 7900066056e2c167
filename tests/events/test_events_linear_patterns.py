"""A --verbs pattern the parse constraints cannot state ("- HINTED WOULD * SOON") is kept as its words
in order around the verb; a pattern that names a negation or a modal codes that reading itself.
The dictionary and sentences are ours."""

import pytest

from newsdyad.events import find_events
from newsdyad.events.base import _words_in_order
from newsdyad.events.lexicon import load_lexicon

from .conftest import entity_actors

TINY_VERBS = """&NEGAUX
+DID N'T
+WILL NOT

--- QUARREL [121] ---
QUARREL
- &NEGAUX * OVER TARIFFS [129]
- HINTED WOULD * SOON [128]

--- BERATED [111] ---
BERATED

--- CONCUR [081] ---
CONCUR
- % * [030:030]
"""


@pytest.fixture(scope="module")
def tiny_lexicon(tmp_path_factory):
    path = tmp_path_factory.mktemp("verbs") / "tiny.verbs.txt"
    path.write_text(TINY_VERBS, encoding="utf-8")
    return load_lexicon((str(path),), True)


@pytest.mark.parametrize("text,expected", [
    ("Chile quarrelled with Peru.", [("CHL", "PER", "121", "asserted")]),
    ("Chile didn't quarrel over tariffs with Peru.", [("CHL", "PER", "129", "asserted")]),
    ("Chile will not quarrel over tariffs with Peru.", [("CHL", "PER", "129", "asserted")]),
    ("Chile hinted it would quarrel soon with Peru.", [("CHL", "PER", "128", "asserted")]),
    # the words must come in order: "soon" before the verb is not "* SOON"
    ("Chile hinted it would soon quarrel with Peru.", [("CHL", "PER", "121", "hypothetical")]),
    # a block named by an inflected form matches that form
    ("Chile berated Peru.", [("CHL", "PER", "111", "asserted")]),
    # "% *": coordinated subjects, each the other's target; a single subject takes the verb's code
    ("Chile and Peru concurred.", [("CHL", "PER", "030", "asserted"), ("PER", "CHL", "030", "asserted")]),
    ("Chile concurred with Peru.", [("CHL", "PER", "081", "asserted")]),
    # a negation the pattern does not name stays a negated event
    ("Chile did not quarrel with Peru.", [("CHL", "PER", "121", "negated")]),
])
def test_events_linear_patterns(nlp, tiny_lexicon, text, expected):
    doc = nlp(text)
    events = find_events(doc, actors=entity_actors(doc), attributions=[], lexicon=tiny_lexicon)
    got = sorted((e.source.code, e.target.code, e.code, e.modality) for e in events)
    assert got == sorted(expected)


@pytest.mark.parametrize("text,slots,found", [
    ("they did n't ever go", [(("did", "n't"), ("will", "not")), (("ever",),)], "did n't ever"),
    ("they will not really ever go", [(("did", "n't"), ("will", "not")), (("ever",),)], "will not ever"),
    ("they ever did n't go", [(("did", "n't"),), (("ever",),)], None),  # out of order
    ("they went", [(("go",),)], "went"),  # the lemma counts
    ("they stayed", [(("go",),)], None),
])
def test_events_linear_words_in_order(nlp, text, slots, found):
    hit = _words_in_order(list(nlp(text)), slots)
    assert (None if hit is None else " ".join(t.text for t in hit)) == found


@pytest.mark.parametrize("lines,lemmas", [
    # irregular forms in braces are entries of their own (a verb matches its form as well as its lemma)
    (["--- SHUN [160] ---", "+FENCE_OFF {+FENCED_OFF +FENCING_OFF}"], {("fence", "off"), ("fenced", "off"), ("fencing", "off")}),
    (["--- SHUN [160] ---", "FLEE {FLED}"], {("flee", None), ("fled", None)}),
    (["--- SHUN [160] ---", "AVOID"], {("avoid", None)}),
])
def test_events_linear_irregular_forms(lines, lemmas):
    from newsdyad.events.petrarch_map import map_dictionary
    from newsdyad.events.petrarch_verbs import read_verb_dictionary

    entries, _report = map_dictionary(read_verb_dictionary(lines))
    assert {(e.lemma, e.particle) for e in entries} == lemmas
