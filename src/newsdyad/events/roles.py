"""Roles: who is the source and who the target of a trigger, and which actor each one is.

Subjects (with control: "Kenya urged Sudan to withdraw" - Sudan withdraws; passives: the "by"
agent; "X stands accused of": X is the patient), targets (objects, prepositional objects, the
first coded actor inside an object phrase), the roles of nominal events ("the arrest of X by Y")
and resolution of those tokens to document actors (pronouns, possessors, spokesmen).
"""

from __future__ import annotations

from ..model import Participant
from .anaphora import earlier_performer
from .gerund import adjunct_controller
from .modifier import modifier_performer
from .understood import host_subject
from .places import city_country, country_code
from ..wordlists import word_list
from .base import (
    AFFILIATION,
    DOC_NOUNS,
    FALLBACK_TARGET_PREPS,
    GENERIC_FORCE,
    NOUN_TARGET_PREPS,
    OBJ,
    OBJECT_CONTROL,
    OBJ_TARGET_PREPS,
    OF_CONTENT,
    OF_PATIENT,
    PRONOUNS,
    SPOKES,
    SUBJ,
    VERB_TARGET_PREPS,
    _conj_expand,
    _infinitival,
    _is_passive,
    _lemma,
    _pobj,
    _stative_passive,
)


EXPRESSING = word_list("nominal_expressing_verbs")



def _agent_by(n):
    """The object of a "by" phrase on n naming a performer ("the shelling of villages by Ethiopian troops",
    not "by Monday"), or None: with one, a nominal event's "of" phrase is its patient."""
    holders = [n]
    if n.dep_ == "dobj" and n.head.pos_ == "VERB" and not _is_passive(n.head):
        holders.append(n.head)  # "condemned the invasion of Ukraine by Russia": the parser hangs "by" on the verb
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "by" or (h is n and c.dep_ == "agent"):
                p = _pobj(c)
                if p is not None and p.ent_type_ in ("", "GPE", "NORP", "ORG", "PERSON") and p.pos_ in ("NOUN", "PROPN"):
                    return p
    return None

class Roles:
    # ------------------------------------------------------------------ roles
    """Mixin of the extractor: who acts (subjects, agents, control) and on whom (objects, phrases), resolved to actors."""
    def subjects(self, v, depth: int = 0) -> list:
        """The acting side of a verb: its subject, a passive agent, a controller or a relative clause head."""
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
            return self._shared_agent(v)
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
        if dep == "pcomp" and v.tag_ == "VBG":  # "France responded by destroying ...": gerund.py
            return adjunct_controller(self, v, depth)
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

    def _shared_agent(self, v) -> list:
        """The "by" agent of a coordinated passive: in "the attack was planned and directed by X" and
        "he was arrested by police and charged", X plans and the police charge.  Only passive
        participles sharing one subject (not "he was arrested, and the ministry was criticized by X")."""
        def own_subject(x):
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)

        if _infinitival(v) or v.dep_ == "acl":
            return []  # "a report to be released next month and seen by Reuters": Reuters releases nothing
        pool = [c for c in v.children if c.dep_ == "conj" and not own_subject(c)]
        if v.dep_ == "conj" and not own_subject(v):
            pool.append(v.head)
        for u in pool:
            if u.tag_ == "VBN" and u.pos_ == "VERB":
                for c in u.children:
                    if c.dep_ == "agent":
                        p = _pobj(c)
                        return _conj_expand(p) if p is not None else []
        return []

    def explicit_subject(self, v) -> list:
        """The subject written on the verb itself (no control, no inheritance)."""
        for c in v.children:
            if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP"):
                return _conj_expand(c)
        return []

    def verb_targets(self, v, skip=(), clause_target: bool = False) -> list:
        """The target tokens of a verb: its object, a prepositional object, or an actor inside them."""
        cands = []
        if _is_passive(v):
            auxpass = [a for a in v.children if a.dep_ == "auxpass"]
            cands += [c for c in v.children if c.dep_ == "nsubjpass"] or [  # "X remains detained"
                c for x in ([v] if auxpass else []) + auxpass for c in x.children if c.dep_ == "nsubj"]
            if v.dep_ == "acl":
                cands.append(v.head)
            if _stative_passive(v):  # "Lai stands accused of sedition": Lai is the one accused
                cands += [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif v.dep_ == "conj" and v.tag_ == "VBN" and _is_passive(v.head) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in v.children):
            cands += [c for c in v.head.children if c.dep_ == "nsubjpass"]  # "X was arrested and charged": X
        for c in v.children:
            if c.dep_ in ("dative", "iobj"):
                p = _pobj(c) if c.pos_ == "ADP" else c
                if p is not None:
                    cands.append(p)
        cands += self._preps(v, ("on", "upon")) if any(c.dep_ == "prt" for c in v.children) else []
        objs = [c for c in v.children if c.dep_ in OBJ] or [  # "called Pakistan's claims baseless",
            c for c in v.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]  # parsed with the object as oprd
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
        cands = [c for c in cands if c.i not in skip and not self._means(c)]
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

    def _means(self, c) -> bool:
        """An object naming force in general ("threatened to use force against X": the means; X is the
        target), not a country's own forces ("destroyed Ivory Coast's air force")."""
        if c.dep_ not in OBJ or _lemma(c) not in GENERIC_FORCE:
            return False
        part = self.resolve(c)
        return part is None or not part.code or part.code[:3] not in getattr(self, "states", ())

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
                if lemma in OF_CONTENT:  # "charges of corruption": what is alleged, no participant
                    continue
                by = _agent_by(n) or _agent_by(p)  # "the shelling of villages by troops": the troops act
                if lemma in OF_PATIENT or by is not None:
                    targets = targets or _conj_expand(p)
                    sources = sources or (_conj_expand(by) if by is not None else [])
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
        if not sources and _agent_by(n) is not None:
            sources = _conj_expand(_agent_by(n))
        if not sources:
            sources = self.performer(n)
        if not sources:  # "Israeli airstrikes on Gaza", "al-Shabab attacks" (modifier.py)
            sources = modifier_performer(self, n, targets)
        if not sources:  # "travelled to Canada for meetings with G7 ministers": the traveller meets them
            sources = host_subject(self, n, targets)
        return sources, targets

    def performer(self, n) -> list:
        """The agent of a light-verb participle on a nominal event: "an offensive launched by Puntland
        forces", "the raid, conducted by US special forces" (the forces act).  Not for other participles:
        in "an attack condemned by the UN" the UN did not attack."""
        for c in n.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and any(
                    e.frame == "light" and e.origin == "lexicon" for e in self.lex.entries("V", _lemma(c))):
                for a in c.children:
                    if a.dep_ == "agent":
                        p = _pobj(a)
                        return _conj_expand(p) if p is not None else []
        return []

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
        """The participant a token stands for: its actor, or a built-in country name/demonym/capital."""
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
            for p in [c for c in tok.children if c.dep_ == "poss"] + self._preps(tok, ("by",)) + self.performer(tok)[:1]:
                part = self.resolve(p, depth + 1)
                if part is not None:
                    return part
            part = earlier_performer(self, tok)  # "The airstrikes killed ...": the ones told before (anaphora.py)
            if part is not None:
                return part
        if depth < 1:
            made = self._maker(tok)  # "Pyongyang issued warnings demanding ...": the warnings are Pyongyang's
            if made is not None:
                return made
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

    def _maker(self, tok) -> Participant | None:
        """Who issued a statement-like object that then acts through its own clause: in "Pyongyang issued
        warnings demanding that Washington ..." and "he posts clips praising China" the warnings and the
        clips speak for their issuer.  Only objects of an expressing verb (`nominal_expressing_verbs`:
        issue, post, file, ...) that carry an -ing clause of their own (not "reiterated the claim that the
        attack was orchestrated by X"); not "Kenya condemned the warnings
        demanding ..." (condemn expresses nothing) nor "Kenya issued warnings" alone."""
        head = tok.head
        if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or head.pos_ != "VERB" or _is_passive(head):
            return None
        if _lemma(head) not in EXPRESSING or not any(c.dep_ == "acl" and c.tag_ == "VBG" for c in tok.children):
            return None
        subj = self.subjects(head)
        return self.resolve(subj[0], 1) if subj else None

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
