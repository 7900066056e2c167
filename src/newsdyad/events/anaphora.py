"""A definite event noun with no performer of its own refers back to an event the story named.

    earlier_performer(ex, tok) -> Participant | None

"Airstrikes by the Somali army killed 50 militants.  ...  The airstrikes also destroyed a depot":
the second "airstrikes" are the army's, so in "the airstrikes destroyed" the army acts.  The same
holds for an event first told by a verb: "Militants attacked a train on Tuesday. ... The attack
was condemned" (the militants attacked).  newsdyad looks back, over the few sentences before,
for the latest mention of the same word (noun or verb) and takes its performer:

- "Israeli jets struck the port. The strikes killed five."      -> Israel (the strikes)
- "Rebels attacked the base on Monday. The attack killed ten."  -> the rebels

Not:
- a noun without a definite determiner ("airstrikes killed five": which ones is unsaid);
- a noun with a performer of its own ("Kenya's attack", "the attack by X"): that one wins;
- an earlier mention with no coded performer: nothing is guessed further back;
- beyond ``WINDOW`` sentences.
"""

from __future__ import annotations

from ..wordlists import word_list
from .base import _lemma

DEFINITE = word_list("events_definite_determiners")
WINDOW = 6  # sentences looked back


def earlier_performer(ex, tok):
    """The participant performing the latest earlier mention of tok's event word, or None."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
        return None
    lemma = _lemma(tok)
    verb = ex.lex.by_key.get(("V", lemma)) is not None
    start = tok.sent.start
    sents = 0
    for i in range(tok.i - 1, -1, -1):
        t = ex.doc[i]
        if i < start:
            sents += 1
            if sents > WINDOW:
                return None
            start = t.sent.start
        if _lemma(t) != lemma:
            continue
        if t.pos_ == "NOUN":
            sources, _targets = ex.noun_roles(t)
        elif t.pos_ == "VERB" and verb:
            sources = ex.subjects(t)
        else:
            continue
        for s in sources:
            if s.i == tok.i:
                continue
            part = ex.resolve(s, 1)
            if part is not None and part.code:
                return part
        return None
    return None
