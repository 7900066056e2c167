"""Questions are no requests: "asked X if/whether ..." with no modal of ability or will in the
clause asks about a fact, so neither the asking nor the asked-about clause is an event.

    is_question(tok) -> bool

- "The prosecutor asked the defendant if he agreed with the charges."  -> no 020, no 019 inside
- "Asked by a reporter whether he had met the envoy, the minister said nothing." -> no event

Not this (an indirect request, kept by the wrappers):
- "We asked European countries if they can help."          -> requested (020, "can": may they help)
- "Kenya asked Ethiopia whether it would withdraw its troops." -> requested 0256
- "urged X to ...", "asked X to ...": an infinitive is a request.
"""

from __future__ import annotations

QUESTION_MARKS = frozenset({"if", "whether"})
REQUEST_MODALS = frozenset({"can", "could", "will", "would"})


def _question_clause(tok):
    """The "if/whether" clause a token governs, or None (the parser hangs "asked X if ..." as ccomp or
    advcl)."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in c.children):
            return c
    return None


def is_question(tok) -> bool:
    """Does a request verb (tok) ask a question: an "if/whether" clause with no modal of ability or will,
    and no infinitival complement of its own?"""
    if any(c.dep_ == "xcomp" for c in tok.children):
        return False
    clause = _question_clause(tok)
    if clause is None:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in REQUEST_MODALS for c in clause.children)


def question_tokens(tok) -> set[int]:
    """The indices of the asked-about clause of a question (consumed: it is no asserted event)."""
    clause = _question_clause(tok)
    return {t.i for t in clause.subtree} if clause is not None else set()
