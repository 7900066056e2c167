"""Events on the dependency parse: who does (wants, asks, refuses, threatens) what to whom.

Pure: a parsed spaCy Doc plus the actors and attributions in, candidate events out.  Every token
whose lemma has a lexicon entry is looked at once, from the top of the tree down, so that a
wrapper ("wants to", "urged ... to", "refused to") consumes its complement before that complement
could be coded as an asserted event of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..wordlists import word_list
from ..model import Actor, Participant
from ..nlp import doc_text
from .cameo import is_code
from .lexicon import WRAPPER_FRAMES, Entry, Lexicon, lemma_fixes, protest_aims
from .modality import SPEECH, clause_modality
from .places import city_country, country_code

SUBJ = ("nsubj", "csubj")
OBJ = ("dobj", "obj")
VERB_TARGET_PREPS = word_list("verb_target_prepositions")
OBJ_TARGET_PREPS = word_list("object_target_prepositions")
FALLBACK_TARGET_PREPS = word_list("fallback_target_prepositions")
NOUN_TARGET_PREPS = word_list("noun_target_prepositions")
OBJECT_CONTROL = word_list("events_object_control")
OF_PATIENT = word_list("events_of_patient_nouns")
CONTAINER_NOUNS = word_list("events_container_nouns")
SERIES = word_list("events_series_nouns")
PROTESTERS = word_list("events_protester_nouns")
DOC_NOUNS = word_list("events_document_nouns")
WEAK_WISH = word_list("events_weak_wish_verbs")
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


class Extractor:
    def __init__(self, doc, actors: list[Actor], lexicon: Lexicon):
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token on each access: once per document
        self.lex = lexicon
        self.actors = {a.id: a for a in actors}
        self.tok_actor: dict[int, tuple[Actor, tuple[int, int]]] = {}
        spans = []
        for a in actors:
            for s, e in a.mentions:
                spans.append((e - s, s, e, a))
        for _, s, e, a in sorted(spans, key=lambda x: -x[0]):  # innermost mention wins
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.tok_actor[tok.i] = (a, (s, e))
        self.consumed: set[int] = set()
        self.country_names = True  # built-in country names, demonyms and capitals code unknown participants
        self._sent = None  # the sentence candidates() is working on, and its words (computed when needed)
        self._sent_words: frozenset[str] | None = None
        self._arr = None
        self.country_level_toks: set[int] = set()
        self.np_fallback: set[int] = set()  # target tokens found inside the object's noun phrase

    # ------------------------------------------------------------------ lexicon matching
    def sentence_words(self, tok) -> frozenset[str]:
        """Lemmas and lower-case forms of the sentence holding tok: an entry that needs a word the
        sentence lacks cannot hold, so it is skipped before its constraints are checked."""
        sent = self._sent
        if sent is None or not (sent.start <= tok.i < sent.end):
            return self._words(tok.sent.start, tok.sent.end)
        if self._sent_words is None:
            self._sent_words = self._words(sent.start, sent.end)
        return self._sent_words

    def _words(self, start: int, end: int) -> frozenset[str]:
        if self._arr is None:  # lemma and lower-case hashes of the whole document, read once
            from spacy.attrs import LEMMA, LOWER

            self._arr = self.doc.to_array([LEMMA, LOWER])
        strings = self.doc.vocab.strings
        words = {strings[int(h)].lower() for h in self._arr[start:end].ravel()}
        words |= {_FIXES[w] for w in words if w in _FIXES}
        return frozenset(words)

    def match(self, tok, pos: str | None = None) -> tuple[Entry, list] | None:
        keys = [(pos, _lemma(tok))] if pos else _keys(tok)
        words = None
        for key in keys:
            for e in self.lex.by_key.get(key, ()):
                if e.required:
                    if words is None:
                        words = self.sentence_words(tok)
                    if any(words.isdisjoint(r) for r in e.required):
                        continue
                used = self.satisfies(tok, e)
                if used is not None:
                    return e, used
        return None

    def objects(self, tok) -> list:
        objs = [c for c in tok.children if c.dep_ in OBJ]
        if _is_passive(tok):
            objs += [c for c in tok.children if c.dep_ == "nsubjpass"]
            if tok.dep_ == "acl":
                objs.append(tok.head)
        return objs

    def _preps(self, tok, names) -> list:
        out = []
        for c in tok.children:
            if c.dep_ in ("prep", "agent", "prt", "dative") and c.lower_ in names:
                p = _pobj(c)
                if p is not None:
                    out.append(p)
        return out

    def satisfies(self, tok, e: Entry) -> list | None:
        used: list = []
        if e.particle:
            words = e.particle.split()
            if not any(c.lower_ == words[0] and c.dep_ in ("prt", "prep", "agent", "advmod", "dobj") for c in tok.children):
                return None
        if e.not_prep and any(c.dep_ in ("prep", "prt") and c.lower_ in e.not_prep for c in tok.children):
            return None
        if e.nobj and any(c.dep_ in OBJ for c in tok.children):
            return None
        if e.obj is not None:
            hit = None
            for o in self.objects(tok) + [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]:
                names = {_lemma(o), o.lower_} | {_lemma(c) for c in o.children if c.dep_ in ("compound", "amod")}
                if _lemma(o) in QUANTITY:  # "deployed thousands of police officers"
                    for q in self._preps(o, ("of",)):
                        names |= {_lemma(q), q.lower_} | {_lemma(c) for c in q.children if c.dep_ == "compound"}
                if names & e.obj:
                    hit = o
                    break
            if hit is None:
                return None
            used.append(hit)
        if e.pobj is not None:
            preps, lemmas = e.pobj
            holders = [tok]
            if tok.pos_ == "NOUN":
                holders += self._preps(tok, ("of",))
            else:  # "accused the minister of corruption": the phrase hangs on the object
                holders += self.objects(tok)
            if e.particle:  # "walk out of the talks": the phrase hangs on the particle
                holders += [c for c in tok.children if c.lower_ == e.particle.split()[0] and c.dep_ in ("prep", "prt", "advmod")]
            if tok.pos_ == "NOUN" and tok.dep_ in OBJ:  # "launched a probe into X": the phrase hangs on the verb
                holders.append(tok.head)
            hit = None
            if "to" in preps and lemmas is not None:  # "return to talks" parsed as an infinitival clause
                for c in tok.children:
                    if c.dep_ == "acl" and _lemma(c) in lemmas and _infinitival(c):
                        hit = c
            for h in holders:
                if hit is not None:
                    break
                for p in self._preps(h, preps):
                    names = {_lemma(p), p.lower_} | {_lemma(c) for c in p.children if c.dep_ == "compound"}
                    if e.pobj_mod is not None and not {_lemma(c) for c in p.children
                                                       if c.dep_ in ("amod", "compound", "nmod")} & e.pobj_mod:
                        continue
                    if lemmas is None or names & lemmas:
                        hit = p
                        break
                if hit is not None:
                    break
            if hit is None:
                return None
            if lemmas is not None:
                used.append(hit)
        if e.subj is not None:  # PETRARCH "&MILITARY *": the subject's head (or a compound of it)
            names = set()
            for t in self.subjects(tok):
                names |= {_lemma(t), t.lower_} | {_lemma(c) for c in t.children if c.dep_ == "compound"}
            if not names & e.subj:
                return None
        if e.xcomp is not None:
            if not any(c.dep_ == "xcomp" and _lemma(c) in e.xcomp for c in tok.children):
                return None
            used.extend(c for c in tok.children if c.dep_ == "xcomp")
        if e.mod is not None:
            words = {_lemma(c) for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}
            for o in self.objects(tok):
                words |= {_lemma(c) for c in o.children if c.dep_ in ("amod", "compound", "nmod")}
            if not words & e.mod:
                return None
        if e.compound_subj and len(self.subjects(tok)) < 2:
            return None
        if e.linear is not None:
            sent = tok.sent
            before = [t for t in sent if t.i < tok.i]
            after = [t for t in sent if t.i > tok.i]
            hit = _words_in_order(before, e.linear[0])
            if hit is None:
                return None
            hit2 = _words_in_order(after, e.linear[1])
            if hit2 is None:
                return None
            used.extend(hit + hit2)
        return used

    # ------------------------------------------------------------------ roles
    def subjects(self, v, depth: int = 0) -> list:
        if depth > 6:
            return []
        auxpass = any(c.dep_ == "auxpass" for c in v.children)
        for c in v.children:
            if c.dep_ in SUBJ and not (auxpass and c.dep_ == "nsubj"):  # "X remains detained": X is the patient
                if c.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
                    return _conj_expand(v.head)
                return _conj_expand(c)
        for c in v.children:
            if c.dep_ == "agent":
                p = _pobj(c)
                return _conj_expand(p) if p is not None else []
        if _is_passive(v):
            return []
        dep = v.dep_
        if _stative_passive(v):
            return []  # "Lai stands accused": Lai is the patient; the agent is a "by" phrase, if any
        if dep == "xcomp" or (dep == "advcl" and _infinitival(v)):
            head = v.head
            if dep == "xcomp" and _is_passive(head):  # "X was forced / is scheduled to meet": X
                held = [c for c in head.children if c.dep_ == "nsubjpass"]
                if held:
                    return _conj_expand(held[0])
            if _lemma(head) in OBJECT_CONTROL:
                objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
                objs += self._preps(head, ("on", "upon"))
                if objs:
                    return _conj_expand(objs[0])
            return self.subjects(head, depth + 1)
        if dep == "conj" and v.head.pos_ in ("VERB", "AUX", "ADJ"):
            return self.subjects(v.head, depth + 1)
        if dep == "relcl":
            return [v.head]
        if dep == "acl" and v.tag_ in ("VBG", "VBD") and v.head.dep_ == "ROOT":  # "FARC rebels handed over ...": a
            return [v.head]  # main verb the parser hung under its subject
        if dep == "acl" and v.tag_ == "VBG":
            return [v.head]
        if dep == "acomp" and not _stative_passive(v):
            return self.subjects(v.head, depth + 1)
        if dep == "ccomp" and v.head.pos_ == "ADJ":
            return []
        return []

    def explicit_subject(self, v) -> list:
        for c in v.children:
            if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP"):
                return _conj_expand(c)
        return []

    def verb_targets(self, v, skip=(), clause_target: bool = False) -> list:
        cands = []
        if _is_passive(v):
            auxpass = [a for a in v.children if a.dep_ == "auxpass"]
            cands += [c for c in v.children if c.dep_ == "nsubjpass"] or [  # "X remains detained"
                c for x in ([v] if auxpass else []) + auxpass for c in x.children if c.dep_ == "nsubj"]
            if v.dep_ == "acl":
                cands.append(v.head)
            if _stative_passive(v):  # "Lai stands accused of sedition": Lai is the one accused
                cands += [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for c in v.children:
            if c.dep_ in ("dative", "iobj"):
                p = _pobj(c) if c.pos_ == "ADP" else c
                if p is not None:
                    cands.append(p)
        cands += self._preps(v, ("on", "upon")) if any(c.dep_ == "prt" for c in v.children) else []
        objs = [c for c in v.children if c.dep_ in OBJ]
        cands += objs
        cands += self._preps(v, VERB_TARGET_PREPS)
        for o in objs + [c for c in v.children if c.dep_ == "nsubjpass"]:
            cands += self._preps(o, OBJ_TARGET_PREPS)
        if clause_target:  # "alleged that France was aware": the accused is the clause's subject
            for c in v.children:
                if c.dep_ == "ccomp":
                    cands += [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
        if not objs and not _is_passive(v):  # "attacked and occupied Ukraine": the shared object
            for c in v.children:
                if c.dep_ == "conj" and c.pos_ == "VERB":
                    cands += [o for o in c.children if o.dep_ in OBJ]
        cands = [c for c in cands if c.i not in skip]
        for c in cands:
            part = self.resolve(c)
            if part is not None:
                if not part.code and c.pos_ in ("NOUN", "PROPN"):
                    inner = self.first_coded(c)
                    if inner is not None:
                        return _conj_expand(inner)
                return _conj_expand(c)
        for c in cands:  # "bombarded a government-held part of Syria's second city": the first coded actor inside
            if c.pos_ in ("NOUN", "PROPN"):
                inner = self.first_coded(c)
                if inner is not None:
                    return _conj_expand(inner)
        # nothing yet: a coded actor after a looser preposition ("warned of X", "departed from X"),
        # else the subject of the verb's clausal complement after it ("believes X can cope"; not the
        # clause before a trailing "..., an official said")
        later = [p for p in self._preps(v, FALLBACK_TARGET_PREPS) if p.i not in skip]
        later += [x for c in v.children if c.dep_ == "ccomp" and c.i > v.i for x in c.children
                  if x.dep_ in ("nsubj", "nsubjpass") and x.i not in skip]
        for c in later:
            part = self.resolve(c)
            if part is not None and part.code:
                return _conj_expand(c)
        return []

    def first_coded(self, tok):
        """The first token inside tok's noun phrase (not inside a clause) that resolves to a coded actor."""
        for t in tok.subtree:
            if t.i == tok.i or t.i in self.consumed:
                continue
            u, inside_clause = t, False
            while u.i != tok.i:
                if u.dep_ in ("relcl", "ccomp", "advcl", "xcomp", "appos") and u.pos_ in ("VERB", "AUX") \
                        or u.dep_ == "acl" and u.tag_ not in ("VBG", "VBN"):
                    inside_clause = True
                    break
                u = u.head
            if inside_clause:
                continue
            part = self._actor_part(t)
            if part is None and t.pos_ in ("PROPN", "ADJ"):
                part = self._country_part(t)
            if part is not None and part.code:
                self.np_fallback.add(t.i)
                return t
        return None

    def noun_roles(self, n) -> tuple[list, list]:
        """(sources, targets) of a nominal event: his meeting with X, the return of Y, attack on Z."""
        sources: list = []
        targets: list = []
        lemma = _lemma(n)
        patient_poss = lemma in OF_PATIENT and not any(  # "Ahmed's deportation": Ahmed is deported;
            c.dep_ == "prep" and c.lower_ == "of" for c in n.children)  # "Israel's release of prisoners": Israel acts
        for c in n.children:
            if c.dep_ == "poss":
                if patient_poss:
                    targets = _conj_expand(c)
                else:
                    sources = _conj_expand(c)
        for c in n.children:
            if c.dep_ not in ("prep", "agent"):
                continue
            p = _pobj(c)
            if p is None:
                continue
            word = c.lower_
            if word == "by" and not sources:
                sources = _conj_expand(p)
            elif word == "of":
                if lemma in OF_PATIENT:
                    targets = targets or _conj_expand(p)
                elif not sources:
                    sources = _conj_expand(p)
            elif word in ("between", "among", "amongst"):  # "an agreement among Kenya, Somalia and the UN"
                both = _conj_expand(p)
                if not sources:
                    sources, targets = both[:1], both[1:]
            elif word == "from" and not sources:
                sources = _conj_expand(p)
            elif word in NOUN_TARGET_PREPS and not targets:
                targets = _conj_expand(p)
        return sources, targets

    def deep_actor(self, tok) -> list:
        """The first actor named inside a phrase ("a commitment on the number of American troops")."""
        for t in tok.subtree:
            if t.i in self.tok_actor or (self.country_names and t.pos_ in ("PROPN", "ADJ", "NOUN") and country_code(t.text)):
                return [t]
        return []

    def country_level(self, part: Participant) -> Participant:
        """The state behind a sub-state actor named only in passing (USAMIL -> the USA actor)."""
        if part.code and len(part.code) > 3:
            for a in self.actors.values():
                if a.code == part.code[:3] and a.mentions:
                    return Participant(actor=a.id, code=a.code, span=part.span)
        return part

    # ------------------------------------------------------------------ resolution to actors
    def _fallback_code(self, text: str, tok=None) -> str | None:
        if not self.country_names:
            return None
        code = country_code(text)
        if code is None and tok is not None and tok.ent_type_ == "GPE":
            code = city_country(text)
        return code

    def _actor_part(self, tok) -> Participant | None:
        hit = self.tok_actor.get(tok.i)
        if hit is None:
            return None
        actor, span = hit
        code = actor.code or self._fallback_code(actor.name) or self._fallback_code(self.text[span[0]:span[1]])
        return Participant(actor=actor.id, code=code, span=span)

    def resolve(self, tok, depth: int = 0) -> Participant | None:
        part = self._actor_part(tok)
        if part is not None and not part.code and _lemma(tok) in SPOKES and depth < 1:
            for p in self._preps(tok, ("of", "for", "from")):  # "a spokesman for the Israeli army"
                inner = self.resolve(p, depth + 1)
                if inner is not None and inner.code:
                    return inner
        if part is not None and not part.code:  # "the US secretary of state": the country named before it
            for left in tok.lefts:
                if left.dep_ in ("compound", "amod", "nmod", "poss"):
                    inner = self._actor_part(left) or self._country_part(left)
                    if inner is not None and inner.code:
                        return Participant(actor=part.actor, code=inner.code, span=part.span)
        if part is not None:
            # "Karzai's government": the named possessor, when it carries the same code
            for c in tok.children:
                if c.dep_ == "poss" and c.pos_ == "PROPN":
                    owner = self._actor_part(c)
                    if owner is not None and owner.code == part.code and owner.actor != part.actor:
                        return owner
            return part
        if tok.pos_ == "PRON" and tok.lower_ in PRONOUNS:
            return self._antecedent(tok)
        if tok.pos_ == "NOUN" and depth < 1 and self.match(tok, "N") is not None:
            # "airstrikes by the Somali army killed ...", "Israel's raid freed ...": the act's agent acts
            for p in [c for c in tok.children if c.dep_ == "poss"] + self._preps(tok, ("by",)):
                part = self.resolve(p, depth + 1)
                if part is not None:
                    return part
        for left in tok.lefts:
            if left.dep_ == "amod" and left.tag_ == "VBN" and _lemma(left) in AFFILIATION:
                continue  # "the al-Qaeda-linked group" is not al-Qaeda
            if left.dep_ == "poss" and left.pos_ == "PRON" and tok.pos_ == "NOUN":
                continue  # "renewing his license": the license is no actor, and "his" is no target
            for t in left.subtree:
                part = self._actor_part(t)
                if part is not None:
                    return part
        for c in tok.children:
            if c.dep_ == "appos" and depth < 2:
                part = self.resolve(c, depth + 1)
                if part is not None:
                    return part
        if _lemma(tok) in DOC_NOUNS and depth < 1:  # "a report released in the Rwandan capital"
            for t in tok.subtree:
                if t.i != tok.i:
                    part = self._actor_part(t) or (self._country_part(t) if t.pos_ in ("ADJ", "PROPN") else None)
                    if part is not None:
                        return part
        if depth < 1:
            for p in self._preps(tok, ("of", "from", "for") if _lemma(tok) in SPOKES else ("of", "from")):
                part = self.resolve(p, depth + 1)
                if part is not None:
                    return part
        # no actor: a country name or demonym, or a capital city
        for t in [tok] + [c for c in tok.lefts if c.dep_ in ("compound", "amod", "poss", "npadvmod", "nmod")]:
            ent = next((e for e in self.doc.ents if e.start <= t.i < e.end), None)
            text = ent.text if ent is not None else t.text
            code = self._fallback_code(text, t)
            if code is None and ent is not None:
                code = self._fallback_code(t.text, t)
            if code:
                span = (ent.start_char, ent.end_char) if ent is not None else (t.idx, t.idx + len(t.text))
                return Participant(actor=None, code=code, span=span)
        return None

    def _country_part(self, t) -> Participant | None:
        code = self._fallback_code(t.text, t)
        return Participant(actor=None, code=code, span=(t.idx, t.idx + len(t.text))) if code else None

    def _antecedent(self, pron) -> Participant | None:
        """An unresolved pronoun: the nearest preceding subject of the same sentence that is an actor."""
        sent = pron.sent
        order = list(range(pron.i - 1, sent.start - 1, -1))
        if pron.lower_ in ("his", "her", "its", "their"):  # "During his visit, Erdogan ...": cataphora
            order += list(range(pron.i + 1, sent.end))
        for i in order:
            t = self.doc[i]
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON":
                part = self.resolve(t, depth=1)
                if part is not None:
                    return part
        return None

    # ------------------------------------------------------------------ evaluation of one trigger
    def evaluate(self, tok, depth: int = 0) -> Result | None:
        """The plain event a token expresses (no wrapper logic), or None."""
        m = self.match(tok)
        if m is None:
            return None
        entry, used = m
        if entry.frame in ("light", "light-rev"):
            return self.light(tok, entry, used)
        if entry.frame in WRAPPER_FRAMES or entry.frame == "transparent" or entry.code is None:
            if entry.frame == "transparent" and depth < 3:
                comp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
                if comp is not None:
                    res = self.evaluate(comp, depth + 1)
                    if res is not None:
                        res.tokens.append(tok)
                        if res.code == "186" and entry.lemma in ATTEMPT:  # "tried to assassinate": 185
                            res.code = "185"
                    return res
            return None
        if tok.pos_ == "NOUN":
            sources, targets = self.noun_roles(tok)
            return Result(entry.code, entry, sources, targets, [tok] + used, agent=sources)
        passive = _is_passive(tok)
        sources = self.subjects(tok)
        targets = []
        if entry.target_prep:  # PETRARCH "(TO +)": the target is that preposition's object
            named = self._preps(tok, tuple(entry.target_prep))
            for o in self.objects(tok):
                named += self._preps(o, tuple(entry.target_prep))
            targets = _conj_expand(named[0]) if named else []
        if not targets:
            targets = self.verb_targets(tok, skip={t.i for t in sources}, clause_target=entry.frame == "consume")
        if entry.reverse:  # PETRARCH "[:173]": the target acts on the source ("appeared before a court")
            if not targets and used:
                targets = [used[-1]]
            sources, targets = targets, sources
        return Result(entry.code, entry, sources, targets, [tok] + used,
                      explicit_subject=self.explicit_subject(tok), passive=passive)

    def light(self, v, entry: Entry, used) -> Result | None:
        nouns = [c for c in v.children if c.dep_ in OBJ or c.dep_ == "oprd"]
        if entry.particle:
            nouns += self._preps(v, tuple(entry.particle.split()[:1]))
        if _is_passive(v):
            nouns += [c for c in v.children if c.dep_ == "nsubjpass"]
        for n in nouns:
            m = self.match(n, "N")
            if m is None and _lemma(n) in SERIES:  # "launched a campaign of civil disobedience"
                inner = next((p for p in self._preps(n, ("of",)) if self.match(p, "N") is not None), None)
                if inner is not None:
                    n, m = inner, self.match(inner, "N")
            if m is None:
                continue
            ne, nused = m
            if ne.frame in WRAPPER_FRAMES or ne.code is None:
                continue
            n_src, n_tgt = self.noun_roles(n)
            if entry.frame == "light-rev":
                sources = n_src or self._preps(v, ("from", "by"))
                sources = _conj_expand(sources[0]) if sources else []
                targets = self.subjects(v)
            else:
                sources = self.subjects(v)
                targets = n_tgt or self.verb_targets(v, skip={n.i} | {t.i for t in sources})
            return Result(ne.code, ne, sources, targets, [v, n] + nused,
                          explicit_subject=self.explicit_subject(v), agent=n_src, passive=_is_passive(v))
        return None

    # ------------------------------------------------------------------ wrappers
    def complement(self, t):
        """The complement clause or noun of a wrapper token, through speech and aspect verbs."""
        comp = next((c for c in t.children if c.dep_ == "xcomp" and _verbish(c)), None)
        if comp is None:
            comp = next((c for c in t.children if c.dep_ == "ccomp" and _verbish(c)), None)
        if comp is None and t.pos_ == "NOUN":
            comp = next((c for c in t.children if c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ == "VERB"
                         and (_infinitival(c) or c.dep_ == "ccomp")), None)
        hops = 0
        while comp is not None and hops < 3 and (_lemma(comp) in SPEECH or self._transparent(comp)):
            nxt = next((c for c in comp.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
            if nxt is None:
                break
            comp, hops = nxt, hops + 1
        if comp is not None:
            return comp, None
        nouns = [c for c in t.children if c.dep_ in OBJ] if t.pos_ != "NOUN" else []
        nouns += self._preps(t, ("for", "of", "with") if self.match(t) and self.match(t)[0].frame == "threaten" else ("for", "of"))
        for n in nouns:
            nm = self.match(n, "N")
            if nm is not None and nm[0].frame in WRAPPER_FRAMES and nm[0].code is not None:
                # "rejected X's request for closer cooperation": what was requested is the complement
                for i in self._preps(n, ("for", "of", "to")) + [c for c in n.children if c.dep_ == "acl"]:
                    if self.match(i) is not None:
                        return None, i
            if _lemma(n) in MONEY and nm is None:  # "pledged two billion dollars in economic aid"
                for i in self._preps(n, ("in", "of", "for")) + self._preps(t, ("in",)):
                    if self.match(i, "N") is not None:
                        return None, i
            if _lemma(n) in CONTAINER_NOUNS:  # "rejected an offer of talks": the talks
                for i in self._preps(n, ("for", "of", "to")) + [c for c in n.children if c.dep_ == "acl"]:
                    im = self.match(i)
                    if im is not None and im[0].frame not in WRAPPER_FRAMES and im[0].code is not None:
                        return None, i
            if _lemma(n) in CONTAINER_NOUNS and nm is None:
                inner = self._preps(n, ("for", "of", "to"))
                inner += [c for c in n.children if c.dep_ == "acl"]
                for i in inner:
                    if self.match(i) is not None:
                        return None, i
            if self.match(n, "N") is not None:
                return None, n
            if _lemma(n) in CONTAINER_NOUNS:
                for i in self._preps(n, ("for", "of", "to")) + [c for c in n.children if c.dep_ == "acl"]:
                    if self.match(i) is not None:
                        return None, i
        return None, None

    def _transparent(self, tok) -> bool:
        m = self.match(tok)
        return m is not None and m[0].frame == "transparent"

    def topic(self, toks) -> str | None:
        words = set()
        for t in toks:
            for s in t.subtree:
                words.add(_lemma(s))
        for name, vocab in TOPICS.items():
            if words & vocab:
                return name
        return None

    def wrapper(self, t, entry: Entry, governor=None) -> Cand | None:
        kind = entry.frame
        expressed = False  # "state their willingness", "promised to": the expression itself is the event
        if t.pos_ == "NOUN":
            if governor is None and t.dep_ in OBJ and t.head.pos_ == "VERB" and (
                    _lemma(t.head) in word_list("nominal_expressing_verbs")):
                governor = t.head  # "issued threats": the issuer threatens; "addressed the threat": no
            wsrc = [c for c in t.children if c.dep_ == "poss"]
            if not wsrc and governor is not None:
                wsrc = self.subjects(governor)
            wsrc = _conj_expand(wsrc[0]) if wsrc else []
            expressed = governor is not None
        else:
            wsrc = self.subjects(t)
            if not wsrc and kind == "intend" and _is_passive(t):  # "X is scheduled / expected to meet Y"
                wsrc = [c for c in t.children if c.dep_ == "nsubjpass"]
            expressed = entry.code is not None and entry.code.startswith("03")
        comp, noun = self.complement(t)
        res = None
        if comp is not None:
            res = self.evaluate(comp)
        elif noun is not None:
            res = self.evaluate(noun)
        addressee: list = []
        for c in t.children:
            if c.dep_ in ("dobj", "dative") and (noun is None or c.i != noun.i) and c.pos_ in ("PROPN", "NOUN", "PRON"):
                addressee = _conj_expand(c)
                break
        if not addressee and entry.particle:
            p = self._preps(t, (entry.particle,))
            addressee = _conj_expand(p[0]) if p else []
        if not addressee and kind in ("request", "demand"):
            p = self._preps(t, ("to",)) if entry.lemma == "appeal" else []
            addressee = _conj_expand(p[0]) if p else []
        other = []
        if comp is not None:
            other = self.explicit_subject(comp)
        elif res is not None:
            other = res.agent
        src_part = self.resolve(wsrc[0]) if wsrc else None
        other_part = self.resolve(other[0]) if other else None
        switched = False
        if kind == "intend" and entry.lemma in WEAK_WISH and comp is not None and _is_passive(comp) \
                and not any(c.dep_ == "agent" for c in comp.children):
            return None  # "hoped French officials would be indicted": a wish about what others do
        if kind == "intend" and other and (src_part is None or other_part is None or other_part.actor != src_part.actor
                                           or other_part.code != src_part.code):
            if entry.lemma in WEAK_WISH:
                return None
            kind, switched = "request", True
        if kind == "intend" and entry.code is None and noun is not None and res is not None \
                and res.code[:2] in NOMINAL_INTENT_ROOTS:  # "wants aid" asks for it; "promised aid" offers it
            kind, switched = "request", True
        if kind in ("request", "demand"):
            if not addressee:
                addressee = other or (res.sources if res is not None and comp is not None else [])
            if not addressee and noun is not None:
                addressee = res.agent if res is not None else []
                if not addressee:
                    addressee = self.deep_actor(noun)
                    self.country_level_toks.update(t.i for t in addressee)
            targets = addressee
        else:
            targets = res.targets if res is not None else []
            if kind == "threaten" and not targets and addressee:  # "threatened Moscow with sanctions"
                targets = addressee
            if not targets and kind in ("reject", "intend") and comp is not None:
                # "refused to attend a hearing by the UN court": the first actor named in what is refused
                objs = [c for c in comp.children if c.dep_ in OBJ]
                targets = self.deep_actor(objs[0]) if objs else []
        if switched and not any(self.resolve(x) for x in targets):
            return None
        topic = self.topic(([comp] if comp is not None else []) + ([noun] if noun is not None else []))
        wm = clause_modality(governor if governor is not None and t.pos_ == "NOUN" else t)
        cm = clause_modality(comp, stop=t) if comp is not None else None
        fam_kind = kind
        if kind == "intend" and (wm.negated or (cm is not None and cm.negated)):
            fam_kind = "reject"
        if res is not None and kind == "threaten" and res.code == "190" and res.entry.lemma in GENERIC_FORCE:
            code = "138"  # "threatened military action / to use force": force not further specified
        elif res is not None:
            code = self.lex.family_code(fam_kind, res.code, topic)
        elif switched or entry.code is not None:
            code = entry.code if (entry.code and not switched) else self.lex.family_code(fam_kind, None)
        else:
            return None
        modality = {"intend": "intended", "request": "requested", "demand": "requested"}.get(kind, "asserted")
        if kind == "intend" and expressed:
            modality = "asserted"
        if fam_kind == "reject" and kind == "intend":
            modality = "asserted" if wm.negated else "intended"
        elif wm.hypothetical:
            modality = "hypothetical"
        elif wm.negated:
            modality = "negated"
        trigger = [t] + ([governor] if governor is not None and t.pos_ == "NOUN" else [])
        inner = comp if comp is not None else noun
        if inner is not None and abs(inner.i - t.i) <= 6:
            trigger.append(inner)
        for x in ([comp] if comp is not None else []) + ([noun] if noun is not None else []) + (res.tokens if res else []):
            self.consumed.add(x.i)
        if comp is not None:  # "urged X to hold ... and cooperate with Y": the second verb is wrapped too
            self.consumed.update(c.i for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB")
            # What the wished, requested or refused clause holds is part of the wish, never an asserted
            # event of its own ("called on X to stop arming Y" is no asserted arming).
            # Adverbial clauses ("even as they state ...") stand on their own.
            stack = [comp]
            while stack:
                x = stack.pop()
                if x.i != t.i:
                    self.consumed.add(x.i)
                stack.extend(c for c in x.children if c.dep_ in WRAPPED_DEPS)
        rule = f"{entry.label}>{res.entry.label if res else '-'}:{kind}{'(switched)' if switched else ''}"
        return Cand(code=code, sources=wsrc, targets=targets, trigger=trigger, anchor=t if governor is None else governor,
                    modality=modality, rule=rule)

    def protest_aim(self, tok) -> tuple[str, str] | None:
        """(digit, word) when the protest's clause names its aim ("demanding the president's resignation")."""
        aims = protest_aims()
        for t in tok.subtree:
            if t.i != tok.i and t.pos_ in ("NOUN", "VERB", "ADJ") and _lemma(t) in aims:
                return aims[_lemma(t)], _lemma(t)
        return None

    # ------------------------------------------------------------------ one token
    def candidate(self, tok) -> Cand | None:
        m = self.match(tok)
        if m is None:
            return None
        entry, used = m
        if entry.frame in WRAPPER_FRAMES:
            return self.wrapper(tok, entry)
        if entry.lemma in word_list("helping_verbs") and any(
                c.dep_ in ("xcomp", "ccomp") and self.match(c) is not None for c in tok.children):
            return None  # "will help release Lai", "helped broker the deal": the helped act is the event
        if entry.frame == "transparent" or (entry.frame == "ncomp" and not (
                tok.pos_ == "NOUN" and self._preps(tok, ("between", "among", "amongst")))):
            return None  # "an agreement between Kenya and Somalia" states a relation; "an agreement" alone no event
        if tok.pos_ == "VERB" and tok.dep_ == "advcl" and (_infinitival(tok) or tok.tag_ == "VBG"):
            self.consumed.update(t.i for t in tok.subtree)
            return None  # purpose or consequence clause: neither it nor what it holds is an event
        if entry.frame in ("light", "light-rev"):
            n_obj = [c for c in tok.children if c.dep_ in OBJ]
            for n in n_obj:
                nm = self.match(n, "N")
                if nm is not None and nm[0].frame in WRAPPER_FRAMES:
                    return self.wrapper(n, nm[0], governor=tok)
            res = self.light(tok, entry, used)
        else:
            res = self.evaluate(tok)
        if res is None:
            return None
        if tok.pos_ == "NOUN" and not res.sources:
            return None  # a nominal event needs its own participant (his meeting, the return of X)
        if entry.frame == "consume":
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp", "prep", "advcl", "dobj"):
                    for s in c.subtree:
                        self.consumed.add(s.i)
        for x in res.tokens:
            self.consumed.add(x.i)
        for x in res.sources:  # "airstrikes by the army killed 50": the airstrikes are this event, not another
            if x.pos_ == "NOUN" and tok.pos_ == "VERB" and self.match(x, "N") is not None:
                self.consumed.add(x.i)
        if tok.pos_ == "VERB":  # "condemned the allegations by X": the object is the theme, not an event
            for c in tok.children:
                if c.dep_ in OBJ:
                    self.consumed.update(t.i for t in c.subtree)
        anchor = tok
        cm = clause_modality(tok) if tok.pos_ != "NOUN" else clause_modality(tok.head) if tok.dep_ in ("dobj", "nsubj") and entry.frame != "light" else clause_modality(tok)
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and not (cm.hypothetical or cm.future or cm.negated):
            gov = _governing_verb(tok)  # "could result in a peace deal between X and Y": a possible deal
            if gov is not None:
                cm = clause_modality(gov)
        code, modality = res.code, "asserted"
        rule = res.entry.label if res.entry is entry else f"{entry.label}>{res.entry.label}"
        if code == "190":  # the weapon names the kind of force: "drones struck", "attacked with artillery"
            tools = {_lemma(x) for x in res.sources} | {_lemma(p) for p in self._preps(tok, ("with",))}
            for c in res.sources:
                tools |= {_lemma(x) for x in c.children if x.dep_ == "compound"}
            if tools & AIR_WEAPONS:
                code, rule = "195", rule + ":air-weapon>195"
            elif tools & HEAVY_WEAPONS:
                code, rule = "194", rule + ":heavy-weapon>194"
        if code == "186" and tok.dep_ == "xcomp" and _lemma(tok.head) in ATTEMPT:
            code = "185"  # "tried to assassinate": an attempt (CAMEO 185)
            rule += ":attempt>185"
        if code[:2] in ("17", "18", "19") and any(_lemma(x) in PROTESTERS for x in res.sources):
            code = "145"  # violence by protesters is a violent protest (CAMEO 145), not military force
            rule += ":protester>145"
        if code in PROTEST_AIM_CODES:
            aim = self.protest_aim(tok)
            if aim is not None and is_code(code + aim[0]):
                code = code + aim[0]
                rule += f":aim:{aim[1]}>{code}"
        if tok.pos_ == "NOUN" and any(c.lower_ in ("possible", "potential", "proposed", "alleged") for c in tok.children):
            modality = "hypothetical"
        elif tok.pos_ == "NOUN" and any(c.lower_ in NOMINAL_FUTURE for c in tok.children):
            code = self.lex.family_code("intend", code, self.topic([tok]))  # "Suga's expected visit"
            modality = "intended"
            rule += ":planned>intend"
        elif res.entry.names_modality:  # "- WILL NOT * [081]": the dictionary coded this reading itself
            rule += ":modality-in-pattern"
        elif cm.hypothetical:
            modality = "hypothetical"
        elif cm.future:
            if cm.negated:
                code = self.lex.family_code("reject", code, self.topic([tok]))
                rule += ":future-negated>reject"
            else:
                code = self.lex.family_code("intend", code, self.topic([tok]))
                modality = "intended"
                rule += ":future>intend"
        elif cm.negated:
            modality = "negated"
        mirror = None
        if res.entry.mirror and not res.entry.reverse:
            if code == res.code:
                mirror = res.entry.mirror
            elif rule.endswith((":future>intend", ":planned>intend")):
                mirror = self.lex.family_code("intend", res.entry.mirror, self.topic([tok]))
        return Cand(code=code, sources=res.sources, targets=res.targets, trigger=[tok] + [u for u in used if abs(u.i - tok.i) <= 3],
                    anchor=anchor, modality=modality, rule=rule, passive=res.passive, mirror=mirror,
                    mirror_pattern=res.entry.mirror if mirror else None)

    def candidates(self, sent) -> list[Cand]:
        by_key = self.lex.by_key
        self._sent, self._sent_words = sent, None
        toks = [t for t in sent if any(k in by_key for k in _keys(t))]
        if not toks:
            return []

        def depth(t):  # spaCy makes a new Token on each access: compare indices, not identity
            d = 0
            while t.head.i != t.i and d < 50:
                t, d = t.head, d + 1
            return d

        for t in sent:  # purpose and consequence clauses ("to help identify victims killed by ...")
            if t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl" and (_infinitival(t) or t.tag_ == "VBG"):
                self.consumed.update(x.i for x in t.subtree)
        out = []
        for tok in sorted(toks, key=lambda t: (depth(t), t.i)):
            if tok.i in self.consumed:
                continue
            cand = self.candidate(tok)
            if cand is not None:
                out.append(cand)
        return out
