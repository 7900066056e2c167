"""Events on the dependency parse: who does (wants, asks, refuses, threatens) what to whom.

Pure: a parsed spaCy Doc plus the actors and attributions in, candidate events out.  Every token
whose lemma has a lexicon entry is looked at once, from the top of the tree down, so that a
wrapper ("wants to", "urged ... to", "refused to") consumes its complement before that complement
could be coded as an asserted event of its own.
"""

from __future__ import annotations

from ..model import Actor
from ..nlp import doc_text
from ..wordlists import word_list
from .cameo import is_code
from .lexicon import Lexicon, WRAPPER_FRAMES
from .modality import ClauseModality, clause_modality
from .base import (
    AIR_WEAPONS,
    ATTEMPT,
    Cand,
    HEAVY_WEAPONS,
    NOMINAL_FUTURE,
    OBJ,
    PROTESTERS,
    PROTEST_AIM_CODES,
    Result,
    _governing_verb,
    _infinitival,
    _keys,
    _lemma,
)
from .matching import Matching
from .agentless import state_act
from .questions import is_question, question_tokens
from .sessions import body_session
from .modifier import MODIFIER_DEPS
from .relative import relative_clauses
from .roles import EXPRESSING, Roles
from .wrappers import Wrappers


class Extractor(Matching, Roles, Wrappers):
    """One document's candidate events: matching, roles and wrappers on its parse (see their modules)."""

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
        self.settle = False  # settle sides' countries (find_events sets it; agentless.py needs it)
        self.country_names = True  # built-in country names, demonyms and capitals code unknown participants
        self._sent = None  # the sentence candidates() is working on, and its words (computed when needed)
        self._sent_words: frozenset[str] | None = None
        self._arr = None
        self.country_level_toks: set[int] = set()
        self.np_fallback: set[int] = set()  # target tokens found inside the object's noun phrase
        self.own_events: set[int] = set()  # event nouns in a verb's object with their own performer
        self.pending: list[Cand] = []  # extra candidates a wrapper found (wrappers._coordinated)

    # ------------------------------------------------------------------ one token
    def candidate(self, tok) -> Cand | None:
        """The candidate event a lexicon token triggers (consuming what it covers), or None."""
        m = self.match(tok)
        if m is None:
            return None
        entry, used = m
        if entry.frame == "request" and tok.pos_ == "VERB" and is_question(tok):
            self.consumed.update(question_tokens(tok))  # "asked X if he agreed" (questions.py)
            return None
        if entry.frame in WRAPPER_FRAMES:
            return self.wrapper(tok, entry)
        if self._no_event(tok, entry):
            return None
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
        if body_session(tok, res):
            return None  # "a Security Council meeting": the body in session (sessions.py)
        if tok.pos_ == "NOUN" and not res.sources and not (self.settle and state_act(res.code)):
            return None  # a nominal event needs its own participant (his meeting, the return of X);
            # an arrest or a curfew is the state's (agentless.py)
        self._consume(tok, entry, res)
        rule = res.entry.label if res.entry is entry else f"{entry.label}>{res.entry.label}"
        if tok.pos_ == "NOUN" and res.sources and res.sources[0].head.i == tok.i and res.sources[0].dep_ in MODIFIER_DEPS:
            rule += "+source:modifier"  # "Israeli airstrikes" (modifier.py)
        code, rule = self._subcode(tok, res, res.code, rule)
        code, modality, rule = self._modality(tok, entry, res, code, rule)
        mirror = None
        if res.entry.mirror and not res.entry.reverse:
            if code == res.code:
                mirror = res.entry.mirror
            elif rule.endswith((":future>intend", ":planned>intend")):
                mirror = self.lex.family_code("intend", res.entry.mirror, self.topic([tok]))
        return Cand(code=code, sources=res.sources, targets=res.targets, trigger=[tok] + [u for u in used if abs(u.i - tok.i) <= 3],
                    anchor=tok, modality=modality, rule=rule, passive=res.passive, mirror=mirror,
                    mirror_pattern=res.entry.mirror if mirror else None)

    def _no_event(self, tok, entry) -> bool:
        """Tokens whose entry matched but that state no event of their own here."""
        if entry.lemma in word_list("helping_verbs") and any(
                c.dep_ in ("xcomp", "ccomp") and self.match(c) is not None for c in tok.children):
            return True  # "will help release Lai", "helped broker the deal": the helped act is the event
        if entry.frame == "transparent" or (entry.frame == "ncomp" and not (
                tok.pos_ == "NOUN" and self._preps(tok, ("between", "among", "amongst")))):
            return True  # "an agreement between Kenya and Somalia" states a relation; "an agreement" alone no event
        if tok.pos_ == "VERB" and tok.dep_ == "advcl" and (_infinitival(tok) or tok.tag_ == "VBG"):
            self.consumed.update(t.i for t in tok.subtree)
            return True  # purpose or consequence clause: neither it nor what it holds is an event
        return False

    def _consume(self, tok, entry, res: Result) -> None:
        """Mark the tokens an event covers, so that they trigger no event of their own."""
        if entry.frame == "consume":
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp", "prep", "advcl", "dobj"):
                    for s in c.subtree:
                        self.consumed.add(s.i)
        own = {c.i for c in tok.children if c.dep_ in OBJ and self._own_event(c, res)} if tok.pos_ == "VERB" else set()
        self.own_events |= own
        for x in res.tokens:
            if x.i not in own:
                self.consumed.add(x.i)
        for x in res.sources:  # "airstrikes by the army killed 50": the airstrikes are this event, not another
            if x.pos_ == "NOUN" and tok.pos_ == "VERB" and self.match(x, "N") is not None:
                self.consumed.add(x.i)
        if tok.pos_ == "VERB":  # "condemned the attack": the object is the theme, not an event
            for c in tok.children:
                if c.dep_ in OBJ:
                    free = relative_clauses(c, _lemma(tok) in EXPRESSING)  # "killed six militants who attacked"
                    self.consumed.update(t.i for t in c.subtree if t.i not in own and t.i not in free)

    def _own_event(self, noun, res: Result) -> bool:
        """An event noun in a verb's object that names its own performer, other than the verb's source:
        "rejected Pakistan's allegations", "welcomed the offer by Japan" (Pakistan accused; Japan offered).
        Both are coded.  "condemned the attack" (no performer) and "renewed its call" (the same source) are
        one event."""
        m = self.match(noun, "N")
        if m is None or (m[0].code is None and m[0].frame not in WRAPPER_FRAMES):
            return False  # "backed Japan's proposal to cut tariffs": the wrapper noun codes its complement
        own, _ = self.noun_roles(noun)
        if not own:
            return False
        mine = {p.code for p in (self.resolve(x) for x in res.sources) if p is not None}
        theirs = [self.resolve(x) for x in own]
        return any(p is not None and p.code and p.code not in mine for p in theirs)

    def _subcode(self, tok, res: Result, code: str, rule: str) -> tuple[str, str]:
        """Sub-codes from the participants and the clause: weapon, attempt, protesters, protest aim."""
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
        return code, rule

    def _modality(self, tok, entry, res: Result, code: str, rule: str) -> tuple[str, str, str]:
        """(code, modality, rule) after the clause's (or the noun's) tense, negation and hedges."""
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            cm = clause_modality(tok.head)  # "Beijing was not supportive of X": the copula holds the negation
        elif tok.pos_ != "NOUN":
            cm = clause_modality(tok)
        elif tok.i in self.own_events:
            cm = ClauseModality()  # "never condemned Russia's invasion": the invasion happened (_own_event)
        elif tok.dep_ in ("dobj", "nsubj") and entry.frame != "light":
            cm = clause_modality(tok.head)
        else:
            cm = clause_modality(tok)
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and not (cm.hypothetical or cm.future or cm.negated):
            gov = _governing_verb(tok)  # "could result in a peace deal between X and Y": a possible deal
            if gov is not None:
                cm = clause_modality(gov)
        modality = "asserted"
        mods = [c for c in tok.children if c.i < tok.i] if tok.pos_ == "NOUN" else []  # not "an allegation
        # that the attack was planned": the clause after the noun is its content, not a modifier
        if any(c.lower_ in ("possible", "potential", "proposed", "alleged") for c in mods):
            modality = "hypothetical"
        elif any(c.lower_ in NOMINAL_FUTURE for c in mods):
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
        return code, modality, rule

    def candidates(self, sent) -> list[Cand]:
        """The candidate events of one sentence, its lexicon tokens taken from the top of the tree down."""
        by_key = self.lex.by_key
        self._sent, self._sent_words = sent, None
        toks = [t for t in sent if any(k in by_key for k in _keys(t))]
        if not toks:
            return []

        def depth(t):  # spaCy makes a new Token on each access: compare indices, not identity
            """The number of heads above t (its depth in the tree)."""
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
            out.extend(self.pending)
            self.pending.clear()
        return out
