"""Attribution stage: who says what, according to whom.

    find_attributions(doc, actors) -> AttributionResult

Modules: ``context`` (the per-document Context: text, quotations, token arrays), ``quotes``
(quotation marks), ``constructions`` (one module per construction family, run in the order of
their ``REGISTRY``), ``slots`` (finding a cue's source, content, addressee and cue words in a
parse, with the repairs for parser slips), ``passes`` (dedupe, continuations, transcript
lines), ``chains`` (reported_by and parents), ``speakers`` (source resolution), ``lexicon``
(the cue lexicon in ``data/lexicons``), ``frame`` (the immutable Frame).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Actor, Attribution, Party
from .chains import add_reported_by, set_parents
from .constructions import run as find_frames
from .context import Context
from .frame import Frame
from .speakers import FIRST_PERSON, Resolver, recheck_third_person, resolve_first_person

__all__ = ["AttributionResult", "find_attributions"]


@dataclass
class AttributionResult:
    """The stage's output: the attributions, the actors (with the mentions speaker resolution
    added) and notes (unclosed quotation marks)."""
    attributions: list[Attribution]
    actors: list[Actor]  # the actors, with the mentions speaker resolution added
    notes: list[str] = field(default_factory=list)


def find_attributions(doc, actors: list[Actor]) -> AttributionResult:
    """Every attribution of a parsed document: the constructions of ``constructions.REGISTRY``
    run over one :class:`Context`, then reported_by chains, parents and speaker resolution."""
    ctx = Context.build(doc, [m for a in actors for m in a.mentions])
    qidx, lex, notes = ctx.qidx, ctx.lex, list(ctx.notes)
    frames = find_frames(ctx)

    actors = [replace(a, mentions=list(a.mentions)) for a in actors]
    resolver = Resolver(doc, actors, lex, qidx.tok_quote)
    order = sorted(range(len(frames)), key=lambda i: frames[i].source[0] if frames[i].source else 0)
    source_actor: dict[int, str | None] = {}
    addressee_actor: dict[int, str | None] = {}
    for i in order:  # in text order, so resolved mentions help later pronouns
        f = frames[i]
        aid, new = resolver.resolve(f.source, f.source_head)
        if aid is not None and new and f.source is not None:
            resolver.add_mention(aid, _head_span(doc, f) if _is_pronoun(doc, f.source_head) else f.source)
        if aid is not None and f.source_head is not None and resolver.actor_at(doc[f.source_head]) == aid:
            resolver.speakers.add(aid)  # named as the speaker itself ("Towson said"), not "a JetBlue pilot"
        source_actor[i] = aid
        bid, bnew = resolver.resolve(f.addressee, f.addressee_head)
        if bid is not None and bnew and f.addressee is not None:
            resolver.add_mention(bid, f.addressee)
        addressee_actor[i] = bid
        if f.reporter is not None:
            resolver.resolve(f.reporter.source, f.reporter.head)  # (adds the reporter's mention)
        if f.kind in ("direct", "mixed"):
            _resolve_quote_subjects(doc, resolver, f, aid, qidx.tok_quote)

    def addressee_is_media(i: int, f: Frame) -> bool:
        return resolver.is_media(f.addressee, f.addressee_head, addressee_actor.get(i))

    frames = set_parents(add_reported_by(frames, addressee_is_media))
    resolve_first_person(doc, frames, qidx.tok_quote, source_actor, resolver)
    recheck_third_person(doc, frames, qidx.tok_quote, source_actor, resolver)

    # ids in text order
    order = sorted(range(len(frames)), key=lambda i: (frames[i].cue[0][0] if frames[i].cue else 0,
                                                       frames[i].kind != "reported_by"))
    ids = {i: f"Q{n + 1}" for n, i in enumerate(order)}
    attributions = []
    for i in order:
        f = frames[i]
        if f.kind == "reported_by":
            aid = resolver.resolve(f.source, f.source_head)[0]
        else:
            aid = source_actor.get(i)
        attributions.append(Attribution(
            id=ids[i],
            kind=f.kind,
            source=Party(span=f.source, actor=aid),
            cue=list(f.cue),
            content=list(f.content),
            addressee=None if f.addressee is None else Party(span=f.addressee, actor=addressee_actor.get(i)),
            parent=ids.get(f.parent) if f.parent is not None else None,
            rule=f.rule,
        ))
    _resolve_participant_pronouns(doc, resolver, frames, source_actor, qidx.tok_quote)
    for a in actors:
        a.mentions = sorted(set(a.mentions))
    return AttributionResult(attributions=attributions, actors=actors, notes=notes)


def _resolve_quote_subjects(doc, resolver: Resolver, f: Frame, speaker: str | None, tok_quote: list[int]) -> None:
    """A he/she/they subject opening a quotation ("“He has long voiced suspicions ...,” the
    paper said") is resolved to the latest compatible actor other than the speaker, and
    added to that actor's mentions."""
    for s, _ in f.content:
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tok = span[0]
        while tok.i + 1 < len(doc) and (tok.is_punct or tok.is_space):
            tok = doc[tok.i + 1]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PRON" or tok_quote[tok.i] < 0:
            continue  # only inside the quotation: in "Joseph said he ...", he is Joseph
        aid = resolver.resolve_pronoun(tok, frozenset([speaker]) if speaker else frozenset())
        if aid is not None:
            resolver.add_mention(aid, (tok.idx, tok.idx + len(tok.text)))


PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss"})


def _resolve_participant_pronouns(doc, resolver: Resolver, frames, source_actor: dict, tok_quote: list[int]) -> None:
    """He, she and they as a clause's participants (subject, object, possessor) join the latest
    compatible actor's mentions, in text order, so the events stage sees who did what: in "Ruto
    met the envoy. He later rejected the plan", "He" is Ruto.  Inside a quotation the quoted
    speaker is left out ("“He lied,” Odinga said": he is not Odinga), and I and we are the quoted
    speaker ("“We reject the allegations,” the ministry said")."""
    speaker_of_quote: dict[int, str] = {}
    for i, f in enumerate(frames):
        aid = source_actor.get(i)
        if aid is None or f.kind not in ("direct", "mixed"):
            continue
        for s, e in f.content:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span):
                q = tok_quote[span[0].i]
                if q >= 0:
                    speaker_of_quote.setdefault(q, aid)
    for tok in _participant_pronouns(doc):
        if tok.lower_ in ("it", "its"):
            continue
        if resolver.actor_at(tok) is not None:
            continue
        q = tok_quote[tok.i]
        if tok.lower_ in FIRST_PERSON:  # "“We reject the allegations,” the ministry said": we is the ministry
            if q >= 0 and q in speaker_of_quote:
                resolver.add_mention(speaker_of_quote[q], (tok.idx, tok.idx + len(tok.text)))
            continue
        exclude = frozenset([speaker_of_quote[q]]) if q >= 0 and q in speaker_of_quote else frozenset()
        aid = resolver.resolve_pronoun(tok, exclude, free=True)  # (actor_at was checked above)
        if aid is not None:
            resolver.add_mention(aid, (tok.idx, tok.idx + len(tok.text)))


def _participant_pronouns(doc) -> list:
    """The pronoun tokens that are a clause's subject, object or possessor (found on the token
    arrays: walking every token of a long document costs more than the resolution itself)."""
    import numpy
    from spacy.attrs import DEP, POS
    from spacy.parts_of_speech import PRON

    if not len(doc):
        return []
    arr = doc.to_array([POS, DEP])
    deps = [doc.vocab.strings[d] for d in PARTICIPANT_DEPS]
    return [doc[int(i)] for i in numpy.nonzero((arr[:, 0] == PRON) & numpy.isin(arr[:, 1], deps))[0]]


def _is_pronoun(doc, head_i) -> bool:
    return head_i is not None and doc[head_i].pos_ == "PRON"


def _head_span(doc, f: Frame):
    t = doc[f.source_head]
    return (t.idx, t.idx + len(t.text))
