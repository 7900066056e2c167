"""The shared word lists (data/lexicons/wordlists.tsv): one definition per concept, every list used
exists, and the rule modules keep no word lists of five or more words as Python literals."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from newsdyad.wordlists import WORDLISTS, _word_lists, word_list

SRC = Path(__file__).resolve().parents[1] / "src" / "newsdyad"
DEP_LABELS = {"nsubj", "nsubjpass", "dobj", "obj", "pobj", "prep", "conj", "xcomp", "ccomp", "advcl", "relcl",
              "acl", "amod", "compound", "acomp", "attr", "oprd", "pcomp", "csubj", "ROOT", "poss", "agent"}


def test_wordlists_every_list_is_defined_once():
    names = [line.split("\t", 1)[0] for line in WORDLISTS.read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    assert all(_word_lists()[n] for n in names), "an empty list"


def test_wordlists_every_list_used_exists():
    used = set()
    for path in SRC.rglob("*.py"):
        used |= set(re.findall(r'word_list\("([a-z_]+)"\)', path.read_text()))
    missing = sorted(n for n in used if n not in _word_lists())
    assert not missing, missing


def test_wordlists_unknown_list_names_the_file():
    with pytest.raises(KeyError, match="wordlists.tsv"):
        word_list("no_such_list")


# dates.py holds the calendar's month and day names (issue #15 moves date parsing to dateparser).
RULE_MODULES = sorted(p for p in (SRC / "events").glob("*.py") if p.name != "dates.py")
SCHEMA_NAMES = {"WRAPPER_FRAMES", "FRAMES"}  # the lexicon's frame names: a file format, not words


@pytest.mark.parametrize("path", RULE_MODULES, ids=lambda p: p.name)
def test_wordlists_events_modules_hold_no_word_list_literals(path):
    """Sets, tuples and lists of five or more words (not dependency labels or codes) are data."""
    found = []
    tree = ast.parse(path.read_text())
    schema = {id(x) for n in ast.walk(tree) if isinstance(n, ast.Assign)
              and any(isinstance(t, ast.Name) and t.id in SCHEMA_NAMES for t in n.targets) for x in ast.walk(n.value)}
    # x.kind in ("word", "synset", ...): the names of a data model's element kinds, not words
    schema |= {id(c) for n in ast.walk(tree) if isinstance(n, ast.Compare) and isinstance(n.left, ast.Attribute)
               and n.left.attr == "kind" for c in n.comparators}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and id(node) not in schema:
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            words = [w for w in words if w.isalpha() and w.islower() and w not in DEP_LABELS]
            if len(words) >= 5:
                found.append((node.lineno, words[:5]))
    assert not found, found
