"""Events stage: who did (or wants, asks, refuses, threatens) what to whom, with CAMEO codes.

    find_events(doc, *, actors, attributions, date=None) -> list[Event]

The lexicon (data/events/lexicon.tsv) is matched on the dependency parse by extract.py; modality
(modality.py) and the modal code families (data/events/families.tsv) decide how wishes, requests,
refusals and threats are coded; cameo.py adds root, QuadClass, Goldstein and PLOVER; dates.py and
places.py the event date and location.  Each event points to the innermost attribution whose content
holds its trigger.
"""

from __future__ import annotations

from ..model import Actor, Attribution, Event, Participant
from .cameo import code_info
from .dates import entity_at, resolve_date
from .extract import Cand, Extractor
from .lexicon import load_lexicon
from .places import _country_names, find_location

__all__ = ["find_events"]

RECIPROCAL_ROOTS = frozenset({"04", "06", "19", "057"})  # coordinated sources with no target: mutual

def _innermost_attribution(attributions: list[Attribution], span: tuple[int, int]) -> str | None:
    """The attribution with the smallest content piece holding the span; on a tie, the deeper one
    in the chain (whose parent is the other), and a speaker before a reported_by relay."""
    by_id = {a.id: a for a in attributions}

    def depth(a: Attribution) -> int:
        d, seen = 0, set()
        while a.parent and a.parent in by_id and a.parent not in seen:
            seen.add(a.parent)
            a, d = by_id[a.parent], d + 1
        return d

    best, best_key = None, None
    for a in attributions:
        for s, e in a.content:
            if s <= span[0] and span[1] <= e:
                key = (e - s, -depth(a), a.kind == "reported_by")
                if best_key is None or key < best_key:
                    best, best_key = a.id, key
    return best


def _date_of(doc, anchors, article_date: str | None, future: bool) -> str | None:
    for anchor in anchors:
        for c in anchor.children:
            toks = [c]
            if c.dep_ == "prep":
                p = next((x for x in c.children if x.dep_ == "pobj"), None)
                toks = [p] if p is not None else []
            for t in toks:
                if t.ent_type_ in ("DATE",):
                    ent = entity_at(t)  # not a scan of doc.ents: quadratic on long documents
                    text = (c.text + " " if c.dep_ == "prep" else "") + (ent.text if ent is not None else t.text)
                    value = resolve_date(text, article_date, future)
                    if value:
                        return value
    return article_date


def _participants(ex: Extractor, toks) -> list[Participant]:
    out = []
    for t in toks:
        p = ex.resolve(t)
        if p is not None and t.i in ex.country_level_toks:
            p = ex.country_level(p)
        if p is not None:
            out.append(p)
    return out


def _resolved(p: Participant) -> bool:
    return p.actor is not None or p.code is not None


def _country_in(ex: Extractor, toks) -> str | None:
    """A country named inside the phrases of the given tokens ("prisoners in Bahrain")."""
    for tok in toks:
        for t in tok.subtree:
            if t.i != tok.i and t.pos_ in ("PROPN", "ADJ"):
                part = ex.resolve(t, depth=1)
                if part is not None and part.code:
                    return part.code[:3]
    return None


def _third_place(location, sources, targets, reciprocal: bool) -> bool:
    """A meeting held in a country that is none of the participants' own."""
    if location is None or not location.country:
        return False
    if not reciprocal and not any(t.code for t in targets):
        return False
    codes = [p.code for p in sources + targets if p.code]
    states = set(_country_names().values())
    if not codes or any(p.code is None for p in sources) or not all(c[:3] in states or c[:3] == "IGO" for c in codes):
        return False  # a sector-only or unknown participant may be at home anywhere
    return all(c[:3] != location.country for c in codes)


def find_events(doc, *, actors: list[Actor], attributions: list[Attribution], date: str | None = None) -> list[Event]:
    """Events of one parsed document (pure: no I/O)."""
    lex = load_lexicon()
    ex = Extractor(doc, actors, lex)
    events: list[Event] = []
    seen: set[tuple] = set()
    article_date = None
    if date:
        from .dates import parse_iso

        d = parse_iso(date)
        article_date = d.isoformat() if d else date
    for sent in doc.sents:
        for cand in ex.candidates(sent):
            _emit(doc, ex, cand, sent, attributions, article_date, events, seen)
    return events


def _emit(doc, ex: Extractor, cand: Cand, sent, attributions, article_date, events, seen) -> None:
    info = code_info(cand.code)
    if info is None:
        return
    sources = [p for p in _participants(ex, cand.sources) if _resolved(p)]
    targets = [p for p in _participants(ex, cand.targets) if _resolved(p)]
    location = find_location(doc, [t for t in cand.trigger])
    rule = cand.rule
    if info.root == "14" and not any(p.code for p in sources):
        # "Truck drivers protested in Brasilia": the protesters' country, from their phrase or the place
        code = _country_in(ex, cand.sources) or (location.country if location is not None else None)
        if code:
            sources = [Participant(actor=p.actor, code=code, span=p.span) for p in sources] or [Participant(code=code)]
            rule += "+source:country-of-protest"
    if not sources:
        # no source actor: only a passive report of violence or an investigation, with a known target
        if not (cand.passive and targets and (info.quad_class == 4 or info.root == "09")):
            return
        sources = [Participant()]
    reciprocal = False
    if not targets and len(sources) > 1 and (info.root in RECIPROCAL_ROOTS or cand.code[:3] in RECIPROCAL_ROOTS):
        reciprocal = True  # "Sudan and South Sudan held talks": each is the other's target
    if not targets:
        targets = [Participant()]
    start = min(t.idx for t in cand.trigger)
    end = max(t.idx + len(t.text) for t in cand.trigger)
    trigger = (start, end)
    future = cand.modality == "intended"
    ev_date = _date_of(doc, [t for t in cand.trigger] + [cand.anchor], article_date, future)
    attribution = _innermost_attribution(attributions, trigger)
    code = cand.code
    if code == "040" and _third_place(location, sources, targets, reciprocal):
        code = "044"  # met where none of them is at home (CAMEO 044)
        rule += "+third-location>044"
        info = code_info(code) or info
    if any(t.i in ex.np_fallback for t in cand.targets):
        rule += "+target:first-coded-actor-in-object"
    if reciprocal:
        rule += "+reciprocal"
    for s in sources:
        for t in ([o for o in sources if o is not s] if reciprocal else targets):
            if t.actor is not None and t.actor == s.actor:
                t = Participant()
            key = (trigger, s.actor, s.code, t.actor, t.code, code)
            if key in seen:
                continue
            seen.add(key)
            events.append(Event(
                id=f"E{len(events) + 1}",
                sentence=(sent.start_char, sent.end_char),
                trigger=trigger,
                source=s,
                target=t,
                code=code,
                root_code=info.root,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                plover=info.plover,
                modality=cand.modality,
                attribution=attribution,
                date=ev_date,
                location=location,
                rule=rule,
                name=info.name,
            ))
