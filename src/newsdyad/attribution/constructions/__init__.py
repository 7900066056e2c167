"""The attribution constructions, one module per family of ``docs/attribution.md``, in the
order ``find_attributions`` runs them.

Each construction module has ``find(ctx, earlier) -> Iterator[Frame]`` (``ctx`` the document's
:class:`~newsdyad.attribution.context.Context`, ``earlier`` the frames found before it) and
``RULES``, the rule names it writes.  A pass (a function ``(ctx, frames) -> frames``) revises
all the frames found so far; frames are immutable, so a pass returns new ones.

The order is part of the behaviour: the first group is found independently and deduplicated;
the second group looks at what the first found (a quotation some cue claimed is not claimed
again); ``drop_unfit`` (``holders``) drops frames whose source cannot hold a view or whose
verb of conduct takes a bare object; trailing cues (``passes.trailing_cues``), continuations and
transcript lines revise the frames; a quotation still unclaimed
that holds cues becomes an ``unattributed_quote``.
"""

from __future__ import annotations

from types import ModuleType

from ..holders import drop_unfit
from ..passes import continuations, dedupe, trailing_cues, transcript_lines
from . import (according_to, appearance_verb, colon_speaker, cue_noun, cue_verb, headline_verb, hearsay_adverb,
               holder_noun, in_source, object_relative, passive_view, phrase_cue, quote_signature, quote_speech_act,
               stance_adjective, unattributed_quote)

REGISTRY = (
    cue_verb, according_to, colon_speaker, cue_noun, appearance_verb, stance_adjective, phrase_cue, in_source,
    holder_noun, passive_view, hearsay_adverb,
    dedupe,
    object_relative, quote_speech_act, headline_verb, quote_signature,
    drop_unfit,
    trailing_cues,
    continuations, transcript_lines,
    unattributed_quote,
)

CONSTRUCTIONS = tuple(step for step in REGISTRY if isinstance(step, ModuleType))


def run(ctx) -> list:
    """Every frame of the document: the REGISTRY's steps in order."""
    frames: list = []
    for step in REGISTRY:
        if isinstance(step, ModuleType):
            frames += step.find(ctx, tuple(frames))
        else:
            frames = step(ctx, frames)
    return frames
