"""Understood subjects of nominal meetings and visits in an adverbial phrase.

A meeting or visit named by a noun in a prepositional phrase on a verb, with no performer of its own,
is held by the verb's subject when the noun names whom it is with or to:

- "Rubio will travel to Canada for meetings with G7 foreign ministers": Rubio meets them (036/040).
- "He spoke during a visit to South Africa": he visits South Africa (042).
- "The minister hopes to settle the dispute during talks with Kenyan officials": the minister talks.

Not when:
- the governing verb is passive ("He was arrested during talks with Kenya": he did not hold them);
- the noun names no counterpart ("protesters gathered during the talks");
- the verb's subject is not a coded actor, or shares the counterpart's country ("the prime minister,
  during a visit to a city at home");
- the noun is no consultation (roots 03-04): "killed during attacks on X" takes no subject this way.
"""

from __future__ import annotations

from .base import _governing_verb, _is_passive

ROOTS = ("03", "04")


def host_subject(ex, n, targets: list) -> list:
    """The governing verb's subject as the source of the meeting or visit noun n (ex: the extractor)."""
    if n.dep_ != "pobj" or not targets:
        return []
    m = ex.match(n, "N")
    if m is None or m[0].code is None or m[0].code[:2] not in ROOTS:
        return []
    gov = _governing_verb(n, steps=2)
    if gov is None or _is_passive(gov) or gov.lemma_ == "be":
        return []
    subj = ex.subjects(gov)
    if not subj:
        return []
    part = ex.resolve(subj[0])
    if part is None or not part.code:
        return []
    other = {p.code[:3] for p in (ex.resolve(t) for t in targets) if p is not None and p.code}
    if not other or part.code[:3] in other:  # "a visit to Quetta" by Pakistan's premier: no foreign counterpart
        return []
    return subj
