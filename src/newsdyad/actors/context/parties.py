"""A party word settles the country of an actor that has only a sector.

    "Republican lawmakers blocked the bill."          lawmakers: LEG    -> USALEG
    "Democratic senators walked out."                 senators: LEG     -> USALEG
    "Tory MPs rebelled against the whips."            MPs: LEG          -> GBRLEG
    "Republican Senator Jane Doe objected."           Senator ...: LEG  -> USALEG
    "BJP lawmakers staged a walkout."                 lawmakers: LEG    -> INDLEG
    "Labour MPs walked out."                          (many countries' party: stays LEG)

The words and their countries are ``data/lexicons/party_countries.tsv`` (only words that
name one country's party; "Labour", "Conservative" are left out).  The word must be written
as listed, stand before the actor's head noun inside its phrase, and not continue a longer
capitalised name ("Social Democratic lawmakers" stays sector-only).  An actor whose phrase
already names a country keeps it.

Evidence: ``+context:party:<word>=<root>``.
"""

from __future__ import annotations

from ..mention import is_sector_only
from ..lexicon import party_countries, words


def _party_word(doc, m, table):
    """The first party word among the tokens before the head of mention m, or None."""
    head = m.head if m.head >= 0 else m.end - 1
    start = min(m.start, doc[head].left_edge.i)  # "Republican Senator Jane Doe": before the title
    for i in range(start, head):
        tok = doc[i]
        if tok.text not in table:
            continue
        before = doc[i - 1] if i > start else None
        if before is not None and before.text in {"-", "–"} and i - 2 >= start:
            before = doc[i - 2]  # "Social-Democratic"
        if before is not None and before.text[:1].isupper() and before.lower_ != "the" and not before.is_sent_start:
            continue  # "Social Democratic": part of a longer name
        if before is not None and before.text[:1].isupper() and before.is_sent_start and before.lower_ not in words("party_sentence_openers"):
            continue
        return tok
    return None


def apply(ctx) -> None:
    """Give sector-only agents and titled persons with no country the country of their party
    word; a party word modifying a coded person or phrase is not an actor of its own."""
    table = party_countries()
    doc = ctx.doc
    _drop_party_modifiers(ctx, table)
    for m in ctx.mentions:
        if m.root is not None:
            continue
        if m.source == "agent":
            if m.code is not None and not is_sector_only(m.code):
                continue
        elif not (m.kind == "person" and m.code is None and m.sector):
            continue  # an unknown person without a title: no sector to attach the country to
        tok = _party_word(doc, m, table)
        if tok is None:
            continue
        root = table[tok.text][0]
        m.root = root
        m.code = root + (m.sector or "")
        m.rule += f"+context:party:{tok.text}={root}"
        if m.source != "agent":
            m.priority = max(m.priority, 4)
            word = ctx.exactly(tok.i, tok.i + 1)
            if word is not None and word.source == "ent" and word.code is None:
                ctx.mentions.remove(word)  # the party word is the modifier, not an actor of its own


def _drop_party_modifiers(ctx, table) -> None:
    """Remove the uncoded one-word entity of a party word that modifies another mention
    ("Democratic Representative Jason Crow": "Democratic" is no actor)."""
    doc = ctx.doc
    for m in list(ctx.mentions):
        if m.source != "ent" or m.code is not None or m.end - m.start != 1 or doc[m.start].text not in table:
            continue
        tok, owner = doc[m.start], None
        for _ in range(3):  # "Democratic Representative Jason Crow": up through the title
            if tok.head is tok or tok.dep_ not in {"amod", "compound", "nmod"}:
                break
            tok = tok.head
            owner = ctx.at(tok.i)
            if owner is not None and owner is not m:
                break
        if owner is not None and owner is not m and owner.root is not None:
            ctx.mentions.remove(m)
