"""Passes over the frames the constructions found; each returns new frames (frames are immutable).

* :func:`dedupe`: one frame per cue and content.
* :func:`continuations`: a quotation nobody introduces continues the attribution right before
  it ('“We will stay,” she said. “The river is ours.”': both quotations are hers).
* :func:`transcript_lines`: a transcript line "SMITH: ..." owns its words.
* :func:`trailing_cues`: an indirect content stops before the same speaker's next cue
  ("said the plan had failed and urged calm", "seeks to stop the move, alleging that ...").
"""

from __future__ import annotations

import re

from .frame import Frame
from .holders import animate
from .spans import claimed_quotes


def dedupe(ctx, frames: list[Frame]) -> list[Frame]:
    """The frames without a repeat of an earlier frame's cue and content."""
    seen, out = set(), []
    for f in frames:
        key = (tuple(f.cue), tuple(f.content))
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def transcript_lines(ctx, frames: list[Frame]) -> list[Frame]:
    """A transcript line "SMITH: ..." says who spoke it: another cue (inside an earlier
    speaker's words, or a cue the parser linked across lines) does not also claim it."""
    lines = [(f.content[0][0], f.content[-1][1]) for f in frames if f.rule == "colon_speaker" and f.content]
    if not lines:
        return frames
    out = []
    for f in frames:
        if f.rule != "colon_speaker":
            cue_at = f.cue[0][0] if f.cue else -1
            keep = [(s, e) for s, e in f.content
                    if not (s <= cue_at < e)  # a quotation holding its own cue is not what the cue reports
                    and not any(s < le and ls < e and not (ls <= cue_at < le and ls <= s and e <= le)
                                for ls, le in lines)]
            if not keep:
                continue
            if len(keep) != len(f.content):
                f = f.but(content=keep)
        out.append(f)
    return out


def continuations(ctx, frames: list[Frame]) -> list[Frame]:
    """A quotation nobody introduces, right after a direct attribution in the same
    paragraph ("...," he said. "..."), or after "X said:" at a paragraph end, continues
    that attribution's content.  Returns the frames, those continued replaced."""
    text, qidx = ctx.text, ctx.qidx
    used = claimed_quotes(frames, qidx)
    out = list(frames)
    by_end = sorted(range(len(out)), key=lambda i: max([c[1] for c in out[i].content] + [c[1] for c in out[i].cue]))
    for qi, q in enumerate(qidx.quotes):
        if qi in used or q.words(text) < 2:
            continue
        prev = None
        for i in by_end:
            f = out[i]
            if f.cue[0][0] >= q.start or not (f.kind in ("direct", "mixed") or (
                    f.kind == "indirect" and f.rule.startswith("cue_verb:") and f.source is not None)):
                continue
            end = max([c[1] for c in f.content] + [c[1] for c in f.cue] + ([f.source[1]] if f.source else []))
            if end <= q.start:
                prev = (i, end)
        if prev is None:
            continue
        i, end = prev
        f = out[i]
        gap = text[end:q.start]
        if "\n" in gap:
            if f.kind == "indirect" or not _next_paragraph_quote(text, f, end, q, out):
                continue
        elif (len(gap) > 40 or any(ch.isalnum() for ch in gap)) and not _rest_of_sentence(gap, end, q.start, out, f):
            continue
        elif f.kind == "indirect" and not _SENTENCE_END.search(gap):
            continue  # 'he said the plan "would fail"': a quoted fragment is already part of the content
        out[i] = f.but(kind="mixed" if f.kind == "indirect" else f.kind,
                         content=sorted(list(f.content) + list(q.pieces)), rule=f.rule + "+continued")
        used.add(qi)
    return out


_SENTENCE_MARKS = re.compile(r"[.!?]")
_QUOTE_MARK = re.compile(r"[\"“”]|(?<!\w)['‘’]|['‘’](?!\w)")  # not an apostrophe ("mayor’s")
_SENTENCE_END = re.compile(r"[.!?:][\s\u00a0]*$")
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])\.")


def _rest_of_sentence(gap: str, start: int, end: int, frames, f=None) -> bool:
    """'“...,” Lee said in a statement on Tuesday. “...”': the words between the attribution
    and the next quotation only finish the attribution's sentence (no other cue, one full stop)."""
    body = gap.strip()
    if len(body) > 250 or not body.endswith((".", ":", ",")) or _QUOTE_MARK.search(body):
        return False
    if len(_SENTENCE_MARKS.findall(body[:-1])) > 0 and not _ABBREVIATION.search(body[:-1]):
        return False
    # another cue in between ends the continuation, unless it is the same speaker's ("..., adding that ...")
    # or nobody's ("... he said when asked about it.")
    return not any(g.cue and start <= g.cue[0][0] < end and g.source is not None
                   and not (f is not None and g.source == f.source) for g in frames)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _next_paragraph_quote(text: str, f, end: int, q, frames) -> bool:
    """A paragraph that is one quotation and nothing else, right after the paragraph
    where ``f`` (a direct or mixed attribution) is the last attribution: the speaker
    goes on ('“...,” she said.' / '“...”')."""
    a, b = _line_bounds(text, q.start)
    if text[a:q.start].strip() or text[q.end:b].strip(" \t.,;:!?\u00a0") or not q.closed:
        return False
    pa, pb = _line_bounds(text, end - 1)
    if text[pb:a].strip():  # not the very next paragraph
        return False
    for g in frames:  # another attribution later in f's paragraph, or one in this paragraph
        if g is f or not g.cue:
            continue
        c = g.cue[0][0]
        if (pa <= c < pb and c > f.cue[0][0]) or (a <= c < b and not q.start <= c < q.end):
            return False  # (a cue inside the quotation itself is the speaker's words)
    return True




#: Words that join a trailing cue's clause to the content before it ("..., and urged", "but added").
_JOINERS = frozenset({",", ";", "and", "but", "while", "—", "–", "-"})


def _trailing_cue_start(doc, cue_i: int, content_start: int) -> int | None:
    """The character where a trailing cue's clause begins, with the comma or "and" that joins
    it, when the cue token is a participle set off by a comma (", alleging that ...") or a
    verb conjoined with no subject of its own ("... and urged calm"); else None."""
    tok = doc[cue_i]
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        pass
    elif tok.dep_ == "conj" and tok.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                              for c in tok.children):
        pass
    else:
        return None
    first = tok.left_edge if tok.left_edge.i < tok.i else tok
    j = first.i - 1
    joined = False
    while j >= 0 and doc[j].idx >= content_start and (doc[j].lower_ in _JOINERS or doc[j].is_space):
        joined = True
        j -= 1
    if not joined or j < 0 or doc[j].idx < content_start:
        return None  # nothing before it in the content, or no comma/"and" joins it
    return doc[j].idx + len(doc[j].text)


def _on_content_root(tok, cue_i: int) -> bool:
    """Does ``tok`` hang on the cue itself or on the root of its content, that root reached
    through infinitives ("said [the plan aims to help] and urged": "urged" on "help")?"""
    head = tok.head
    while head.i != cue_i and head.head.i != cue_i and head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    return head.i == cue_i or head.head.i == cue_i


def _outer_speakers(ctx, tok, f: Frame) -> bool:
    """Is a conjoined cue ``tok`` inside ``f``'s content the outer speaker's, not the content
    subject's?  Yes when the clause it is conjoined to has no subject, a subject that cannot
    speak ("the initiative aims ... and urged"), or the outer subject's own word ("says he
    ... and says")."""
    head = tok.head
    while head.dep_ == "xcomp" and head.head.i != head.i and head.i != f.cue_token:
        head = head.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not animate(subj, ctx.mentions):
        return True
    outer = ctx.doc[f.source_head] if f.source_head is not None else None
    return outer is not None and outer.lower_ == subj.lower_


def trailing_cues(ctx, frames: list[Frame]) -> list[Frame]:
    """An indirect frame's content that runs into another cue of the same sentence, a
    participle after a comma or a verb conjoined without its own subject, stops before it:
    that clause is its own attribution ("Ruiz said the dam had failed and urged the
    ministry to act": content "the dam had failed"; "The suit seeks to stop the transfers,
    alleging that they are unlawful": content "to stop the transfers").  A conjoined cue
    whose subject the parser borrowed from inside the content, a thing rather than a holder,
    takes the outer speaker ("... said the plan aims to help and urged ...": Ruiz urged, not
    the plan).  Only speech verbs (class ``speech`` in ``cues.tsv``) end a content: in "said
    she was tired and wanted a change" the wanting is part of what was said."""
    doc = ctx.doc
    # the cues that could end a content: a speech verb's participle or subjectless conjunct
    trailing = []
    for g in frames:
        c = g.cue_token
        if c is None or c < 0 or not g.cue:
            continue
        tok = doc[c]
        if tok.dep_ not in ("advcl", "conj"):
            continue
        entry = ctx.lex.verbs.get(tok.lemma_.lower())
        if entry is not None and entry.cls == "speech":  # not "said she was tired and wanted a change"
            trailing.append((tok.idx, c, g))
    if not trailing:
        return frames
    out = list(frames)
    for i, f in enumerate(out):
        if f.kind != "indirect" or not f.content or not f.cue:
            continue
        lo, hi = f.content[0][0], f.content[-1][1]
        cut = None
        for at_c, c, g in trailing:
            if g is f or not (lo <= at_c < hi) or at_c < f.cue[0][0]:
                continue
            if not _on_content_root(doc[c], f.cue_token):
                continue  # only a clause on the content's own root, not one deeper inside it
            if doc[c].dep_ == "conj" and not _outer_speakers(ctx, doc[c], f):
                continue  # "added that the chief met the envoy and told reporters ...": the chief told
            at = _trailing_cue_start(doc, c, lo)
            if at is not None and (cut is None or at < cut[0]):
                cut = (at, g)
        if cut is None:
            continue
        at, g = cut
        keep = [(s, min(e, at)) for s, e in f.content if s < at]
        if not keep:
            continue
        out[i] = f.but(content=keep)
        j = out.index(g) if g in out else -1
        tok = doc[g.cue_token]
        if (j >= 0 and f.source is not None and tok.dep_ == "conj" and g.source_head is not None
                and lo <= doc[g.source_head].idx < hi and _on_content_root(tok, f.cue_token)
                and not animate(doc[g.source_head], ctx.mentions)):
            out[j] = out[j].but(source=f.source, source_head=f.source_head)
    return out
