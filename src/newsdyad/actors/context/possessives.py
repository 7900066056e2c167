"""A possessive pronoun gives an actor phrase its owner's country.

    "Trump and his Cabinet met on Monday."            his Cabinet -> Trump's root + GOV = USAGOV
    "Iran and its proxies deny the attack."           its proxies -> IRN
    "The rebels say their commanders agreed."         (the rebels have no country: nothing)
    "In Mali, the DVLF and its allies attacked."      (the nearest owner is uncoded: nothing, not MLI)
    "He said his government would act."               (no named owner before "his": nothing)
    "G7 members stressed peace in the Taiwan Strait, restating their opposition."  (no: Taiwan is no subject)

The owner is the nearest actor before the pronoun, in the same sentence or the one before,
and it must have a country (a nearer owner without one is not skipped): a person for
``person_possessives`` ("his", "her"), a country, an organisation, a group or a plural actor
phrase for ``group_possessives`` ("its", "their"; ``data/lexicons/context.tsv``) that is a
clause subject ("As the White House weighs ties with Russia, some of its officials ..." is the
White House's, not Russia's).  A role inside a non-state group keeps the group's code
("the Taliban and their commanders" -> the Taliban's code).  Possessives by name ("Tehran's
proxies", "Kenya's police") are read where the phrase is found (``resolve._agent_phrase``).

Evidence: ``+context:possessive:<pronoun>=<owner>``.
"""

from __future__ import annotations

from ..resolve import is_sector_only, split_code
from .lexicon import words

GROUP_KINDS = {"country", "igo", "organisation", "group", "media"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "ROOT"}


def _is_subject(doc, m) -> bool:
    """Is the mention a clause subject (or coordinated with one): "Iran and its proxies"."""
    tok = doc[m.head] if m.head >= 0 else doc[m.end - 1]
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in SUBJECTS


def _owner(ctx, pron, personal: bool):
    doc = ctx.doc
    sent = pron.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    best = None
    for m in ctx.mentions:
        if not (first <= m.start and m.end <= pron.i):
            continue
        if personal:
            ok = m.kind == "person" and not getattr(m, "plural", False)
        else:  # "its"/"their" point back to a subject, not to a place named on the way
            ok = m.kind in GROUP_KINDS or (m.source == "agent" and getattr(m, "plural", False))
            if pron.lower_ == "its" and m.source == "agent" and getattr(m, "plural", False):
                ok = False
            ok = ok and _is_subject(doc, m)
        if ok and (best is None or m.end > best.end):
            best = m
    if best is None or not best.root or is_sector_only(best.code):
        return None  # the nearest possible owner has no country: no guessing past it
    return best


def apply(ctx) -> None:
    """Code actor phrases with no country whose head has a possessive pronoun."""
    doc = ctx.doc
    personal, collective = words("person_possessives"), words("group_possessives")
    for m in list(ctx.mentions):
        if m.source != "agent" or m.root is not None or m.head < 0:
            continue
        head = doc[m.head]
        pron = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in personal | collective), None)
        if pron is None:
            continue
        owner = _owner(ctx, pron, pron.lower_ in personal)
        if owner is None:
            continue
        root = owner.root
        sector = m.sector
        owner_sector = split_code(owner.code)[1]
        if owner.source == "kb" and owner.kind == "group" and owner.code and sector in (None, "GOV", "MIL") \
                and owner_sector not in (None, "GOV", "MIL"):
            code = owner.code  # "the Taliban and their commanders": the group's own code
        elif root.startswith(("IGO", "NGO", "IMG")):
            code = root + (sector or "") if sector and not owner_sector else owner.code
        else:
            code = root + (sector or "")
        m.code, m.root = code, split_code(code)[0]
        m.sector = split_code(code)[1]
        m.rule += f"+context:possessive:{pron.text}={owner.name or doc[owner.start:owner.end].text}"
