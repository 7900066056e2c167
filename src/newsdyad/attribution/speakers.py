"""Speaker resolution without a coreference model.

A source (or addressee) span resolves to a document actor:
1. when the span's head word lies inside one of the actor's mentions;
2. a surname or other single name equal to a word of an actor's name ("Karzai");
3. a definite description: media nouns ("the paper", "the newspaper") to the latest
   publication; other heads ("the officials", "the minister") to the latest actor a
   mention of which has that head noun or is introduced by it ("President X");
4. a pronoun: he/she to the latest person of compatible gender (name list, Mr/Mrs/Ms),
   it to the latest organisation or publication, they to the latest group, organisation
   or plural mention; within the latest sentence holding a candidate, subjects first.
Resolved pronouns, descriptions and names are added to the actor's mentions.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..model import Actor, Span
from .lexicon import Lexicon

PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "it": "n", "they": "p", "them": "p"}
PERSON_ROLES = {"president", "minister", "premier", "official", "spokesman", "spokeswoman",
                "spokesperson", "leader", "chancellor", "king", "queen", "prince", "senator",
                "governor", "secretary", "ambassador", "envoy", "general", "commander", "chief",
                "candidate", "mayor", "lawmaker", "diplomat", "adviser", "advisor", "aide", "man",
                "woman", "officer", "director", "chairman", "head", "nominee"}
LABEL_KIND = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group",
              "LOC": "place", "FAC": "place"}
FEMALE_TITLES = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "queen"}
MALE_TITLES = {"mr", "mr.", "sir", "lord", "king", "prince"}


@dataclass
class _Info:
    kind: str | None
    gender: str | None
    media: bool


class Resolver:
    def __init__(self, doc, actors: list[Actor], lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.actors = actors
        self.info: dict[str, _Info] = {a.id: self._info(a) for a in actors}
        self._rebuild()

    def _rebuild(self):
        self.mentions = sorted((s, e, a.id) for a in self.actors for s, e in a.mentions)
        self.starts = [m[0] for m in self.mentions]

    def _tokens_at(self, span: Span):
        return self.doc.char_span(span[0], span[1], alignment_mode="expand")

    def _info(self, actor: Actor) -> _Info:
        labels, gender, media = [], None, False
        first = actor.name.split()[0] if actor.name.split() else ""
        gender = self.lex.first_names.get(first)
        for s, e in actor.mentions:
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
    def actor_at(self, head) -> str | None:
        """The actor one of whose mentions covers the token ``head``."""
        i = bisect_left(self.starts, head.idx + 1) - 1
        while i >= 0:
            s, e, aid = self.mentions[i]
            if s <= head.idx < e:
                return aid
            if s < head.idx - 300:
                break
            i -= 1
        return None

    def _before(self, pos: int):
        """Mentions before ``pos``, latest first."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0:
            yield self.mentions[i]
            i -= 1

    def _choose(self, pos: int, ok) -> str | None:
        best_sent, cands = None, []
        for s, e, aid in self._before(pos):
            if e > pos or not ok(aid):
                continue
            sent = self.doc[self.doc.char_span(s, e, alignment_mode="expand").start].sent.start \
                if self.doc.char_span(s, e, alignment_mode="expand") is not None else None
            if best_sent is None:
                best_sent = sent
            if sent != best_sent:
                break
            cands.append((s, e, aid))
        if not cands:
            return None
        for s, e, aid in cands:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return aid
        return cands[0][2]

    def resolve(self, span: Span | None, head_i: int | None) -> tuple[str | None, bool]:
        """(actor id, whether the span is a new mention to add)."""
        if span is None or head_i is None:
            return None, False
        head = self.doc[head_i]
        aid = self.actor_at(head)
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
        if low in PRONOUNS:
            want = PRONOUNS[low]
            if want in ("m", "f"):
                ok = lambda a: self.info[a].kind in ("person", None) and self.info[a].gender in (want, None) \
                    and self.info[a].kind == "person"
            elif want == "n":
                ok = lambda a: self.info[a].kind in ("organisation", "media", "igo", "country")
            else:
                ok = lambda a: self.info[a].kind in ("group", "organisation", "igo", "media")
            return self._choose(span[0], ok), True
        if head.pos_ == "PROPN":
            for a in reversed(self.actors):
                if head.text in a.name.split() and len(head.text) > 2:
                    return a.id, True
            return None, False
        lemma = head.lemma_.lower()
        det = [c for c in head.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")]
        if not det:
            return None, False
        if lemma in self.lex.media_nouns:
            return self._choose(span[0], lambda a: self.info[a].media), True
        def same_head(a: str) -> bool:
            actor = next(x for x in self.actors if x.id == a)
            for s, e in actor.mentions:
                if s >= span[0]:
                    continue
                toks = self._tokens_at((s, e))
                if toks is None or len(toks) == 0:
                    continue
                if toks.root.lemma_.lower() == lemma:
                    return True
                if lemma in PERSON_ROLES and any(t.lemma_.lower() == lemma for t in
                                                self.doc[max(0, toks.start - 3): toks.end]):
                    return True
            return False
        return self._choose(span[0], same_head), True

    def add_mention(self, aid: str, span: Span) -> None:
        actor = next(a for a in self.actors if a.id == aid)
        if span not in actor.mentions:
            actor.mentions.append(span)
            actor.mentions.sort()
            self._rebuild()

    def is_media(self, span: Span | None, head_i: int | None, aid: str | None) -> bool:
        if aid is not None and self.info.get(aid) is not None and self.info[aid].media:
            return True
        if head_i is None:
            return False
        head = self.doc[head_i]
        if head.lemma_.lower() in self.lex.media_nouns:
            return True
        return head.ent_type_ == "ORG" and any(t.text in self.lex.media_name_words for t in head.subtree)
