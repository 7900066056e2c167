"""A headline read from its words (the parser takes "Slams" for a name): NAME CUE-VERB
CONTENT, or CONTENT, NAME CUE-VERB; only the first line of the text.

    Governor Ortiz Slams Water Tax                            headline_verb:slam

Not this: "U.S. Flexes Muscles As Asia Worries About Trade" (no name before a cue verb).
"""

from __future__ import annotations

from collections.abc import Iterator

import re

from ...wordlists import word_list
from ..frame import Frame
from ..lexicon import verb_surface_forms
from ..slots.content import AS_VERBS
from ..syntax import strip_span

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('headline_verb',)

HEADLINE_CUE_ADVERBS = word_list("headline_cue_adverbs")  # "Also Slams"
HEADLINE_NAME_STOP_WORDS = word_list("headline_name_stop_words")
HEADLINE_NAME_MARKS = word_list("headline_name_marks")


HEADLINE_ADVERBS_OK = re.compile(r"^[A-Z][a-z]+ly$")


_TITLE_SMALL_WORDS = word_list("title_small_words")


def _is_title_case(words: list[str]) -> bool:
    """Most words capitalised, short function words aside ("Beck Blasts Drudge for Mocking ...")."""
    lettered = [w for w in words if any(ch.isalpha() for ch in w) and w.lower() not in _TITLE_SMALL_WORDS]
    return len(lettered) >= 3 and sum(w.lstrip("‘“'\"(")[:1].isupper() for w in lettered) >= 0.8 * len(lettered)


def _headline_cue(ctx, x, title_case: bool):
    """The cue lemma of a headline word, or None: the headline's present tense ("Says",
    "Slams", "blasts"; after a plural, "Experts rebuke"), capitalised in a title-case line."""
    verbs = ctx.lex.verbs
    lemma = verb_surface_forms().get(x.lower_) or (x.lower_ if x.lower_ in verbs else None)
    if lemma is None or lemma not in verbs or lemma in AS_VERBS:
        return None
    if not (x.text[0].isupper() or not title_case):
        return None
    if x.lower_.endswith("s") or (x.lower_ == lemma and x.i > 0 and x.nbor(-1).tag_ in ("NNS", "NNPS")):
        return lemma
    return None


def _headline(ctx, earlier):
    """(title_case, the first line's tokens, the characters earlier cues took there), or None
    when the first line is no headline: a sentence-case first line is one only when an
    article follows it ("Super PAC blasts Trump for skipping debate")."""
    text = ctx.text
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end]
    if not line.strip():
        return None
    title_case = _is_title_case(line.split())
    if not title_case and (end == len(text) or len(line.split()) > 16):
        return None
    taken = {c for f in earlier for s, e in f.cue for c in range(s, e) if s < end}
    toks = []
    for t in ctx.doc:
        if t.idx >= end:
            break
        if not t.is_space:
            toks.append(t)
    return (title_case, toks, taken) if toks else None


def _headline_source(ctx, src, title_case: bool):
    """The name before a headline verb as (span, head), or None when the words are not a
    name ("U.S. Flexes Muscles As Asia Worries ...")."""
    if src and src[0].pos_ == "DET" and len(src) > 1:
        src = src[1:] if src[0].lower_ in ("this", "that", "these", "those") else src  # "This Panel", "Another Figure"
    if not 1 <= len(src) <= 7 or not all(
            x.text[:1].isupper() or x.text in HEADLINE_NAME_MARKS or x.text[:1].isdigit()
            or (not title_case and x.i != src[0].i and x.pos_ in ("NOUN", "ADJ", "PROPN", "PUNCT"))
            for x in src):
        return None
    if not title_case and not src[0].text[:1].isupper():
        return None
    if any(_headline_cue(ctx, x, title_case) or x.lower_ in ("is", "are", "was", "were")
           or (x.is_stop and x.i != src[0].i and x.lower_ not in HEADLINE_NAME_STOP_WORDS)
           for x in src):
        return None
    return (src[0].idx, src[-1].idx + len(src[-1].text)), src[-1].i


def _headline_content(ctx, toks, start: int, k: int, comma, title_case: bool):
    """The content span: before the comma ("Guns Are A Crisis, Dean Tells Delegates"), else
    after the verb up to a colon, a dash or the next "and VERB"; None when too short."""
    if comma is not None:
        content = (toks[start].idx, toks[comma].idx)
    else:
        stop = len(toks)
        for i in range(k + 1, len(toks)):
            x = toks[i]
            if x.text in (":", "—", "–") or (x.lower_ in ("and", "&") and i + 1 < len(toks)
                                             and _headline_cue(ctx, toks[i + 1], title_case)):
                stop = i
                break
        rest = toks[k + 1:stop]
        while rest and rest[-1].is_punct and rest[-1].text not in ("’", "”", "'", '"'):
            rest.pop()
        if not any(not x.is_punct for x in rest):
            return None
        content = (rest[0].idx, rest[-1].idx + len(rest[-1].text))
    content = strip_span(ctx.text, content)
    return content if content[1] - content[0] >= 4 else None


def find(ctx, earlier=()) -> Iterator[Frame]:
    """A title-case headline, "Senator Lee Slams Trade Deal", "Guns Are A Crisis, Dean Tells
    Delegates": the parser reads the capitalised verb as a name, so the headline is read
    from its words: NAME CUE-VERB CONTENT, or CONTENT, NAME CUE-VERB.  Only the first line."""
    headline = _headline(ctx, earlier)
    if headline is None:
        return
    title_case, toks, taken = headline
    start = 0
    last_source = None
    for k, t in enumerate(toks):
        if t.text == ":":
            start = k + 1  # "FIX IS IN: Panel Ignores ...": the headline proper starts after the colon
            last_source = None
            continue
        lemma = _headline_cue(ctx, t, title_case)
        if lemma is None or t.idx in taken or k == start or (not title_case and ctx.qidx.tok_quote[t.i] >= 0):
            continue
        j = k - 1
        while j > start and ((HEADLINE_ADVERBS_OK.match(toks[j].text) and toks[j].text not in ctx.lex.first_names)
                             or toks[j].lower_ in HEADLINE_CUE_ADVERBS):
            j -= 1  # "Finally Endorses", "Also Slams": the adverb is part of the cue
        comma = max((i for i in range(start, j + 1) if toks[i].text == ","), default=None)
        src_from = comma + 1 if comma is not None else start
        while src_from <= j and toks[src_from].is_punct:
            src_from += 1
        if last_source is not None and j >= start and toks[j].lower_ in ("and", "&"):
            found = last_source  # "Le Pen Backs Trump And Denounces Clinton"
        else:
            found = _headline_source(ctx, toks[src_from:j + 1], title_case)
        content = _headline_content(ctx, toks, start, k, comma, title_case) if found is not None else None
        if content is None:
            continue
        yield Frame(kind="indirect", rule=f"headline_verb:{lemma}", cue=[(toks[j + 1].idx, t.idx + len(t.text))],
                    cue_token=t.i, content=[content], source=found[0], source_head=found[1])
        last_source = found
        taken.update(range(t.idx, t.idx + len(t.text)))
