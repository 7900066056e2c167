"""Parse helpers shared by the constructions and slots: phrases around a token, preposition
objects, agentive nouns, the dependency label sets of subjects and relatives.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Span
from ..wordlists import word_list
from .spans import runs, tokens_span, trim_tokens


SUBJECTS = {"nsubj", "csubj"}


PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}


RELATIVE = {"who", "that", "which", "whom"}


STATEMENT_NOUNS = word_list("statement_nouns")


FIRST_SECOND_PERSON = {"i", "we", "you"}


# what someone issues, whose "-ing" clause is the issuer's words ("released a statement saying ...")
ISSUED_NOUNS = STATEMENT_NOUNS | word_list("issued_nouns")


# "leaving many to wonder": quantifiers that can hold a view
QUANTIFIERS = word_list("quantifiers")


# one-word subjects that name no holder ("this shows", "that suggests", "what matters")
VAGUE_SOURCES = word_list("vague_sources")
# subjects that refer to nobody ("it is clear", "there are", "this shows")
EMPTY_SUBJECTS = word_list("empty_subjects")


def object_of(prep, deps=("pobj", "pcomp")):
    """The object of a preposition ("about [the plan]"), or None."""
    return next((x for x in prep.children if x.dep_ in deps), None)


def span_without(ctx, root, drop: set[int]) -> tuple[Span | None, list[int]]:
    """The span of ``root``'s subtree minus ``drop``: the contiguous run around root."""
    doc = ctx.doc
    idxs = [i for i in ctx.subtree(root) if i not in drop]
    idxs = trim_tokens(doc, idxs)
    for run in runs(idxs):
        if run[0] <= root.i <= run[-1]:
            run = trim_tokens(doc, run)
            if run:
                return tokens_span(doc, run), run
    return (root.idx, root.idx + len(root.text)), [root.i]


def quoted_by(tok):
    """A "quoted by Y" participle in tok's subtree: (quoted token, by token, pobj)."""
    for t in tok.subtree:
        if t.lemma_ == "quote" and t.dep_ in ("acl", "relcl", "advcl"):
            for c in t.children:
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return t, c, p
    return None


@lru_cache(maxsize=1)
def _agent_nouns() -> frozenset[str]:
    """One-word role and group nouns of the actor knowledge base ("official", "voter", "senator")."""
    from ..actors.kb import data_lines

    words = {cols[0] for cols in data_lines("agents.tsv") if cols and " " not in cols[0]}
    return frozenset(words | word_list("holder_role_nouns"))


def agentive_noun(tok) -> bool:
    """A noun that can hold a view: a named person or group, or a role noun ("officials")."""
    return (tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.lemma_.lower() in _agent_nouns()
            or tok.lemma_.lower() in ISSUED_NOUNS or tok.lower_ in ISSUED_NOUNS)


def main_verb_as_participle(tok) -> bool:
    """"Beruff, a Scott ally, called Florida's standards “strong.”": the parser read the main
    verb as a participle on the subject; a participle with an object of its own (and no
    "by" agent) is the sentence's verb."""
    return (tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.i < tok.i
            and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in tok.children)
            and not any(c.dep_ == "agent" for c in tok.children)
            and not any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in tok.sent if t.i != tok.i))


NP_INSIDE_DEPS = {"det", "compound", "amod", "poss", "nummod", "case"}


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def strip_span(text: str, span: Span) -> Span:
    """The span without surrounding spaces, commas, colons, dashes and (at its start) quotation marks."""
    s, e = span
    while s < e and (text[s].isspace() or text[s] in ",;:—–-\"“”"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    return (s, e) if e > s else span


def opens_clause(tok) -> bool:
    """Whether a participle opens its clause, after "when"/"while"/"if" at most: "Asked if
    ...", "..., when asked about ..."."""
    i = tok.i
    while i > 0 and tok.doc[i - 1].head.i == tok.i and tok.doc[i - 1].dep_ in ("advmod", "mark"):
        i -= 1
    return i == 0 or tok.doc[i - 1].is_punct or tok.doc[i - 1].is_space or tok.doc[i].is_sent_start


ISSUING_VERBS = word_list("issuing_verbs")


def clause_root_before(ctx, i: int, limit: int):
    """The highest head above token i that still stands before ``limit``: the root of the
    clause that ends there (the parser may hang it on what follows)."""
    doc = ctx.doc
    root = doc[i]
    while root.head.i != root.i and root.head.i < limit:
        root = root.head
    return root


COPULAS = word_list("copulas")


# "X is considered Y", "X is seen as Y", "X is said to be Y", "a move described as reckless":
# a view attributed to nobody in particular (PolNeAR's attribution without a source)
# (plain naming -- "is called" -- is left out: a name is nobody's claim; "known as" and "dubbed" report a label)
PASSIVE_VIEW_VERBS = word_list("passive_view_verbs")


def token_at(ctx, char: int) -> int:
    """The index of the token at character ``char`` (the document's length when none)."""
    doc = ctx.doc
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else len(doc)
