"""The cue lexicon (speech, thought and claim verbs and nouns) and the small word lists
speaker resolution uses.  Data lives in ``newsdyad/data/lexicons/``; loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..wordlists import word_list  # noqa: F401  (re-exported: the rules import it from here)

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"


@dataclass(frozen=True)
class Cue:
    """One row of cues.tsv: a cue word, its part of speech, its class and two flags."""
    lemma: str
    pos: str  # VERB | NOUN | PHRASE | ADJ
    cls: str  # speech | thought | claim | stance | source | report
    addressee: bool  # the direct object is the addressee ("told the paper")
    obj: bool = False  # an object can be the content ("denied the report", "called for talks")


@dataclass(frozen=True)
class Lexicon:
    """The cue lexicon (verbs, nouns, phrases, adjectives) and the speaker word lists."""
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    phrases: dict[str, Cue]
    media_nouns: frozenset[str]
    media_name_words: frozenset[str]
    first_names: dict[str, str]  # name -> "m" | "f"
    adjectives: dict[str, Cue] = field(default_factory=dict)  # "is critical of", "are confident that"


def _rows(name: str):
    text = (LEXICON_DIR / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.rstrip("\n").split("\t")


@lru_cache(maxsize=1)
def verb_cue_hashes():
    """spaCy string hashes of the verb-cue lemmas and of "accord" (for "according to"),
    as a numpy array: the stage finds cue candidates with one vectorised lookup."""
    import numpy
    from spacy.strings import hash_string

    return numpy.array(sorted(hash_string(w) for w in [*load_lexicon().verbs, "accord"]), dtype="uint64")


@lru_cache(maxsize=1)
def noun_cue_hashes():
    """spaCy string hashes of the noun-cue lemmas, sorted, for one vectorised lookup."""
    import numpy
    from spacy.strings import hash_string

    return numpy.array(sorted(hash_string(w) for w in load_lexicon().nouns), dtype="uint64")


def _inflections(lemma: str) -> set[str]:
    """Regular English inflections of a verb lemma (the tagger's lemmatizer sometimes
    slips: "hopes" -> "hop"); irregular forms are lemmatized reliably."""
    if " " in lemma:
        return set()
    forms = {lemma + "s", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


@lru_cache(maxsize=1)
def verb_surface_forms() -> dict[str, str]:
    """Inflected form -> cue lemma, for tokens whose lemma is not a cue."""
    out: dict[str, str] = {}
    for lemma in load_lexicon().verbs:
        for form in _inflections(lemma):
            out.setdefault(form, lemma)
    return out


@lru_cache(maxsize=1)
def verb_surface_hashes():
    """spaCy string hashes of the inflected verb-cue forms, sorted."""
    import numpy
    from spacy.strings import hash_string

    return numpy.array(sorted(hash_string(w) for w in verb_surface_forms()), dtype="uint64")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon from ``data/lexicons`` (cues.tsv, media.tsv, first_names.tsv), loaded once."""
    verbs: dict[str, Cue] = {}
    nouns: dict[str, Cue] = {}
    phrases: dict[str, Cue] = {}
    adjectives: dict[str, Cue] = {}
    for cue, pos, cls, addressee, obj in _rows("cues.tsv"):
        entry = Cue(cue, pos, cls, addressee == "yes", obj == "yes")
        {"VERB": verbs, "NOUN": nouns, "PHRASE": phrases, "ADJ": adjectives}[pos][cue] = entry
    media_nouns, media_names = set(), set()
    for word, use in _rows("media.tsv"):
        (media_nouns if use == "noun" else media_names).add(word)
    first_names = {name: gender for name, gender in _rows("first_names.tsv")}
    return Lexicon(verbs, nouns, phrases, frozenset(media_nouns), frozenset(media_names), first_names, adjectives)
