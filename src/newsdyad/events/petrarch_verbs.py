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
        """No event in either direction."""
        return self.forward is None and self.reverse is None

    def codes(self) -> tuple[str, ...]:
        """The codes the field names (forward, then reverse)."""
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
    """A synset: "&NAME" and its member phrases."""
    name: str  # without "&" and without a final "_"
    members: tuple[tuple[str, ...], ...]  # upper-case words; a member ("&NAME",) names another synset
    plurals: bool  # False when the label ends with "_" (no plural forms generated)
    line: int = 0


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One verb line of a block: its words, which one is the verb, irregular forms and own code."""
    words: tuple[str, ...]  # ("ASK", "FOR"); upper case
    verb_index: int  # which word is the verb ("+" in the dictionary; the first word otherwise)
    forms: tuple[str, ...] = ()  # irregular forms given in {...}, as written (words joined by "_")
    code: Code | None = None  # the verb's own code, else the block's
    line: int = 0

    @property
    def verb(self) -> str:
        """The verb word of the form."""
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
    """One pattern line of a verb block, split at the verb marker."""
    pre: tuple[Element, ...]  # elements before the verb marker
    post: tuple[Element, ...]  # elements after it
    code: Code
    has_verb: bool  # False when the pattern has no "*"
    origin: str | None = None  # the block verb the pattern was written for, when its line names one
    line: int = 0
    text: str = ""  # the pattern, as written between "-" and its code


@dataclass(frozen=True, slots=True)
class VerbBlock:
    """A verb block: its label, default code, verbs and patterns."""
    label: str
    code: Code
    verbs: tuple[VerbForm, ...]
    patterns: tuple[Pattern, ...]
    line: int = 0


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    """A read verb dictionary: synsets, blocks, transformations and the lines it could not read."""
    synsets: dict[str, Synset] = field(default_factory=dict)
    blocks: tuple[VerbBlock, ...] = ()
    transformations: tuple[tuple[int, str], ...] = ()  # (line, text) of "~" lines
    problems: tuple[tuple[int, str], ...] = ()  # lines that could not be read, with the reason

    @property
    def n_patterns(self) -> int:
        """Patterns over all blocks."""
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


class _Reader:
    """The state of one pass over a verb dictionary: the synset and the verb block being read."""

    def __init__(self, names: set[str]):
        self.names = names  # every synset name, for telling "&NAME" apart from plain words
        self.synsets: dict[str, Synset] = {}
        self.blocks: list[VerbBlock] = []
        self.transformations: list[tuple[int, str]] = []
        self.problems: list[tuple[int, str]] = []
        self.context = None  # "synset" | "block"
        self.syn_name, self.syn_line, self.syn_plurals, self.syn_members = "", 0, True, []
        self.blk: dict | None = None

    def close_synset(self) -> None:
        """Store the synset being read, if any."""
        if self.syn_name:
            self.synsets[self.syn_name] = Synset(self.syn_name, tuple(self.syn_members), self.syn_plurals, self.syn_line)
        self.syn_name = ""

    def close_block(self) -> None:
        """Store the verb block being read, if any."""
        blk = self.blk
        if blk is not None:
            self.blocks.append(VerbBlock(blk["label"], blk["code"], tuple(blk["verbs"]), tuple(blk["patterns"]),
                                         blk["line"]))
        self.blk = None

    def header(self, n: int, text: str, head: re.Match) -> None:
        """"--- LABEL [code] ---": a new verb block."""
        self.close_synset()
        self.close_block()
        codes = _CODE_RE.findall(text)
        label = _CODE_RE.sub(" ", head.group(1)).strip()
        code = parse_code(codes[-1]) if codes else Code("---")
        self.blk = {"label": label, "code": code, "verbs": [], "patterns": [], "line": n}
        self.context = "block"

    def synset(self, n: int, text: str) -> None:
        """"&NAME" (or "&NAME_", no plurals): a new synset."""
        self.close_synset()
        label = text.split()[0]
        self.syn_name, self.syn_line, self.syn_plurals, self.syn_members = (
            label[1:].rstrip("_"), n, not label.endswith("_"), [])
        self.context = "synset"

    def member(self, text: str) -> None:
        """"+WORD WORD" inside a synset: one member phrase (or "+&OTHER", a nested synset)."""
        member = text[1:].strip()
        words = tuple(w.upper() for w in re.split(r"[\s_]+", member) if w)
        if words:
            self.syn_members.append(words if not (len(words) == 1 and words[0].startswith("&"))
                                    else ("&" + words[0][1:].rstrip("_"),))

    def pattern(self, n: int, text: str, comment: str) -> None:
        """"- pattern [code]": a pattern of the verb block being read."""
        if self.blk is None:
            self.problems.append((n, "pattern outside a verb block"))
            return
        m = next(reversed(list(_CODE_RE.finditer(text))), None)  # the last [code] on the line
        if m is None:
            self.problems.append((n, "pattern without a code"))
            return
        body = text[1:m.start()].strip()
        pre, post, has_verb = parse_pattern_body(body, self.names)
        self.blk["patterns"].append(Pattern(pre, post, parse_code(m.group(1)), has_verb,
                                            _origin(comment, tuple(self.blk["verbs"])), n, body))

    def verb(self, n: int, text: str) -> None:
        """A verb line of the block being read."""
        if self.blk is None:
            self.problems.append((n, "verb outside a verb block"))
            return
        self.close_synset()
        self.context = "block"
        form = _verb_form(text, n)
        if form.words:
            self.blk["verbs"].append(form)
        else:
            self.problems.append((n, "unreadable verb line"))

    def line(self, n: int, text: str, comment: str) -> None:
        """Dispatch one (comment-stripped) line by its first character."""
        if text.startswith("~"):
            self.transformations.append((n, text))
            return
        head = _HEADER_RE.match(text)
        if head and not text.startswith("- "):
            self.header(n, text, head)
        elif text.startswith("&"):
            self.synset(n, text)
        elif text.startswith("+") and self.context == "synset":
            self.member(text)
        elif text.startswith("-"):
            self.pattern(n, text, comment)
        else:
            self.verb(n, text)


def read_verb_dictionary(lines: Iterable[str]) -> VerbDictionary:
    """Read a PETRARCH2-format verb dictionary (see the module docstring)."""
    rows = _strip_comments(lines)
    names = set()
    for _, text, _ in rows:
        if text.startswith("&"):
            names.add(text.split()[0][1:].rstrip("_"))
            names.add(text.split()[0][1:])
    r = _Reader(names)
    for n, text, comment in rows:
        r.line(n, text, comment)
    r.close_synset()
    r.close_block()
    return VerbDictionary(r.synsets, tuple(r.blocks), tuple(r.transformations), tuple(r.problems))


def read_verb_file(path: str) -> VerbDictionary:
    """Read a verb dictionary from a file."""
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
