"""Merging: the coded mentions of a document become one actor per person, group or country.

    "Hamid Karzai ... Karzai ... Mr. Karzai"        one actor (a surname joins the full name)
    "the Afghan president" (in 2005)               joins Karzai: the office holder on the date
    "The New York Times ... the paper"             "the paper" joins the last news medium
    "the Taliban ... the militants"                joins the last armed group
    "the Taliban ... the group"                    joins the last armed group
    "MSF ... Boko Haram ... the aid group"         a modifier of a non-governmental kind (aid,
                                                   rights, watchdog) joins only the last NGO: MSF
    "Boko Haram ... the aid group"                 (no NGO named: joins nothing)
    "the BLA ... the Taliban ... the militants"    a plural joins the only group named so far, or
                                                   the only one not coded as a state (the Taliban
                                                   in 2025 is AFGGOV): the BLA
    "the BLA ... the ISIS ... the militants"       (two armed groups: joins neither)
    "US newspaper The New York Times"              an apposition joins the named actor
    "a minister", "two officials"                  (indefinite: new actors, never joined)
    "Media watchdog Reporters Without Borders"     the agent phrase describes the name: one actor

Mentions with the same ``key`` are one actor; the steps below change a mention's key to an
earlier actor's.  The actor's code is its highest-priority mention's (a country code wins over
a sector-only one); its mentions are the character spans of all its mentions.
"""

from __future__ import annotations

from ..model import Actor
from .kb import KINDS, KnowledgeBase, family_name_first
from .lexicon import title_offices, words
from .mention import Mention, is_sector_only, split_code
from .phrases import DEFINITE, np_end, proper_name

MEDIA_ANAPHORS = words("media_anaphors")
NAMED_COLLECTIVES = {k for k in KINDS if k not in {"person", "country", "place"}}  # named actors an agent phrase may describe
GROUP_ANAPHORS = words("group_anaphors")
NGO_GROUP_MODIFIERS = words("ngo_group_modifiers")


def family_name(entry, root: str | None) -> str:
    """The word a person is called by alone: the last ("Karzai"), or the first where the
    family name comes first ("Li Qiang": Li)."""
    words_ = entry.name.split()
    first = family_name_first(words_, [root] + [r for r, *_ in entry.offices])
    return (words_[0] if first else words_[-1]).lower()


class _Threads:
    """The actors of a document so far, in order of first mention, with what later mentions
    may point back to (the last medium, group and government official, surnames, heads)."""

    def __init__(self, doc, kb: KnowledgeBase, date: str | None):
        self.doc, self.kb, self.date = doc, kb, date
        self.named_groups: dict[tuple, str | None] = {}  # knowledge-base groups named so far -> code
        self.groups: dict[tuple, list[Mention]] = {}
        self.order: list[tuple] = []
        self.surname_of: dict[str, tuple] = {}
        self.last_media = self.last_group = self.last_person_gov = self.last_ngo = None
        self.last_by_head: dict[tuple, tuple] = {}

    def add(self, m: Mention) -> None:
        """File the mention under its own key or an earlier actor's."""
        key = self._key(m)
        if key not in self.groups:
            self.groups[key] = []
            self.order.append(key)
        self.groups[key].append(m)
        self._remember(m, key)

    def _key(self, m: Mention) -> tuple:
        doc, kb = self.doc, self.kb
        key = m.key
        if m.source == "kb" and m.kind == "person":
            self.surname_of[family_name(kb.entries[m.entry], m.root)] = key
        elif m.source == "ent" and m.kind == "person":
            last = doc[m.end - 1].lower_
            if last in self.surname_of:
                key = self.surname_of[last]
            else:
                self.surname_of[last] = key
        elif m.source == "agent" and m.key[0] not in {"inherit", "kb"}:
            key = self._agent_key(m, key)
        return key

    def _agent_key(self, m: Mention, key: tuple) -> tuple:
        """The earlier actor a definite agent phrase points back to ("the paper", "the
        militants", "the president", "the officials"), else its own key."""
        doc = self.doc
        head_lemma = doc[m.head].lemma_.lower()
        if m.definite and not m.root and not m.possessor and head_lemma in MEDIA_ANAPHORS and self.last_media:
            m.code = None
            return self.last_media
        if m.definite and not m.root and not m.plural and head_lemma in GROUP_ANAPHORS and self._ngo_kind(m):
            if self.last_ngo is not None:  # "MSF ... the aid group": the last NGO named
                m.rule += "+anaphor:last-ngo"
                return self.last_ngo
            return key  # "Boko Haram ... the aid group": no NGO named, joins nothing
        if m.definite and not m.root and head_lemma in GROUP_ANAPHORS and self.last_group:
            if m.plural and (head_lemma, True) in self.last_by_head:  # "militants linked with the BLA ... the militants"
                return self.last_by_head[(head_lemma, m.plural)]
            if not m.plural:
                return self.last_group
            tied = self._only_armed_group()
            if tied is not None:
                return tied
            m.rule += "+anaphor:several-groups"  # two armed groups named: the militants are tied to neither
        if m.agent_role == "title" and not m.indefinite and not m.plural:
            return self._title_key(m, key)
        if m.definite and not m.root and (head_lemma, m.plural) in self.last_by_head:
            if is_sector_only(m.code):
                m.code = None  # "the officials": the earlier actor decides the code
            return self.last_by_head[(head_lemma, m.plural)]
        return key

    def _ngo_kind(self, m: Mention) -> bool:
        """Whether a modifier of the head makes "the group" a non-governmental one ("the aid
        group", "the rights group", "the watchdog group"; not "the militant group")."""
        head = self.doc[m.head]
        return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in NGO_GROUP_MODIFIERS
                   for c in head.lefts)

    def _only_armed_group(self) -> tuple | None:
        """The group a generic plural ("the militants") may point back to: the only group named
        so far, else the only one not coded as a state's government or military ("the BLA ...
        the Taliban (AFGGOV in 2025) ... the militants" -> the BLA), else None."""
        if len(self.named_groups) == 1:
            return next(iter(self.named_groups))
        armed = [k for k, code in self.named_groups.items()
                 if code and (code.startswith("IMG") or split_code(code)[1] not in {"GOV", "MIL"})]
        return armed[0] if len(armed) == 1 else None

    def _title_key(self, m: Mention, key: tuple) -> tuple:
        """A singular title phrase is the office holder on the date ("the Afghan president"),
        or, with no country, the last government official named ("the minister")."""
        kb, doc = self.kb, self.doc
        offices = title_offices().get(m.agent_phrase)
        holder = None
        if offices and m.root and self.date and m.sector == "GOV":
            ids = kb.office_holders(m.root, offices, self.date)
            if ids:
                holder = ids[0]
        if holder is not None:
            m.rule += f"+holder:{kb.entries[holder].name}"
            self.surname_of.setdefault(family_name(kb.entries[holder], m.root), ("kb", holder))
            return ("kb", holder)
        if not m.root and m.definite and self.last_person_gov is not None and m.sector in {None, "GOV"} \
                and not any(c.dep_ == "compound" for c in doc[m.head].lefts):  # "the gang leader"
            m.rule += "+anaphor:last-official"
            return self.last_person_gov
        return key

    def _remember(self, m: Mention, key: tuple) -> None:
        if m.kind == "media" and m.source == "kb":
            self.last_media = key
        if m.kind == "group" and m.source == "kb":
            self.last_group = key
            self.named_groups.setdefault(key, m.code)
        if m.kind == "person" and m.code and split_code(m.code)[1] == "GOV":
            self.last_person_gov = key
        if m.source == "kb" and m.code and m.code.startswith("NGO"):
            self.last_ngo = key
        if m.source == "agent" and not proper_name(self.doc, self.doc[m.head]):  # "the army" is not the Baloch Liberation Army
            self.last_by_head[(self.doc[m.head].lemma_.lower(), m.plural)] = key

    def join_appositions(self) -> None:
        """An agent phrase in apposition with a named actor ("US newspaper The New York
        Times") is a mention of that actor."""
        doc, groups, order = self.doc, self.groups, self.order
        appos_into: dict[tuple, tuple] = {}
        for key in order:
            for m in groups[key]:
                if m.source != "agent":
                    continue
                for child in doc[m.head].children:
                    if child.dep_ != "appos":
                        continue
                    for other_key in order:
                        if other_key != key and any(o.start <= child.i < o.end and o.source == "kb"
                                                    for o in groups[other_key]):
                            appos_into[key] = other_key
        for src, dst in appos_into.items():
            if src in groups and dst in groups and len(groups[src]) == 1:
                m = groups.pop(src)[0]
                m.priority = 0
                for child in doc[m.head].children:
                    if child.dep_ == "appos":
                        m.end = max(m.end, np_end(child))
                groups[dst].append(m)
                order.remove(src)


def merge(doc, mentions: list[Mention], kb: KnowledgeBase, date) -> list[Actor]:
    """The document's actors (ids A1, A2, ... in order of first mention) from its mentions."""
    join_descriptors(doc, mentions)
    threads = _Threads(doc, kb, date)
    for m in mentions:
        threads.add(m)
    threads.join_appositions()
    actors = [_actor(doc, kb, threads.groups[key]) for key in threads.order]
    actors.sort(key=lambda a: a.mentions[0] if a.mentions else (0, 0))
    for n, actor in enumerate(actors, 1):
        actor.id = f"A{n}"
    return actors


def join_descriptors(doc, mentions: list[Mention]) -> None:
    """An agent phrase with no country written right before a named group or organisation
    describes it ("Media watchdog Reporters Without Borders", "the rights group Human Rights
    Watch"): it becomes a mention of that actor.  At most one lower-case noun may stand
    between ("watchdog"); the phrase's head must modify the next word or the name must be in
    apposition or compound with it (not "the police Monday, Amnesty said")."""
    names = {m.start: m for m in mentions if m.source == "kb" and m.kind in NAMED_COLLECTIVES}
    for m in mentions:
        if m.source != "agent" or m.head < 0 or (m.code and not is_sector_only(m.code)):
            continue
        gap = m.end
        if gap < len(doc) and doc[gap].is_alpha and doc[gap].text.islower() and doc[m.head].dep_ == "compound":
            gap += 1  # "Media watchdog X" (the tagger may call "watchdog" a verb; "Media" modifies it)
        elif m.plural:
            continue  # "Rights groups Amnesty and HRW": several actors, not one
        n = names.get(gap) or (names.get(gap + 1) if gap < len(doc) and doc[gap].lower_ == "the" else None)
        if n is None:
            continue
        root = doc[n.start:n.end].root
        if doc[m.head].dep_ != "compound" and root.dep_ not in {"appos", "compound"}:
            continue
        if m.agent_role == "title" or (root.dep_ == "compound" and root.head.i >= n.end):
            continue  # "deputy U.N. ambassador", "the Deputy Secretary of State": a role, not the name
        m.key, m.code, m.root, m.sector, m.priority = n.key, None, None, None, 0
        m.rule += f"+describes:{n.name}"


def _actor(doc, kb: KnowledgeBase, ms: list[Mention]) -> Actor:
    """One actor from its mentions: the code of the deciding mention, the knowledge-base name
    if any, every mention's character span."""
    primary = max(ms, key=lambda x: (x.priority, x.code is not None and not is_sector_only(x.code), -x.start))
    code = primary.code
    if code is None or is_sector_only(code):
        code = next((x.code for x in ms if x.code and not is_sector_only(x.code)), code)
    spans = set()
    for x in ms:
        spans.add((doc[x.start].idx, doc[x.end - 1].idx + len(doc[x.end - 1].text)))
        if x.source in {"kb", "ent"}:
            spans.update(x.extra_spans)
    name, kind = _name_and_kind(ms, primary, kb)
    root, sector = split_code(code)
    if code is None:
        sector = primary.sector or next((x.sector for x in ms if x.sector), None)
        root = None
    named = next((x for x in ms if x.source == "kb"), None)
    if named is not None and kb.entries[named.entry].kind == "igo":
        root = kb.entries[named.entry].default if code == kb.entries[named.entry].default else root
    if kind in {"country"} and code:
        sector = None if len(code) == 3 else sector
    return Actor(id="", name=name, code=code, country=root, sector=sector, mentions=sorted(spans),
                 kind=kind if kind in KINDS else "organisation", rule=primary.rule)


def _name_and_kind(ms: list[Mention], primary: Mention, kb: KnowledgeBase) -> tuple[str, str]:
    """The actor's name and kind: the knowledge-base entry's, else the first mention's words
    (the longest entity for an unknown person)."""
    named = next((x for x in ms if x.source == "kb"), None)
    if named is not None:
        entry = kb.entries[named.entry]
        return entry.name, entry.kind
    first = min(ms, key=lambda x: x.start)
    name = first.name if first.source != "agent" else strip_det(first.name)
    kind = primary.kind
    if any(x.kind == "person" for x in ms) and primary.source == "ent":
        kind = "person"
        name = max((x for x in ms if x.source == "ent"), key=lambda x: x.end - x.start).name
    if kind == "person" and primary.source == "agent" and primary.plural:
        kind = "group"
    return name, kind


def strip_det(text: str) -> str:
    """The words without a leading determiner ("the officials" -> "officials")."""
    words_ = text.split()
    if words_ and words_[0].lower() in DEFINITE | {"a", "an"}:
        words_ = words_[1:]
    return " ".join(words_) or text
