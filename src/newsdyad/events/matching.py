"""Matching: which lexicon entry (our own or a PETRARCH pattern) a token satisfies on the parse.

    Matching.match(tok) -> (Entry, tokens used) | None

An entry's constraints (object, prepositional object, infinitive, modifier, subject, words in order)
are checked on the dependency parse; constrained entries are tried before bare ones.
"""

from __future__ import annotations

from .fallback import actor_arguments
from .lexicon import Entry
from .base import (
    OBJ,
    QUANTITY,
    _FIXES,
    _infinitival,
    _joined,
    _is_passive,
    _keys,
    _lemma,
    _pobj,
    _words_in_order,
)


class Matching:
    # ------------------------------------------------------------------ lexicon matching
    """Mixin of the extractor: which lexicon entry a token satisfies on the parse."""
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
        if "-" in words:  # hyphenated compounds, written closed and hyphenated ("cease-fire")
            for t in self.doc[start + 1:end]:
                words |= _joined(t)
        return frozenset(words)

    def match(self, tok, pos: str | None = None) -> tuple[Entry, list] | None:
        """The first entry of tok (or of pos + its lemma) whose constraints hold, with the tokens used."""
        keys = [(pos, _lemma(tok))] if pos else _keys(tok)
        if pos == "N":  # "staged a sit-in": the hyphenated compound's own entry
            keys += [("N", j) for j in sorted(_joined(tok))]
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
        """The direct objects of tok, with a passive subject (and the head of a passive participle)."""
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
        """The tokens an entry's constraints use on tok's parse (object, prepositional object, ...),
        or None when one of them does not hold."""
        used: list = []
        if not self._frame_ok(tok, e):
            return None
        if e.obj is not None:
            hit = self._object_hit(tok, e)
            if hit is None:
                return None
            used.append(hit)
        if e.pobj is not None:
            hit = self._pobj_hit(tok, e)
            if hit is None:
                return None
            if e.pobj[1] is not None:
                used.append(hit)
        if e.subj is not None:  # PETRARCH "&MILITARY *": the subject's head (or a compound of it)
            names = set()
            for t in self.subjects(tok):
                names |= {_lemma(t), t.lower_} | {_lemma(c) for c in t.children if c.dep_ == "compound"}
            if not names & e.subj:
                return None
        if e.xcomp is not None:  # on a noun, its infinitival clause ("calls to resign"); "*" = any verb
            comps = [c for c in tok.children if c.dep_ == "xcomp"
                     or (tok.pos_ == "NOUN" and c.dep_ in ("acl", "relcl") and _infinitival(c))]
            if not any(_lemma(c) in e.xcomp or "*" in e.xcomp for c in comps):
                return None
            used.extend(comps)
        if e.mod is not None and not self._mod_ok(tok, e):
            return None
        if e.governor is not None and _lemma(tok.head) not in e.governor:
            return None
        if e.compound_subj and len(self.subjects(tok)) < 2:
            return None
        if e.actor_args:
            hit = actor_arguments(self, tok)
            if hit is None:
                return None
            used.append(hit)
        if e.linear is not None:
            hit = self._linear_hit(tok, e)
            if hit is None:
                return None
            used.extend(hit)
        return used

    def _frame_ok(self, tok, e: Entry) -> bool:
        """The particle the entry needs is there, and no preposition or object it forbids."""
        if e.particle:
            words = e.particle.split()
            if not any(c.lower_ == words[0] and c.dep_ in ("prt", "prep", "agent", "advmod", "dobj") for c in tok.children):
                return False
        if e.not_prep and any(c.dep_ in ("prep", "prt") and c.lower_ in e.not_prep for c in tok.children):
            return False
        if e.nobj and any(c.dep_ in OBJ for c in tok.children):
            return False
        return True

    def _object_hit(self, tok, e: Entry):
        """The object (or passive subject, or predicate noun) whose words the entry names."""
        extra = [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
        if e.particle:  # "sealed off the town" parsed with "off" as a preposition: its object is the verb's
            extra += self._preps(tok, (e.particle.split()[0],))
        for o in self.objects(tok) + extra:
            names = {_lemma(o), o.lower_} | {_lemma(c) for c in o.children if c.dep_ in ("compound", "amod")} | _joined(o)
            if _lemma(o) in QUANTITY:  # "deployed thousands of police officers"
                for q in self._preps(o, ("of",)):
                    names |= {_lemma(q), q.lower_} | {_lemma(c) for c in q.children if c.dep_ == "compound"}
            if names & e.obj:
                return o
        return None

    def _pobj_holders(self, tok, e: Entry) -> list:
        """The tokens a prepositional phrase of the entry may hang on."""
        holders = [tok]
        if tok.pos_ == "NOUN":
            holders += self._preps(tok, ("of",))
        else:  # "accused the minister of corruption": the phrase hangs on the object
            holders += self.objects(tok)
        if e.particle:  # "walk out of the talks": the phrase hangs on the particle
            holders += [c for c in tok.children if c.lower_ == e.particle.split()[0] and c.dep_ in ("prep", "prt", "advmod")]
        if tok.pos_ == "NOUN" and tok.dep_ in OBJ:  # "launched a probe into X": the phrase hangs on the verb
            holders.append(tok.head)
        return holders

    def _pobj_hit(self, tok, e: Entry):
        """The object of the prepositional phrase the entry names, or None."""
        preps, lemmas = e.pobj
        if "to" in preps and lemmas is not None:  # "return to talks" parsed as an infinitival clause
            hit = None
            for c in tok.children:
                if c.dep_ == "acl" and _lemma(c) in lemmas and _infinitival(c):
                    hit = c
            if hit is not None:
                return hit
        for h in self._pobj_holders(tok, e):
            for p in self._preps(h, preps):
                names = {_lemma(p), p.lower_} | {_lemma(c) for c in p.children if c.dep_ == "compound"} | _joined(p)
                if e.pobj_mod is not None and not {_lemma(c) for c in p.children
                                                   if c.dep_ in ("amod", "compound", "nmod")} & e.pobj_mod:
                    continue
                if lemmas is None or names & lemmas:
                    return p
        return None

    def _mod_ok(self, tok, e: Entry) -> bool:
        """A modifier of the verb or of its object is one the entry names."""
        words = {_lemma(c) for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}
        for o in self.objects(tok):
            words |= {_lemma(c) for c in o.children if c.dep_ in ("amod", "compound", "nmod")}
        return bool(words & e.mod)

    def _linear_hit(self, tok, e: Entry) -> list | None:
        """The words of a linear pattern, in order before and after the verb, or None."""
        sent = tok.sent
        hit = _words_in_order([t for t in sent if t.i < tok.i], e.linear[0])
        if hit is None:
            return None
        hit2 = _words_in_order([t for t in sent if t.i > tok.i], e.linear[1])
        if hit2 is None:
            return None
        return hit + hit2
