"""Headline and transcript lines "NAME: words": source = the name before the colon, cue = the
colon, content = the rest of the line (or the next paragraph after a capitalised name alone
on its line); digest lines "... - NAME: “...”".

    Mayor Ortiz: The bridge stays shut.                        colon_speaker
    ORTIZ:\n\nThe bridge stays shut until spring.

Not this: "Timeline: the bridge closed in May." (a topic, not a speaker), "Update: ..."
(a lead-in from ``not_speakers``).
"""

from __future__ import annotations

from collections.abc import Iterator

import re

from ...wordlists import word_list
from ..frame import Frame

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('colon_speaker',)

COLON_SPEAKER_LOWER_WORDS = word_list("colon_speaker_lower_words")  # "Ortiz campaign: ..."


# "Name: what they said" -- a headline or transcript line whose speaker stands before a colon.
# A transcript pasted inside one long quotation opens each paragraph with a quote mark ('"PENCE: Well, ...').
_COLON_LINE = re.compile(r"^[ \t]*[\"“]?(?P<src>[A-Z][^\n:\"“”]{0,48}?)[ \t]*:(?P<rest>[ \t]*[^\n]*)$", re.M)


_NOT_SPEAKERS = word_list("not_speakers")


# a headline's lead-in, not its speaker ("Breaking: ...", "Wow: ...")
_TEASERS = word_list("teasers")


_TITLE_TAG = re.compile(r"(?:EXCLUSIVE|BREAKING|UPDATE|WATCH|VIDEO|REPORT)\s*[–—-]\s*")


_TITLE_ADDRESSEE = re.compile(r"\s+(?:on|to)\s+", re.I)


# a headline "Poll: ...", "Newspaper: ...": a source noun standing for its publisher
COLON_SOURCE_NOUNS = word_list("colon_source_nouns")


def find(ctx, earlier=()) -> Iterator[Frame]:
    """Headline "Graham: Trump's rhetoric is hurting the party." and transcript "SMITH:\\n...":
    source = the name before the colon, cue = the colon, content = the rest of the line
    (or the next paragraph when the colon ends the line and the name is in capitals)."""
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
    frames: list[Frame] = []
    title_end = text.find("\n")
    for m in _COLON_LINE.finditer(text):
        src, rest = m.group("src").strip(), m.group("rest")
        s0 = m.start("src")
        in_title = title_end < 0 or m.start() < title_end
        if in_title:
            # "EXCLUSIVE – Roger Stone: ...", "Clinton to Planned Parenthood: ...", "CNN Chief On Trump: ..."
            tag = _TITLE_TAG.match(src)
            if tag is not None:
                s0 += tag.end()
                src = src[tag.end():]
            cut = _TITLE_ADDRESSEE.search(src)
            if cut is not None and cut.start() > 0:
                src = src[:cut.start()]
        words = src.split()
        if not 1 <= len(words) <= 5 or src.lower() in _NOT_SPEAKERS or any(ch.isdigit() for ch in src):
            continue
        if src.lower() in _TEASERS:
            continue
        if not all(w[0].isupper() or w.lower() in COLON_SPEAKER_LOWER_WORDS
                   for w in words):
            continue
        s1 = s0 + len(src)
        span = doc.char_span(s0, s1, alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "NNP" for t in span):
            continue
        if (not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span) and not src.isupper()
                and not _is_mention(ctx.mentions, s0, s1)
                and not ((in_title or len(words) <= 2) and _named_elsewhere(text, words[-1], m.start(), m.end()))
                and not (len(words) <= 3 and words[-1].lower() in COLON_SOURCE_NOUNS)):
            continue  # "A World at War: ...", "Timeline: ..." are topics, not speakers
        colon = text.index(":", s1)
        cs = m.start("rest")
        ce = m.end("rest")
        if not rest.strip():
            if not (src.isupper() and len(src) > 1):
                continue
            nxt = re.compile(r"\s*").match(text, ce).end()
            cs, ce = nxt, text.find("\n", nxt)
            ce = len(text) if ce < 0 else ce
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and (text[ce - 1].isspace() or text[ce - 1] == "."):
            ce -= 1
        if ce - cs < 8 or len(text[cs:ce].split()) < 2:
            continue
        root = span.root
        quoted = all(qidx.tok_quote[t.i] >= 0 for t in doc.char_span(cs, ce, alignment_mode="expand") or [])
        kind = "direct" if quoted else "indirect"
        cue_token = doc.char_span(colon, colon + 1, alignment_mode="expand").start
        frames.append(Frame(kind=kind, rule="colon_speaker", cue=[(colon, colon + 1)], cue_token=cue_token,
                            content=[(cs, ce)], source=(s0, s1), source_head=root.i))
    taken = {f.cue[0] for f in frames}
    yield from frames
    yield from (f for f in _dash_colon_frames(ctx) if f.cue[0] not in taken)


# "... POLLS TOO EARLY - Mark Lee: “...”", "More from Lee: “...”", "From the report: “...”" (digest layouts)
_DASH_COLON = re.compile(r"(?:[ \t][-–—][ \t]+|\bMore from[ \t]+|^From[ \t]+)(?P<src>(?:the )?[A-Z][^:\n“\"]{0,40}?):[ \t]*(?=[“\"])",
                         re.M)


_COLON_QUOTE = re.compile(r":[ \t]*[“\"]")


def _dash_colon_frames(ctx) -> list[Frame]:
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
    out: list[Frame] = []
    if _COLON_QUOTE.search(text) is None:
        return out
    for m in _DASH_COLON.finditer(text):
        src = m.group("src").strip()
        words = src.split()
        if not 1 <= len(words) <= 6 or any(w[:1].islower() and w not in ("the", "of", "and") for w in words):
            continue
        qi = qidx.quote_starting_after(m.end() - 1)
        if qi is None or qidx.quotes[qi].start != m.end():
            continue
        q = qidx.quotes[qi]
        colon = text.index(":", m.start("src") + len(m.group("src")) - 1)
        s0 = m.start("src")
        span = doc.char_span(s0, s0 + len(src), alignment_mode="expand")
        cue_tok = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is None or cue_tok is None:
            continue
        out.append(Frame(kind="direct", rule="colon_speaker", cue=[(colon, colon + 1)], cue_token=cue_tok.start,
                         content=list(q.pieces), source=(s0, s0 + len(src)), source_head=span.root.i))
    return out


def _named_elsewhere(text: str, word: str, start: int, end: int) -> bool:
    """Is a colon line's speaker ("Lynch: ...") named elsewhere in the article ("Loretta Lynch")?"""
    word = re.sub(r"[’']s?$", "", word)
    if len(word) < 3:
        return False
    pattern = re.compile(r"\b" + re.escape(word) + r"\b")
    return pattern.search(text, 0, start) is not None or pattern.search(text, end) is not None


def _is_mention(mentions, s0: int, s1: int) -> bool:
    """Does an actor mention cover the whole name ``text[s0:s1]`` (a name the parser missed)?"""
    return any(a <= s0 and s1 <= b for a, b in mentions)
