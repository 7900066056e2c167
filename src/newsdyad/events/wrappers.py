"""Wrappers: intent, request, demand, refusal and threat around an embedded event.

"Karzai wants to sign an accord with the US" is 0312 intended, not an asserted 057: the wrapper
consumes its complement and recodes it through the code families (data/events/families.tsv).
Light verbs ("held talks") take the code of their object noun.
"""

from __future__ import annotations

from ..wordlists import word_list
from .lexicon import Entry, WRAPPER_FRAMES, protest_aims
from .conjoined import nominal_conjuncts
from .modality import SPEECH, clause_modality
from .modifier import modifier_performer
from .nested import own_nested
from .nominal import reporting_source
from .base import (
    ATTEMPT,
    CONTAINER_NOUNS,
    Cand,
    GENERIC_FORCE,
    MONEY,
    NOMINAL_INTENT_ROOTS,
    OBJ,
    Result,
    SERIES,
    TOPICS,
    WEAK_WISH,
    APPEAL_WISH,
    WRAPPED_DEPS,
    _conj_expand,
    _infinitival,
    _is_passive,
    _lemma,
    _verbish,
)


MANDATIVE_ONLY = frozenset({"insist"})  # demand verbs that also report a claim ("insisted it had not ...")


def _mandative_ok(t, comp) -> bool:
    """A demand verb that also reports claims governs a demand only through a mandative clause: "insisted
    that Moscow withdraw" (base form, or "should"/"must"), never "insisted that it had not attacked"."""
    if _lemma(t) not in MANDATIVE_ONLY or comp.dep_ != "ccomp":
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in comp.children):
        return True
    return comp.tag_ in ("VB", "VBP") and not any(c.dep_ in ("aux", "auxpass", "neg") for c in comp.children)


class Wrappers:
    # ------------------------------------------------------------------ evaluation of one trigger
    """Mixin of the extractor: plain events, light verbs, and wrappers around an embedded event."""
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
            if not sources:  # "U.S. threats", "a Chinese proposal", "police announced the arrests"
                sources = reporting_source(self, tok)
            if not targets and tok.i in self.own_events:
                # "India rejected Pakistan's allegations": the allegations were made against India
                targets = [t for t in self.subjects(tok.head) if t.i not in {s.i for s in sources}]
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
        if passive and not sources:  # "the agreement signed between Kenya and Somalia": both sides act
            both = self._preps(tok, ("between", "among"))
            if both:
                sources = _conj_expand(both[0])
                targets = [t for t in targets if t.i not in {x.i for x in sources}]
        if entry.reverse:  # PETRARCH "[:173]": the target acts on the source ("appeared before a court")
            if not targets and used:
                targets = [used[-1]]
            sources, targets = targets, sources
        return Result(entry.code, entry, sources, targets, [tok] + used,
                      explicit_subject=self.explicit_subject(tok), passive=passive)

    def light(self, v, entry: Entry, used) -> Result | None:
        """A light verb ("held talks", "made a visit") takes the code of its object noun."""
        nouns = [c for c in v.children if (c.dep_ in OBJ or c.dep_ == "oprd") and c.tag_ not in ("WDT", "WP")]
        if v.dep_ == "relcl" and not nouns and v.head.pos_ == "NOUN" and not _is_passive(v) and any(
                c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in v.children):
            nouns = [v.head]  # "the attacks (that) Hamas carried out": the antecedent is the event noun
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
        if comp is None and t.pos_ == "ADJ":  # "interested in talking to X", "intent on seizing Y"
            comp = next((g for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                         for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if comp is None and t.pos_ == "NOUN":
            comp = next((c for c in t.children if c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ == "VERB"
                         and (_infinitival(c) or c.dep_ == "ccomp")), None)
        if comp is None and t.pos_ == "NOUN":  # "a proposal made on Monday for X to lift ...": through the
            for c in self._light_participles(t):  # participle of a light verb the parser hung it on
                comp = next((x for x in c.children if x.dep_ in ("advcl", "xcomp") and x.pos_ == "VERB"
                             and _infinitival(x)), None)
                if comp is not None:
                    break
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
                # "rejected X's request for closer cooperation", "calls to resign": what was requested
                for i in self._preps(n, ("for", "of", "to")) + [c for c in n.children if c.dep_ == "acl"
                                                                or (c.dep_ == "relcl" and _infinitival(c))]:
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

    def _light_participles(self, n) -> list:
        """Past participles of light verbs on a noun ("a proposal made on Monday", "a plan put forward")."""
        return [c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and any(
            e.frame == "light" for e in self.lex.entries("V", _lemma(c)))]

    def _transparent(self, tok) -> bool:
        m = self.match(tok)
        return m is not None and m[0].frame == "transparent"

    def topic(self, toks) -> str | None:
        """The topic (data/events) the words under the tokens belong to, if any."""
        words = set()
        for t in toks:
            for s in t.subtree:
                words.add(_lemma(s))
        for name, vocab in TOPICS.items():
            if words & vocab:
                return name
        return None

    def wrapper(self, t, entry: Entry, governor=None) -> Cand | None:
        """The event a wrapper token (intend, request, demand, reject, threaten) makes of its complement:
        "wants to sign an accord" (intended 057), "urged X to release Y" (requested, X the target)."""
        kind = entry.frame
        wsrc, governor, expressed = self._wrapper_source(t, entry, governor)
        comp, noun = self.complement(t)
        if kind == "demand" and comp is not None and not _mandative_ok(t, comp):
            return None
        res = None
        if comp is not None:
            res = self.evaluate(comp)
        elif noun is not None:
            res = self.evaluate(noun)
        addressee = self._addressee(t, entry, kind, noun)
        other = []
        if comp is not None:
            other = self.explicit_subject(comp)
            if not other and t.pos_ == "NOUN" and comp.dep_ in ("acl", "advcl", "xcomp") and _infinitival(comp):
                # "a proposal for the Council to lift sanctions": the "for" phrase names who would act
                fors = [p for p in self._preps(t, ("for",)) + self._preps(comp.head, ("for",)) if p.i < comp.i]
                other = _conj_expand(fors[0]) if fors else []
        elif res is not None:
            other = res.agent
        switch = self._switch(t, entry, kind, wsrc, other, comp, noun, res)
        if switch is None:
            return None
        kind, switched = switch
        targets = self._wrapper_targets(kind, addressee, other, comp, noun, res)
        if not targets and kind == "reject":  # "turned down Cairo's request for aid": Cairo is refused
            targets = [p for o in t.children if o.dep_ in OBJ for p in o.children
                       if p.dep_ == "poss" or (p.dep_ == "compound" and p.pos_ == "PROPN")]
        if not targets and t.i in self.own_events and t.dep_ in OBJ and kind in ("request", "demand", "threaten"):
            # "the court rejected Kenya's request": the request was made of the court (nested.py)
            targets = [x for x in self.subjects(t.head) if x.i not in {w.i for w in wsrc}]
        if switched and not any(self.resolve(x) for x in targets):
            return None
        got = self._wrapper_code(t, entry, kind, governor, comp, noun, res, switched, expressed)
        if got is None:
            return None
        code, modality = got
        trigger = [t] + ([governor] if governor is not None and t.pos_ == "NOUN" else [])
        inner = comp if comp is not None else noun
        if inner is not None and abs(inner.i - t.i) <= 6:
            trigger.append(inner)
        self._wrapper_consume(t, comp, noun, res, wsrc if kind == "reject" else None)
        rule = f"{entry.label}>{res.entry.label if res else '-'}:{kind}{'(switched)' if switched else ''}"
        if comp is not None and res is not None:
            self._coordinated(t, entry, (kind, switched, expressed), governor, comp, wsrc, addressee, code)
        elif noun is not None and res is not None:  # "demanded reforms and the ouster of X" (conjoined.py)
            self.pending.extend(nominal_conjuncts(self, t, entry, (kind, switched, expressed), governor, noun,
                                                  wsrc, addressee, code))
        return Cand(code=code, sources=wsrc, targets=targets, trigger=trigger, anchor=t if governor is None else governor,
                    modality=modality, rule=rule)

    def _coordinated(self, t, entry: Entry, how, governor, comp, wsrc, addressee, code: str = "") -> None:
        """Verbs coordinated with a wrapper's complement are wrapped the same way, each its own event:
        "threatened to close the border and expel Somali diplomats" is a threat to close (132) and a
        threat to expel, by the same source ("wants to sign a deal with Ethiopia and expand aid to Somalia":
        0311 and 033).  Not a conjunct with its own subject or another verb form ("... and Somalia
        expanded ..."), nor one with no lexicon event.  The extra candidates wait in
        self.pending for candidates() to collect."""
        kind, switched, expressed = how
        for c in comp.children:
            if c.dep_ != "conj" or c.pos_ != "VERB" or self.explicit_subject(c) or c.tag_ != comp.tag_:
                continue  # "wants to sign X and expand Y"; not "... and Somalia expanded Y"
            m = self.match(c)
            if m is None or m[0].frame in WRAPPER_FRAMES or m[0].frame == "transparent":
                continue
            res = self.evaluate(c)
            if res is None or res.code is None:
                continue
            targets = self._wrapper_targets(kind, addressee, [], c, None, res)
            got = self._wrapper_code(t, entry, kind, governor, c, None, res, switched, expressed)
            if got is None:
                continue
            self.consumed.update(x.i for x in res.tokens)
            if code and got[0][:3] == code[:3]:
                continue
            self.pending.append(Cand(code=got[0], sources=wsrc, targets=targets, trigger=[c] + res.tokens[1:2],
                                     anchor=t if governor is None else governor, modality=got[1],
                                     rule=f"{entry.label}>{res.entry.label}:{kind}+coordinated"))

    def _wrapper_source(self, t, entry: Entry, governor):
        """(who wants/asks/refuses, the governing verb of a wrapper noun, whether the expression is the event)."""
        if t.pos_ == "NOUN":
            if governor is None and t.dep_ in OBJ and t.head.pos_ == "VERB" and (
                    _lemma(t.head) in word_list("nominal_expressing_verbs")):
                governor = t.head  # "issued threats": the issuer threatens; "addressed the threat": no
            wsrc = [c for c in t.children if c.dep_ == "poss"]
            if not wsrc and governor is None:  # "U.S. threats", "a proposal by Russia"; not "a threat from
                wsrc = modifier_performer(self, t, wrapper=True) or self._preps(t, ("by",))  # China" (perceived)
            if not wsrc and governor is not None:
                wsrc = self.subjects(governor)
            wsrc = _conj_expand(wsrc[0]) if wsrc else []
            # "state their willingness", "promised to": the expression itself is the event
            return wsrc, governor, governor is not None
        wsrc = self.subjects(t)
        if not wsrc and entry.frame == "intend" and _is_passive(t):  # "X is scheduled / expected to meet Y"
            wsrc = [c for c in t.children if c.dep_ == "nsubjpass"]
        return wsrc, governor, entry.code is not None and entry.code.startswith("03")

    def _addressee(self, t, entry: Entry, kind: str, noun) -> list:
        """Whom a wrapper addresses: its object ("urged Iran"), its particle's object, "appealed to X"."""
        for c in t.children:
            if c.dep_ in ("dobj", "dative") and (noun is None or c.i != noun.i) and c.pos_ in ("PROPN", "NOUN", "PRON"):
                return _conj_expand(c)
        if entry.particle:
            p = self._preps(t, (entry.particle,))
            if p:
                return _conj_expand(p[0])
        if kind in ("request", "demand"):
            p = self._preps(t, ("to",)) if entry.lemma == "appeal" else []
            return _conj_expand(p[0]) if p else []
        return []

    def _switch(self, t, entry: Entry, kind: str, wsrc, other, comp, noun, res):
        """(kind, switched): an intention about what someone else does is a request of them;
        None when a weak wish about others is no event at all, except a hope that a named actor
        acts ("Kenya hopes Ethiopia will withdraw"), which appeals to that actor."""
        src_part = self.resolve(wsrc[0]) if wsrc else None
        other_part = self.resolve(other[0]) if other else None
        if kind == "intend" and entry.lemma in WEAK_WISH and comp is not None and _is_passive(comp) \
                and not any(c.dep_ == "agent" for c in comp.children):
            return None  # "hoped French officials would be indicted": a wish about what others do
        if kind == "intend" and other and (src_part is None or other_part is None or other_part.actor != src_part.actor
                                           or other_part.code != src_part.code):
            appeal = entry.lemma in APPEAL_WISH and other_part is not None and bool(other_part.code) \
                and "?" not in t.sent.text[-3:]  # "Do you hope that China can ...?" asks, appeals to no one
            if entry.lemma in WEAK_WISH and not appeal:
                return None  # "hoped the court would indict"; but "hopes the U.S. can help" appeals to it
            return "request", True
        if kind == "intend" and entry.code is None and noun is not None and res is not None \
                and res.code[:2] in NOMINAL_INTENT_ROOTS:  # "wants aid" asks for it; "promised aid" offers it
            return "request", True
        return kind, False

    def _wrapper_targets(self, kind: str, addressee, other, comp, noun, res) -> list:
        """The target: the addressee of a request, else the target of the wrapped event."""
        if kind in ("request", "demand"):
            if not addressee:
                addressee = other or (res.sources if res is not None and comp is not None else [])
            if not addressee and noun is not None:
                addressee = res.agent if res is not None else []
                if not addressee:
                    addressee = self.deep_actor(noun)
                    self.country_level_toks.update(t.i for t in addressee)
            return addressee
        targets = res.targets if res is not None else []
        if kind == "threaten" and not targets and addressee:  # "threatened Moscow with sanctions"
            targets = addressee
        if not targets and kind in ("reject", "intend") and comp is not None:
            # "refused to attend a hearing by the UN court": the first actor named in what is refused
            objs = [c for c in comp.children if c.dep_ in OBJ]
            targets = self.deep_actor(objs[0]) if objs else []
        return targets

    def _wrapper_code(self, t, entry: Entry, kind: str, governor, comp, noun, res, switched: bool,
                      expressed: bool) -> tuple[str, str] | None:
        """(code, modality) of a wrapped event through the code families (data/events/families.tsv)."""
        topic = self.topic(([comp] if comp is not None else []) + ([noun] if noun is not None else []))
        wm = clause_modality(governor if governor is not None and t.pos_ == "NOUN" else
                             t.head if t.pos_ == "ADJ" and t.dep_ == "acomp" else t)  # "is not ready to"
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
        return code, modality

    def _wrapper_consume(self, t, comp, noun, res, wsrc=None) -> None:
        """What is wished, requested or refused is part of the wrapper, never an asserted event of its own;
        but a refused event noun with its own performer (wsrc: the refuser) stays free (nested.py):
        "rejected Kenya's request"."""
        free = own_nested(self, t, wsrc) if wsrc is not None else set()
        self.own_events |= free
        for x in ([comp] if comp is not None else []) + ([noun] if noun is not None else []) + (res.tokens if res else []):
            if x.i not in free:
                self.consumed.add(x.i)
        if comp is not None:  # "urged X to hold ... and cooperate with Y": the second verb is wrapped too
            self.consumed.update(c.i for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB")
            # "called on X to stop arming Y" is no asserted arming; adverbial clauses
            # ("even as they state ...") stand on their own.
            stack = [comp]
            while stack:
                x = stack.pop()
                if x.i != t.i:
                    self.consumed.add(x.i)
                stack.extend(c for c in x.children if c.dep_ in WRAPPED_DEPS)

    def protest_aim(self, tok) -> tuple[str, str] | None:
        """(digit, word) when the protest's clause names its aim ("demanding the president's resignation")."""
        aims = protest_aims()
        for t in tok.subtree:
            if t.i != tok.i and t.pos_ in ("NOUN", "VERB", "ADJ") and _lemma(t) in aims:
                return aims[_lemma(t)], _lemma(t)
        return None
