"""Where the knowledge base's names and agent nouns occur in a parsed document.

Two matchers, both over the document's tokens:

- :func:`kb_matches`: names, demonyms and metonyms of the knowledge base, longest first, with
  one dict lookup per token ("Hamid Karzai", "Afghan", "the Kremlin");
- :func:`agent_matches`: agent nouns by lemma ("officials", "defence minister", "security
  forces"), not where a name was matched and not as a hyphenated modifier ("rebel-held").

When a name belongs to several entries, :func:`pick` chooses the one that holds a role on the
story's date, then the higher office, then the latest to take office.
"""

from __future__ import annotations

from ..nlp import doc_text
from .kb import Alias, KnowledgeBase, token_norm

OFFICE_RANK = {"HOS": 6, "HOG": 5, "VP": 4, "FM": 3, "DEF": 3, "SG": 3, "ELI": 0}

def _token_texts(doc) -> tuple[list[int], list[str]]:
    """Indices and texts of the tokens that are neither whitespace nor a dash, read from one
    array of offsets (no Token objects: this runs over every token of every document)."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    text = doc_text(doc)
    idx: list[int] = []
    texts: list[str] = []
    for i, (start, length, space) in enumerate(doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()):
        t = text[start:start + length]
        if space or t in ("-", "–", "—"):
            continue
        idx.append(i)
        texts.append(t)
    return idx, texts


def kb_matches(doc, kb: KnowledgeBase, date: str | None) -> list[tuple[int, int, int, Alias]]:
    """(start, end, entry id, alias) of each knowledge-base name in the document, longest
    match first at each token, left to right without overlaps."""
    tok_i, tok_text = _token_texts(doc)
    norms = [token_norm(t) for t in tok_text]
    out: list[tuple[int, int, int, Alias]] = []
    i, n_tok = 0, len(tok_i)
    while i < n_tok:
        cands = kb.index.get(norms[i])
        if not cands:
            i += 1
            continue
        found: list[Alias] = []
        length = -1
        for alias in cands:
            n = len(alias.rest)
            if length >= 0 and n < length:
                break
            if i + 1 + n > n_tok:
                continue
            if n and tuple(norms[i + 1 : i + 1 + n]) != alias.rest:
                continue
            first = tok_text[i]
            if alias.acronym and not first.isupper():
                continue
            if alias.cap and not first[:1].isupper():
                continue
            if n and tok_i[i + n] - tok_i[i] > 2 * n + 1:
                continue
            found.append(alias)
            length = n
        if not found:
            i += 1
            continue
        alias = pick(found, kb, date)
        start, end = tok_i[i], tok_i[i + length] + 1
        out.append((start, end, alias.entry, alias))
        i += length + 1
    return out


def pick(found: list[Alias], kb: KnowledgeBase, date: str | None) -> Alias:
    """The alias the coder uses among equally long matches of one name: a user's own entry
    first, then one holding a role on the date, the higher office, the latest to take office."""
    if len(found) == 1:
        return found[0]
    users = [a for a in found if a.user]
    pool = users or found
    best, best_score = pool[0], (-1, -1, "")
    for alias in pool:
        entry = kb.entries[alias.entry]
        if date:
            holds = any(t.valid_on(date) for t in entry.dated)
            # among people holding office then, the higher office ("Kim" in 2020 is Kim Jong Un,
            # not his sister's party post), then the latest to take office
            rank = max((OFFICE_RANK.get(o, 1) for _r, o, start, end in entry.offices
                        if (start or "") <= date and (not end or date < end)), default=0)
            score = (1 if holds else 0, rank, max((t.start for t in entry.dated if t.start <= date), default=""))
        else:
            score = (1, 0, max((t.start for t in entry.dated), default=""))
        if score > best_score:
            best, best_score = alias, score
    return best


def agent_at(doc, i: int, kb: KnowledgeBase):
    """(agent, end) of the agent noun phrase starting at token i, or None."""
    tok = doc[i]
    key = tok.lemma_.lower()
    cands = kb.agents.get(key) or kb.agents.get(tok.lower_)
    if not cands and tok.lower_.endswith("s") and len(tok.lower_) > 3:  # "Rebels" tagged PROPN
        cands = kb.agents.get(tok.lower_[:-1])
    if not cands:
        return None
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].tag_ in {"VBN", "VBD", "JJ"}:
        return None  # "government-held", "rebel-controlled", "state-run": a modifier, not an actor
    for agent in cands:
        n = len(agent.rest)
        if i + 1 + n > len(doc):
            continue
        ok = True
        for k, word in enumerate(agent.rest, 1):
            t = doc[i + k]
            if word != t.lemma_.lower() and word != t.lower_ and word + "s" != t.lower_:
                ok = False
                break
        if ok:
            return agent, i + 1 + n
    return None


def agent_matches(doc, kb: KnowledgeBase, taken: set[int]):
    """(start, end, agent) of each agent phrase whose tokens are not in ``taken`` and whose
    last word is a noun."""
    out = []
    i = 0
    while i < len(doc):
        if i in taken or doc[i].pos_ not in {"NOUN", "PROPN", "ADJ"}:
            i += 1
            continue
        hit = agent_at(doc, i, kb)
        if hit is None:
            i += 1
            continue
        agent, end = hit
        head = doc[end - 1]
        if head.pos_ not in {"NOUN", "PROPN"} or any(k in taken for k in range(i, end)):
            i += 1
            continue
        out.append((i, end, agent))
        i = end
    return out
