"""What a name resolves to in the knowledge base, and why (``newsdyad kb lookup``).

    >>> from newsdyad.actors.kb import load_knowledge_base
    >>> r = lookup(load_knowledge_base(), "Afghanistan", "2013-05-01")
    >>> r["chosen"]["code"], r["chosen"]["kind"]
    ('AFG', 'country')
"""

from __future__ import annotations

from .kb import KnowledgeBase, phrase_tokens

# where the built-in entries come from (data/kb/), by the source tag of the entry
BUILTIN_FILES = {
    "kb:country": "countries.tsv", "kb:region": "regions.tsv", "kb:igo": "igos.tsv",
    "kb:ngo": "igos.tsv", "kb:group": "groups.tsv", "kb:media": "media.tsv",
    "kb:officeholder": "officeholders*.tsv",
}


def _source(entry) -> str:
    src = entry.source or ""
    if src.startswith("user:"):
        return "user knowledge base " + src[len("user:"):]
    if src.startswith("dict:"):
        return "dictionary " + src[len("dict:"):]
    prefix = src.split(":")[0] + ":" + src.split(":")[1] if src.count(":") >= 1 else src
    return f"built-in knowledge base, data/kb/{BUILTIN_FILES.get(prefix, prefix)}"


def _describe(kb: KnowledgeBase, alias, date: str | None) -> dict:
    entry = kb.entries[alias.entry]
    code, note = entry.code_at(date)
    if note == "default" and entry.dated:
        why = "no dated role holds on that date: the undated code"
    elif note == "default":
        why = "the entry's only code"
    elif note.startswith("latest"):
        why = f"no date given: the most recent role ({note[7:]})"
    else:
        why = f"the role held on that date ({note})"
    return {
        "name": entry.name,
        "kind": entry.kind,
        "code": code,
        "why": why,
        "source": _source(entry),
        "matched": alias.surface,
        "match": "demonym" if alias.demonym else "metonym" if alias.metonym else
                 "user entry" if alias.user else "name",
        "default": entry.default,
        "roles": [{"code": t.code, "start": t.start or None, "end": t.end or None} for t in entry.dated],
        "offices": [{"root": r, "office": o, "start": s or None, "end": e or None} for r, o, s, e in entry.offices],
    }


def lookup(kb: KnowledgeBase, name: str, date: str | None = None) -> dict:
    """Every knowledge-base entry the name matches exactly, and the one the coder picks on
    that date (``chosen``; None when the name is not in the knowledge base)."""
    from .matching import pick as _pick
    from .resolve import iso_date as _iso

    date = _iso(date)
    tokens = phrase_tokens(name)
    found = []
    if tokens:
        text = name.strip()
        for alias in kb.index.get(tokens[0], ()):
            if alias.rest != tokens[1:]:
                continue
            if alias.acronym and not text.split()[0].isupper():
                continue
            if alias.cap and not text[:1].isupper():
                continue
            if any(a.entry == alias.entry for a in found):
                continue  # a name and the same surname indexed twice
            found.append(alias)
    chosen = _pick(found, kb, date) if found else None
    return {
        "query": name,
        "date": date,
        "chosen": _describe(kb, chosen, date) if chosen else None,
        "others": [_describe(kb, a, date) for a in found if a is not chosen],
        "sources": list(kb.sources),
    }


def render(result: dict) -> str:
    """The lookup as text for people."""
    lines = [f"{result['query']!r} on {result['date'] or 'no date (the most recent role)'}:"]
    chosen = result["chosen"]
    if chosen is None:
        lines.append("  not in the knowledge base (the coder may still code it from titles and context)")
    for label, item in [("resolves to", chosen)] + [("also matches", o) for o in result["others"]]:
        if item is None:
            continue
        lines.append(f"  {label}: {item['name']} ({item['kind']})  code {item['code'] or '-'}")
        lines.append(f"    why: {item['why']}")
        lines.append(f"    from: {item['source']}; matched {item['match']} {item['matched']!r}")
        for role in item["roles"]:
            lines.append(f"    role {role['code'] or '---'}  {role['start'] or '?'} .. {role['end'] or 'open'}")
        for office in item["offices"]:
            lines.append(f"    office {office['root']} {office['office']}  {office['start'] or '?'} .. {office['end'] or 'open'}")
        if item["default"] and item["roles"]:
            lines.append(f"    outside these dates: {item['default']}")
    lines.append(f"  knowledge base: {', '.join(result['sources'])}")
    return "\n".join(lines)
