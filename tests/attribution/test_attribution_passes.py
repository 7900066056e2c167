"""attribution.passes.trailing_cues: an indirect content stops before the same sentence's next
speech cue (a participle after a comma, or a verb conjoined without its own subject), and a
conjoined cue whose subject the parser borrowed from a thing inside the content takes the
outer speaker.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsdyad.attribution import find_attributions


def _content_of(nlp, text: str, cue: str) -> tuple[str | None, list[str]]:
    """(source, content pieces) of the attribution whose cue is ``cue``."""
    for a in find_attributions(nlp(text), []).attributions:
        if a.kind != "reported_by" and a.cue and text[a.cue[0][0]:a.cue[-1][1]] == cue:
            src = text[a.source.span[0]:a.source.span[1]] if a.source.span else None
            return src, [text[s:e] for s, e in a.content]
    raise AssertionError(f"no attribution with cue {cue!r}")


# (name, text, cue, expected source, expected content pieces)
CUT = [
    ("said_and_warned", "The mayor said the bridge was safe and warned drivers to slow down.", "said",
     "The mayor", ["the bridge was safe"]),
    ("warned_takes_the_speaker", "The mayor said the bridge was safe and warned drivers to slow down.", "warned",
     "The mayor", ["to slow down"]),
    ("seeks_then_alleging", "The suit seeks to stop the transfers, alleging that they are unlawful.", "seeks",
     "The suit", ["to stop the transfers"]),
    ("said_aims_and_urged", "Ruiz said the initiative aims to fight hunger and urged the ministry to act quickly.",
     "said", "Ruiz", ["the initiative aims to fight hunger"]),
    ("urged_not_by_the_initiative",
     "Ruiz said the initiative aims to fight hunger and urged the ministry to act quickly.", "urged",
     "Ruiz", ["to act quickly"]),
]

# the content runs on: the conjoined verb is no speech cue, or sits deeper in the content
KEPT_WHOLE = [
    ("wanted_is_part_of_it", "She said the minister resigned and wanted a new post.", "said",
     "She", ["the minister resigned and wanted a new post"]),
    ("relative_clause_inside", "He explained how a new plan that helps farmers and demands reform could work.",
     "explained", "He", ["how a new plan that helps farmers and demands reform could work"]),
]


@pytest.mark.parametrize("name,text,cue,source,content", CUT, ids=[c[0] for c in CUT])
def test_attribution_passes_trailing_cues_cut(nlp, name, text, cue, source, content):
    assert _content_of(nlp, text, cue) == (source, content)


@pytest.mark.parametrize("name,text,cue,source,content", KEPT_WHOLE, ids=[c[0] for c in KEPT_WHOLE])
def test_attribution_passes_trailing_cues_keep_whole(nlp, name, text, cue, source, content):
    assert _content_of(nlp, text, cue) == (source, content)
