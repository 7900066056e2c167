"""A person the knowledge base lacks takes country and role from the story's description.

    "Amadou Diallo, the Malian defence minister, visited the troops."   -> MLIGOV
    "Amadou Diallo, a former president of Mali, said ..."               -> MLIELI
    "Mali's defence minister, Amadou Diallo, said ..."                  -> MLIGOV
    "Amadou Diallo, who is Mali's defence minister, said ..."           -> MLIGOV
    "Awa Keita, a Malian activist, said ..."                            -> MLIOPP
    "Cambodian journalist Sok Dara thanked his supporters."             -> KHMMED
    "Amadou Diallo, a defence minister, said ..."                       (no country: nothing)
    "Amadou Diallo, the owner of a shop in Bamako, said ..."            (no role word: nothing)
    "Jan Smit, a professor in African Studies at a Malian university"   ("in/at X" is a place, not his country)

The description is an actor phrase in apposition to the name (or its "who is ..." clause),
or written right before the name ("Cambodian journalist Sok Dara"),
whose head is a title ("president", "defence minister"; role ``title`` in
``data/kb/agents.tsv``) or a role noun of ``described_extra`` (``data/lexicons/context.tsv``),
in the singular, with a country of its own.  The name becomes a person with the phrase's code
(``former`` -> ELI, by the phrase's own rule) and the phrase becomes one of its mentions.
Names the knowledge base knows, and names already coded by a title, are left alone (the
title rules of ``resolve._person_context`` read those).  The tagger often calls such names
organisations or places; a described name is a person all the same.

Evidence: ``+context:described:<phrase>``.
"""

from __future__ import annotations

from ..mention import is_sector_only
from ..lexicon import words


def _own_country(doc, m) -> bool:
    """Does the phrase name its own country ("Malian", "Mali's", "of Mali"), not a place it is
    in ("professor in Chinese Studies", "official at the embassy in Bamako")?"""
    if "+prep:" not in m.rule:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in doc[m.head].children)


def _description(ctx, name_head):
    """The coded singular role phrase in apposition to the token name_head, or None."""
    doc = ctx.doc
    extra = words("described_extra")
    candidates = [c for c in name_head.children if c.dep_ == "appos"]
    if name_head.dep_ == "appos":
        candidates.append(name_head.head)
    for child in name_head.children:
        if child.dep_ == "relcl" and child.lemma_ == "be":
            candidates.extend(c for c in child.children if c.dep_ == "attr")
    for tok in candidates:
        m = next((x for x in ctx.mentions if x.source == "agent" and x.head == tok.i), None)
        if m is None or not m.code or is_sector_only(m.code) or tok.tag_ not in {"NN", "NNP"}:
            continue
        phrase = m.agent_phrase
        if not _own_country(doc, m):
            continue
        if m.agent_role == "title" or phrase in extra or doc[m.head].lemma_.lower() in extra:
            return m
    return None


def _premodifier(ctx, u):
    """The coded singular role phrase written right before the name ("Cambodian journalist X")."""
    doc = ctx.doc
    extra = words("described_extra")
    for m in ctx.mentions:
        if m.source != "agent" or m.end != u.start or m.head < 0 or not m.code or is_sector_only(m.code):
            continue
        head = doc[m.head]
        if head.tag_ not in {"NN", "NNP"} or not (u.start <= head.head.i < u.end):
            continue
        if m.agent_role == "title" or m.agent_phrase in extra or head.lemma_.lower() in extra:
            return m
    return None


def apply(ctx) -> None:
    """Give each uncoded name the code of the role phrase that describes it."""
    doc = ctx.doc
    for u in list(ctx.mentions):
        if u.source != "ent" or u.code is not None or u.kind not in {"person", "organisation", "place"}:
            continue
        if u.kind != "person" and doc[u.start].ent_type_ not in {"PERSON", "ORG", "GPE"}:
            continue
        if u.end - u.start < 2 and u.kind != "person":
            continue  # a one-word organisation or place is rarely a person named in full
        desc = _description(ctx, doc[u.head])
        before = desc is None and u.kind == "person"
        if before:
            desc = _premodifier(ctx, u)
        if desc is None or desc not in ctx.mentions:
            continue
        u.code, u.root, u.sector = desc.code, desc.root, desc.sector
        u.kind = "person"
        u.key = ("person", doc[u.end - 1].lower_)
        u.priority = 4
        u.rule = f"{desc.rule}+context:described:{doc[u.start:u.end].text}"
        if before:  # one mention from the description to the name, as a title gives
            u.start = desc.start
        else:
            start, end = desc.start, desc.end
            u.extra_spans.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
        ctx.mentions.remove(desc)
