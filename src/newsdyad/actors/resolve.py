"""Recognition, coding and merging of actor mentions (the body of ``find_actors``)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from ..model import Actor
from ..nlp import doc_text
from .kb import FAMILY_NAME_FIRST, Alias, Entry, KnowledgeBase, load_knowledge_base, token_norm

ENT_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "dame", "lord", "mister"}
FORMER = {"former", "ex", "ex-", "then", "late", "onetime", "one-time"}
INDEFINITE = {"a", "an", "some", "many", "several", "two", "three", "four", "few", "other", "one",
              "dozens", "hundreds", "thousands", "most", "any", "another", "numerous", "more"}
MEDIA_ANAPHORS = {"paper", "newspaper", "daily", "agency", "broadcaster", "network"}
GROUP_ANAPHORS = {"group", "militant", "rebel", "insurgent", "movement", "organisation",
                  "organization", "fighter", "guerrilla", "militia", "jihadist"}
TITLE_OFFICES = {
    "president": ("HOS", "HOG"), "prime minister": ("HOG",), "premier": ("HOG",),
    "chancellor": ("HOG",), "king": ("HOS",), "queen": ("HOS",), "emir": ("HOS",),
    "monarch": ("HOS",), "sultan": ("HOS",), "foreign minister": ("FM",),
    "secretary of state": ("FM",), "defence minister": ("DEF",), "defense minister": ("DEF",),
    "vice president": ("VP",), "vice-president": ("VP",), "leader": ("HOS", "HOG"),
}
COUNTRY_KINDS = {"country", "igo"}
ARMED_SECTORS = {"MIL", "COP", "REB", "UAF", "GOV"}  # "an army convoy", "a police station" keep their sector
SECTOR_ONLY_ROLES = {"group", "body"}  # nameless agents coded by sector alone when no country is given
SECTOR_ONLY_TITLE_SECTORS = {"JUD"}  # "the prosecutor", "the judge": sector-only even in the singular


def is_sector_only(code: str | None) -> bool:
    """A GDELT-style type code without a country ("REB", "COPMIL", "GOVMED")."""
    return bool(code) and code[:3] in SECTOR_CODES and code[:3] not in {"IGO", "NGO", "IMG"}


SECTOR_CODES = frozenset({"GOV", "MIL", "REB", "INS", "OPP", "MED", "BUS", "CVL", "JUD", "LEG", "COP", "EDU",
                          "REL", "ELI", "LAB", "REF", "HRI", "HLT", "AGR", "CRM", "SPY", "UAF", "PTY", "ENV",
                          "SEP", "RAD", "MOD", "DEV"})


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    source: str  # kb | ent | agent | title
    entry: int | None = None
    kind: str = "organisation"
    code: str | None = None
    root: str | None = None
    sector: str | None = None
    rule: str = ""
    key: tuple = ()
    head: int = -1
    name: str = ""
    priority: int = 0  # higher: this mention decides the actor's code
    extra_spans: list[tuple[int, int]] = field(default_factory=list)  # char spans merged in


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """(country root, first sector) of a CAMEO-style code; a sector-only code has no root."""
    if not code:
        return None, None
    if is_sector_only(code):
        return None, code[:3]
    if code[:3] in {"IGO", "NGO", "IMG"}:
        return code[:6] if len(code) >= 6 else code, None
    root = code[:3]
    sector = code[3:6] if len(code) >= 6 else None
    return root, sector


def _root_of(entry: Entry, date: str | None) -> str | None:
    code, _ = entry.code_at(date)
    if code is None:
        for term in entry.dated:
            if term.code:
                code = term.code
                break
    if code is None:
        return None
    if entry.kind in COUNTRY_KINDS or code[:3] in {"IGO", "NGO", "IMG"}:
        if entry.kind == "igo" or code[:3] in {"IGO", "NGO", "IMG"}:
            return entry.default if entry.kind == "igo" and entry.default else split_code(code)[0]
    return code[:3]


# ---------------------------------------------------------------------------------------
# 1. knowledge-base matches


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


def _kb_matches(doc, kb: KnowledgeBase, date: str | None) -> list[tuple[int, int, int, Alias]]:
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
        alias = _pick(found, kb, date)
        start, end = tok_i[i], tok_i[i + length] + 1
        out.append((start, end, alias.entry, alias))
        i += length + 1
    return out


OFFICE_RANK = {"HOS": 6, "HOG": 5, "VP": 4, "FM": 3, "DEF": 3, "SG": 3, "ELI": 0}


def _pick(found: list[Alias], kb: KnowledgeBase, date: str | None) -> Alias:
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


# ---------------------------------------------------------------------------------------
# 2. agents (sector nouns), matched by lemma


def _agent_at(doc, i: int, kb: KnowledgeBase):
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


def _agent_matches(doc, kb: KnowledgeBase, taken: set[int]):
    out = []
    i = 0
    while i < len(doc):
        if i in taken or doc[i].pos_ not in {"NOUN", "PROPN", "ADJ"}:
            i += 1
            continue
        hit = _agent_at(doc, i, kb)
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


# ---------------------------------------------------------------------------------------
# the stage


def find_actors(doc, *, date: str | None = None, kb: KnowledgeBase | None = None) -> list[Actor]:
    kb = kb if kb is not None else load_knowledge_base()
    date = _iso(date)
    kb_hits = _kb_matches(doc, kb, date)
    tok_kb: dict[int, int] = {}  # token index -> index in mentions
    mentions: list[Mention] = []
    person_ents = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    name_ents = [(e.start, e.end) for e in doc.ents if e.label_ in {"PERSON", "ORG", "FAC", "WORK_OF_ART"}]

    covered = {k for start, end, eid, _a in kb_hits if kb.entries[eid].kind == "country"
               for k in range(start, end)}
    # surnames of people named in full: a later lone "Aden" after "Shamsa Mohamed Aden" is her
    # (not after a preposition: "the port of Aden", "in Aden")
    surname_from: dict[str, int] = {}
    for s, e in person_ents:
        if e - s >= 2 and doc[e - 1].pos_ == "PROPN":
            surname_from.setdefault(doc[e - 1].lower_, s)

    def is_surname(start: int, end: int) -> bool:
        return (end - start == 1 and doc[start].pos_ == "PROPN" and doc[start].dep_ != "pobj"  # "port of Aden"
                and surname_from.get(doc[start].lower_, len(doc)) < start)

    named_in_full: dict[int, set[int]] = {}  # start of a full-name person entity -> KB entries it names
    for s, e, eid, _a in kb_hits:
        if e - s >= 2:
            named_in_full.setdefault(s, set()).add(eid)
    for start, end, eid, alias in kb_hits:
        entry = kb.entries[eid]
        if entry.kind != "person" and is_surname(start, end):
            continue
        if entry.kind == "person" and is_surname(start, end) and not any(
                eid in named_in_full.get(s, ()) for s, e in person_ents
                if e - s >= 2 and doc[e - 1].lower_ == doc[start].lower_ and s < start):
            continue  # "Lai" after "Jimmy Lai" is him, not Taiwan's Lai Ching-te
        if entry.kind == "person" and _other_persons_name(doc, start, end, entry, person_ents, kb):
            continue  # "Ahmed" inside "Ahmed Kico" is not Abiy Ahmed
        if entry.kind == "country" and any(s <= start and end <= e and not all(k in covered for k in range(s, e))
                                           for s, e in person_ents):
            continue  # "Jordan" inside "Michael Jordan"
        if entry.kind in {"media", "organisation"} and any(s < start and end < e for s, e in name_ents):
            continue  # "Liberation" inside "the Baloch Liberation Army"
        if entry.source == "kb:region" and end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            continue  # "the West African states", "the West Wing": part of a longer name
        if entry.kind == "person" and not alias.rest and _title_word(doc, start, kb):
            continue  # "the King of Morocco" is a title, not the surname of Tom King
        if entry.kind == "person" and not alias.rest and doc[start].ent_type_ in {"DATE", "TIME"}:
            continue  # "released in May 2017" is no Theresa May
        if doc[start].lower_ == "the" and end - start > 1 and doc[start + 1:end].root.dep_ in {"compound", "amod"}:
            start += 1
        code, note = entry.code_at(date)
        root, sector = split_code(code)
        if entry.kind == "igo" and entry.default:
            root, sector = entry.default, None
        span_start = start
        if start > 0 and doc[start - 1].lower_ == "the" and entry.kind in {"country", "igo", "media",
                                                                            "group", "organisation"}:
            root_tok = doc[start:end].root
            if doc[start - 1].head.i in range(start, end) and root_tok.dep_ not in {"compound", "amod", "poss"}:
                span_start = start - 1
        if entry.kind == "person" and start > 0 and doc[start - 1].lower_ in HONORIFICS:
            span_start = start - 1
        how = "demonym" if alias.demonym else "metonym" if alias.metonym else "name"
        m = Mention(span_start, end, "kb", eid, entry.kind, code, root, sector,
                    rule=f"{entry.source}:{entry.name}:{how}" + (f" {note}" if entry.dated else ""),
                    key=("kb", eid), head=doc[start:end].root.i, name=entry.name,
                    priority=3 if entry.kind == "person" and how == "name" else 2)
        if alias.demonym:
            m.rule = f"{entry.source}:{entry.name}:demonym"
        mentions.append(m)
        for k in range(start, end):
            tok_kb[k] = len(mentions) - 1

    taken = set(tok_kb)
    agent_hits = _agent_matches(doc, kb, taken)
    agent_head: dict[int, tuple] = {}
    for start, end, agent in agent_hits:
        agent_head[end - 1] = (start, end, agent)

    # a user-dictionary name coded with a bare country code right after a title is a person
    # ("Prime Minister Telemar" when the dictionary gives only TELEMAR [DAG]): PETRARCH dictionaries
    # carry no kind, and the title makes it a person, so the title's sector applies
    for m in mentions:
        if (m.kind == "country" and m.entry is not None and kb.entries[m.entry].source.startswith("dict:")
                and m.start - 1 in agent_head and agent_head[m.start - 1][2].role == "title"):
            m.kind = "person"

    # spaCy entities that the knowledge base did not cover
    for ent in doc.ents:
        if ent.label_ not in ENT_LABELS:
            continue
        if any(k in tok_kb for k in range(ent.start, ent.end)):
            continue
        if any(ent.start <= h < ent.end for h in agent_head) and ent.label_ != "PERSON":
            continue
        kind = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}.get(ent.label_, "place")
        if is_surname(ent.start, ent.end):
            kind = "person"  # the tagger called a surname a place or an organisation
        start = ent.start
        if ent.label_ == "PERSON" and start > 0 and doc[start - 1].lower_ in HONORIFICS:
            start -= 1
        text = ent.text
        if kind == "person":
            key = ("person", ent[-1].lower_)
        else:
            key = ("ent", text.lower().removeprefix("the "))
        mentions.append(Mention(start, ent.end, "ent", None, kind, None, None, None,
                                rule=f"ner:{ent.label_}:unknown", key=key, head=ent.root.i,
                                name=text, priority=1))
        for k in range(ent.start, ent.end):
            tok_kb[k] = len(mentions) - 1

    by_token = dict(tok_kb)

    def mention_at(i: int) -> Mention | None:
        idx = by_token.get(i)
        return None if idx is None else mentions[idx]

    # titles and appositives around person names
    consumed_agents: set[int] = set()
    for m in mentions:
        if m.kind != "person":
            continue
        _person_context(doc, m, kb, date, agent_head, mention_at, consumed_agents)

    # agent noun phrases
    agent_mentions: list[Mention] = []
    for head_i, (start, end, agent) in sorted(agent_head.items()):
        if head_i in consumed_agents:
            continue
        am = _agent_phrase(doc, start, end, agent, kb, date, mention_at)
        if am is not None:
            agent_mentions.append(am)
    # plural demonym nouns with their own context ("Afghans close to him", "Bosnian Serbs")
    for m in list(mentions):
        if m.source == "kb" and m.kind == "country" and "demonym" in m.rule:
            g = _demonym_group(doc, m, kb, date, mention_at)
            if g is not None:
                mentions.remove(m)
                agent_mentions.append(g)
    nested = []
    for am in agent_mentions:
        for other in agent_mentions:
            if other is not am and other.start <= am.start and am.end <= other.head + 1 and other.head != am.head \
                    and (other.end - other.start) > (am.end - am.start):
                nested.append(am)  # "Government" inside "Government forces"
                break
    agent_mentions = [am for am in agent_mentions if not any(am is x for x in nested)]
    for am in list(agent_mentions):
        agent_mentions.extend(_split_coordinated(doc, am))
    consumed = set()
    for am in agent_mentions:
        for k in range(am.start, am.end):
            consumed.add(k)
    # a country / place inside an agent phrase is its modifier, not an actor of its own
    kept: list[Mention] = []
    for m in mentions:
        inner = [am for am in agent_mentions if am.start <= m.start and m.end <= am.end]
        if inner and (m.kind in {"country", "place"} or (m.source == "ent" and m.kind == "group")) and not any(
                am.extra_spans and am.key == ("close",) for am in inner):
            if any(_is_modifier(doc, m, am) for am in inner):
                continue
        kept.append(m)
    mentions = kept + agent_mentions
    mentions.sort(key=lambda m: (m.start, -m.end))
    _resolve_inherited(doc, mentions, kb, date)
    from .context import apply_context  # the story's own statements (aliases, parties, ended roles ...)

    mentions = apply_context(doc, mentions, kb, date)
    return _merge(doc, mentions, kb, date)


def _other_persons_name(doc, start: int, end: int, entry, person_ents, kb: KnowledgeBase) -> bool:
    """Is the knowledge-base name at start:end part of a longer personal name that holds
    a name word the entry's name does not ("Ahmed" in "Ahmed Kico" is not Abiy Ahmed)?"""
    words = set(entry.name.split())
    for s, e in person_ents:
        if s <= start and end <= e and (e - s) > (end - start):
            for i in range(s, e):
                if start <= i < end:
                    continue
                t = doc[i]
                if (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.text not in words
                        and t.lower_ not in HONORIFICS and _agent_at(doc, i, kb) is None):
                    return True
    return False


def _title_word(doc, i: int, kb: KnowledgeBase) -> bool:
    """Is the one-word surname at token i used as a title ("the King of Morocco", "a Prince")?"""
    tok = doc[i]
    agents = kb.agents.get(tok.lower_)
    if not agents or not any(a.role == "title" and not a.rest for a in agents):
        return False
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return before in {"the", "a", "an", "its", "their"} or after == "of"


def _iso(date: str | None) -> str | None:
    if not date:
        return None
    d = str(date).strip()
    if len(d) == 8 and d.isdigit():
        return f"{d[:4]}-{d[4:6]}-{d[6:]}"
    if len(d) == 4 and d.isdigit():
        return f"{d}-07-01"
    if len(d) == 7:
        return d + "-15"
    return d[:10]


def _is_modifier(doc, m: Mention, am: Mention) -> bool:
    """Is mention m a modifier of the agent phrase am (inside its span, not the 'close to' object)?"""
    if am.rule.startswith("inherit") and am.extra_spans:
        lo, hi = am.extra_spans[0]
        if lo <= m.start and m.end <= hi:
            return False
    return True


def _context_country(doc, tokens, mention_at, kb, date):
    """The first country/IGO/person root among tokens (modifiers, possessives)."""
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


def _family_name(entry, root: str | None) -> str:
    """The word a person is called by alone: the last ("Karzai"), or the first where the
    family name comes first ("Li Qiang": Li)."""
    words = entry.name.split()
    first = root in FAMILY_NAME_FIRST or any(r in FAMILY_NAME_FIRST for r, *_ in entry.offices)
    return (words[0] if first and len(words) > 1 else words[-1]).lower()


def _phrase_end(tok, named=lambda i: False) -> int:
    """End (exclusive) of tok's noun phrase with its "of"/"in" phrases but no clause,
    apposition or coordination ("supporter of Mr. Trump's instincts, which ..." ends at
    "instincts")."""
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "parataxis"} and not (
                (child.ent_iob_ == "I" and tok.ent_type_) or named(child.i)):  # "Bosnia and Herzegovina"
            break
        end = max(end, _phrase_end(child, named))
    return end


def _nearest_first(tok) -> list:
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


def _prep_country(doc, head, mention_at, kb, date, preps=("of", "in", "from"), found: list | None = None):
    """Country named in 'of X' / 'in X' / 'from X' / 'based in X' after the head; the
    mention that named it is appended to ``found`` when given."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    root, m = _context_country(doc, _nearest_first(pobj), mention_at, kb, date)
                    if root:
                        if found is not None:
                            found.append(m)
                        return root, _phrase_end(pobj, lambda i: mention_at(i) is not None)
        if child.dep_ in {"acl", "amod"} and child.lemma_ in {"base", "headquarter", "station"}:
            r = _prep_country(doc, child, mention_at, kb, date, ("in",), found)
            if r[0]:
                return r
    return None, None


CLAUSAL = {"acl", "relcl", "appos", "punct", "cc", "conj", "advcl", "prep"}
NP_LEFT = {"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case", "predet"}


def _np_end(tok) -> int:
    """End (exclusive token index) of tok's noun phrase without clauses and appositions."""
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in CLAUSAL:
            break
        end = max(end, child.right_edge.i + 1)
    return end


def _np_start(tok) -> int:
    start = tok.i
    for child in reversed(list(tok.lefts)):
        if child.dep_ not in NP_LEFT:
            break
        start = min(start, child.left_edge.i)
    return start


def _close_to(head):
    """The object X of 'close to X' / 'loyal to X' attached to head, or None."""
    for child in head.rights:
        if child.lower_ in {"close", "loyal", "near", "allied", "linked"} and child.dep_ in {"amod", "acl", "advmod", "prep"}:
            for prep in child.children:
                if prep.lower_ == "to" and prep.dep_ == "prep":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return pobj
    return None


def _agent_phrase(doc, start, end, agent, kb, date, mention_at) -> Mention | None:
    head = doc[end - 1]
    if end - start > 1:
        syn = doc[start:end].root  # "secretary of state": the head is "secretary", not "state"
        if syn.i != head.i and syn.pos_ in {"NOUN", "PROPN"}:
            head = syn
    # the premodifiers of the head: its left subtree within the noun phrase
    left = min(_np_start(head), start)
    left_tokens = [t for t in doc[left:start]]
    former = any(t.lower_ in FORMER for t in left_tokens) or doc[start].lower_.startswith("ex-")
    root, src = _context_country(doc, left_tokens, mention_at, kb, date)
    rule_bits = [f"agent:{agent.phrase}"]
    span_end = end
    if src is not None:
        rule_bits.append(f"{src.rule.split(':')[0]}:{doc[src.start:src.end].text}")
    if root is None:
        named_by: list = []
        r, r_end = _prep_country(doc, head, mention_at, kb, date, found=named_by)
        if r:
            root, span_end = r, max(span_end, r_end)
            rule_bits.append(f"prep:{r}")
            if named_by and named_by[0].kind in {"group", "organisation"}:
                src = named_by[0]  # "the leader of the Taliban" is coded as the Taliban, like "Taliban leader"
    if root is None and head.dep_ == "conj" and head.head.pos_ in {"NOUN", "PROPN"}:
        # "Danish media and government": the second noun shares the first one's country modifier
        first = head.head
        shared = [t for t in doc[_np_start(first):first.i] if t.head.i == first.i]
        root, src = _context_country(doc, shared, mention_at, kb, date)
        if root is not None:
            rule_bits.append(f"shared-modifier:{doc[src.start:src.end].text}")
    inherit = _close_to(head)
    m = Mention(left, span_end, "agent", None, "group", None, None, None, head=head.i,
                name=doc[left:span_end].text)
    if inherit is not None:
        m.extra_spans = [(inherit.left_edge.i, _np_end(inherit))]
        m.end = max(m.end, _np_end(inherit))
        m.name = doc[left:m.end].text
        rule_bits.append(f"inherit:close-to:{inherit.text}")
    sector = agent.sector or None
    if sector is None:
        # "Opposition supporters", "women's groups": a sector noun modifying a sector-less agent
        for t in left_tokens:
            if t.dep_ in {"compound", "amod", "nmod"} and t.head.i == head.i:
                hit = _agent_at(doc, t.i, kb)
                if hit is not None and hit[0].sector and not hit[0].is_root:
                    sector = hit[0].sector
                    rule_bits.append(f"modifier-agent:{hit[0].phrase}")
                    break
    coord = _coordinated_countries(doc, src, left_tokens, mention_at, kb) if src is not None else []
    if src is not None and not agent.sector and src.entry is not None and src.kind in {"group", "organisation", "media", "igo"}:
        m.code, m.root, m.sector, m.kind = src.code, src.root, src.sector, src.kind
        m.rule = "+".join(rule_bits) + "=same-as-modifier"
        m.key = src.key
        m.priority = 0
        m.agent_role = "same"  # type: ignore[attr-defined]
        m.agent_phrase = agent.phrase  # type: ignore[attr-defined]
        m.definite = m.indefinite = m.plural = m.possessor = False  # type: ignore[attr-defined]
        m.has_country, m.inherit_head = True, None  # type: ignore[attr-defined]
        return m
    if former:
        sector = "ELI"
        rule_bits.append("former")
    if agent.is_root:
        code = agent.sector
        root = None
    elif root and _role_in_group(src, sector):
        # "Taliban spokesman", "the leader of Hezbollah": a role inside a non-state group
        # keeps the group's code (AFGREB), not the country's government (AFGGOV)
        code = src.code
        sector = split_code(src.code)[1]
        rule_bits.append("role-in-group")
    elif root:
        code = root + (sector or "") if not root.startswith(("IGO", "NGO")) or not sector else root + sector
    elif sector and (agent.role in SECTOR_ONLY_ROLES or (agent.role == "title" and sector in SECTOR_ONLY_TITLE_SECTORS)) and inherit is None and not _proper_name(doc, head) and (
            head.dep_ not in {"compound", "amod", "nmod"} or sector[:3] in ARMED_SECTORS):
        code = sector  # "rebels", "police", "security forces" with no country: sector-only code
        rule_bits.append("sector-only")
    else:
        code = None
    m.code, m.root, m.sector = code, root, sector
    m.kind = "media" if sector and "MED" in sector else (
        "person" if agent.role == "title" and head.tag_ in {"NN", "NNP"} else "group" if agent.role == "group"
        else "organisation")
    m.rule = "+".join(rule_bits)
    m.priority = 1
    det = doc[left].lower_ if left < len(doc) else ""
    plural = head.tag_ in {"NNS", "NNPS"}
    m.key = ("agent", head.lemma_.lower(), agent.role, plural, det in INDEFINITE, m.start)
    m.agent_role = agent.role  # type: ignore[attr-defined]
    m.agent_phrase = agent.phrase  # type: ignore[attr-defined]
    m.definite = det in {"the", "this", "that", "these", "those"}  # type: ignore[attr-defined]
    m.indefinite = det in INDEFINITE  # type: ignore[attr-defined]
    m.plural = plural  # type: ignore[attr-defined]
    m.has_country = root is not None or inherit is not None  # type: ignore[attr-defined]
    m.inherit_head = inherit.i if inherit is not None else None  # type: ignore[attr-defined]
    m.possessor = any(t.dep_ == "poss" for t in head.children)  # type: ignore[attr-defined]
    m.coord = [(c.root, c.start, doc[c.start:c.end].text, None if c.kind == "country" else (c.code, c.key))  # type: ignore[attr-defined]
               for c in coord if c.root != root]
    return m


def _role_in_group(src: Mention | None, sector: str | None) -> bool:
    """Is a government or military role word ("leader", "spokesman", "commander") used of a
    non-state group from the knowledge base (its code's sector is REB, OPP, PTY, ...)?"""
    return (src is not None and src.rule.startswith(("kb:group", "user:")) and bool(src.code) and sector in ("GOV", "MIL")
            and split_code(src.code)[1] not in (None, "GOV", "MIL"))


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


def _split_coordinated(doc, am: Mention) -> list[Mention]:
    """One agent mention per coordinated country; each span runs from its country to the shared head."""
    extra = []
    for root, start, text, own_code in getattr(am, "coord", ()):
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


def _proper_name(doc, head) -> bool:
    """Is the agent head part of a capitalised name ("the Baloch Liberation Army"), not a common noun?"""
    return head.ent_type_ in {"ORG", "FAC", "WORK_OF_ART"} and head.text[:1].isupper() and not head.is_sent_start


def _demonym_group(doc, m: Mention, kb, date, mention_at) -> Mention | None:
    """Plural demonym nouns with their own context become group actors."""
    head = doc[m.end - 1]
    if head.tag_ not in {"NNS", "NNPS"} and not head.text.endswith("s"):
        return None
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    inherit = _close_to(head)
    other_root, other_end = _prep_country(doc, head, mention_at, kb, date, ("of", "in"))
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
    g = Mention(start, end, "agent", None, "group", None, None, None, head=head.i, priority=1)
    if modifier is not None:
        root = modifier.root
        rule += f"+modifier:{doc[modifier.start:modifier.end].text}"
    if other_root:
        root = other_root
        end = max(end, other_end)
        rule += f"+prep:{other_root}"
    if inherit is not None:
        end = max(end, _np_end(inherit))
        g.extra_spans = [(inherit.left_edge.i, _np_end(inherit))]
        rule += f"+close-to:{inherit.text}"
    g.end = end
    g.code, g.root, g.rule = root, root, rule
    g.name = doc[start:end].text
    g.key = ("group", g.start)
    g.agent_role = "group"  # type: ignore[attr-defined]
    g.agent_phrase = head.lemma_  # type: ignore[attr-defined]
    g.definite = False  # type: ignore[attr-defined]
    g.indefinite = True  # type: ignore[attr-defined]
    g.plural = True  # type: ignore[attr-defined]
    g.has_country = True  # type: ignore[attr-defined]
    g.inherit_head = None  # type: ignore[attr-defined]
    g.possessor = False  # type: ignore[attr-defined]
    return g


def _person_context(doc, m: Mention, kb, date, agent_head, mention_at, consumed_agents) -> None:
    """Titles before the name, appositives and 'of X' decide a person's code."""
    root_tok = doc[m.head] if m.head >= 0 else doc[m.end - 1]
    titles = []  # (agent, start, end)
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
    if not titles:
        return
    agent = titles[-1][0]
    if titles[-1][3] not in appos:
        m.start = min(m.start, titles[-1][1])
    former = any(t.lower_ in FORMER for t in context_tokens)
    root, src = _context_country(doc, [t for t in context_tokens if not (m.start <= t.i < m.end)],
                                 mention_at, kb, date)
    if root is None:
        r, _ = _prep_country(doc, root_tok, mention_at, kb, date, ("of",))
        root = r
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
    if _role_in_group(src, sector):  # "Taliban spokesman Zabihullah Mujahid"
        code = src.code
        sector = split_code(code)[1]
    m.code, m.root, m.sector = code, root, sector
    m.rule = f"title:{agent.phrase}" + ("+former" if former else "") + f"+country:{root}" + (
        f" ({m.rule})" if m.source == "kb" else "")
    m.priority = 4


def _resolve_inherited(doc, mentions: list[Mention], kb, date) -> None:
    """'officials close to X' take X's country and sector."""
    for m in mentions:
        head = getattr(m, "inherit_head", None)
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
            if m.sector is None or m.sector == "GOV" or True:
                code = target.code
                # keep our own sector when the target has none ("Afghans close to him" -> AFG)
                if sector is None and m.sector:
                    code = (root or "") + m.sector
                m.code = code
                m.sector = split_code(code)[1]
            m.rule += f"=>{target.code}"
        # merging: same inherited code and same head noun -> same actor
        m.key = ("inherit", getattr(m, "agent_phrase", ""), m.code, getattr(m, "plural", False))


def _merge(doc, mentions: list[Mention], kb: KnowledgeBase, date) -> list[Actor]:
    groups: dict[tuple, list[Mention]] = {}
    order: list[tuple] = []
    surname_of: dict[str, tuple] = {}
    last_media = last_group = last_person_gov = None
    last_by_head: dict[tuple, tuple] = {}

    def put(key, m):
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(m)
        return key

    for m in mentions:
        key = m.key
        if m.source == "kb" and m.kind == "person":
            entry = kb.entries[m.entry]
            surname_of[_family_name(entry, m.root)] = key
        elif m.source == "ent" and m.kind == "person":
            last = doc[m.end - 1].lower_
            if last in surname_of:
                key = surname_of[last]
            else:
                surname_of[last] = key
        elif m.source == "agent":
            role = getattr(m, "agent_role", "")
            phrase = getattr(m, "agent_phrase", "")
            definite = getattr(m, "definite", False)
            head_lemma = doc[m.head].lemma_.lower()
            if m.key[0] in {"inherit", "kb"}:
                pass
            elif definite and not m.root and not getattr(m, "possessor", False) and head_lemma in MEDIA_ANAPHORS and last_media:
                key = last_media
                m.code = None
            elif definite and not m.root and head_lemma in GROUP_ANAPHORS and last_group:
                key = last_group
            elif role == "title" and not getattr(m, "indefinite", False) and not getattr(m, "plural", False):
                offices = TITLE_OFFICES.get(phrase)
                holder = None
                if offices and m.root and date and m.sector == "GOV":
                    ids = kb.office_holders(m.root, offices, date)
                    if ids:
                        holder = ids[0]
                if holder is not None:
                    key = ("kb", holder)
                    m.rule += f"+holder:{kb.entries[holder].name}"
                    surname_of.setdefault(_family_name(kb.entries[holder], m.root), key)
                elif not m.root and definite and last_person_gov is not None and m.sector in {None, "GOV"} \
                        and not any(c.dep_ == "compound" for c in doc[m.head].lefts):  # "the gang leader"
                    key = last_person_gov
                    m.rule += "+anaphor:last-official"
            elif definite and not m.root and (head_lemma, getattr(m, "plural", False)) in last_by_head:
                key = last_by_head[(head_lemma, getattr(m, "plural", False))]
                if is_sector_only(m.code):
                    m.code = None  # "the officials": the earlier actor decides the code
        key = put(key, m)
        if m.kind == "media" and m.source == "kb":
            last_media = key
        if m.kind == "group" and m.source == "kb":
            last_group = key
        if m.kind == "person" and m.code and split_code(m.code)[1] == "GOV":
            last_person_gov = key
        if m.source == "agent" and not _proper_name(doc, doc[m.head]):  # "the army" is not the Baloch Liberation Army
            last_by_head[(doc[m.head].lemma_.lower(), getattr(m, "plural", False))] = key

    # appositions between an agent phrase and a named actor ("US newspaper The New York Times")
    appos_into: dict[tuple, tuple] = {}
    for key in order:
        for m in groups[key]:
            if m.source != "agent":
                continue
            head = doc[m.head]
            for child in head.children:
                if child.dep_ == "appos":
                    for other_key in order:
                        if other_key == key:
                            continue
                        if any(o.start <= child.i < o.end and o.source == "kb" for o in groups[other_key]):
                            appos_into[key] = other_key
    for src, dst in appos_into.items():
        if src in groups and dst in groups and len(groups[src]) == 1:
            m = groups.pop(src)[0]
            m.priority = 0
            for child in doc[m.head].children:
                if child.dep_ == "appos":
                    m.end = max(m.end, _np_end(child))
            groups[dst].append(m)
            order.remove(src)

    actors: list[Actor] = []
    for key in order:
        ms = groups[key]
        primary = max(ms, key=lambda x: (x.priority, x.code is not None and not is_sector_only(x.code), -x.start))
        code = primary.code
        if code is None or is_sector_only(code):
            code = next((x.code for x in ms if x.code and not is_sector_only(x.code)), code)
        spans = set()
        for x in ms:
            s_char = doc[x.start].idx
            e_char = doc[x.end - 1].idx + len(doc[x.end - 1].text)
            spans.add((s_char, e_char))
            for sp in x.extra_spans:
                if isinstance(sp, tuple) and len(sp) == 2 and sp[1] > sp[0] and x.source == "kb" or x.kind == "person":
                    pass
        for x in ms:
            if x.source in {"kb", "ent"} and x.extra_spans:
                for sp in x.extra_spans:
                    spans.add(sp)
        kinds = [x.kind for x in ms]
        named = next((x for x in ms if x.source == "kb"), None)
        if named is not None:
            entry = kb.entries[named.entry]
            name, kind = entry.name, entry.kind
        else:
            first = min(ms, key=lambda x: x.start)
            name = first.name if first.source != "agent" else _strip_det(first.name)
            kind = primary.kind
            if any(k == "person" for k in kinds) and primary.source == "ent":
                kind = "person"
                longest = max((x for x in ms if x.source == "ent"), key=lambda x: x.end - x.start)
                name = longest.name
        if kind == "person" and named is None and primary.source == "agent" and getattr(primary, "plural", False):
            kind = "group"
        root, sector = split_code(code)
        if code is None:
            sector = primary.sector or next((x.sector for x in ms if x.sector), None)
            root = None
        if named is not None and kb.entries[named.entry].kind == "igo":
            root = kb.entries[named.entry].default if code == kb.entries[named.entry].default else root
        if kind in {"country"} and code:
            sector = None if len(code) == 3 else sector
        actors.append(Actor(
            id="",
            name=name,
            code=code,
            country=root,
            sector=sector,
            mentions=sorted(spans),
            kind=kind if kind in {"person", "organisation", "country", "media", "group", "igo", "place"} else "organisation",
            rule=primary.rule,
        ))
    actors.sort(key=lambda a: a.mentions[0] if a.mentions else (0, 0))
    for n, actor in enumerate(actors, 1):
        actor.id = f"A{n}"
    return actors


def _strip_det(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in {"the", "a", "an", "these", "those", "this", "that"}:
        words = words[1:]
    return " ".join(words) or text
