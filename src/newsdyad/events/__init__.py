"""Events stage: who did (or wants, asks, refuses, threatens) what to whom, with CAMEO codes.

    find_events(doc, *, actors, attributions, date=None) -> list[Event]

The lexicon (data/events/lexicon.tsv) is matched on the dependency parse by extract.py; modality
(modality.py) and the modal code families (data/events/families.tsv) decide how wishes, requests,
refusals and threats are coded; cameo.py adds root, QuadClass, Goldstein and PLOVER; dates.py and
places.py the event date and location.  Each event points to the innermost attribution whose content
holds its trigger.
"""

from __future__ import annotations

import re

from ..model import Actor, Attribution, Event, Participant
from ..wordlists import word_list
from .cameo import code_info, code_info_or_own
from .dates import entity_at, resolve_date
from .agentless import state_source
from .nationalities import split_nationalities
from .deontic import deontic_requests
from .extract import Cand, Extractor
from .lexicon import load_lexicon
from .places import _country_names, find_location
from .participants import settle_country, story_country
from .refine import Refinable, refine

__all__ = ["find_events"]

RECIPROCAL_ROOTS = frozenset({"04", "06", "19", "057"})  # coordinated sources with no target: mutual


def _reciprocal(cand: Cand, sources, targets, root: str) -> bool:
    """Coordinated sources with no target act on each other only when the predicate is symmetric:
    "Sudan and South Sudan held talks" (each the other's target), but not "the group and its
    allies launched attacks" (no allies -> group attack)."""
    if targets or len(sources) < 2 or not (root in RECIPROCAL_ROOTS or cand.code[:3] in RECIPROCAL_ROOTS):
        return False
    symmetric = word_list("reciprocal_predicates")
    matched = {m.split()[0] for m in re.findall(r"lexicon:[VNA]:([^:]+):", cand.rule)}  # "held talks": talk
    words = matched | {t.lemma_.lower() for t in cand.trigger} | {t.text.lower() for t in cand.trigger}
    return bool(words & symmetric)


def _agentive(toks) -> list:
    """Drop subject phrases headed by a noun that names no actor ("the population", "the crash")."""
    nouns = word_list("non_agent_nouns")
    return [t for t in toks if not (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in nouns)]

def _innermost_attribution(attributions: list[Attribution], span: tuple[int, int]) -> str | None:
    """The attribution with the smallest content piece holding the span; on a tie, the deeper one
    in the chain (whose parent is the other), and a speaker before a reported_by relay."""
    by_id = {a.id: a for a in attributions}

    def depth(a: Attribution) -> int:
        """How many parents an attribution has in its chain."""
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
    """The date named next to an anchor ("on Tuesday"), resolved against the article date; else that date."""
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
    """The participants the tokens resolve to (country level where the extractor said so)."""
    out = []
    for t in toks:
        p = ex.resolve(t)
        if p is not None and t.i in ex.country_level_toks:
            p = ex.country_level(p)
        split = split_nationalities(t, p) if t.pos_ == "NOUN" else None
        if split is not None:  # "Ukrainian and American officials": one side per country (nationalities.py)
            out.extend(split)
        elif p is not None:
            out.append(p)
    return out


def _resolved(p: Participant) -> bool:
    """A participant with an actor or a code."""
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


def find_events(doc, *, actors: list[Actor], attributions: list[Attribution], date: str | None = None,
                require_source: bool = False, require_target: bool = False, lexicon=None,
                country_names: bool = True, settle_countries: bool = True) -> list[Event]:
    """Events of one parsed document (pure: no I/O); lexicon: a loaded Lexicon (default: the built-in one);
    country_names: a participant no actor covers may still be coded from a built-in country name, demonym
    or capital (False when user dictionaries replace the knowledge base).

    ``require_source`` / ``require_target`` (PETRARCH's ``require_dyad``, stated per side): an
    event whose source (target) has no actor code is dropped.  Both are off here; the pipeline's
    ``Options`` require a source by default.  ``settle_countries``: a sector-only side takes the
    country its place or story settles (events/participants.py); off to code as PETRARCH does."""
    lex = lexicon if lexicon is not None else load_lexicon()
    ex = Extractor(doc, actors, lex)
    ex.country_names = country_names
    events: list[Event] = []
    seen: set[tuple] = set()
    article_date = None
    if date:
        from .dates import parse_iso

        d = parse_iso(date)
        article_date = d.isoformat() if d else date
    ex.states = set(_country_names().values())
    ex.home = story_country(actors, ex.states) if settle_countries else None
    ex.settle = settle_countries
    deontic = deontic_requests(doc, ex, attributions)  # before the sentence pass claims the verbs
    for sent in doc.sents:
        for cand in [c for c in deontic if sent.start <= c.anchor.i < sent.end] + ex.candidates(sent):
            _emit(doc, ex, cand, sent, attributions, article_date, events, seen)
    if require_source or require_target:
        events = [e for e in events if (e.source.code or not require_source) and (e.target.code or not require_target)]
        for i, e in enumerate(events, 1):
            e.id = f"E{i}"
    return events


def _sides(ex: Extractor, cand: Cand, info, location, rule: str):
    """(sources, targets, rule): the resolved participants, a protest's country, settled countries."""
    sources = [p for p in _participants(ex, _agentive(cand.sources)) if _resolved(p)]
    targets = [p for p in _participants(ex, cand.targets) if _resolved(p)]
    if info.root == "14" and not any(p.code for p in sources):
        # "Truck drivers protested in Brasilia": the protesters' country, from their phrase or the place
        code = _country_in(ex, cand.sources) or (location.country if location is not None else None)
        if code:
            sources = [Participant(actor=p.actor, code=code, span=p.span) for p in sources] or [Participant(code=code)]
            rule += "+source:country-of-protest"
    place = location.country if location is not None else None
    settled = [settle_country(p, place, ex.home, ex.states, ex.actors.get(p.actor)) if ex.settle else (p, "")
               for p in sources + targets]
    if any(how for _p, how in settled):
        rule += "+country:" + ",".join(sorted({how for _p, how in settled if how}))
        sources = [p for p, _how in settled[:len(sources)]]
        targets = [p for p, _how in settled[len(sources):]]
    return sources, targets, rule


def _pairs(ex: Extractor, cand: Cand, info, location, sources, targets, rule: str) -> list[tuple]:
    """(source, target, code, info, rule) for each directed pair: reciprocal, third-place and mirror."""
    reciprocal = _reciprocal(cand, sources, targets, info.root) or (
        not targets and len(sources) > 1 and cand.mirror is not None and cand.mirror == cand.code)
    if not targets:
        targets = [Participant()]
    code = cand.code
    if code == "040" and _third_place(location, sources, targets, reciprocal):
        code = "044"  # met where none of them is at home (CAMEO 044)
        rule += "+third-location>044"
        info = code_info(code) or info
    if any(t.i in ex.np_fallback for t in cand.targets):
        rule += "+target:first-coded-actor-in-object"
    if reciprocal:
        rule += "+reciprocal"
    pairs = [(s, t, code, info, rule) for s in sources
             for t in ([o for o in sources if o is not s] if reciprocal else targets)]
    mirror_info = code_info_or_own(cand.mirror) if cand.mirror and not reciprocal else None
    if mirror_info is not None:  # PETRARCH "[032:033]": the target's own event back to the source
        pairs += [(t, s, cand.mirror, mirror_info, rule + f"+mirror:{cand.mirror_pattern}")
                  for s in sources for t in targets if _resolved(t)]
    return pairs


def _emit(doc, ex: Extractor, cand: Cand, sent, attributions, article_date, events, seen) -> None:
    """Append the events of one candidate (one per source-target pair, refined) to events."""
    info = code_info_or_own(cand.code)
    if info is None:
        return
    location = find_location(doc, [t for t in cand.trigger])
    sources, targets, rule = _sides(ex, cand, info, location, cand.rule)
    state = state_source(cand.code, cand.anchor, location.country if location else None, ex.home, ex.states) \
        if not sources and not cand.sources and ex.settle and cand.modality == "asserted" else None
    if state is not None:  # "were arrested in Yangon": the state of the place (events/agentless.py)
        sources, rule = [state[0]], rule + "+source:agentless-state:" + state[1]
    if not sources:
        # no source actor: only a passive report of violence or an investigation, with a known target
        if not (cand.passive and targets and (info.quad_class == 4 or info.root == "09")):
            return
        sources = [Participant()]
    start = min(t.idx for t in cand.trigger)
    end = max(t.idx + len(t.text) for t in cand.trigger)
    trigger = (start, end)
    future = cand.modality == "intended"
    ev_date = _date_of(doc, [t for t in cand.trigger] + [cand.anchor], article_date, future)
    attribution = _innermost_attribution(attributions, trigger)
    for s, t, base_code, base_info, base_rule in _pairs(ex, cand, info, location, sources, targets, rule):
        if t.actor is not None and t.actor == s.actor:
            t = Participant()
        code, fired = refine(Refinable(base_code, tuple(cand.trigger), s, t,
                                       ex.actors.get(s.actor), ex.actors.get(t.actor)))
        if code is None:
            continue
        info = (code_info(code) or base_info) if fired else base_info
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
            rule=base_rule + (f"+refine:{fired}>{code}" if fired else ""),
            name=info.name,
        ))
