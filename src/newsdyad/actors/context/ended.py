"""Roles the story says have ended are over at the story's date: the code becomes the ELI form.

    "Ousted leader Bashar al-Assad fled to Moscow."                     ousted   -> SYRELI
    "President Bashar al-Assad, who was ousted in December, ..."        who was ousted -> SYRELI
    "Assad resigned on Monday." / "Assad stepped down."                 -> SYRELI
    "since Assad's ouster" / "the overthrow of Assad"                   -> SYRELI
    "the late King Hussein"                                             -> JORELI
    "a former NATO chief"                                               -> ELI (no country: not NATO)
    "Protesters called for the ouster of President X."                  (a wish: X keeps the role)
    "X could be ousted."                                                (a possibility: nothing)

The words are lists in ``data/lexicons/context.tsv``: ``ended_modifiers`` (before a title or a
name), ``ended_verbs_passive`` (the person is the passive subject, directly or through "who"),
``ended_verbs_active`` (the person is the subject), ``ended_nouns`` (the person is the
possessor or the "of" object), with ``wish_verbs`` and ``modal_auxiliaries`` that cancel a
statement, and a negation cancels it too.  A statement about a person ends the role for every
mention of that person in the story.

A role in a non-state group (``IMG...`` roots; REB, OPP, PTY ... sectors) does not end: the
leader of an armed group who was killed keeps the group's code.

The ELI form (docs/actor-codes.md): ``<country>ELI``.  A former officer of an international
organisation is not that organisation: the person's own country (from the knowledge base's
other roles) + ELI, or the sector-only code ``ELI`` when it is unknown.  The same holds for a
knowledge-base person whose every dated role ended before the story's date and whose last role
was in an international organisation.

Evidence: ``+context:ended:<word>``.
"""

from __future__ import annotations

from ..mention import INTERNATIONAL_ROOTS, split_code
from ..lexicon import words

INTERNATIONAL = INTERNATIONAL_ROOTS
# a member of a non-state group stays in it when a statement ends a role ("the IS leader was
# killed"): only state and international offices end
NON_STATE_SECTORS = words("non_state_sectors")


def _non_state(m) -> bool:
    return bool(m.code) and (m.code.startswith("IMG") or split_code(m.code)[1] in NON_STATE_SECTORS)


def national_root(ctx, m) -> str | None:
    """The person's own country: the latest national root among the knowledge-base roles."""
    if m.entry is None:
        return None
    entry = ctx.kb.entries[m.entry]
    roots = [(start, root) for root, _office, start, _end in entry.offices if not root.startswith(INTERNATIONAL)]
    roots += [(t.start, t.code[:3]) for t in entry.dated if t.code and not t.code.startswith(INTERNATIONAL)]
    return max(roots)[1] if roots else None


def eli_code(ctx, m) -> str:
    """The code of mention m once its role has ended."""
    root = m.root
    if root and root.startswith(INTERNATIONAL):
        root = national_root(ctx, m)
    return (root or "") + "ELI"


def _modal_or_negated(verb) -> bool:
    modals = words("modal_auxiliaries")
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modals) for c in verb.children)


def _verb_phrase(verb) -> str:
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower()] + particles)


def _ends_by_verb(tok) -> str | None:
    """The ended-role verb of which tok (a person's head word or "who") is the subject."""
    verb = tok.head
    if verb.pos_ not in {"VERB", "AUX"} or _modal_or_negated(verb):
        return None
    phrase = _verb_phrase(verb)
    if tok.dep_ == "nsubjpass" and (verb.lemma_.lower() in words("ended_verbs_passive") or phrase in words("ended_verbs_passive")):
        return phrase
    if tok.dep_ == "nsubj" and verb.tag_ in {"VBD", "VBN", "VBZ"} and (
            verb.lemma_.lower() in words("ended_verbs_active") or phrase in words("ended_verbs_active")):
        return phrase
    return None


def _wished(tok) -> bool:
    """Is tok inside the object of a wish verb ("called for the ouster of ...")?"""
    wish = words("wish_verbs")
    t = tok
    for _ in range(6):
        if t.head is t:
            return False
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t.lemma_.lower() in wish or _modal_or_negated(t)
    return False


def _statement(doc, head) -> str | None:
    """The story's statement that the person at head lost the role, or None."""
    hit = _ends_by_verb(head)
    if hit:
        return hit
    for child in head.children:  # "X, who was ousted in December"
        if child.dep_ == "relcl":
            who = next((c for c in child.children if c.dep_ in {"nsubjpass", "nsubj"} and c.lower_ in {"who", "that"}), None)
            if who is not None:
                hit = _ends_by_verb(who)
                if hit:
                    return hit
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in words("ended_verbs_passive") \
                and not _modal_or_negated(child):
            return child.lemma_.lower()  # "Assad, ousted in December, ..."
    nouns = words("ended_nouns")
    if head.dep_ == "poss" and head.head.lemma_.lower() in nouns and not _wished(head.head):
        return head.head.lemma_.lower()
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in nouns \
            and not _wished(head.head.head):
        return head.head.head.lemma_.lower()
    return None


def _modifier(doc, m) -> str | None:
    """An ended-role word before the person's name or title ("ousted leader X", "the late X")."""
    mods = words("ended_modifiers")
    head = m.head if m.head >= 0 else m.end - 1
    for i in range(m.start, head):
        if doc[i].lower_ in mods and doc[i].lower_ != "then":
            return doc[i].lower_
        if doc[i].lower_.startswith("ex-"):
            return "ex-"
    i = m.start - 1
    while i >= 0 and doc[i].lower_ in {"the", "a"}:
        i -= 1
    if i >= 0 and doc[i].lower_ in mods and doc[i].lower_ != "then" and doc[i].head.i >= m.start:
        return doc[i].lower_
    return None


def _set_eli(ctx, m, why: str) -> None:
    code = eli_code(ctx, m)
    if m.code == code:
        return
    m.code = code
    m.root, m.sector = split_code(code) if code != "ELI" else (None, "ELI")
    m.rule += f"+context:ended:{why}"


def apply(ctx) -> None:
    """End the roles the story says are over (and international roles whose term is over)."""
    doc = ctx.doc
    ended_keys: dict[tuple, str] = {}
    for m in ctx.mentions:
        if m.kind != "person" or not m.code:
            continue
        why = _modifier(doc, m)
        if why is None and m.head >= 0:
            why = _statement(doc, doc[m.head])
        if why is not None:
            ended_keys.setdefault(m.key, why)
            if m.source == "ent":
                ended_keys.setdefault(("surname", doc[m.end - 1].lower_), why)
    for m in ctx.mentions:
        why = ended_keys.get(m.key)
        if why is None and m.source == "ent" and m.kind == "person":
            why = ended_keys.get(("surname", doc[m.end - 1].lower_))
        if why is not None and m.code and not _non_state(m):
            _set_eli(ctx, m, why)
            continue
        # international roles: a former NATO chief is not NATO
        if m.root and m.root.startswith(INTERNATIONAL) and m.sector == "ELI":
            _set_eli(ctx, m, "former-international")
        elif m.kind == "person" and m.entry is not None and m.root and m.root.startswith(INTERNATIONAL) and ctx.date:
            entry = ctx.kb.entries[m.entry]
            if entry.dated and not any(t.valid_on(ctx.date) for t in entry.dated) and m.source == "kb" \
                    and "title:" not in m.rule:
                _set_eli(ctx, m, "term-over")
