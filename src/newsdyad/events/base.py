"""What the events stage's modules share: candidate records, parse helpers and word lists."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..wordlists import word_list
from .lexicon import Entry, lemma_fixes

SUBJ = ("nsubj", "csubj")
OBJ = ("dobj", "obj")
VERB_TARGET_PREPS = word_list("verb_target_prepositions")
OBJ_TARGET_PREPS = word_list("object_target_prepositions")
FALLBACK_TARGET_PREPS = word_list("fallback_target_prepositions")
NOUN_TARGET_PREPS = word_list("noun_target_prepositions")
OBJECT_CONTROL = word_list("events_object_control")
OF_PATIENT = word_list("events_of_patient_nouns")
OF_CONTENT = word_list("events_of_content_nouns")
CONTAINER_NOUNS = word_list("events_container_nouns")
SERIES = word_list("events_series_nouns")
PROTESTERS = word_list("events_protester_nouns")
DOC_NOUNS = word_list("events_document_nouns")
WEAK_WISH = word_list("events_weak_wish_verbs")
APPEAL_WISH = frozenset({"hope", "wish"})  # a hope that a named other acts appeals to it ("expect": a forecast)
NOMINAL_INTENT_ROOTS = ("03", "05", "06", "07", "08")  # want/seek + these nouns = asking someone for them
AFFILIATION = word_list("events_affiliation_participles")
NOMINAL_FUTURE = word_list("events_nominal_future_modifiers")
GENERIC_FORCE = word_list("events_generic_force_nouns")
AIR_WEAPONS = word_list("events_air_weapons")
HEAVY_WEAPONS = word_list("events_heavy_weapons")
ATTEMPT = frozenset({"try", "attempt", "seek"})
PROTEST_AIM_CODES = frozenset({"141", "142", "143", "144", "145"})
PRONOUNS = word_list("events_participant_pronouns")
TOPICS = {
    "mil": word_list("events_topic_mil"),
    "econ": word_list("events_topic_econ"),
    "hum": word_list("events_topic_hum"),
    "peace": word_list("events_topic_peace"),
}
QUANTITY = word_list("events_quantity_nouns")
MONEY = word_list("events_money_nouns")
SPOKES = word_list("events_spokes_nouns")


# Dependencies through which a wished or requested clause extends (not advcl, relcl, parataxis).
WRAPPED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "obj", "pobj", "prep", "conj", "acomp", "attr", "oprd", "pcomp", "amod", "compound"})


@dataclass
class Cand:
    """An event before participants are resolved to actors."""

    code: str
    sources: list
    targets: list
    trigger: list
    anchor: object  # the token whose clause gives date and place
    modality: str
    rule: str
    passive: bool = False
    mirror: str | None = None  # the code of the mirrored event, target to source (PETRARCH "[032:033]")
    mirror_pattern: str | None = None  # that code as the pattern gives it (before a future made it an intention)


@dataclass
class Result:
    """The plain event one trigger expresses: code, entry, source and target tokens, tokens used."""
    code: str
    entry: Entry
    sources: list
    targets: list
    tokens: list
    explicit_subject: list = field(default_factory=list)
    agent: list = field(default_factory=list)
    passive: bool = False


def _pos(tok) -> str | None:
    if tok.pos_ == "VERB":
        return "V"
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.lemma_.lower() in ("talks",)):
        return "N"
    if tok.pos_ == "ADJ":
        return "A"
    return None


def _lemma(tok) -> str:
    return _FIXES.get(tok.lower_) or tok.lemma_.lower()


_FIXES = lemma_fixes()  # read-only mapping, loaded once


def _joined(tok) -> set[str]:
    """The hyphenated compound a token ends, written closed and hyphenated ("cease-fire" -> "ceasefire",
    "cease-fire"), so that lexicon words written either way match; empty for a plain word."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return set()
    return {doc[i - 2].lower_ + tok.lower_, doc[i - 2].lower_ + "-" + tok.lower_}
CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl"})


def _verbish(tok) -> bool:
    """A verb, or a clause head the tagger took for an adjective or noun ("that Greece extradite ...")."""
    return tok.pos_ in ("VERB", "AUX") or (tok.dep_ in CLAUSE_HEADS and tok.pos_ in ("ADJ", "NOUN")
                                           and any(c.dep_ == "nsubj" for c in tok.children)
                                           and any(c.dep_ in ("dobj", "aux", "mark") for c in tok.children))


def _keys(tok) -> list[tuple[str, str]]:
    """The lexicon keys a token can match: its own part of speech, and a verb reading for a clause head
    the tagger took for an adjective or noun ("demanded that Greece extradite ...")."""
    pos = _pos(tok)
    keys = [(pos, _lemma(tok))] if pos is not None else []
    if pos != "V" and tok.dep_ in CLAUSE_HEADS and tok.pos_ in ("ADJ", "NOUN") \
            and any(c.dep_ in ("nsubj", "dobj", "aux") for c in tok.children):
        keys.append(("V", _lemma(tok)))
    if tok.dep_ == "acomp":
        keys.append(("A", tok.lower_))
    if pos == "N" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":  # "a sit-in", "a cease-fire"
        keys += [("N", j) for j in sorted(_joined(tok))]
    if pos == "V" and tok.lower_ != _lemma(tok):
        keys.append(("V", tok.lower_))  # a dictionary that names the inflected form ("--- RISEN [---] ---")
    return keys


def _words_in_order(tokens, slots) -> list | None:
    """The tokens that fill the slots in order (a slot's alternative: consecutive words, matched on
    the form or the lemma), or None.  ``[(("did", "n't"), ("will", "not")), (("ever",),)]`` holds in
    "did n't ever" and in "will not really ever"."""
    used: list = []
    i = 0
    for slot in slots:
        found = None
        for j in range(i, len(tokens)):
            for alt in slot:
                n = len(alt)
                if j + n <= len(tokens) and all(tokens[j + k].lower_ == w or _lemma(tokens[j + k]) == w
                                                for k, w in enumerate(alt)):
                    found = (j, n)
                    break
            if found:
                break
        if found is None:
            return None
        used.extend(tokens[found[0]:found[0] + found[1]])
        i = found[0] + found[1]
    return used


def _conj_expand(tok) -> list:
    """tok and the nouns coordinated with it.  Besides ``conj``, a coordination the parser hung as a
    modifier or apposition counts when an "and"/"or" joins it ("Fornost and the evil Gondor" parsed
    as Fornost/nmod of Gondor; "Evil Mordor, the awful Fornost, and good Gondor" with Fornost/appos)."""
    out = [tok]
    has_cc = any(c.dep_ == "cc" for c in tok.children)
    for c in tok.children:
        if c.pos_ == "ADJ" and tok.pos_ == "ADJ" and c.dep_ == "conj":  # "a Chinese and Russian proposal"
            out.extend(_conj_expand(c))
            continue
        if c.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        if c.dep_ == "conj" or (c.dep_ in ("nmod", "appos") and (has_cc or any(x.dep_ == "cc" for x in c.children))):
            out.extend(_conj_expand(c))
    return out


def _pobj(prep):
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            return c
    return None


def _is_passive(v) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        return True
    return v.tag_ == "VBN" and (v.dep_ == "acl" or _stative_passive(v))


def _governing_verb(tok, steps: int = 4):
    """The verb whose clause holds a prepositional noun ("result in a deal" -> result), or None."""
    t = tok
    for _ in range(steps):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ not in ("prep", "pobj", "pcomp"):
            return None
    return None


def _stative_passive(v) -> bool:
    """A participle after a linking verb: "X stands accused of Y", "X remains detained" (X is the patient)."""
    return v.dep_ in ("acomp", "advcl", "oprd", "xcomp") and v.tag_ == "VBN" and v.head.lemma_ in word_list(
        "linking_verbs")


def _infinitival(v) -> bool:
    return any(c.lower_ == "to" and c.dep_ in ("aux", "mark") for c in v.children)
