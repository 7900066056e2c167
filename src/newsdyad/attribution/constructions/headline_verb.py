"""A headline read from its words (the parser takes "Slams" for a name): NAME CUE-VERB
CONTENT, or CONTENT, NAME CUE-VERB; only the first line of the text.

    Governor Ortiz Slams Water Tax                            headline_verb:slam

Not this: "U.S. Flexes Muscles As Asia Worries About Trade" (no name before a cue verb).
"""

from __future__ import annotations

import re

from ...wordlists import word_list
from ..frame import Frame
from ..lexicon import verb_surface_forms
from ..slots.content import AS_VERBS
from ..syntax import strip_span

RULES = ('headline_verb',)  # the rule names it writes (docs/attribution.md)


HEADLINE_ADVERBS_OK = re.compile(r"^[A-Z][a-z]+ly$")


_TITLE_SMALL_WORDS = word_list("title_small_words")


def _is_title_case(words: list[str]) -> bool:
    """Most words capitalised, short function words aside ("Beck Blasts Drudge for Mocking ...")."""
    lettered = [w for w in words if any(ch.isalpha() for ch in w) and w.lower() not in _TITLE_SMALL_WORDS]
    return len(lettered) >= 3 and sum(w.lstrip("‘“'\"(")[:1].isupper() for w in lettered) >= 0.8 * len(lettered)


def find(ctx, earlier=()) -> list[Frame]:
    """A title-case headline, "Senator Lee Slams Trade Deal", "Guns Are A Crisis, Dean Tells
    Delegates": the parser reads the capitalised verb as a name, so the headline is read
    from its words: NAME CUE-VERB CONTENT, or CONTENT, NAME CUE-VERB.  Only the first line."""
    doc, text, qidx, lex = ctx.doc, ctx.text, ctx.qidx, ctx.lex
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end]
    if not line.strip():
        return []
    # a title-case headline, or a sentence-case one ("Super PAC blasts Trump for skipping debate"),
    # whose -s verb the parser often reads as a plural noun
    title_case = _is_title_case(line.split())
    if not title_case and (end == len(text) or len(line.split()) > 16):
        return []  # a sentence-case first line is a headline only when an article follows it
    taken = {c for f in earlier for s, e in f.cue for c in range(s, e) if s < end}
    toks = []
    for t in doc:
        if t.idx >= end:
            break
        if not t.is_space:
            toks.append(t)
    if not toks:
        return []
    surface = verb_surface_forms()

    def cue_lemma(x):
        lemma = surface.get(x.lower_) or (x.lower_ if x.lower_ in lex.verbs else None)
        if lemma is None or lemma not in lex.verbs or lemma in AS_VERBS:
            return None
        if not (x.text[0].isupper() or not title_case):
            return None
        # the headline's present tense: "Says", "Slams", "blasts"; after a plural, "Experts rebuke"
        if x.lower_.endswith("s") or (x.lower_ == lemma and x.i > 0 and x.nbor(-1).tag_ in ("NNS", "NNPS")):
            return lemma
        return None

    out: list[Frame] = []
    start = 0
    last_source = None
    for k, t in enumerate(toks):
        if t.text == ":":
            start = k + 1  # "FIX IS IN: Panel Ignores ...": the headline proper starts after the colon
            last_source = None
            continue
        lemma = cue_lemma(t)
        if lemma is None or t.idx in taken or k == start or (not title_case and qidx.tok_quote[t.i] >= 0):
            continue
        cue_toks = [t]
        j = k - 1
        while j > start and ((HEADLINE_ADVERBS_OK.match(toks[j].text) and toks[j].text not in lex.first_names)
                             or toks[j].lower_ in ("also", "again", "now", "just", "still")):
            cue_toks.insert(0, toks[j])  # "Finally Endorses", "Also Slams"
            j -= 1
        comma = max((i for i in range(start, j + 1) if toks[i].text == ","), default=None)
        src_from = comma + 1 if comma is not None else start
        while src_from <= j and toks[src_from].is_punct:
            src_from += 1
        src = toks[src_from:j + 1]
        if last_source is not None and j >= start and toks[j].lower_ in ("and", "&"):
            source, source_head = last_source  # "Le Pen Backs Trump And Denounces Clinton"
        else:
            if src and src[0].pos_ == "DET" and len(src) > 1:
                src = src[1:] if src[0].lower_ in ("this", "that", "these", "those") else src  # "This Panel", "Another Figure"
            if not 1 <= len(src) <= 7 or not all(
                    x.text[:1].isupper() or x.text in ("’s", "'s", "of", "&", ".") or x.text[:1].isdigit()
                    or (not title_case and x.i != src[0].i and x.pos_ in ("NOUN", "ADJ", "PROPN", "PUNCT"))
                    for x in src):
                continue
            if not title_case and not src[0].text[:1].isupper():
                continue
            if any(cue_lemma(x) or x.lower_ in ("is", "are", "was", "were")
                   or (x.is_stop and x.i != src[0].i and x.lower_ not in ("and", "of", "the", "&", "’s", "'s"))
                   for x in src):
                continue  # "U.S. Flexes Muscles As Asia Worries ...": not a name before the verb
            source, source_head = (src[0].idx, src[-1].idx + len(src[-1].text)), src[-1].i
        if comma is not None:  # "Guns Are A Crisis, Dean Tells Delegates": the content comes first
            content = (toks[start].idx, toks[comma].idx)
        else:
            stop = len(toks)
            for i in range(k + 1, len(toks)):
                x = toks[i]
                if x.text in (":", "—", "–") or (x.lower_ in ("and", "&") and i + 1 < len(toks) and cue_lemma(toks[i + 1])):
                    stop = i
                    break
            rest = toks[k + 1:stop]
            while rest and rest[-1].is_punct and rest[-1].text not in ("’", "”", "'", '"'):
                rest.pop()
            if not any(not x.is_punct for x in rest):
                continue
            content = (rest[0].idx, rest[-1].idx + len(rest[-1].text))
        content = strip_span(text, content)
        if content[1] - content[0] < 4:
            continue
        cue_spans = [(cue_toks[0].idx, cue_toks[-1].idx + len(cue_toks[-1].text))]
        out.append(Frame(kind="indirect", rule=f"headline_verb:{lemma}", cue=cue_spans, cue_token=t.i,
                         content=[content], source=source, source_head=source_head))
        last_source = (source, source_head)
        taken.update(range(t.idx, t.idx + len(t.text)))
    return out
