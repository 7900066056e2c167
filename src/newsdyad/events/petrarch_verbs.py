"""Reader for PETRARCH2/TABARI-format verb dictionaries (``CAMEO.2.0.txt``, ``*.verbs.txt``).

Pure text processing: ``read_verb_dictionary(lines)`` takes an iterable of lines and returns a
:class:`VerbDictionary` of plain frozen dataclasses; nothing is matched or coded here (see
``petrarch_map.py`` for how patterns become lexicon entries).

The format::

    &CURRENCY                         a synset: a name, then one member a line
    +DOLLAR
    +SWISS_FRANC                      (members may be phrases; a member may name another synset)

    --- GIVE [070] ---                a verb block: label and the block's own code ([---] = none)
    GIVE {GAVE GIVEN GIVING}          a verb with its irregular forms
    DONATE [071]                      a verb with its own code
    +HAND_OVER {+HANDED_OVER}         a multi-word verb; "+" marks the verb word
    - * &CURRENCY [0711]              a pattern: "*" is the verb
    - $ * AID (TO +) [073]            "$" the source, "+" the target, "^" any word, "%" a compound actor,
                                      {A B} a noun phrase (head last), (PREP X) a prepositional phrase
    - * (BEFORE COURT) [:173]         codes: "A" forward only, "A:B" forward and reverse, ":B" reverse
    ~ a (b . ATTACK) SAY = a b 112    a transformation line (read and counted, not interpreted)

Examples:

>>> d = read_verb_dictionary(["&TIE", "+LINK", "--- GIVE [070] ---", "GIVE {GAVE}", "- * AID (TO +) [073]"])
>>> d.synsets["TIE"].members
(('LINK',),)
>>> b = d.blocks[0]; (b.label, b.code.forward, b.verbs[0].forms)
('GIVE', '070', ('GAVE',))
>>> p = b.patterns[0]; [e.kind for e in p.post], p.code.forward
(['word', 'prep'], '073')
>>> parse_code("042:043")
Code(raw='042:043', forward='042', reverse='043')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

MARKERS = {"*": "verb", "$": "source", "+": "target", "^": "skip", "%": "compound"}
_HEADER_RE = re.compile(r"^-{3}\s*(.*?)\s*(\[[^\]]*\])?[-\s]*$")  # "--- LABEL [code] ---" (or "###")
_CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True, slots=True)
class Code:
    """A code field: ``[070]``, ``[042:043]`` (forward:reverse), ``[:173]`` (reverse only), ``[---]`` (null)."""

    raw: str
    forward: str | None = None  # None: no event from source to target
    reverse: str | None = None  # the event from target to source, when the code names one

    @property
    def null(self) -> bool:
        return self.forward is None and self.reverse is None

    def codes(self) -> tuple[str, ...]:
        return tuple(c for c in (self.forward, self.reverse) if c is not None)


def parse_code(raw: str) -> Code:
    """``"070"``, ``"042:043"``, ``":173"``, ``"---"`` -> Code (whatever the code text, CAMEO or not)."""
    raw = raw.strip()

    def one(part: str) -> str | None:
        part = part.strip()
        return None if part in ("", "---", "--") else part

    if ":" in raw:
        fwd, _, rev = raw.partition(":")
        return Code(raw, one(fwd), one(rev))
    return Code(raw, one(raw), None)


@dataclass(frozen=True, slots=True)
class Synset:
    name: str  # without "&" and without a final "_"
    members: tuple[tuple[str, ...], ...]  # upper-case words; a member ("&NAME",) names another synset
    plurals: bool  # False when the label ends with "_" (no plural forms generated)
    line: int = 0


@dataclass(frozen=True, slots=True)
class VerbForm:
    words: tuple[str, ...]  # ("ASK", "FOR"); upper case
    verb_index: int  # which word is the verb ("+" in the dictionary; the first word otherwise)
    forms: tuple[str, ...] = ()  # irregular forms given in {...}, as written (words joined by "_")
    code: Code | None = None  # the verb's own code, else the block's
    line: int = 0

    @property
    def verb(self) -> str:
        return self.words[self.verb_index]


@dataclass(frozen=True, slots=True)
class Element:
    """One pattern element.

    kind: verb | word | synset | source | target | skip | compound | phrase ({A B}: items, head last)
    | prep ((PREP X ...): text = the preposition, items = what follows it).
    """

    kind: str
    text: str = ""
    items: tuple["Element", ...] = ()


@dataclass(frozen=True, slots=True)
class Pattern:
    pre: tuple[Element, ...]  # elements before the verb marker
    post: tuple[Element, ...]  # elements after it
    code: Code
    has_verb: bool  # False when the pattern has no "*"
    origin: str | None = None  # the block verb the pattern was written for, when its line names one
    line: int = 0
    text: str = ""  # the pattern, as written between "-" and its code


@dataclass(frozen=True, slots=True)
class VerbBlock:
    label: str
    code: Code
    verbs: tuple[VerbForm, ...]
    patterns: tuple[Pattern, ...]
    line: int = 0


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    synsets: dict[str, Synset] = field(default_factory=dict)
    blocks: tuple[VerbBlock, ...] = ()
    transformations: tuple[tuple[int, str], ...] = ()  # (line, text) of "~" lines
    problems: tuple[tuple[int, str], ...] = ()  # lines that could not be read, with the reason

    @property
    def n_patterns(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)


# ---------------------------------------------------------------------------------------- lines
def _strip_comments(lines: Iterable[str]) -> list[tuple[int, str, str]]:
    """(line number, content without comments, comment text) for every non-empty line."""
    out = []
    in_xml = False
    for n, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        text = ""
        i = 0
        while i < len(line):  # <!-- ... --> comments, possibly over several lines
            if in_xml:
                j = line.find("-->", i)
                if j < 0:
                    i = len(line)
                    break
                in_xml, i = False, j + 3
            else:
                j = line.find("<!--", i)
                if j < 0:
                    text += line[i:]
                    break
                text += line[i:j]
                in_xml, i = True, j + 4
        comment = ""
        for mark in ("#", ";"):
            if mark in text:
                text, _, rest = text.partition(mark)
                comment = (rest + " " + comment).strip()
        if text.strip():
            out.append((n, text.strip(), comment))
    return out


def _split_words(chunk: str, synsets: set[str]) -> list[str]:
    """Split a chunk on "_", keeping synset names (which may hold "_") whole and markers apart."""
    parts = [p for p in chunk.split("_")]
    out: list[str] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        if p.startswith("&"):
            best = i
            name = p[1:]
            for j in range(i + 1, len(parts)):
                name += "_" + parts[j]
                if name in synsets:
                    best = j
            out.append("&" + "_".join([p[1:]] + parts[i + 1:best + 1]))
            i = best + 1
            continue
        if p:
            # markers glued to words ("**", "*X" is not used; "SUGGESTED_+" splits on "_")
            if set(p) <= set("*") and p:
                out.append("*")
            else:
                out.append(p)
        i += 1
    return out


def _tokens(body: str, synsets: set[str]) -> list[str]:
    spaced = re.sub(r"([{}()])", r" \1 ", body)
    out: list[str] = []
    for chunk in spaced.split():
        out.extend(_split_words(chunk, synsets))
    return out


def _element(tok: str) -> Element:
    if tok in MARKERS:
        return Element(MARKERS[tok])
    if tok.startswith("&"):
        return Element("synset", tok[1:].rstrip("_"))
    return Element("word", tok.upper())


def parse_pattern_body(body: str, synsets: set[str] | frozenset[str] = frozenset()) -> tuple[tuple[Element, ...], tuple[Element, ...], bool]:
    """The elements of a pattern before and after its verb marker, and whether it has one.

    >>> pre, post, ok = parse_pattern_body("&MILITARY * {ARMS SHIPMENT} (TO +)", {"MILITARY"})
    >>> [e.kind for e in pre], [e.kind for e in post], post[1].text, [i.kind for i in post[1].items]
    (['synset'], ['phrase', 'prep'], 'TO', ['target'])
    """
    toks = _tokens(body, set(synsets))
    stack: list[tuple[str, list]] = [("top", [])]
    for tok in toks:
        if tok in ("{", "("):
            stack.append((tok, []))
        elif tok in ("}", ")") and len(stack) > 1:
            kind, items = stack.pop()
            if kind == "(":
                prep = items[0].text if items and items[0].kind == "word" else ""
                rest = items[1:] if prep else items
                el = Element("prep", prep, tuple(rest))
            else:
                el = Element("phrase", "", tuple(items))
            stack[-1][1].append(el)
        elif tok in ("}", ")"):
            continue  # an unbalanced bracket: ignored
        else:
            stack[-1][1].append(_element(tok))
    while len(stack) > 1:  # unclosed brackets: close them
        kind, items = stack.pop()
        stack[-1][1].append(Element("phrase" if kind == "{" else "prep", "", tuple(items)))
    top = stack[0][1]
    for i, el in enumerate(top):
        if el.kind == "verb":
            return tuple(top[:i]), tuple(x for x in top[i + 1:] if x.kind != "verb"), True
    return tuple(top), (), False


def _verb_form(text: str, line: int) -> VerbForm:
    code = None
    m = _CODE_RE.search(text)
    if m:
        code = parse_code(m.group(1))
        text = text[:m.start()] + text[m.end():]
    forms: tuple[str, ...] = ()
    b = re.search(r"\{([^}]*)\}", text)
    if b:
        forms = tuple(f.lstrip("+") for f in b.group(1).split())
        text = text[:b.start()] + text[b.end():]
    parts = [p for p in re.split(r"[\s_]+", text) if p]
    index = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    words = tuple(p.lstrip("+").upper() for p in parts)
    return VerbForm(words=words, verb_index=index, forms=forms, code=code, line=line)


def _origin(comment: str, verbs: tuple[VerbForm, ...]) -> str | None:
    """The block verb a pattern line names first in its trailing note ("# RUSH"), if any."""
    first = comment.split()[0].upper() if comment.split() else ""
    first = first.strip(",.<>")
    names = {"_".join(v.words) for v in verbs} | {v.verb for v in verbs}
    return first if first in names else None


def read_verb_dictionary(lines: Iterable[str]) -> VerbDictionary:
    """Read a PETRARCH2-format verb dictionary (see the module docstring)."""
    rows = _strip_comments(lines)
    names = set()
    for _, text, _ in rows:
        if text.startswith("&"):
            names.add(text.split()[0][1:].rstrip("_"))
            names.add(text.split()[0][1:])
    synsets: dict[str, Synset] = {}
    blocks: list[VerbBlock] = []
    transformations: list[tuple[int, str]] = []
    problems: list[tuple[int, str]] = []
    context = None  # "synset" | "block"
    syn_name, syn_line, syn_plurals, syn_members = "", 0, True, []
    blk: dict | None = None

    def close_synset():
        nonlocal syn_name
        if syn_name:
            synsets[syn_name] = Synset(syn_name, tuple(syn_members), syn_plurals, syn_line)
        syn_name = ""

    def close_block():
        nonlocal blk
        if blk is not None:
            blocks.append(VerbBlock(blk["label"], blk["code"], tuple(blk["verbs"]), tuple(blk["patterns"]), blk["line"]))
        blk = None

    for n, text, comment in rows:
        if text.startswith("~"):
            transformations.append((n, text))
            continue
        head = _HEADER_RE.match(text)
        if head and not text.startswith("- "):
            close_synset()
            close_block()
            codes = _CODE_RE.findall(text)
            label = _CODE_RE.sub(" ", head.group(1)).strip()
            code = parse_code(codes[-1]) if codes else Code("---")
            blk = {"label": label, "code": code, "verbs": [], "patterns": [], "line": n}
            context = "block"
            continue
        if text.startswith("&"):
            close_synset()
            label = text.split()[0]
            syn_name, syn_line, syn_plurals, syn_members = label[1:].rstrip("_"), n, not label.endswith("_"), []
            context = "synset"
            continue
        if text.startswith("+") and context == "synset":
            member = text[1:].strip()
            words = tuple(w.upper() for w in re.split(r"[\s_]+", member) if w)
            if words:
                syn_members.append(words if not (len(words) == 1 and words[0].startswith("&"))
                                   else ("&" + words[0][1:].rstrip("_"),))
            continue
        if text.startswith("-"):
            if blk is None:
                problems.append((n, "pattern outside a verb block"))
                continue
            m = None
            for m in _CODE_RE.finditer(text):
                pass
            if m is None:
                problems.append((n, "pattern without a code"))
                continue
            body = text[1:m.start()].strip()
            pre, post, has_verb = parse_pattern_body(body, names)
            blk["patterns"].append(Pattern(pre, post, parse_code(m.group(1)), has_verb,
                                           _origin(comment, tuple(blk["verbs"])), n, body))
            continue
        # a verb line
        if blk is None:
            problems.append((n, "verb outside a verb block"))
            continue
        close_synset()
        context = "block"
        form = _verb_form(text, n)
        if form.words:
            blk["verbs"].append(form)
        else:
            problems.append((n, "unreadable verb line"))
    close_synset()
    close_block()
    return VerbDictionary(synsets, tuple(blocks), tuple(transformations), tuple(problems))


def read_verb_file(path: str) -> VerbDictionary:
    with open(path, encoding="utf-8", errors="replace") as handle:
        return read_verb_dictionary(handle)


def expand_synset(d: VerbDictionary, name: str, _seen: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], ...] | None:
    """Every member phrase of a synset, nested synsets expanded; None if the synset is not defined."""
    syn = d.synsets.get(name.rstrip("_"))
    if syn is None or name in _seen:
        return None
    out: list[tuple[str, ...]] = []
    for m in syn.members:
        if len(m) == 1 and m[0].startswith("&"):
            inner = expand_synset(d, m[0][1:], _seen | {name})
            out.extend(inner or ())
        else:
            out.append(m)
    return tuple(out)
