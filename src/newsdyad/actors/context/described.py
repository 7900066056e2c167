"""A person the knowledge base lacks takes country and role from the story's description.

    "Amadou Diallo, the Malian defence minister, visited the troops."   -> MLIGOV
    "Amadou Diallo, a former president of Mali, said ..."               -> MLIELI
    "Mali's defence minister, Amadou Diallo, said ..."                  -> MLIGOV
    "Amadou Diallo, who is Mali's defence minister, said ..."           -> MLIGOV
    "Awa Keita, a Malian activist, said ..."                            -> MLIOPP
    "Cambodian journalist Sok Dara thanked his supporters."             -> KHMMED
    "Turkish presidential adviser Emre Kaya said ..."                   -> TURGOV (the tagger's
        organisation or place "Emre Kaya" is a person after a title)
    "Amadou Diallo, a defence minister, said ..."                       (no country: nothing)
    "Amadou Diallo, the owner of a shop in Bamako, said ..."            (no role word: nothing)
    "Jan Smit, a professor in African Studies at a Malian university"   ("in/at X" is a place, not his country)
    "Aden Duale, Kenya's defence minister, said ... Duale said ..."   -> KENGOV, both mentions
        (a name the tagger split or missed: "Aden" alone is a Yemeni city; the description
        makes the two words one person, and his surname alone later is the same person)

The description is an actor phrase in apposition to the name (or its "who is ..." clause),
or written right before the name ("Cambodian journalist Sok Dara"),
whose head is a title ("president", "defence minister"; role ``title`` in
``data/kb/agents.tsv``) or a role noun of ``described_extra`` (``data/lexicons/context.tsv``),
in the singular, with a country of its own.  The name becomes a person with the phrase's code
(``former`` -> ELI, by the phrase's own rule) and the phrase becomes one of its mentions.
Names the knowledge base knows, and names already coded by a title, are left alone (the
title rules of ``resolve._person_context`` read those).  The tagger often calls such names
organisations or places; a described name is a person all the same.

A name the knowledge base split (a city or country word inside it) or the tagger missed is
found from the description's side: a run of two or more capitalised proper nouns in
apposition to the role phrase.  Later mentions of the described person's surname alone are
the same person (``+context:described:surname``).

Evidence: ``+context:described:<phrase>``.
"""

from __future__ import annotations

from ..lexicon import words
from ..mention import Mention, is_sector_only, split_code
from ..phrases import agent_sector
from ..represents import LEADING_ROLES, REPRESENTATIVE_ROLES, led_by_clause, represented


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


def _is_description(ctx, m) -> bool:
    """Is the agent mention m a coded singular role phrase with a country of its own?"""
    doc = ctx.doc
    if m.source != "agent" or m.head < 0 or not m.code or is_sector_only(m.code) or doc[m.head].tag_ not in {"NN", "NNP"}:
        return False
    if not _own_country(doc, m):
        return False
    extra = words("described_extra")
    return m.agent_role == "title" or m.agent_phrase in extra or doc[m.head].lemma_.lower() in extra


def _name_span(doc, n):
    """(start, end) of the proper name whose last word is token n: n and the capitalised
    proper nouns compounded to it ("Aden Duale"), or None for a one-word name."""
    if n.pos_ != "PROPN" or not n.text[:1].isupper() or not n.is_alpha:
        return None
    start = n.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == n.i \
            and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper():
        start -= 1
    return (start, n.i + 1) if n.i + 1 - start >= 2 else None


def _uncovered_names(ctx) -> list:
    """Persons named in apposition to a description but found as no name mention: new
    mentions for them (the country or city words the knowledge base found inside the name
    are dropped)."""
    doc = ctx.doc
    found = []
    for desc in [m for m in ctx.mentions if _is_description(ctx, m)]:
        head = doc[desc.head]
        names = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            names.append(head.head)
        if head.dep_ == "attr" and head.head.lemma_ == "be" and head.head.dep_ == "relcl":
            names.append(head.head.head)  # "X, who is Kenya's defence minister"
        for n in names:
            span = _name_span(doc, n)
            if span is None or (desc.start <= n.i < desc.end):
                continue
            inside = [m for m in ctx.mentions if m.start < span[1] and span[0] < m.end]
            if any(not (m.source == "kb" and m.kind in {"country", "place"} and span[0] <= m.start and m.end <= span[1])
                   for m in inside):
                continue  # a name already found, or part of something else
            for m in inside:
                ctx.mentions.remove(m)
            u = Mention(span[0], span[1], "ent", None, "person", rule="context:described:name",
                        head=n.i, name=doc[span[0]:span[1]].text, priority=1)
            ctx.mentions.append(u)
            found.append(u)
    return found


def _surnames(ctx, person) -> None:
    """Later mentions of the described person's surname alone are that person: an unknown
    name mention becomes a person, a bare capitalised word no mention covers becomes one."""
    doc = ctx.doc
    last = doc[person.end - 1]
    for i in range(person.end, len(doc)):
        tok = doc[i]
        if tok.text != last.text or tok.pos_ != "PROPN" or tok.dep_ == "pobj":
            continue
        m = ctx.at(i)
        if m is None:
            ctx.mentions.append(Mention(i, i + 1, "ent", None, "person", rule="context:described:surname",
                                        key=person.key, head=i, name=tok.text, priority=1))
        elif m.source == "ent" and m.code is None and m.end - m.start == 1:
            m.kind, m.key = "person", person.key
            m.rule += "+context:described:surname"


def _role_of_named(ctx, u) -> None:
    """An unknown person described as a named actor's spokesperson, head or director ("X, the
    head of Kenya's electoral commission", "X, who heads the Sudanese army") takes its code."""
    doc, kb = ctx.doc, ctx.kb
    head = doc[u.head]
    sector_at = lambda i: agent_sector(doc, i, kb)  # noqa: E731
    roles = REPRESENTATIVE_ROLES | LEADING_ROLES
    cands = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    for tok in cands:
        rep = represented(doc, tok, ctx.at, kb, sector_at, roles)
        if rep is not None and not any(t.lower_ in words("title_former_words") for t in tok.lefts):
            break
    else:
        rep = next((r for c in head.children if (r := led_by_clause(doc, c, ctx.at, kb, sector_at))), None)
        tok = None
    if rep is None:
        return
    code, obj, _end = rep
    u.code = code
    u.root, u.sector = split_code(code)
    u.key = ("person", doc[u.end - 1].lower_)
    u.priority = 4
    u.rule = f"context:described:role-of:{obj.text}+{u.rule}"
    if tok is not None:
        s, e = tok.left_edge.i, tok.right_edge.i + 1
        u.extra_spans.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)))
    _surnames(ctx, u)


def apply(ctx) -> None:
    """Give each uncoded name the code of the role phrase that describes it."""
    doc = ctx.doc
    _uncovered_names(ctx)
    for u in list(ctx.mentions):
        if u.source != "ent" or u.code is not None or u.kind not in {"person", "organisation", "place"}:
            continue
        if u.kind != "person" and doc[u.start].ent_type_ not in {"PERSON", "ORG", "GPE"}:
            continue
        if u.end - u.start < 2 and u.kind != "person":
            continue  # a one-word organisation or place is rarely a person named in full
        desc = _description(ctx, doc[u.head])
        before = desc is None and (u.kind == "person" or u.end - u.start >= 2)
        if before:
            desc = _premodifier(ctx, u)
            if desc is not None and u.kind != "person" and desc.agent_role != "title":
                desc = None  # a title makes the name after it a person ("adviser Mesut Casin"); a role noun does not
        if desc is None and u.kind == "person":
            _role_of_named(ctx, u)
            continue
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
        _surnames(ctx, u)
