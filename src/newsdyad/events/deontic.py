"""Deontic statements in reported speech: what a speaker says another actor must or should do is an
appeal to that actor (CAMEO 02x), coded through the request family of the act named.

    'Kenya said Somalia must release the prisoners.'         Kenya 0253 (appeal for release) Somalia
    'The minister said Ethiopia should withdraw its troops.'  appeal to Ethiopia (family of the act)

Not these:

    'Kenya said it must act.'                the speaker itself: an intention, left to the wrappers
    'Somalia must release the prisoners.'    no speaker (no attribution): no one appeals
    'Kenya said prices must fall.'           the subject is no actor
    'Kenya said Somalia must have known.'    "must have": a conclusion, not an appeal
"""

from __future__ import annotations

from .base import Cand

MODALS = frozenset({"must", "should"})


def _speaker_token(doc, attribution):
    span = attribution.source.span if attribution.source is not None else None
    if span is None:
        return None
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    return s.root if s is not None else None


def deontic_requests(doc, ex, attributions) -> list[Cand]:
    """Request candidates for "X said Y must/should V" (ex: the document's Extractor)."""
    out: list[Cand] = []
    for a in attributions:
        if a.source is None or a.source.actor is None:
            continue
        speaker = _speaker_token(doc, a)
        if speaker is None:
            continue
        for start, end in a.content:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                if tok.tag_ != "MD" or tok.lower_ not in MODALS or tok.head.pos_ != "VERB" or tok.dep_ != "aux":
                    continue
                v = tok.head
                if v.i in ex.consumed:
                    continue
                if any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children):
                    continue  # "must have given": a conclusion about the past, not an appeal
                subj = ex.explicit_subject(v)
                part = ex.resolve(subj[0]) if subj else None
                own = ex.resolve(speaker)
                if part is None or not part.code or part.actor == a.source.actor or (own is not None and own.code == part.code):
                    continue
                res = ex.evaluate(v)
                code = ex.lex.family_code("request", res.code if res is not None else None, ex.topic([v]))
                ex.consumed.add(v.i)
                out.append(Cand(code=code, sources=[speaker], targets=subj, trigger=[tok, v], anchor=v,
                                modality="requested",
                                rule=f"deontic:{tok.lower_}>{res.entry.label if res is not None else '-'}:request"))
    return out
