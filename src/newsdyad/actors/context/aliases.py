"""Abbreviations and aliases the story defines are the same actor as the name they abbreviate.

Three ways a story defines a short name (the connectors are ``alias_connectors`` in
``data/lexicons/context.tsv``):

    "The Baloch Liberation Army, or BLA, claimed the attack."     NAME, or ABC
    "the Rapid Support Forces (RSF) shelled the city"              NAME (ABC)
    "Islamic State, also known as Daesh, ..."                      NAME, also known as ALIAS
    "The SDF, the Syrian Democratic Forces, said ..."              ABC, the NAME

Every later occurrence of the short name ("BLA said it ...", "RSF fighters") is then the same
actor and gets the same code; where only the short name is in the knowledge base ("RSF"), the
long name gets its code.  An abbreviation must be written in capitals and its letters must be
initials of the name's words (in any order: "Islamic Salvation Front (FIS)"); a word alias
needs an explicit connector ("also known as", "known as"), never a bare "or" or brackets.
Nothing is joined when both names are coded differently ("Iraq, or Syria, ..."), or when one
is a medium and the other is not ("Kabul (AP)").

Evidence: each joined mention's rule gets ``+context:alias:<short>=<name>``.
"""

from __future__ import annotations

import copy
import re

from ..lexicon import phrases, words

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")


def is_acronym(text: str) -> bool:
    """Capitals (and digits) of 2 to 8 characters: "BLA", "M23", "ZANU-PF"."""
    return bool(_ACRONYM.match(text)) and sum(c.isalpha() for c in text) >= 2


def initials_fit(short: str, name: str) -> bool:
    """Are the letters of the abbreviation initials of the name's words (in any order)?

    >>> initials_fit("BLA", "Baloch Liberation Army"), initials_fit("FIS", "Islamic Salvation Front")
    (True, True)
    >>> initials_fit("UN", "Baloch Liberation Army")
    False
    """
    skip = words("initials_skip")
    initials = set()
    for w in re.split(r"[\s\-]+", name):
        w = w.strip("'’.,()")
        if w and (w.lower() not in skip or w[:1].isupper()):
            initials.add(w[0].upper())
    letters = {c for c in short.upper() if c.isalpha()}
    return bool(letters) and letters <= initials


def _connector(doc, i: int) -> int | None:
    """Index after an alias connector starting at token i ("or", "also known as"), or None."""
    if i >= len(doc):
        return None
    first = doc[i].lower_
    for phrase in phrases("alias_connectors"):
        n = len(phrase)
        if phrase[0] == first and i + n <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(phrase)):
            return i + n
    return None


def _short_span(doc, i: int, closers: set[str]) -> tuple[int, int] | None:
    """The short name starting at token i: up to four capitalised tokens, then a closer."""
    j = i
    while j < len(doc) and j - i < 4 and (doc[j].text[:1].isupper() or doc[j].text in {"-", "al", "el"}) \
            and doc[j].text not in closers:
        j += 1
    if j == i:
        return None
    if j < len(doc) and doc[j].text not in closers and not doc[j].is_sent_start and doc[j].pos_ != "VERB":
        return None
    return i, j


_CANDIDATE = re.compile(r",(?=\s)|\((?=\s*[A-Za-z])")


def _token_index(doc):
    """char offset -> token index, for the few offsets the text search finds."""
    from bisect import bisect_right

    from spacy.attrs import IDX

    starts = doc.to_array(IDX).tolist()
    return lambda char: bisect_right(starts, char) - 1


def _candidates(doc):
    """Commas and opening brackets worth a look, found in the text (not token by token)."""
    from ...nlp import doc_text

    text = doc_text(doc)
    if "(" not in text and "," not in text:
        return []
    index = _token_index(doc)
    return [doc[index(m.start())] for m in _CANDIDATE.finditer(text)]


def _definitions(ctx):
    """(short start, short end, long mention, how) for each definition in the document."""
    doc = ctx.doc
    out = []
    for tok in _candidates(doc):
        i = tok.i
        if tok.text == "," and i + 1 < len(doc):
            after = _connector(doc, i + 1)
            long = ctx.ending_at(i) if after is not None else None
            if long is not None and after is not None:
                span = _short_span(doc, after, {",", ")", ".", ";"})
                if span:
                    how = "or" if doc[i + 1].lower_ == "or" else "known-as"
                    out.append((span[0], span[1], long, how))
                    continue
            # "ABC, the NAME"
            if i >= 1 and is_acronym(doc[i - 1].text) and i + 1 < len(doc):
                k = i + 1 + (doc[i + 1].lower_ == "the")
                for m in ctx.mentions:
                    if m.start in (i + 1, k) and m.end - k >= 2 and doc[m.end - 1].text[:1].isupper():
                        out.append((i - 1, i, m, "appos"))
                        break
        elif tok.text == "(" and i >= 1:
            long = ctx.ending_at(i)
            if long is None:
                continue
            after = _connector(doc, i + 1)
            span = _short_span(doc, after if after is not None else i + 1, {")"})
            if span and span[1] < len(doc) and doc[span[1]].text == ")":
                out.append((span[0], span[1], long, "known-as" if after is not None else "brackets"))
    return out


def _acceptable(doc, s: int, e: int, long, how: str) -> bool:
    short = doc[s:e].text
    name = doc[long.start:long.end].text
    if e - s == 1 and is_acronym(short):
        return initials_fit(short, name) and long.end - long.start >= 2
    return how == "known-as"


def _copy_coding(dst, src, rule: str) -> None:
    dst.source, dst.entry, dst.kind = src.source, src.entry, src.kind
    dst.code, dst.root, dst.sector = src.code, src.root, src.sector
    dst.key, dst.name = src.key, src.name
    dst.priority = min(src.priority, 3)
    dst.rule = f"{src.rule}+context:alias:{rule}"


def apply(ctx) -> None:
    """Join each defined short name, and every later use of it, to the name it abbreviates."""
    doc = ctx.doc
    for s, e, long, how in _definitions(ctx):
        if not _acceptable(doc, s, e, long, how):
            continue
        short_text = doc[s:e].text
        short = ctx.exactly(s, e)
        coded = long
        if short is not None and short.code and (long.code is None or (short.source == "kb" and long.source != "kb")):
            coded = short  # only the abbreviation is a known name: the long name takes its code
        label = f"{short_text}={doc[long.start:long.end].text}"
        if coded is not long:
            _copy_coding(long, coded, label)
        tokens = [t.text for t in doc[s:e]]
        n = len(tokens)
        index = _token_index(doc)
        from ...nlp import doc_text

        for found in re.finditer(r"(?<!\w)" + re.escape(short_text) + r"(?!\w)", doc_text(doc)):
            p = index(found.start())
            if [t.text for t in doc[p:p + n]] != tokens or (long.start <= p < long.end):
                continue
            m = ctx.exactly(p, p + n)
            if m is coded:
                continue
            if m is not None:
                _copy_coding(m, coded, label)
                continue
            inside = ctx.at(p)
            if inside is not None and inside.source == "agent" and inside.root is None and coded.root:
                _code_agent(inside, coded, label)
                continue
            if inside is not None:
                continue  # part of some other name
            new = copy.copy(coded)
            new.start, new.end, new.head, new.extra_spans = p, p + n, p + n - 1, []
            new.rule = f"{coded.rule}+context:alias:{label}"
            ctx.mentions.append(new)
    join_undefined(ctx)


def _trailing_initials(name: str, n: int) -> str:
    """The initials of the last n capitalised words of a name, in order ("Sudan's Rapid Support
    Forces", 3 -> "RSF"); "" when it has fewer."""
    caps = [w for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in caps[-n:]) if len(caps) >= n else ""


def join_undefined(ctx) -> None:
    """An abbreviation the story never defines, whose letters are, in order, the initials of a
    name the knowledge base codes, written earlier in the story, is that name: in "Sudan's Rapid
    Support Forces shelled El Fasher. The army retook the town from the RSF", RSF is the paramilitary, not the
    press-freedom group the knowledge base also knows as RSF.  Only abbreviations of three
    letters or more ("UN" after "Ukrainian Navy" stays the UN), and the nearest earlier name wins.

    Not this: "The RSF report ranks Norway first" with no such name earlier keeps the knowledge
    base's reading; nor does a name coded only from its words ("the Democratic National
    Committee's leadership", a sector guess) lend its code to "DNC"."""
    doc = ctx.doc
    longs = [m for m in ctx.mentions if m.code and m.source == "kb" and m.end - m.start >= 2]
    if not longs:
        return
    for m in list(ctx.mentions):
        width = m.end - m.start
        if not (width == 1 or (width == 2 and doc[m.start].lower_ == "the")) or not is_acronym(doc[m.end - 1].text):
            continue
        short = doc[m.end - 1].text
        letters = "".join(c for c in short if c.isalpha())
        if len(letters) < 3:
            continue
        earlier = [n for n in longs if n.end <= m.start and n is not m
                   and _trailing_initials(doc[n.start:n.end].text, len(letters)) == letters]
        if not earlier:
            continue
        src = max(earlier, key=lambda n: n.start)
        if src.code != m.code:
            _copy_coding(m, src, f"{short}={doc[src.start:src.end].text}:initials")


def _code_agent(agent, group, label: str) -> None:
    """"BLA fighters": the agent phrase takes the group's code (a role inside a group keeps
    the group's code, as "Taliban fighters" does)."""
    agent.code, agent.root, agent.sector = group.code, group.root, group.sector
    agent.rule += f"+context:alias:{label}"
