"""Agent phrases: nouns that name an actor by its role, coded from the words around them.

    "Afghan officials"                    officials + demonym modifier      -> AFGGOV
    "the leader of the Taliban"           leader + "of X" (a group)         -> the Taliban's code
    "officials close to Karzai"           officials + "close to X"          -> Karzai's code
    "Indian and Pakistani prime ministers" one phrase per coordinated country -> INDGOV, PAKGOV
    "security forces"                     no country: the sector-only code  -> COP
    "Bosnian Serbs" / "Afghans close to him"  a plural demonym with context -> a group actor
    "the army convoy's driver"            (a modifier, not an actor: "army" is not coded alone)

Each finder returns a :class:`~.mention.Mention` with its rule (the evidence); the country comes
from a premodifier (demonym, country name, possessive), an "of/in/from X" phrase, a modifier
shared with a coordinated noun, or "close to X".  A role inside a non-state group from the
knowledge base keeps the group's code ("Taliban spokesman" -> AFGREB, not AFGGOV).
"""

from __future__ import annotations

import copy

from .kb import KINDS
from .lexicon import words
from .matching import agent_at
from .mention import Mention, is_sector_only, split_code
from .represents import represented

COUNTRY_KINDS = {"country", "igo"}
COLLECTIVE_KINDS = frozenset(KINDS) - {"person", "place"}  # kinds that own and are led
TITLE_FORMER = words("title_former_words")
INDEFINITE = words("indefinite_determiners")
DEFINITE = words("definite_determiners")
CLOSE_TO = words("close_to_words")
MODIFIER_KEEPS_SECTOR = words("modifier_keeps_sector")  # "an army convoy", "a police station" keep their sector
SECTOR_ONLY_ROLES = {"group", "body"}  # nameless agents coded by sector alone when no country is given
SECTOR_ONLY_TITLE_SECTORS = {"JUD"}  # "the prosecutor", "the judge": sector-only even in the singular
CLAUSAL = {"acl", "relcl", "appos", "punct", "cc", "conj", "advcl", "prep"}  # dependents that end a noun phrase
NP_LEFT = {"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case", "predet"}  # premodifiers
PHRASE_BREAKS = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "parataxis"}  # end an "of X" phrase


# ---------------------------------------------------------------------------------------
# reading the parse


def context_country(doc, tokens, mention_at, kb, date):
    """(root, mention) of the first country/IGO/person root among tokens (modifiers,
    possessives), or (None, None)."""
    for t in tokens:
        m = mention_at(t.i)
        if m is None or m.entry is None:
            continue
        entry = kb.entries[m.entry]
        if entry.kind in COUNTRY_KINDS:
            return (entry.default if entry.kind == "igo" else (m.root or entry.default)), m
        if entry.kind in {"person", "group", "organisation", "media"} and m.root:
            return m.root, m
    return None, None


def phrase_end(tok, named=lambda i: False) -> int:
    """End (exclusive) of tok's noun phrase with its "of"/"in" phrases but no clause,
    apposition or coordination ("supporter of Mr. Trump's instincts, which ..." ends at
    "instincts")."""
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in PHRASE_BREAKS and not (
                (child.ent_iob_ == "I" and tok.ent_type_) or named(child.i)):  # "Bosnia and Herzegovina"
            break
        end = max(end, phrase_end(child, named))
    return end


def nearest_first(tok) -> list:
    """tok's subtree, breadth first and nearest word first: in "leader of Afghanistan's
    Taliban insurgency" the Taliban (what is led) comes before Afghanistan (its place)."""
    out, frontier = [], [tok]
    while frontier:
        out.extend(frontier)
        nxt = []
        for t in frontier:
            nxt.extend(reversed(list(t.lefts)))
            nxt.extend(t.rights)
        frontier = nxt
    return out


def prep_country(doc, head, mention_at, kb, date, preps=("of", "in", "from"), found: list | None = None):
    """Country named in 'of X' / 'in X' / 'from X' / 'based in X' after the head, with the
    end of that phrase; the mention that named it is appended to ``found`` when given."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    root, m = context_country(doc, nearest_first(pobj), mention_at, kb, date)
                    if root:
                        if found is not None:
                            found.append(m)
                        return root, phrase_end(pobj, lambda i: mention_at(i) is not None)
        if child.dep_ in {"acl", "amod"} and child.lemma_ in {"base", "headquarter", "station"}:
            r = prep_country(doc, child, mention_at, kb, date, ("in",), found)
            if r[0]:
                return r
    return None, None


def np_end(tok) -> int:
    """End (exclusive token index) of tok's noun phrase without clauses and appositions."""
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in CLAUSAL:
            break
        end = max(end, child.right_edge.i + 1)
    return end


def np_start(tok) -> int:
    """Start of tok's noun phrase: its premodifiers (determiner, adjectives, compounds)."""
    start = tok.i
    for child in reversed(list(tok.lefts)):
        if child.dep_ not in NP_LEFT:
            break
        start = min(start, child.left_edge.i)
    return start


def close_to(head):
    """The object X of 'close to X' / 'loyal to X' / 'linked with X' attached to head, or None."""
    for child in head.rights:
        if child.lower_ in CLOSE_TO and child.dep_ in {"amod", "acl", "advmod", "prep"}:
            for prep in child.children:
                if prep.lower_ in ("to", "with") and prep.dep_ == "prep":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return pobj
    return None


def proper_name(doc, head) -> bool:
    """Is the agent head part of a capitalised name ("the Baloch Liberation Army"), not a common noun?"""
    return head.ent_type_ in {"ORG", "FAC", "WORK_OF_ART"} and head.text[:1].isupper() and not head.is_sent_start


def role_in_group(src: Mention | None, sector: str | None) -> bool:
    """Is a government or military role word ("leader", "spokesman", "commander") used of a
    non-state group from the knowledge base (its code's sector is REB, OPP, PTY, ..., or its
    root is IMG)?"""
    if src is None or not src.rule.startswith(("kb:group", "user:")) or not src.code or sector not in ("GOV", "MIL"):
        return False
    # a transnational armed group (IMG...) is non-state whatever its code's letters: "the
    # leader of ISIS" is the group, not IMGMOSGOV
    return src.code.startswith("IMG") or split_code(src.code)[1] not in (None, "GOV", "MIL")


# ---------------------------------------------------------------------------------------
# agent phrases


def agent_phrase(doc, start, end, agent, kb, date, mention_at) -> Mention | None:
    """The mention of the agent phrase doc[start:end] (agent from the knowledge base), with
    its premodifiers, its "of X" phrase and its code."""
    head = _phrase_head(doc, start, end)
    left = min(np_start(head), start)
    left_tokens = [t for t in doc[left:start]]
    former = any(t.lower_ in TITLE_FORMER for t in left_tokens) or doc[start].lower_.startswith("ex-")
    rule_bits = [f"agent:{agent.phrase}"]
    root, src, span_end = _phrase_country(doc, head, left_tokens, end, mention_at, kb, date, rule_bits)
    inherit = close_to(head)
    m = Mention(left, span_end, "agent", None, "group", None, None, None, head=head.i,
                name=doc[left:span_end].text)
    if inherit is not None:
        m.extra_spans = [(inherit.left_edge.i, np_end(inherit))]
        m.end = max(m.end, np_end(inherit))
        m.name = doc[left:m.end].text
        rule_bits.append(f"inherit:close-to:{inherit.text}")
    sector = agent.sector or _modifier_sector(doc, head, left_tokens, kb, rule_bits)
    coord = _coordinated_countries(doc, src, left_tokens, mention_at, kb) if src is not None else []
    if src is not None and not agent.sector and src.entry is not None and src.kind in {"group", "organisation", "media", "igo"}:
        return _same_as_modifier(m, src, agent, rule_bits)
    if former:
        sector = "ELI"
        rule_bits.append("former")
    code, root, sector = _phrase_code(doc, head, agent, root, src, sector, inherit, rule_bits)
    rep = None if former else represented(doc, head, mention_at, kb, lambda i: agent_sector(doc, i, kb))
    if rep is not None and code and code.startswith(rep[0]):
        rep = None  # "U.N. envoy": IGOUNOGOV already says more than the U.N.'s own code
    if rep is not None:  # "a spokesman for the Sudanese army": the army's code
        code, obj, rep_end = rep
        root, sector = split_code(code)
        rule_bits.append(f"represents:{obj.text}")
        if obj.dep_ == "pobj":
            m.end = max(m.end, phrase_end(obj, lambda i: mention_at(i) is not None))
            m.name = doc[left:m.end].text
    m.code, m.root, m.sector = code, root, sector
    m.kind = "media" if sector and "MED" in sector else (
        "person" if agent.role == "title" and head.tag_ in {"NN", "NNP"} else "group" if agent.role == "group"
        else "organisation")
    m.rule = "+".join(rule_bits)
    m.priority = 1
    det = doc[left].lower_ if left < len(doc) else ""
    plural = head.tag_ in {"NNS", "NNPS"}
    m.key = ("agent", head.lemma_.lower(), agent.role, plural, det in INDEFINITE, m.start)
    m.agent_role, m.agent_phrase = agent.role, agent.phrase
    m.definite, m.indefinite, m.plural = det in DEFINITE, det in INDEFINITE, plural
    m.inherit_head = inherit.i if inherit is not None else None
    m.possessor = any(t.dep_ == "poss" for t in head.children)
    m.coord = [(c.root, c.start, doc[c.start:c.end].text, None if c.kind == "country" else (c.code, c.key))
               for c in coord if c.root != root]
    return m


def _phrase_head(doc, start: int, end: int):
    """The head noun of an agent phrase: its last word, or the syntactic root of a longer
    phrase ("secretary of state": the head is "secretary", not "state")."""
    head = doc[end - 1]
    if end - start > 1:
        syn = doc[start:end].root
        if syn.i != head.i and syn.pos_ in {"NOUN", "PROPN"}:
            head = syn
    return head


def _phrase_country(doc, head, left_tokens, end, mention_at, kb, date, rule_bits):
    """(root, the mention that named it, end of the phrase) of an agent phrase: from a
    premodifier ("Afghan officials"), else an "of/in/from X" phrase ("the leader of the
    Taliban" is coded as the Taliban, like "Taliban leader"), else a modifier shared with the
    noun it is coordinated with ("Danish media and government")."""
    root, src = context_country(doc, [t for t in left_tokens if not _own_conjunct(doc, t, mention_at)],
                                mention_at, kb, date)
    span_end = end
    if src is not None:
        rule_bits.append(f"{src.rule.split(':')[0]}:{doc[src.start:src.end].text}")
    if root is None:
        named_by: list = []
        r, r_end = prep_country(doc, head, mention_at, kb, date, found=named_by)
        if r:
            root, span_end = r, max(span_end, r_end)
            rule_bits.append(f"prep:{r}")
            if named_by and named_by[0].kind in {"group", "organisation"}:
                src = named_by[0]
    if root is None and head.dep_ == "conj" and head.head.pos_ in {"NOUN", "PROPN"}:
        first = head.head
        own = mention_at(first.i)  # "the United Nations and rights groups": part of the first name
        shared = [t for t in doc[np_start(first):first.i] if t.head.i == first.i
                  and not (own is not None and own.start <= t.i < own.end)]
        root, src = context_country(doc, shared, mention_at, kb, date)
        if root is not None:
            rule_bits.append(f"shared-modifier:{doc[src.start:src.end].text}")
    return root, src, span_end


def _own_conjunct(doc, t, mention_at) -> bool:
    """Whether the premodifier t belongs to a name coordinated with a common noun, which the
    parser hung on the phrase's head: "the United Nations and rights groups" is two actors,
    not United Nations rights groups.  Not this: "the US and Chinese governments", "US and EU
    officials" (the name is coordinated with another country word: a shared modifier)."""
    m = mention_at(t.i)
    if m is None:
        return False
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.i >= m.end and mention_at(c.i) is None
               for tok in doc[m.start:m.end] for c in tok.children)


def agent_sector(doc, i: int, kb) -> str | None:
    """The sector of the agent noun at token i ("army" -> MIL), or None."""
    hit = agent_at(doc, i, kb)
    return hit[0].sector if hit is not None and hit[0].sector and not hit[0].is_root else None


def _modifier_sector(doc, head, left_tokens, kb, rule_bits) -> str | None:
    """The sector of a sector noun modifying a sector-less agent ("Opposition supporters",
    "women's groups"), or None."""
    for t in left_tokens:
        if t.dep_ in {"compound", "amod", "nmod"} and t.head.i == head.i:
            hit = agent_at(doc, t.i, kb)
            if hit is not None and hit[0].sector and not hit[0].is_root:
                rule_bits.append(f"modifier-agent:{hit[0].phrase}")
                return hit[0].sector
    return None


def _same_as_modifier(m: Mention, src: Mention, agent, rule_bits) -> Mention:
    """A sector-less agent noun after a named group or organisation is that actor
    ("the Hamas movement", "the BBC network")."""
    m.code, m.root, m.sector, m.kind = src.code, src.root, src.sector, src.kind
    m.rule = "+".join(rule_bits) + "=same-as-modifier"
    m.key = src.key
    m.priority = 0
    m.agent_role = "same"
    m.agent_phrase = agent.phrase
    return m


def _phrase_code(doc, head, agent, root, src, sector, inherit, rule_bits):
    """(code, root, sector) of an agent phrase once its country and sector are known."""
    if agent.is_root:
        return agent.sector, None, sector
    if root and role_in_group(src, sector):
        # "Taliban spokesman", "the leader of Hezbollah": a role inside a non-state group
        # keeps the group's code (AFGREB), not the country's government (AFGGOV)
        rule_bits.append("role-in-group")
        return src.code, root, split_code(src.code)[1]
    if root:
        return root + (sector or ""), root, sector
    if sector and (agent.role in SECTOR_ONLY_ROLES or (agent.role == "title" and sector in SECTOR_ONLY_TITLE_SECTORS)) \
            and inherit is None and not proper_name(doc, head) and (
            head.dep_ not in {"compound", "amod", "nmod"} or sector[:3] in MODIFIER_KEEPS_SECTOR):
        rule_bits.append("sector-only")
        return sector, root, sector  # "rebels", "police", "security forces" with no country
    return None, root, sector


def _coordinated_countries(doc, src: Mention, left_tokens, mention_at, kb) -> list[Mention]:
    """Other countries coordinated with the modifier src: "Indian and Pakistani prime ministers"."""
    out: list[Mention] = []
    if not any(t.dep_ == "cc" for t in left_tokens):
        return out
    for t in left_tokens:
        mm = mention_at(t.i)
        if mm is None or mm is src or mm.entry is None or any(mm is o for o in out):
            continue
        if kb.entries[mm.entry].kind not in {"country", "group", "organisation", "igo"} or not mm.root:
            continue
        tok = doc[mm.head] if mm.head >= 0 else doc[mm.end - 1]
        if tok.dep_ == "conj" and tok.head.i in range(src.start, src.end):
            out.append(mm)
    return out


def split_coordinated(doc, am: Mention) -> list[Mention]:
    """One agent mention per coordinated country; each span runs from its country to the shared head."""
    extra = []
    for root, start, text, own_code in am.coord:
        c = copy.copy(am)
        c.extra_spans = list(am.extra_spans)
        c.start, c.root = start, root
        c.rule = am.rule + f"+coordinated:{text}"
        c.key = am.key[:-1] + (start,) if am.key and am.key[0] == "agent" else ("coord", start, root)
        if own_code:  # "US and Taliban negotiators": a named group keeps its code and is the same actor
            c.code, c.key = own_code
            c.root, c.sector = split_code(c.code)
            c.priority = 0
        elif am.code and not is_sector_only(am.code):
            c.code = root + (am.sector or "")
        c.name = doc[start:am.end].text
        c.coord = []
        extra.append(c)
    return extra


def demonym_group(doc, m: Mention, kb, date, mention_at) -> Mention | None:
    """A plural demonym noun with its own context is a group actor ("Bosnian Serbs",
    "Afghans close to him", "Albanians of southern Serbia"); None without such context."""
    head = doc[m.end - 1]
    if head.tag_ not in {"NNS", "NNPS"} and not head.text.endswith("s"):
        return None
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    inherit = close_to(head)
    other_root, other_end = prep_country(doc, head, mention_at, kb, date, ("of", "in"))
    modifier = None
    for child in head.lefts:
        if child.dep_ in {"amod", "compound"}:
            mm = mention_at(child.i)
            if mm is not None and mm.entry is not None and kb.entries[mm.entry].kind == "country":
                modifier = mm
    if inherit is None and other_root is None and modifier is None:
        return None
    root = m.root
    rule = f"demonym-group:{doc[m.start:m.end].text}"
    end = m.end
    start = min(m.start, head.left_edge.i)
    g = Mention(start, end, "agent", None, "group", None, None, None, head=head.i, priority=1,
                agent_role="group", agent_phrase=head.lemma_, indefinite=True, plural=True)
    if modifier is not None:
        root = modifier.root
        rule += f"+modifier:{doc[modifier.start:modifier.end].text}"
    if other_root:
        root = other_root
        end = max(end, other_end)
        rule += f"+prep:{other_root}"
    if inherit is not None:
        end = max(end, np_end(inherit))
        g.extra_spans = [(inherit.left_edge.i, np_end(inherit))]
        rule += f"+close-to:{inherit.text}"
    g.end = end
    g.code, g.root, g.rule = root, root, rule
    g.name = doc[start:end].text
    g.key = ("group", g.start)
    return g


def resolve_inherited(doc, mentions: list[Mention], kb, date) -> None:
    """'officials close to X' take X's country and sector (X is the smallest mention at the
    token ``inherit_head``); such phrases with the same head and code are one actor."""
    for m in mentions:
        head = m.inherit_head
        if head is None:
            continue
        target = None
        for other in mentions:
            if other is m:
                continue
            if other.start <= head < other.end and (target is None or (other.end - other.start) < (target.end - target.start)):
                target = other
        if target is None:
            continue
        if target.code and not is_sector_only(target.code):
            root, sector = split_code(target.code)
            m.root = root
            code = target.code
            # keep our own sector when the target has none ("Afghans close to him" -> AFG)
            if sector is None and m.sector:
                code = (root or "") + m.sector
            m.code = code
            m.sector = split_code(code)[1]
            m.rule += f"=>{target.code}"
        m.key = ("inherit", m.agent_phrase, m.code, m.plural)
