"""Speaker resolution without a coreference model.

A source (or addressee) span resolves to a document actor:
1. when the span's head word lies inside one of the actor's mentions;
2. a surname or other single name equal to a word of an actor's name ("Karzai");
3. a definite description: media nouns ("the paper", "the newspaper") to the latest
   publication; other heads ("the officials", "the minister") to the latest actor a
   mention of which has that head noun or is introduced by it ("President X"); a role
   with an owner ("the head of MSF") to the owner, or to an earlier mention sharing it;
4. a mouthpiece noun ("X's Twitter account", "X's office") to its owner X;
5. a relative pronoun ("officials who said") to its antecedent;
6. a pronoun (also his/her/its/their): he/she to the latest person of compatible gender (name list, Mr/Mrs/Ms),
   it to the latest organisation or publication, they to the latest group, organisation
   or plural mention; within the latest sentence holding a candidate, subjects first.
7. I/me/we/us (and my/our) inside a quotation to the speaker of the quotation around it
   (``resolve_first_person``, once parents are known), and he/she/his/her inside one to
   anybody but its speaker (``recheck_third_person``).
Resolved pronouns, descriptions and names are added to the actor's mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..actors.kb import FAMILY_NAME_FIRST
from ..model import Actor, Span
from .lexicon import Lexicon, word_list

# pronoun -> what it can refer to: m(an), f(emale), n(euter: a thing, an organisation), p(lural)
PRONOUNS = {w: kind for kind, name in (("m", "male"), ("f", "female"), ("n", "neuter"), ("p", "plural"))
            for w in word_list(f"{name}_pronouns")}
FIRST_PERSON = word_list("first_person_pronouns")
RELATIVES = {"who", "whom", "which", "that"}
PERSON_ROLES = word_list("person_roles")
NOT_PUBLICATIONS = word_list("not_publications")
LABEL_KIND = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group",
              "LOC": "place", "FAC": "place"}
FEMALE_TITLES = word_list("female_titles")
MALE_TITLES = word_list("male_titles")
MOUTHPIECES = word_list("mouthpiece_nouns")
PERSON_ANAPHORS = word_list("person_anaphors")
DEFINITE_DETERMINERS = word_list("definite_determiners")


@dataclass
class _Info:
    kind: str | None
    gender: str | None
    media: bool


@dataclass
class _Mention:
    start: int
    end: int
    actor: str
    sent: int  # sentence number
    subject: bool
    head: str  # head lemma
    first: int  # index of the mention's first token (its context is the three words before it too)
    last: int  # index after its last token
    singular: bool = False  # its head is a singular noun ("the insurgent group", "the Taliban")


class _LazyInfo(dict):
    """Actor id -> _Info, computed when first asked for (most actors are never a candidate)."""

    def __init__(self, resolver, pending: dict):
        super().__init__()
        self._resolver = resolver
        self._pending = pending

    def __missing__(self, aid: str) -> _Info:
        actor, mentions = self._pending[aid]
        info = self[aid] = self._resolver._info(actor, mentions)
        return info

    def get(self, aid, default=None):
        """The actor's information when it is one of the candidates, else ``default``."""
        return self[aid] if aid in self._pending else default


class Resolver:
    """Resolves source and addressee spans to the document's actors (see the module docstring),
    keeping the mentions it adds in text order."""
    def __init__(self, doc, actors: list[Actor], lex: Lexicon, tok_quote: list[int] | None = None):
        self.doc = doc
        self.tok_quote = tok_quote  # quote number of each token, or -1
        self.speakers: set[str] = set()  # actors named as a source so far
        self.last_candidates: set[str] = set()  # the actors _choose last chose among
        self.last_choice: _Mention | None = None  # the mention it chose
        self.lex = lex
        self.actors = actors
        self.by_id = {a.id: a for a in actors}
        self._cache: dict[tuple[int, int, str], _Mention | None] = {}
        from spacy.attrs import IDX, LENGTH, SENT_START
        import numpy

        arr = doc.to_array([SENT_START, IDX, LENGTH]).astype("int64")
        starts = arr[:, 0] == 1
        self._tok_starts = arr[:, 1].tolist()  # each token's character offset, for a position's token
        self._tok_ends = (arr[:, 1] + arr[:, 2]).tolist()
        self._sent_of = numpy.cumsum(starts).tolist()  # sentence number of each token
        # an actor's kind, gender and media flag, worked out on first use from its first mentions
        self.info = _LazyInfo(self, {a.id: (a, list(a.mentions[:5])) for a in actors})
        self._rebuild()

    def _mention(self, s: int, e: int, aid: str) -> _Mention | None:
        key = (s, e, aid)
        if key not in self._cache:
            toks = self._span(s, e)
            if toks is None or len(toks) == 0:
                self._cache[key] = None
            else:
                root = toks.root
                subject = root.dep_ in ("nsubj", "nsubjpass") or (  # "Trump and Bush spoke"
                    root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass"))
                self._cache[key] = _Mention(s, e, aid, self._sent_of[root.i], subject,
                                            root.lemma_.lower(), toks.start, toks.end, root.tag_ in ("NN", "NNP"))
        return self._cache[key]

    def _rebuild(self):
        # (start, end, actor id), sorted; a mention's parse details are looked up when needed
        self._entries = sorted((s, e, a.id) for a in self.actors for s, e in a.mentions)
        self.starts = [s for s, _, _ in self._entries]

    def _at(self, i: int) -> _Mention | None:
        s, e, aid = self._entries[i]
        return self._mention(s, e, aid)

    def _tokens_at(self, span: Span):
        return self._span(span[0], span[1])

    def _span(self, s: int, e: int):
        """The tokens overlapping characters s..e (``char_span(..., alignment_mode="expand")``
        by bisection over the token offsets), or None when there are none."""
        starts = self._tok_starts
        a = bisect_right(starts, s) - 1
        if a < 0:
            a = 0
        elif self._tok_ends[a] <= s:
            a += 1  # s falls after this token (in its trailing space)
        b = bisect_left(starts, e)
        return self.doc[a:b] if a < b else None

    def _info(self, actor: Actor, mentions: list[Span]) -> _Info:
        labels, gender, media = [], None, False
        first = actor.name.split()[0] if actor.name.split() else ""
        gender = self.lex.first_names.get(first)
        for s, e in mentions:
            toks = self._tokens_at((s, e))
            if toks is None or len(toks) == 0:
                continue
            labels.extend(t.ent_type_ for t in toks if t.ent_type_)
            if any(t.text in self.lex.media_name_words for t in toks) and any(t.ent_type_ == "ORG" for t in toks):
                media = True
            for prev in self.doc[max(0, toks.start - 2): toks.start]:
                if prev.lemma_.lower() in self.lex.media_nouns:
                    media = True
                if prev.lower_ in FEMALE_TITLES:
                    gender = "f"
                elif prev.lower_ in MALE_TITLES:
                    gender = gender or "m"
        kind = actor.kind
        if kind is None and labels:
            kind = LABEL_KIND.get(max(set(labels), key=labels.count))
        if kind == "media":
            media = True
        if media and kind in (None, "organisation"):
            kind = "media"
        return _Info(kind, gender, media)

    # ------------------------------------------------------------------
    def _context(self, m: _Mention) -> frozenset[str]:
        """Lemmas of a mention and the three words before it ("the officials close to X")."""
        doc = self.doc
        return frozenset(doc[i].lemma_.lower() for i in range(max(0, m.first - 3), m.last))

    def actor_at(self, head) -> str | None:
        """The actor one of whose mentions covers the token ``head``."""
        i = bisect_left(self.starts, head.idx + 1) - 1
        while i >= 0:
            s, e, aid = self._entries[i]
            if s <= head.idx < e and self._at(i) is not None:
                return aid
            if s < head.idx - 300:
                break
            i -= 1
        return None

    def _person(self, aid: str, want: str) -> bool:
        """Can a he/she pronoun stand for this actor?  A person of compatible gender, or a
        one-word uncoded "organisation" already quoted as a speaker: the tagger often
        labels a lone surname ORG ("Towson said")."""
        info = self.info[aid]
        if info.kind == "person":
            return info.gender in (want, None)
        actor = self.by_id[aid]
        return (info.kind == "organisation" and aid in self.speakers and actor.code is None
                and len(actor.name.split()) == 1)

    def _choose(self, pos: int, ok) -> str | None:
        """Latest sentence before ``pos`` holding a mention ``ok`` accepts: its subject
        mention if any, else its first.  From outside quotation marks, mentions inside
        them are passed over ("“... the president gets to pick ...,” he told VOA")."""
        tq = self.tok_quote
        if tq is not None:
            at = bisect_right(self._tok_starts, pos) - 1  # the token at pos
            if at >= 0 and tq[at] < 0:
                inner = ok
                ok = lambda m: tq[m.first] < 0 and inner(m)
        i = bisect_left(self.starts, pos) - 1
        best_sent, cands = None, []
        while i >= 0:
            m = self._at(i)
            i -= 1
            if m is None:
                continue
            if m.end > pos or (best_sent is not None and m.sent != best_sent):
                if best_sent is not None and m.sent != best_sent:
                    break
                continue
            if not ok(m):
                continue
            best_sent = m.sent
            cands.append(m)
        self.last_candidates = {m.actor for m in cands}
        self.last_choice = None
        if not cands:
            return None
        for m in cands:
            if m.subject:
                self.last_choice = m
                return m.actor
        self.last_choice = cands[-1]
        return cands[-1].actor

    def _told_party(self, pronoun, m: _Mention | None) -> bool:
        """Is m the one told, in the clause that governs the pronoun's own ("X told Y (that) he
        ...")?  The subject of a reported clause is its teller's, not the listener's."""
        if m is None or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
            return False
        gov = pronoun.head.head
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
            return False
        root = self.doc[m.first:m.last].root
        return root.head.i == gov.i and root.dep_ in ("dobj", "dative")

    def resolve_pronoun(self, tok, exclude: frozenset[str] = frozenset(), free: bool = False) -> str | None:
        """A he/she/they pronoun to the latest compatible actor, leaving out ``exclude``
        (a speaker does not call himself "he"); None when nothing compatible is near.
        ``free``: the caller has just found that no actor's mention covers ``tok``."""
        want = PRONOUNS.get(tok.lower_)
        if want is None or want == "n" or (not free and self.actor_at(tok) is not None):
            return None
        info = self.info
        if want in ("m", "f"):
            ok = lambda m: m.actor not in exclude and self._person(m.actor, want)
        else:
            ok = lambda m: m.actor not in exclude and info[m.actor].kind in ("group", "organisation", "igo")
        return self._choose(tok.idx, ok)

    def resolve(self, span: Span | None, head_i: int | None) -> tuple[str | None, bool]:
        """(actor id, whether the span is a new mention to add)."""
        if span is None or head_i is None:
            return None, False
        head = self.doc[head_i]
        aid = self.actor_at(head)
        if aid is not None:
            return aid, False
        if head.lemma_.lower() in MOUTHPIECES:  # "Matiangi's official Twitter account": Matiangi
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ not in FIRST_PERSON:
                aid = self.resolve((owner.idx, owner.idx + len(owner.text)), owner.i)[0]
                if aid is not None:
                    return aid, False
        near = sorted((c for c in head.children if c.dep_ in ("appos", "compound")),
                      key=lambda c: (c.dep_ != "appos", -c.i))
        for c in near:  # "US newspaper The New York Times", "the president, Hamid Karzai"
            if span[0] <= c.idx < span[1]:
                aid = self.actor_at(c)
                if aid is not None:
                    return aid, False
        low = head.lower_
        if low in RELATIVES and head.head.dep_ in ("relcl", "acl") and head.head.head.i != head.head.i:
            # "officials who said": the relative pronoun stands for its antecedent
            ante = head.head.head
            if ante.lower_ in RELATIVES:
                return None, False
            aid = self.resolve((ante.idx, ante.idx + len(ante.text)), ante.i)[0]
            if aid is None and ante.dep_ == "appos":  # "Cruz, a graduate of Harvard Law School who ..."
                aid = self.actor_at(ante.head)
            return aid, False
        info = self.info
        if low in PRONOUNS:
            want = PRONOUNS[low]
            if want in ("m", "f"):
                ok = lambda m: self._person(m.actor, want)
            elif want == "n":  # "The insurgent group denied it, saying it ...": a group named in the singular
                ok = lambda m: info[m.actor].kind in ("organisation", "media", "igo", "country") or (
                    info[m.actor].kind == "group" and m.singular)
            else:
                ok = lambda m: info[m.actor].kind in ("group", "organisation", "igo", "media")
            aid = self._choose(span[0], ok)
            if aid is not None and self._told_party(head, self.last_choice):
                return None, False  # "some told VOA they agree": they are not VOA
            if aid is not None and want in ("m", "f") and len(self.last_candidates) == 1 \
                    and info[aid].gender is None:
                info[aid].gender = want  # the only one "she" could be: she is a woman from now on
            return aid, True
        if head.pos_ == "PROPN":
            return self._by_name(span, head), True

        lemma = head.lemma_.lower()
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in head.children):
            return None, False
        if lemma in self.lex.media_nouns:
            return self._choose(span[0], lambda m: info[m.actor].media), True
        role = lemma in PERSON_ROLES
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if owner is not None:
            if role:  # "the head of MSF" speaks for MSF
                aid = self.actor_at(owner)
                if aid is not None:
                    return aid, False
            # an earlier "head" must have had the same complement: "the head of MSF" is not
            # "the head of the UN children's agency"
            word = owner.lemma_.lower()
            return self._choose(span[0], lambda m: (m.head == lemma or (role and lemma in self._context(m)))
                                and word in self._context(m)), True
        aid = self._choose(span[0], lambda m: m.head == lemma or (role and lemma in self._context(m)))
        if aid is None and lemma in PERSON_ANAPHORS and head.tag_ == "NN":
            aid = self._salient_person(span[0])
        return aid, True

    def _salient_person(self, pos: int) -> str | None:
        """"the billionaire", "the candidate": the person who was the subject of the latest
        sentence with a subject person, within the last two sentences, if there is one only."""
        at = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if at is None or not len(at):
            return None
        here = self._sent_of[at[0].i]
        tq = self.tok_quote
        found = None
        i = bisect_left(self.starts, pos) - 1
        while i >= 0:
            m = self._at(i)
            i -= 1
            if m is None or m.end > pos:
                continue
            if m.sent < here - 2:
                break
            if not m.subject or self.info[m.actor].kind != "person" or (tq is not None and tq[m.first] >= 0):
                continue
            if found is None:
                found = m
            elif m.sent == found.sent and m.actor != found.actor:
                return None  # two people in the same sentence: no telling
            elif m.sent != found.sent:
                break
        return found.actor if found is not None else None

    def _by_name(self, span: Span, head) -> str | None:
        """A surname ("Karzai") to the latest actor whose name holds it: for a person, as a
        word after the first name ("Christopher Lockyear" is not "Warren Christopher"); the
        span's other names must all be in the actor's name too ("Richard Weitz" is not
        "Alain Richard")."""
        if len(head.text) <= 2:
            return None
        names = [head.text] + [t.text for t in head.children  # the other names of the span: "Richard" Weitz
                               if t.dep_ == "compound" and t.pos_ == "PROPN" and t.ent_type_ == head.ent_type_
                               and span[0] <= t.idx < span[1]]
        for a in reversed(self.actors):
            words = a.name.split()
            if head.text not in words:
                continue
            if self.info[a.id].kind == "person" and len(words) > 1 and head.text == words[0] \
                    and head.text not in words[1:] and (a.country or (a.code or "")[:3]) not in FAMILY_NAME_FIRST:
                continue  # a first name, unless the family name comes first ("Li Qiang": Li)
            if all(n in words for n in names):
                return a.id
        return None

    def remove_mention(self, aid: str, span: Span) -> None:
        """Take a mention span away from an actor (a pronoun re-resolved)."""
        actor = self.by_id[aid]
        if span in actor.mentions:
            actor.mentions.remove(span)
            entry = (span[0], span[1], aid)
            i = bisect_left(self._entries, entry)
            if i < len(self._entries) and self._entries[i] == entry:
                del self._entries[i]
                del self.starts[i]

    def add_mention(self, aid: str, span: Span) -> None:
        """Add a mention span to an actor (kept sorted, for the text-order lookups)."""
        actor = self.by_id[aid]
        if span not in actor.mentions:
            actor.mentions.append(span)
            entry = (span[0], span[1], aid)
            i = bisect_left(self._entries, entry)
            self._entries.insert(i, entry)
            self.starts.insert(i, span[0])

    def is_media(self, span: Span | None, head_i: int | None, aid: str | None) -> bool:
        """Is this party a publication (not a person who reports)?"""
        if head_i is not None and self.doc[head_i].lemma_.lower() in NOT_PUBLICATIONS:
            return False
        if aid is not None and self.info.get(aid) is not None and self.info[aid].media:
            return True
        if head_i is None:
            return False
        head = self.doc[head_i]
        if head.lemma_.lower() in NOT_PUBLICATIONS:
            return False
        if head.lemma_.lower() in self.lex.media_nouns:
            return True
        return head.ent_type_ == "ORG" and any(t.text in self.lex.media_name_words for t in head.subtree)


def _enclosing_quotation(frames, f, char: int) -> int | None:
    """The index of the nearest direct or mixed attribution up f's parents whose content
    holds ``char``."""
    seen, p = set(), f.parent
    while p is not None and p not in seen:
        seen.add(p)
        g = frames[p]
        if g.kind in ("direct", "mixed") and any(s <= char < e for s, e in g.content):
            return p
        p = g.parent
    return None


def recheck_third_person(doc, frames, tok_quote: list[int], source_actor: dict, resolver: Resolver) -> None:
    """A he/she/his/her inside a quotation is not its speaker (who would say I): "“These
    challenges lie behind his desire for ...,” Weinstein continued" is somebody else's desire."""
    for i, f in enumerate(frames):
        h = f.source_head
        if h is None or f.kind == "reported_by" or tok_quote[h] < 0:
            continue
        tok = doc[h]
        if PRONOUNS.get(tok.lower_) not in ("m", "f"):
            continue
        aid = source_actor.get(i)
        g = _enclosing_quotation(frames, f, tok.idx) if aid is not None else None
        if g is None or source_actor.get(g) != aid:
            continue
        span = (tok.idx, tok.idx + len(tok.text))
        resolver.remove_mention(aid, span)
        other = resolver.resolve_pronoun(tok, frozenset([aid]))
        source_actor[i] = other
        if other is not None:
            resolver.add_mention(other, span)


def resolve_first_person(doc, frames, tok_quote: list[int], source_actor: dict, resolver: Resolver) -> None:
    """A first-person source inside a quotation ("“I believe we can win,” Smith said") is the
    speaker of that quotation: the nearest enclosing direct or mixed attribution."""
    for i, f in enumerate(frames):
        h = f.source_head
        if h is None or f.kind == "reported_by" or source_actor.get(i) is not None:
            continue
        tok = doc[h]
        if tok.lower_ not in FIRST_PERSON or tok_quote[h] < 0:
            continue
        g = _enclosing_quotation(frames, f, tok.idx)
        aid = source_actor.get(g) if g is not None else None
        if aid is not None:
            source_actor[i] = aid
            resolver.add_mention(aid, (tok.idx, tok.idx + len(tok.text)))
