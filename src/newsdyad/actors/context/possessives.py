"""A possessive pronoun gives an actor phrase its owner's country.

    "Trump and his Cabinet met on Monday."            his Cabinet -> Trump's root + GOV = USAGOV
    "Iran and its proxies deny the attack."           its proxies -> IRN
    "The rebels say their commanders agreed."         (the rebels have no country: nothing)
    "In Mali, the DVLF and its allies attacked."      (the nearest owner is uncoded: nothing, not MLI)
    "He said his government would act."               (no named owner before "his": nothing)
    "G7 members backed peace in the Taiwan Strait, restating their view."  (Taiwan is no subject)
    "Both countries withdrew their ambassadors."      (the subject owns, and it is uncoded: nothing)

"X and his/its Y": X is the owner.  For "its"/"their", when the pronoun's clause has another
subject before it, that subject is the owner.  Else the owner is the nearest actor before the
pronoun, in the same sentence or the one before, and it must have a country (a nearer owner
without one is not skipped): a person for ``person_possessives`` ("his", "her"); a country,
an organisation, a group or a plural actor phrase that is a clause subject for
``group_possessives`` ("its", "their"; ``data/lexicons/context.tsv``): "As the White House
weighs ties with Russia, some of its officials ..." is the White House's, not Russia's.
A role inside a named non-state group keeps the group's code ("the Taliban and their
commanders" -> the Taliban's code).  Possessives by name ("Tehran's
proxies", "Kenya's police") are read where the phrase is found (``resolve._agent_phrase``).

Evidence: ``+context:possessive:<pronoun>=<owner>``.
"""

from __future__ import annotations

from ..mention import is_sector_only, split_code
from ..phrases import COLLECTIVE_KINDS as GROUP_KINDS
from ..lexicon import words

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "ROOT"}


def _is_subject(doc, m) -> bool:
    """Is the mention a clause subject (or coordinated with one): "Iran and its proxies"."""
    tok = doc[m.head] if m.head >= 0 else doc[m.end - 1]
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in SUBJECTS


def _clause_subject(pron):
    """The subject of the pronoun's clause when it is another phrase before the pronoun
    ("both countries withdrew their ambassadors": "countries"), else None."""
    noun = pron.head
    verb = noun
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pron.i), None)
    if subj is None or subj.i == noun.i or subj.left_edge.i <= pron.i <= subj.right_edge.i:
        return None  # no subject, or the pronoun's own phrase is the subject ("Iran and its proxies")
    return subj


def _fits(m, personal: bool) -> bool:
    return m.kind == "person" if personal else (
        m.kind in GROUP_KINDS or (m.source == "agent" and m.plural))


def _owner(ctx, pron, personal: bool):
    doc = ctx.doc
    noun = pron.head
    if noun.dep_ == "conj":  # "Trump and his Cabinet", "Iran and its proxies"
        m = ctx.at(noun.head.i)
        if m is not None and _fits(m, personal):
            return m if m.root and not is_sector_only(m.code) else None
    subj = None if personal else _clause_subject(pron)
    if subj is not None:  # "both countries withdrew their ambassadors": the subject owns
        m = ctx.at(subj.i)
        return m if m is not None and _fits(m, personal) and m.root and not is_sector_only(m.code) else None
    sent = pron.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    best = None
    for m in ctx.mentions:
        if not (first <= m.start and m.end <= pron.i):
            continue
        if personal:
            ok = m.kind == "person" and not m.plural
        else:  # "its"/"their" point back to a subject, not to a place named on the way
            ok = m.kind in GROUP_KINDS or (m.source == "agent" and m.plural)
            if pron.lower_ == "its" and m.source == "agent" and m.plural:
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
