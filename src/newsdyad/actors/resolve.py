"""Recognition, coding and merging of actor mentions: the steps of ``find_actors``.

    find_actors(doc, date="2005-03-01") on "Afghan President Hamid Karzai met Taliban
    envoys. Karzai said ..." -> Hamid Karzai (AFGGOV, one actor for both mentions), the Taliban
    envoys (the Taliban's code)

The steps, in order (each a function below or a module of this package):

1. :func:`_kb_mentions`: knowledge-base names (``matching.kb_matches``), less those the words
   around them show to be something else ("Jordan" in "Michael Jordan", "May 2017");
2. :func:`_agent_heads`: agent nouns (``matching.agent_matches``);
3. :func:`_entity_mentions`: spaCy entities the knowledge base lacks;
4. ``persons.person_context``: titles and appositives code the persons;
5. :func:`_agent_mentions`: agent phrases (``phrases``), plural demonym groups, coordination;
6. :func:`_drop_modifiers`: a country inside an agent phrase is its modifier, not an actor;
7. ``phrases.resolve_inherited``: "officials close to X" take X's code;
8. ``context.apply_context``: what the story says (aliases, parties, described, possessives,
   ended roles);
9. ``merge.merge``: one actor per person, group or country.
"""

from __future__ import annotations

from ..model import Actor
from .kb import KnowledgeBase, load_knowledge_base
from .lexicon import given_names, words
from .matching import agent_at, agent_matches, kb_matches
from .merge import merge
from .mention import Mention, is_sector_only, split_code
from .persons import person_context
from .phrases import COLLECTIVE_KINDS, agent_phrase, demonym_group, resolve_inherited, split_coordinated

__all__ = ["find_actors", "Mention", "is_sector_only", "split_code", "iso_date"]

ENT_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}  # spaCy entities that may be actors
NAME_LABELS = {"PERSON", "ORG", "FAC", "WORK_OF_ART"}  # spaCy entities that are names
PLACE_LABELS = {"GPE", "LOC", "FAC"}  # spaCy entities that are places
HONORIFICS = words("honorifics")
COMMON_SURNAMES = words("common_surnames")
PLACE_NAME_HEADS = words("place_name_heads")
TOP_OFFICES = ("HOS", "HOG")
TITLE_DETERMINERS = words("title_determiners")


def find_actors(doc, *, date: str | None = None, kb: KnowledgeBase | None = None) -> list[Actor]:
    """The actors of a parsed document, each with its code, mentions (character spans) and the
    rule that decided the code; ``date`` (the story's, ISO or YYYYMMDD) picks office holders'
    roles, ``kb`` defaults to the built-in knowledge base."""
    kb = kb if kb is not None else load_knowledge_base()
    date = iso_date(date)
    names = _Names(doc)
    mentions, by_token = _kb_mentions(doc, kb, date, names)
    agent_head = _agent_heads(doc, kb, set(by_token))
    _titled_dictionary_persons(mentions, kb, agent_head)
    _entity_mentions(doc, names, agent_head, mentions, by_token)
    _given_name_persons(doc, kb, names, mentions, by_token)

    def mention_at(i: int) -> Mention | None:
        """The name mention covering token i (agent phrases are not indexed)."""
        idx = by_token.get(i)
        return None if idx is None else mentions[idx]

    consumed_agents: set[int] = set()
    for m in mentions:
        if m.kind == "person":
            person_context(doc, m, kb, date, agent_head, mention_at, consumed_agents)
    agent_mentions = _agent_mentions(doc, kb, date, agent_head, consumed_agents, mentions, mention_at)
    mentions = _drop_modifiers(mentions, agent_mentions) + agent_mentions
    mentions.sort(key=lambda m: (m.start, -m.end))
    resolve_inherited(doc, mentions, kb, date)
    from .context import apply_context  # the story's own statements (aliases, parties, ended roles ...)

    mentions = apply_context(doc, mentions, kb, date)
    return merge(doc, mentions, kb, date)


def iso_date(date: str | None) -> str | None:
    """A story date as ISO YYYY-MM-DD ("20050301", "2005" -> mid-year, "2005-03" -> mid-month)."""
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


# ---------------------------------------------------------------------------------------
# 1. knowledge-base names


class _Names:
    """The document's person and name entities, and the surnames of people it names in full
    (a later lone "Aden" after "Shamsa Mohamed Aden" is her; not after a preposition: "the port
    of Aden", "in Aden")."""

    def __init__(self, doc):
        self.doc = doc
        self.persons = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
        self.names = [(e.start, e.end) for e in doc.ents if e.label_ in NAME_LABELS]
        self.places = [(e.start, e.end) for e in doc.ents if e.label_ in PLACE_LABELS]
        self.surname_from: dict[str, int] = {}
        for s, e in self.persons:
            if e - s >= 2 and doc[e - 1].pos_ == "PROPN":
                self.surname_from.setdefault(doc[e - 1].lower_, s)

    def add_person(self, start: int, end: int) -> None:
        """A person named in full that the tagger missed (found by a given name)."""
        self.persons.append((start, end))
        self.surname_from.setdefault(self.doc[end - 1].lower_, start)

    def is_surname(self, start: int, end: int) -> bool:
        """Is doc[start:end] one word that repeats the surname of a person named in full earlier?"""
        doc = self.doc
        return (end - start == 1 and doc[start].pos_ == "PROPN" and doc[start].dep_ != "pobj"  # "port of Aden"
                and self.surname_from.get(doc[start].lower_, len(doc)) < start)


def _kb_mentions(doc, kb: KnowledgeBase, date, names: _Names) -> tuple[list[Mention], dict[int, int]]:
    """Mentions of the knowledge-base names found in the document, and token -> mention index."""
    hits = kb_matches(doc, kb, date)
    covered = {k for start, end, eid, _a in hits if kb.entries[eid].kind == "country" for k in range(start, end)}
    named_in_full: dict[int, set[int]] = {}  # start of a full-name match -> KB entries it names
    for s, e, eid, _a in hits:
        if e - s >= 2:
            named_in_full.setdefault(s, set()).add(eid)
    hit_tokens = {k for start, end, _e, _a in hits for k in range(start, end)}
    mentions: list[Mention] = []
    by_token: dict[int, int] = {}
    for start, end, eid, alias in hits:
        entry = kb.entries[eid]
        if _not_this_entry(doc, kb, eid, alias, start, end, names, covered, named_in_full):
            continue
        if _common_surname_alone(doc, kb, eid, alias, start, end, date, named_in_full):
            continue  # "Yang said ...": not Yang Jiechi unless the story named him
        first = _given_name_before(doc, kb.entries[eid], alias, start, end, hit_tokens)
        if first is not None:
            names.add_person(first, end)  # "Narges Mohammadi" is not Bismillah Khan Mohammadi
            continue
        m, start = _kb_mention(doc, entry, eid, alias, start, end, date)
        mentions.append(m)
        for k in range(start, end):
            by_token[k] = len(mentions) - 1
    return mentions, by_token


def _not_this_entry(doc, kb, eid: int, alias, start, end, names: _Names, covered, named_in_full) -> bool:
    """Do the words around a knowledge-base match show it is not that entry?"""
    entry = kb.entries[eid]
    if entry.kind != "person" and names.is_surname(start, end):
        return True
    if entry.kind == "person" and names.is_surname(start, end) and not any(
            eid in named_in_full.get(s, ()) for s, e in names.persons
            if e - s >= 2 and doc[e - 1].lower_ == doc[start].lower_ and s < start):
        return True  # "Lai" after "Jimmy Lai" is him, not Taiwan's Lai Ching-te
    if entry.kind == "person" and _other_persons_name(doc, start, end, entry, names.persons, kb):
        return True  # "Ahmed" inside "Ahmed Kico" is not Abiy Ahmed
    if entry.kind == "country" and any(s <= start and end <= e and not all(k in covered for k in range(s, e))
                                       for s, e in names.persons):
        return True  # "Jordan" inside "Michael Jordan"
    if entry.kind in {"media", "organisation"} and any(s < start and end < e for s, e in names.names):
        return True  # "Liberation" inside "the Baloch Liberation Army"
    if entry.source == "kb:region" and end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return True  # "the West African states", "the West Wing": part of a longer name
    if entry.kind == "person" and not alias.rest and _title_word(doc, start, kb):
        return True  # "the King of Morocco" is a title, not the surname of Tom King
    if entry.kind == "person" and not alias.rest and doc[start].ent_type_ in {"DATE", "TIME"}:
        return True  # "released in May 2017" is no Theresa May
    if entry.kind == "person" and any(s <= start and end <= e and e - s > end - start for s, e in names.places):
        return True  # "Chi" in "Ho Chi Minh City" is no Chi Haotian
    return False


def _common_surname_alone(doc, kb, eid: int, alias, start: int, end: int, date, named_in_full) -> bool:
    """Is a knowledge-base person matched by a lone very common surname ("Yang", "Khan") that
    the story did not earlier name in full, with no title before it, who is not head of state
    or government on the date ("Kim" in 2020 is Kim Jong Un)?"""
    entry = kb.entries[eid]
    if entry.kind != "person" or alias.rest or end - start != 1 or doc[start].text not in COMMON_SURNAMES:
        return False
    if any(eid in ids for s, ids in named_in_full.items() if s < start):
        return False
    if start > 0:
        hit = agent_at(doc, start - 1, kb)
        if hit is not None and hit[0].role == "title":
            return False  # "Foreign Minister Wang": the title says who
    return not any(office in TOP_OFFICES and (not date or ((not s or s <= date) and (not e or date < e)))
                   for _r, office, s, e in entry.offices)


def _given_name_before(doc, entry, alias, start: int, end: int, hit_tokens: set[int]) -> int | None:
    """The start of the full name when a knowledge-base person's lone surname follows a given
    name that is not this person's ("Narges Mohammadi", "Melania Trump"), else None."""
    if entry.kind != "person" or alias.rest or end - start != 1 or start == 0:
        return None
    own = set(entry.name.split())
    first = start
    while first > 0 and _name_word(doc, first - 1) and first - 1 not in hit_tokens and start - first < 3:
        first -= 1
    if first == start or doc[first].text not in given_names() or any(doc[i].text in own for i in range(first, start)):
        return None
    return first


def _name_word(doc, i: int) -> bool:
    """Is token i a capitalised proper noun that can be part of a personal name?"""
    tok = doc[i]
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text)
            and tok.lower_ not in HONORIFICS)


def _kb_mention(doc, entry, eid: int, alias, start: int, end: int, date) -> tuple[Mention, int]:
    """The mention of a knowledge-base match (with a leading "the" or honorific that belongs
    to it) and the token where the name itself starts."""
    if doc[start].lower_ == "the" and end - start > 1 and doc[start + 1:end].root.dep_ in {"compound", "amod"}:
        start += 1
    code, note = entry.code_at(date)
    root, sector = split_code(code)
    if entry.kind == "igo" and entry.default:
        root, sector = entry.default, None
    span_start = start
    if start > 0 and doc[start - 1].lower_ == "the" and entry.kind in COLLECTIVE_KINDS:
        root_tok = doc[start:end].root
        if doc[start - 1].head.i in range(start, end) and root_tok.dep_ not in {"compound", "amod", "poss"}:
            span_start = start - 1
    if entry.kind == "person" and start > 0 and doc[start - 1].lower_ in HONORIFICS:
        span_start = start - 1
    how = "demonym" if alias.demonym else "metonym" if alias.metonym else "name"
    rule = f"{entry.source}:{entry.name}:{how}" + (f" {note}" if entry.dated and not alias.demonym else "")
    m = Mention(span_start, end, "kb", eid, entry.kind, code, root, sector, rule=rule,
                key=("kb", eid), head=doc[start:end].root.i, name=entry.name,
                priority=3 if entry.kind == "person" and how == "name" else 2)
    return m, start


def _other_persons_name(doc, start: int, end: int, entry, person_ents, kb: KnowledgeBase) -> bool:
    """Is the knowledge-base name at start:end part of a longer personal name that holds
    a name word the entry's name does not ("Ahmed" in "Ahmed Kico" is not Abiy Ahmed)?"""
    name_words = set(entry.name.split())
    for s, e in person_ents:
        if s <= start and end <= e and (e - s) > (end - start):
            for i in range(s, e):
                if start <= i < end:
                    continue
                t = doc[i]
                if (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.text not in name_words
                        and t.lower_ not in HONORIFICS and agent_at(doc, i, kb) is None):
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
    return before in TITLE_DETERMINERS or after == "of"


# ---------------------------------------------------------------------------------------
# 2-3. agent nouns and unknown names


def _agent_heads(doc, kb: KnowledgeBase, taken: set[int]) -> dict[int, tuple]:
    """Head token -> (start, end, agent) of each agent phrase outside the names."""
    return {end - 1: (start, end, agent) for start, end, agent in agent_matches(doc, kb, taken)}


def _titled_dictionary_persons(mentions: list[Mention], kb: KnowledgeBase, agent_head) -> None:
    """A user-dictionary name coded with a bare country code right after a title is a person
    ("Prime Minister Telemar" when the dictionary gives only TELEMAR [DAG]): PETRARCH
    dictionaries carry no kind, and the title makes it a person, so the title's sector applies."""
    for m in mentions:
        if (m.kind == "country" and m.entry is not None and kb.entries[m.entry].source.startswith("dict:")
                and m.start - 1 in agent_head and agent_head[m.start - 1][2].role == "title"):
            m.kind = "person"


def _entity_mentions(doc, names: _Names, agent_head, mentions: list[Mention], by_token: dict[int, int]) -> None:
    """Add the spaCy entities the knowledge base did not cover (uncoded, rule ``ner:...``)."""
    for ent in doc.ents:
        if ent.label_ not in ENT_LABELS:
            continue
        if any(k in by_token for k in range(ent.start, ent.end)):
            continue
        if ent.label_ != "PERSON" and any(ent.start <= h < ent.end or (s <= ent.start and ent.end <= e)
                                          for h, (s, e, _a) in agent_head.items()):
            continue  # "Interior" in "Interior Minister X" is part of the title
        kind = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}.get(ent.label_, "place")
        if names.is_surname(ent.start, ent.end):
            kind = "person"  # the tagger called a surname a place or an organisation
        start = ent.start
        if ent.label_ == "PERSON" and start > 0 and doc[start - 1].lower_ in HONORIFICS:
            start -= 1
        key = ("person", ent[-1].lower_) if kind == "person" else ("ent", ent.text.lower().removeprefix("the "))
        mentions.append(Mention(start, ent.end, "ent", None, kind, None, None, None,
                                rule=f"ner:{ent.label_}:unknown", key=key, head=ent.root.i,
                                name=ent.text, priority=1))
        for k in range(ent.start, ent.end):
            by_token[k] = len(mentions) - 1


def _given_name_persons(doc, kb, names: _Names, mentions: list[Mention], by_token: dict[int, int]) -> None:
    """Add persons the tagger and the knowledge base missed: a given name and one to three
    capitalised name words ("Seydou Konate"), and later the surname alone of any person named
    in full (uncoded, rule
    ``given-name:unknown``; the context rules may code them: "X, a former president of Mali")."""
    given = given_names()
    in_ent = {k for e in doc.ents for k in range(e.start, e.end)}

    def free(i: int) -> bool:
        """Is token i a name word no other mention, entity or agent noun has taken?"""
        return i not in by_token and i not in in_ent and _name_word(doc, i) and agent_at(doc, i, kb) is None

    surnames: set[str] = set()
    i = 0
    while i < len(doc):
        j = i
        if doc[i].text in given and free(i):
            j = i + 1
            while j < len(doc) and j - i < 4 and free(j):
                j += 1
            if j - i < 2 or doc[j - 1].lower_ in PLACE_NAME_HEADS:
                j = i  # "Hope Street" is a place
        elif (doc[i].text in surnames or names.is_surname(i, i + 1)) and free(i) and doc[i].dep_ != "pobj":
            j = i + 1
        if j > i:
            surnames.add(doc[j - 1].text)
            mentions.append(Mention(i, j, "ent", None, "person", rule="given-name:unknown",
                                    key=("person", doc[j - 1].lower_), head=j - 1, name=doc[i:j].text, priority=1))
            for k in range(i, j):
                by_token[k] = len(mentions) - 1
            i = j
        else:
            i += 1


# ---------------------------------------------------------------------------------------
# 5-6. agent phrases


def _agent_mentions(doc, kb, date, agent_head, consumed_agents, mentions: list[Mention], mention_at) -> list[Mention]:
    """The agent-phrase mentions (titles already read as a person's are left out), with plural
    demonym groups ("Afghans close to him", "Bosnian Serbs"; their demonym mention leaves
    ``mentions``), less phrases nested in a longer one, plus one per coordinated country."""
    agent_mentions: list[Mention] = []
    for head_i, (start, end, agent) in sorted(agent_head.items()):
        if head_i in consumed_agents:
            continue
        am = agent_phrase(doc, start, end, agent, kb, date, mention_at)
        if am is not None:
            agent_mentions.append(am)
    for m in list(mentions):
        if m.source == "kb" and m.kind == "country" and "demonym" in m.rule:
            g = demonym_group(doc, m, kb, date, mention_at)
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
        agent_mentions.extend(split_coordinated(doc, am))
    return agent_mentions


def _drop_modifiers(mentions: list[Mention], agent_mentions: list[Mention]) -> list[Mention]:
    """The mentions less the countries, places and unknown groups inside an agent phrase:
    those are its modifiers ("Afghan" in "Afghan officials"), not actors of their own."""
    kept: list[Mention] = []
    for m in mentions:
        inside = any(am.start <= m.start and m.end <= am.end for am in agent_mentions)
        if inside and (m.kind in {"country", "place"} or (m.source == "ent" and m.kind == "group")):
            continue
        kept.append(m)
    return kept
