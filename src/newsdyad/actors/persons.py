"""Titles and appositives around a person's name decide the person's code.

    "Afghan President Hamid Karzai"            title + demonym        -> AFGGOV
    "Karzai, the Afghan president, said ..."   appositive title       -> AFGGOV
    "former President Karzai"                  former                 -> AFGELI
    "the President of Mali, Amadou Diallo"     title + "of X"         -> MLIGOV
    "Amadou Diallo, a former president of Mali" appositive + "of X"   -> MLIELI
    "Taliban spokesman Zabihullah Mujahid"     role in a group        -> the Taliban's code
    "X, a spokesperson for the Malian army"    role for a named actor -> MLIMIL (``represents``)
    "Minister Amadou Diallo"                   (no country: the sector only, GOV)
    "X, president of the Kenya Wildlife Society" (an organisation the knowledge base lacks:
                                               no country from it, ``heads_unknown_organisation``)

The title is an agent with role ``title`` (``data/kb/agents.tsv``) before the name inside its
phrase, or in apposition to it; the country comes from the title phrase's modifiers, an
"of X" phrase, or else the knowledge-base person's own code on the date.
"""

from __future__ import annotations

from .mention import Mention, split_code
from .phrases import TITLE_FORMER, agent_sector, context_country, prep_country, role_in_group
from .represents import represented


def person_context(doc, m: Mention, kb, date, agent_head, mention_at, consumed_agents: set[int]) -> None:
    """Code the person mention m from the titles before it and in apposition to it; the
    title phrases used are added to ``consumed_agents`` (they are no actors of their own)."""
    root_tok = doc[m.head] if m.head >= 0 else doc[m.end - 1]
    titles, appos, context_tokens = _titles(doc, m, root_tok, agent_head, consumed_agents)
    if not titles:
        return
    agent = titles[-1][0]
    if titles[-1][3] not in appos:
        m.start = min(m.start, titles[-1][1])
    former = any(t.lower_ in TITLE_FORMER for t in context_tokens)
    root, src = context_country(doc, [t for t in context_tokens if not (m.start <= t.i < m.end)],
                                mention_at, kb, date)
    if root is None and not heads_unknown_organisation(root_tok, mention_at):
        r, _ = prep_country(doc, root_tok, mention_at, kb, date, ("of",))
        root = r
    for h in appos if root is None else ():
        if heads_unknown_organisation(doc[h], mention_at):
            break  # "X, president of the Committee for Freedom in Hong Kong": not Hong Kong's president
        root, _ = prep_country(doc, doc[h], mention_at, kb, date, ("of",))  # "X, a former president of Mali"
        if root is not None:
            break
    rep = None if former else represented(doc, doc[titles[-1][3]], mention_at, kb, lambda i: agent_sector(doc, i, kb))
    if rep is not None:  # "X, a spokesperson for the Sudanese army": the army's code
        m.code, obj = rep[0], rep[1]
        m.root, m.sector = split_code(m.code)
        m.rule = f"title:{agent.phrase}+represents:{obj.text}" + (f" ({m.rule})" if m.source == "kb" else "")
        m.priority = 4
        return
    entry = kb.entries[m.entry] if m.entry is not None else None
    if root is None and entry is not None:
        code, _ = entry.code_at(date)
        root = split_code(code)[0] if code else None
    sector = "ELI" if former else (agent.sector or None)
    if root is None:
        m.sector = sector
        m.rule = f"title:{agent.phrase}" + (f"+{m.rule}" if m.rule else "")
        m.priority = max(m.priority, 2)
        return
    code = root + (sector or "") if not root.startswith(("IGO", "NGO")) else root
    if role_in_group(src, sector):  # "Taliban spokesman Zabihullah Mujahid"
        code = src.code
        sector = split_code(code)[1]
    m.code, m.root, m.sector = code, root, sector
    m.rule = f"title:{agent.phrase}" + ("+former" if former else "") + f"+country:{root}" + (
        f" ({m.rule})" if m.source == "kb" else "")
    m.priority = 4


def heads_unknown_organisation(title, mention_at) -> bool:
    """Whether the title's "of" phrase names an organisation the knowledge base does not know:
    "president of the Kenya Wildlife Society", "director of the Center for Peace in Mali" head
    that body, not the state whose name sits inside or after it.  Not this: "President of
    Mali", "president of the European Commission" (known), "head of the army" (no name)."""
    for prep in title.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and pobj.ent_type_ in ("ORG", "FAC"):
                m = mention_at(pobj.i)
                return m is None or m.entry is None
    return False


def _titles(doc, m: Mention, root_tok, agent_head, consumed_agents: set[int]):
    """(titles as (agent, start, end, head), heads of appositive titles, the tokens around the
    name that may hold the title's country); appositive title spans join m's extra spans."""
    titles = []
    left = root_tok.left_edge.i
    for h, (s, e, agent) in agent_head.items():
        if left <= s and e <= m.start and agent.role == "title":
            titles.append((agent, s, e, h))
    appos = []
    for child in root_tok.children:
        if child.dep_ == "appos" and child.i in agent_head:
            appos.append(child.i)
    if root_tok.dep_ == "appos" and root_tok.head.i in agent_head:
        appos.append(root_tok.head.i)
    context_tokens = list(doc[left:m.start])
    for h in appos:
        s, e, agent = agent_head[h]
        if agent.role == "title":
            titles.append((agent, s, e, h))
            context_tokens.extend(doc[doc[h].left_edge.i:e])
            consumed_agents.add(h)
            span = (doc[h].left_edge.i, e)
            m.extra_spans.append((doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text)))
    for _a, s, e, h in titles:
        consumed_agents.add(h)
    return titles, appos, context_tokens
