"""Relative clauses inside a verb's object state events of their own.

A verb's object is its theme, so the words in it trigger no event of their own ("condemned the
attack" is one event).  A relative clause in the object is different: it asserts a second act,
whose subject is the noun it modifies (`roles.subjects`):

- "The army killed six militants who attacked a hotel": the army kills the militants (18x/19x)
  and the militants attack the hotel (180).
- "Police arrested the men who had bombed the embassy": an arrest and a bombing.

Not freed: a participle or infinitive on the object ("condemned the attack launched by X", "rejected
the plan to expel Y"); the object's own nominal events stay the theme.
"""

from __future__ import annotations


def relative_clauses(obj, made: bool = False) -> set[int]:
    """The token indices of finite relative clauses (with a relative pronoun subject) inside obj's phrase;
    with made (obj is what an expressing verb issued: "issued a statement condemning Somalia", "filed
    lawsuits accusing the police"), also -ing clauses on obj itself: the statement speaks for its issuer
    (`roles._maker`)."""
    out: set[int] = set()
    if made:
        for c in obj.children:
            if c.dep_ == "acl" and c.tag_ == "VBG" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                out.update(x.i for x in c.subtree)
    for t in obj.subtree:
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in t.children):
            out.update(x.i for x in t.subtree)
    return out
