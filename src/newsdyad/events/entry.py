"""One event-lexicon entry: a lemma, its code and the parse constraints it needs.

Its own module so that the lexicon loader (``lexicon``) and the PETRARCH pattern mapper
(``petrarch_map``) both make entries without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..wordlists import word_list

# PETRARCH pattern words that code a modality themselves ("- WILL NOT * [081]")
MODALITY_WORDS = word_list("pattern_modality_words")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a lemma, its code (or frame) and the constraints it needs on the parse."""
    code: str | None  # None: the entry has no code of its own (a wrapper or light verb)
    pos: str  # V, N, A
    lemma: str  # head lemma
    particle: str | None  # required particle / preposition ("call on" -> "on")
    frame: str
    obj: frozenset[str] | None = None
    pobj: tuple[frozenset[str], frozenset[str] | None] | None = None  # (preps, lemmas or None = any)
    xcomp: frozenset[str] | None = None
    mod: frozenset[str] | None = None
    not_prep: frozenset[str] | None = None
    nobj: bool = False
    line: int = 0
    subj: frozenset[str] | None = None  # subject lemmas (PETRARCH words before the verb: "&MILITARY *")
    pobj_mod: frozenset[str] | None = None  # modifier of the prepositional object ("(FOR {FINANCIAL AID})")
    target_prep: frozenset[str] | None = None  # the target is this preposition's object ("(WITH +)")
    reverse: bool = False  # the event goes from the target to the source (PETRARCH "[:173]")
    mirror: str | None = None  # PETRARCH "[032:033]": the target also acts on the source, with this code
    # PETRARCH words in their order around the verb, for a pattern the parse constraints cannot state
    # ("- INDICATED WOULD * NOW"): (before, after), each a tuple of slots, a slot the alternative word
    # sequences that fill it (a synset's members)
    linear: tuple[tuple[tuple[tuple[str, ...], ...], ...], tuple[tuple[tuple[str, ...], ...], ...]] | None = None
    compound_subj: bool = False  # PETRARCH "% *": the subject is coordinated actors ("A and B agree")
    actor_args: bool = False  # a verb's default code, only when subject and object are coded actors (fallback.py)
    governor: frozenset[str] | None = None  # a noun's governing verb lemmas ("charges" only as "face charges")
    origin: str = "lexicon"  # where the entry comes from: lexicon, petrarch (packaged), or a --verbs file

    @property
    def label(self) -> str:
        """A short human-readable name of the entry, used in the rule an event records."""
        words = self.lemma + (" " + self.particle if self.particle else "")
        cons = []
        if self.obj:
            cons.append("obj=" + "|".join(sorted(self.obj))[:40])
        if self.pobj:
            preps, lemmas = self.pobj
            cons.append("pobj=" + "|".join(sorted(preps)) + ":" + ("*" if lemmas is None else "|".join(sorted(lemmas))[:40]))
        if self.xcomp:
            cons.append("xcomp=" + "|".join(sorted(self.xcomp)))
        if self.mod:
            cons.append("mod=" + "|".join(sorted(self.mod))[:40])
        if self.subj:
            cons.append("subj=" + "|".join(sorted(self.subj))[:40])
        if self.target_prep:
            cons.append("target=" + "|".join(sorted(self.target_prep)))
        if self.governor:
            cons.append("head=" + "|".join(sorted(self.governor)))
        if self.reverse:
            cons.append("reverse")
        if self.compound_subj:
            cons.append("compound-subject")
        if self.actor_args:
            cons.append("actors")
        if self.linear:
            cons.append("linear=" + " ".join("|".join(" ".join(a) for a in slot)[:30] for slot in self.linear[0])
                        + " * " + " ".join("|".join(" ".join(a) for a in slot)[:30] for slot in self.linear[1]))
        return f"{self.origin}:{self.pos}:{words}:{self.code or '-'}:{self.frame}" + (f"[{';'.join(cons)}]" if cons else "")

    @cached_property
    def required(self) -> tuple[frozenset[str], ...]:
        """Word sets of which the sentence must hold one word each for the entry to hold (a fast pre-check)."""
        sets = (self.obj, self.pobj[1] if self.pobj else None, self.mod, self.subj, self.pobj_mod, self.xcomp)
        return tuple(x for x in sets if x and "*" not in x)  # "xcomp=*": any verb

    @cached_property
    def n_constraints(self) -> int:
        """How many constraints the entry states (constrained entries are tried first)."""
        return sum(x is not None and x is not False for x in (self.obj, self.pobj, self.xcomp, self.mod, self.not_prep,
                                                                self.subj, self.pobj_mod)) \
            + int(self.nobj) + int(self.particle is not None) \
            + (len(self.linear[0]) + len(self.linear[1]) if self.linear else 0) + int(self.compound_subj) \
            + int(self.actor_args) + int(self.governor is not None)

    @property
    def names_modality(self) -> bool:
        """The pattern names a negation or a modal itself ("- WILL NOT * [081]", "- INDICATED WOULD *"):
        its code is that reading's, not one the modality stage should recode."""
        return bool(self.linear) and any(w in MODALITY_WORDS for side in self.linear for slot in side
                                         for alt in slot for w in alt)
