"""Modality of an event from its clause: modal and future auxiliaries, negation, conditions.

    clause_modality(token) -> ClauseModality(future, hypothetical, negated, cue)

Combined with the code by extract.py the way a careful coder would: "will sign" is an intention
(03x, intended), "would not provide" a refusal (12x, asserted), "could attack" hypothetical,
"did not attack" negated.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..wordlists import word_list

FUTURE = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL = word_list("hypothetical_modals")
NEGATORS = frozenset({"not", "n't", "never", "no"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
SPEECH = word_list("speech_verbs")
HYPO_WORDS = word_list("hypothetical_modifiers")
UNREALISED = word_list("unrealised_heads")  # "were supposed to sign"
SCHEDULED = word_list("scheduled_heads")  # "is scheduled to visit"
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "csubj", "relcl", "acl", "pcomp"})


@dataclass(frozen=True)
class ClauseModality:
    """Whether a clause is negated, hypothetical or about the future."""
    future: bool = False
    hypothetical: bool = False
    negated: bool = False
    cue: str = ""


def _aux(tok) -> list:
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass") or (c.dep_ == "advmod" and c.lower_ in NEGATORS)]
    if not any(c.dep_ == "aux" for c in auxes) and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        auxes += [c for c in tok.head.children if c.dep_ == "aux"]
    return auxes


def under_speech(tok) -> bool:
    """Whether tok sits in the complement of a speech verb."""
    head = tok
    while head.dep_ in ("ccomp", "conj") and head.head is not head:
        head = head.head
        if head.lemma_.lower() in SPEECH:
            return True
    return False


def clause_modality(tok, stop=None) -> ClauseModality:
    """Modality markers on the clause of `tok` and on the clauses that embed it (up to `stop`)."""
    future = hypo = neg = False
    cue = []
    for c in _aux(tok):
        low = c.lower_
        if low in FUTURE:
            future = True
            cue.append(low)
        elif low == "would":
            if under_speech(tok):
                future = True
            else:
                hypo = True
            cue.append(low)
        elif low in HYPOTHETICAL:
            hypo = True
            cue.append(low)
        if c.dep_ == "aux" and c.lower_ == "going":
            future = True
    for c in tok.children:
        if c.dep_ == "neg" or (c.lower_ in ("never",) and c.dep_ == "advmod") or (  # "will no longer grant"
                c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)):
            neg = True
            cue.append(c.lower_)
        elif c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
            hypo = True
            cue.append(c.lower_)
        elif c.dep_ in ("advmod", "amod") and c.lower_ in HYPO_WORDS:
            hypo = True
            cue.append(c.lower_)
    # embedding clauses: a condition or a modal anywhere above makes the event hypothetical
    head = tok
    steps = 0
    while head.dep_ in CLAUSE_DEPS and head.head is not head and steps < 8:
        child, head = head, head.head
        steps += 1
        if stop is not None and head.i == stop.i:
            break
        if head.lemma_.lower() in SPEECH:
            continue
        if child.dep_ == "xcomp" and (head.lower_ in UNREALISED or head.lemma_.lower() in UNREALISED):
            hypo = True  # "were supposed to sign the deal": it did not happen as planned
            cue.append(head.lower_)
        elif child.dep_ == "xcomp" and (head.lower_ in SCHEDULED or head.lemma_.lower() in SCHEDULED) and (
                any(c.dep_ in ("auxpass", "aux", "cop") and c.lemma_ == "be" for c in head.children)):
            future = True  # "is scheduled to visit", "are expected to sign": planned
            cue.append(head.lower_)
        if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in head.children):
            future = True  # "will help release him", "will try to meet": the embedded act is planned
            cue.append("will")
        for c in head.children:
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL - {"should", "must", "ought"}:
                hypo = True
                cue.append(c.lower_)
            elif c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
                hypo = True
                cue.append(c.lower_)
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in child.children):
            hypo = True
    return ClauseModality(future=future, hypothetical=hypo, negated=neg, cue="+".join(cue))
