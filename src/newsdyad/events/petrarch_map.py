"""PETRARCH verb patterns as constraints on spaCy's dependency parse (lexicon entries).

``map_dictionary(d)`` turns every verb of a :class:`~.petrarch_verbs.VerbDictionary` and every
pattern of its blocks into :class:`~.entry.Entry` objects the extractor already checks, and
returns them with a :class:`MapReport` that counts, by reason, every pattern it could not map.

How a pattern maps (``*`` is the verb; a verb block's patterns apply to each of its verbs)::

    - * AID [073]                  obj=aid                     the direct object (or passive subject)
    - * {HUMANITARIAN AID} [0233]  obj=aid mod=humanitarian    a noun phrase: its head, and a modifier
    - * &CURRENCY [0231]           obj=dollar|euro|...         a synset: any member's head word
    - * OFF (FOR) [043]            particle off, pobj=for:*    a particle; a bare prepositional phrase
    - * (IN COURT) [173]           pobj=in:court               a prepositional phrase with its object
    - * AID (TO +) [073]           obj=aid target=to           "+" in a phrase: the target is its object
    - &MILITARY * [154]            subj=military|troop|...     one noun before the verb: the subject
    - * (BEFORE COURT) [:173]      reverse                     reverse-only code: the target acts on the source
    - * PLAN [---]                 (no code)                   a null code: the verb with this object is no event

What cannot be mapped, counted by reason: words other than one subject noun before the verb
(auxiliaries, "SAID", linear TABARI phrases), "+" before the verb, "$" after it, "%" (compound
actors), more than one prepositional phrase with words, objects of more than two words, nested
phrases, undefined synsets, patterns without a verb, and codes that are not CAMEO codes.

>>> from .petrarch_verbs import read_verb_dictionary
>>> d = read_verb_dictionary(["--- SEND [---] ---", "SEND", "- * AID (TO +) [073]", "- WILL NOT * [030]"])
>>> entries, report = map_dictionary(d)
>>> [(e.lemma, e.code, sorted(e.obj), sorted(e.target_prep)) for e in entries]
[('send', '073', ['aid'], ['to'])]
>>> report.summary()
'2 patterns read, 1 mapped, 1 unmapped: words before the verb 1'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .cameo import _rows, is_code
from .entry import Entry
from .petrarch_verbs import Element, Pattern, VerbBlock, VerbDictionary, VerbForm, expand_synset


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """kind -> words (data/events/function_words.tsv)."""
    out: dict[str, set[str]] = {}
    for row in _rows("function_words.tsv"):
        out.setdefault(row["kind"].strip(), set()).add(row["word"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


class Unmapped(Exception):
    """A pattern (or verb form) that cannot be put on the parse; the message is the reason."""


@dataclass
class MapReport:
    """What a verb dictionary gave: patterns read, mapped and unmapped (by reason), with notes."""
    source: str = ""
    n_patterns: int = 0
    n_mapped: int = 0
    n_verbs: int = 0  # bare verb entries (a verb with its own or its block's code)
    n_linear: int = 0  # mapped as words in order around the verb (Entry.linear) or "% *" (compound_subj)
    unmapped: Counter = field(default_factory=Counter)  # reason -> patterns
    notes: Counter = field(default_factory=Counter)  # mapped, with this loss or remark
    lines: dict = field(default_factory=dict)  # reason -> first few line numbers

    @property
    def n_unmapped(self) -> int:
        """Patterns that could not be mapped."""
        return sum(self.unmapped.values())

    def summary(self) -> str:
        """One line: patterns read, mapped and unmapped by reason."""
        reasons = ", ".join(f"{r} {n}" for r, n in self.unmapped.most_common())
        linear = f" ({self.n_linear} as words in order or a coordinated subject)" if self.n_linear else ""
        text = f"{self.n_patterns} patterns read, {self.n_mapped} mapped{linear}, {self.n_unmapped} unmapped"
        return text + (f": {reasons}" if reasons else "")

    def miss(self, reason: str, line: int) -> None:
        """Count one unmapped pattern under its reason (first few line numbers kept)."""
        self.unmapped[reason] += 1
        self.lines.setdefault(reason, [])
        if len(self.lines[reason]) < 5:
            self.lines[reason].append(line)


def singular(word: str) -> str:
    """A naive singular of an upper- or lower-case English noun (the parse gives lemmas)."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def word_forms(word: str) -> frozenset[str]:
    """The lower-case word and its naive singular."""
    w = word.lower()
    return frozenset({w, singular(w)})


class _Mapper:
    def __init__(self, d: VerbDictionary, keep_unknown_codes: bool):
        self.d = d
        self.keep_unknown = keep_unknown_codes
        fw = function_words()
        self.particles = fw.get("particle", frozenset())
        self.preps = fw.get("preposition", frozenset())
        self.aux = fw.get("auxiliary", frozenset())

    # ---------------------------------------------------------------- words
    def heads(self, el: Element) -> tuple[frozenset[str], frozenset[str]]:
        """(head lemmas, modifier lemmas) of a word, synset or noun phrase."""
        if el.kind == "word":
            return word_forms(el.text), frozenset()
        if el.kind == "synset":
            members = expand_synset(self.d, el.text)
            if members is None:
                raise Unmapped("undefined synset")
            heads: set[str] = set()
            for m in members:  # a phrase member ("PEACEKEEPING FORCE") is not its head word alone
                if len(m) == 1:
                    heads |= word_forms(m[0])
            if not heads:
                raise Unmapped("synset of phrases only")
            return frozenset(heads), frozenset()
        if el.kind == "phrase":
            content = [x for x in el.items if x.kind in ("word", "synset", "phrase")]
            if any(x.kind not in ("word", "synset", "phrase", "skip", "target") for x in el.items):
                raise Unmapped("marker inside a noun phrase")
            if not content:
                raise Unmapped("empty noun phrase")
            if any(x.kind == "phrase" for x in content):
                raise Unmapped("nested phrase")
            head, _ = self.heads(content[-1])
            mods: set[str] = set()
            for x in content[:-1]:
                mods |= self.heads(x)[0]
            return head, frozenset(mods)
        raise Unmapped(f"unexpected {el.kind}")

    # ---------------------------------------------------------------- code
    def code(self, p: Pattern) -> tuple[str | None, bool, list[str]]:
        """(code, reverse, notes) of a pattern; raises Unmapped for a code that is not CAMEO."""
        notes = []
        c = p.code
        if c.null:
            return None, False, ["null code"]
        for x in c.codes():
            if not is_code(x):
                if not self.keep_unknown:
                    raise Unmapped("not a CAMEO code")
                notes.append("not a CAMEO code")
        if c.forward is None:
            return c.reverse, True, notes + ["reverse code"]
        if c.reverse is not None:
            notes.append("mirrored event (target to source)")
        return c.forward, False, notes

    def mirror(self, p: Pattern) -> str | None:
        """The code of the mirrored event of "[032:033]" (target to source), when there is one."""
        c = p.code
        if c.null or c.forward is None or c.reverse is None:
            return None
        return c.reverse if (is_code(c.reverse) or self.keep_unknown) else None

    # ---------------------------------------------------------------- linear words
    def slots(self, items) -> list[tuple[tuple[str, ...], ...]]:
        """Pattern elements as word slots: a word (``A_B`` = consecutive words), a synset's members,
        a phrase's or a prepositional phrase's words; markers ($ + ^ %) take no slot."""
        out: list[tuple[tuple[str, ...], ...]] = []
        for e in items:
            if e.kind == "word":
                words = tuple(w.lower() for w in e.text.replace("_", " ").split())
                if words:
                    out.append((words,))
            elif e.kind == "synset":
                members = expand_synset(self.d, e.text)
                if members is None:
                    raise Unmapped("undefined synset")
                alts = tuple(tuple(w.lower() for w in " ".join(m).replace("_", " ").split()) for m in members)
                out.append(tuple(a for a in alts if a))
            elif e.kind == "prep":
                out.append(((e.text.lower(),),))
                out.extend(self.slots(e.items))
            elif e.kind == "phrase":
                out.extend(self.slots(e.items))
        return out

    def linear(self, p: Pattern) -> dict:
        """A pattern kept as its words in order before and after the verb."""
        if not p.has_verb:
            raise Unmapped("no verb marker")
        before, after = self.slots(p.pre), self.slots(p.post)
        compound = any(e.kind == "compound" for e in p.pre)
        if not before and not after and not compound:
            raise Unmapped("no words")
        out: dict = {"linear": (tuple(before), tuple(after))} if before or after else {}
        if compound:
            out["compound_subj"] = True
        return out

    # ---------------------------------------------------------------- pattern
    def constraints(self, p: Pattern) -> dict:
        """A pattern as constraints on the parse (subject, particle, object, prepositional phrases)."""
        if not p.has_verb:
            raise Unmapped("no verb marker")
        cons: dict = {}
        # before the verb: at most one subject noun, with "$" (the source) and "^" (any word)
        pre = [e for e in p.pre if e.kind not in ("source", "skip")]
        if any(e.kind == "target" for e in pre):
            raise Unmapped("target before the verb")
        if any(e.kind == "compound" for e in p.pre + p.post):
            raise Unmapped("compound-actor marker")
        if pre:
            words = [e for e in pre if e.kind == "word"]
            if len(pre) > 1 or any(w.text.lower() in self.aux | self.preps | self.particles for w in words) \
                    or pre[0].kind == "prep":
                raise Unmapped("words before the verb")
            cons["subj"] = self.heads(pre[0])[0]
        # after the verb: [particle] [object] [prepositional phrases], "+" and "^" anywhere
        items = self._linear_preps([e for e in p.post if e.kind != "skip"])
        particle, obj, pps = None, [], []
        for e in items:
            if e.kind == "source":
                raise Unmapped("source after the verb")
            if e.kind == "target":
                continue
            if e.kind == "prep":
                pps.append(e)
            elif e.kind == "word" and e.text.lower() in self.particles and particle is None and not obj and not pps:
                particle = e.text.lower()
            elif e.kind == "word" and e.text.lower() in self.preps and not obj:
                pps.append(Element("prep", e.text, ()))
            elif pps:
                raise Unmapped("words after a prepositional phrase")
            else:
                obj.append(e)
        if particle:
            cons["particle"] = particle
        if obj:
            if len(obj) > 2 or (len(obj) == 2 and any(x.kind == "phrase" for x in obj)):
                raise Unmapped("object of more than two words")
            phrase = obj[0] if len(obj) == 1 else Element("phrase", "", tuple(obj))
            head, mods = self.heads(phrase)
            cons["obj"] = head
            if mods:
                cons["mod"] = mods
        pobj = None
        targets = set()
        for pp in pps:
            prep = pp.text.lower()
            if not prep:
                raise Unmapped("prepositional phrase without a preposition")
            inner = [x for x in pp.items if x.kind not in ("skip",)]
            if any(x.kind == "source" for x in inner):
                raise Unmapped("source after the verb")
            if any(x.kind == "prep" for x in inner):
                raise Unmapped("nested prepositional phrase")
            if any(x.kind == "target" for x in inner):
                targets.add(prep)
            content = [x for x in inner if x.kind in ("word", "synset", "phrase")]
            if content:
                if pobj is not None and pobj[1] is not None:
                    raise Unmapped("two prepositional phrases with words")
                if len(content) > 2 or (len(content) == 2 and any(x.kind == "phrase" for x in content)):
                    raise Unmapped("object of more than two words")
                phrase = content[0] if len(content) == 1 else Element("phrase", "", tuple(content))
                head, mods = self.heads(phrase)
                pobj = (frozenset({prep}), head)
                if mods:
                    cons["pobj_mod"] = mods
            elif not any(x.kind == "target" for x in inner) and pobj is None:
                pobj = (frozenset({prep}), None)
            elif not any(x.kind == "target" for x in inner) and pobj is not None and pobj[1] is None:
                raise Unmapped("two prepositional phrases")
        if pobj is not None:
            cons["pobj"] = pobj
        if targets:
            cons["target_prep"] = frozenset(targets)
        return cons

    def _linear_preps(self, items: list[Element]) -> list[Element]:
        """TABARI-style "* TROOP TOWARD +": a preposition word followed by words is a phrase."""
        out: list[Element] = []
        i = 0
        while i < len(items):
            e = items[i]
            nxt = items[i + 1] if i + 1 < len(items) else None
            if e.kind == "word" and e.text.lower() in self.preps and nxt is not None \
                    and nxt.kind in ("word", "synset", "phrase", "target", "source") \
                    and not (nxt.kind == "word" and nxt.text.lower() in self.preps):
                j = i + 1
                group = []
                while j < len(items) and items[j].kind != "prep" and not (
                        items[j].kind == "word" and items[j].text.lower() in self.preps):
                    group.append(items[j])
                    j += 1
                out.append(Element("prep", e.text, tuple(group)))
                i = j
                continue
            out.append(e)
            i += 1
        return out

    # ---------------------------------------------------------------- verb forms
    def verb(self, v: VerbForm) -> dict:
        """lemma and the form's own particle/object: "+CALL_OFF" -> call + off."""
        if v.verb_index > 0:
            raise Unmapped("verb form with words before the verb")
        rest = [w.lower() for w in v.words[v.verb_index + 1:]]
        out: dict = {"lemma": v.verb.lower()}
        if not rest:
            return out
        if len(rest) == 1 and (rest[0] in self.particles or rest[0] in self.preps):
            out["particle"] = rest[0]
            return out
        if len(rest) == 1:
            out["obj"] = word_forms(rest[0])
            return out
        if len(rest) == 2 and rest[1] in self.preps and rest[0] not in self.preps:
            out["obj"] = word_forms(rest[0])
            out["pobj"] = (frozenset({rest[1]}), None)
            return out
        raise Unmapped("verb form of more than two words")


def _entry(code, lemma, cons: dict, reverse: bool, line: int, origin: str, mirror: str | None = None) -> Entry:
    return Entry(code=code, pos="V", lemma=lemma, particle=cons.get("particle"), frame="act",
                 obj=cons.get("obj"), pobj=cons.get("pobj"), mod=cons.get("mod"), subj=cons.get("subj"),
                 pobj_mod=cons.get("pobj_mod"), target_prep=cons.get("target_prep"), reverse=reverse,
                 line=line, origin=origin, mirror=mirror, linear=cons.get("linear"),
                 compound_subj=bool(cons.get("compound_subj")))


# reasons a pattern's words cannot become parse constraints, for which a --verbs file's pattern is kept
# as its words in order around the verb (Entry.linear), as TABARI and PETRARCH match them
LINEAR_REASONS = frozenset({"words before the verb", "object of more than two words", "words after a prepositional phrase",
                            "two prepositional phrases with words", "two prepositional phrases",
                            "compound-actor marker", "nested prepositional phrase", "synset of phrases only"})


def _merge(form: dict, cons: dict) -> dict | None:
    """A verb form's own constraints joined with a pattern's; None when they clash."""
    out = dict(cons)
    for key in ("particle", "obj", "pobj"):
        if key in form:
            if key in cons and cons[key] != form[key]:
                return None
            out[key] = form[key]
    return out


def _cons_key(cons: dict) -> tuple:
    """A hashable, order-free form of a constraint dict."""
    return tuple(sorted((k, str(sorted(x) if isinstance(x, frozenset) else x)) for k, x in cons.items()))


class _Builder:
    """The entries of one verb dictionary as they are made, with the keys that find duplicates and
    the conflicts (one verb, the same constraints, different codes) left out at the end."""

    def __init__(self, m: _Mapper, report: MapReport, origin: str, keep_unknown_codes: bool, linear: bool,
                 origin_verb_only: bool):
        self.m, self.report, self.origin = m, report, origin
        self.keep_unknown, self.linear, self.origin_verb_only = keep_unknown_codes, linear, origin_verb_only
        self.entries: list[Entry] = []
        self.keys: list = []  # the key of each pattern entry (None for a verb alone)
        self.codes: dict = {}
        self.conflicted: set = set()
        self.seen: set = set()

    def forms(self, b: VerbBlock) -> list[tuple[VerbForm, dict]]:
        """The block's usable verb forms (with their irregular forms) and their own constraints."""
        forms: list[tuple[VerbForm, dict]] = []
        for v in b.verbs:
            try:
                f = self.m.verb(v)
            except Unmapped as exc:
                self.report.notes[str(exc)] += 1
                continue
            forms.append((v, f))
            for irregular in v.forms:  # "{+CORDONED_OFF}": the form the text has (a verb matches its form too)
                words = irregular.split("_")
                word = next((w for w in words if w.startswith("+")), words[0]).lstrip("+").lower()
                if word and word != f["lemma"]:
                    forms.append((v, {**f, "lemma": word}))
        return forms

    def verbs(self, b: VerbBlock, forms: list[tuple[VerbForm, dict]]) -> None:
        """Each verb on its own: its code, else the block's."""
        for v, f in forms:
            code = v.code if v.code is not None else b.code
            if code.null or code.forward is None:
                continue
            if not is_code(code.forward) and not self.keep_unknown:
                self.report.notes["verb code not a CAMEO code"] += 1
                continue
            cons = {k: f[k] for k in ("particle", "obj", "pobj") if k in f}
            key = (f["lemma"], _cons_key(cons))
            if key in self.seen:
                continue
            self.seen.add(key)
            mirror = code.reverse if code.reverse is not None and (is_code(code.reverse) or self.keep_unknown) else None
            self.entries.append(_entry(code.forward, f["lemma"], cons, False, v.line, self.origin, mirror))
            self.keys.append(None)
            self.report.n_verbs += 1

    def mapped(self, p: Pattern) -> tuple[str | None, bool, list[str], dict] | None:
        """(code, reverse, notes, constraints) of a pattern, or None (counted as unmapped)."""
        try:
            code, reverse, notes = self.m.code(p)
            try:
                cons = self.m.constraints(p)
            except Unmapped as exc:
                if not (self.linear and str(exc) in LINEAR_REASONS):
                    raise
                cons = self.m.linear(p)
                notes = notes + [f"words in order ({exc})"]
        except Unmapped as exc:
            self.report.miss(str(exc), p.line)
            return None
        return code, reverse, notes, cons

    def pattern(self, p: Pattern, forms: list[tuple[VerbForm, dict]]) -> None:
        """One pattern, applied to each verb form of its block."""
        got = self.mapped(p)
        if got is None:
            return
        code, reverse, notes, cons = got
        if not forms:
            self.report.miss("block without a usable verb", p.line)
            return
        made = 0
        for v, f in forms:
            if self.origin_verb_only and p.origin and p.origin not in ("_".join(v.words), v.verb):
                continue
            joined = _merge(f, cons)
            if joined is None:
                continue
            key = (f["lemma"], reverse, _cons_key(joined))
            made += 1
            if key in self.seen:
                if self.codes[key] != code:
                    self.conflicted.add(key)
                else:
                    self.report.notes["duplicate of an earlier pattern"] += 1
                continue
            self.seen.add(key)
            self.codes[key] = code
            self.keys.append(key)
            self.entries.append(_entry(code, f["lemma"], joined, reverse, p.line, self.origin, self.m.mirror(p)))
        if made:
            self.report.n_mapped += 1
            self.report.n_linear += int("linear" in cons or "compound_subj" in cons)
            for n in notes:
                self.report.notes[n] += 1
        else:
            self.report.miss("clashes with the verb form", p.line)

    def result(self) -> list[Entry]:
        """The entries, without those of conflicting patterns."""
        if not self.conflicted:
            return self.entries
        self.report.notes["same verb and constraints with different codes (left out)"] = sum(
            k in self.conflicted for k in self.keys)
        return [e for e, k in zip(self.entries, self.keys) if k not in self.conflicted]


def map_dictionary(d: VerbDictionary, *, origin: str = "petrarch", keep_unknown_codes: bool = False,
                   linear: bool = False,
                   origin_verb_only: bool = False, source: str = "") -> tuple[list[Entry], MapReport]:
    """Lexicon entries for a verb dictionary, and the report of what could not be mapped.

    linear: a pattern whose words cannot be stated on the parse (LINEAR_REASONS) is kept as its words
    in order before and after the verb (Entry.linear) instead of being left out.
    origin_verb_only: a pattern whose line names the block verb it was written for applies to
    that verb only (PETRARCH applies every pattern of a block to every verb of the block).
    """
    report = MapReport(source=source, n_patterns=d.n_patterns)
    build = _Builder(_Mapper(d, keep_unknown_codes), report, origin, keep_unknown_codes, linear, origin_verb_only)
    for b in d.blocks:
        forms = build.forms(b)
        build.verbs(b, forms)
        for p in b.patterns:
            build.pattern(p, forms)
    return build.result(), report
