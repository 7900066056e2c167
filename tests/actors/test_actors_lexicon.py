"""The actor stage's word lists are data (data/lexicons/actors.tsv, context.tsv,
data/kb/title_offices.tsv): each list defined once, every list used exists, and the actor
modules keep no word lists of five or more words as Python literals."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from newsdyad.actors.lexicon import LEXICON_DIR, LIST_FILES, _lists, title_offices, words
from newsdyad.actors.mention import Mention

ACTORS = Path(__file__).resolve().parents[2] / "src" / "newsdyad" / "actors"
MODULES = sorted(ACTORS.rglob("*.py"))
# names whose literals are a format or an enumeration, not words: the kinds of an entry, a
# CSV header, a module's exports
SCHEMA_NAMES = {"KINDS", "COLUMNS", "__all__"}


def test_actors_lexicon_every_list_is_defined_once():
    names = [line.split("\t", 1)[0] for f in LIST_FILES for line in (LEXICON_DIR / f).read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    assert all(_lists()[n] for n in names), "an empty list"


def test_actors_lexicon_every_list_used_exists():
    used = set()
    for path in MODULES:
        used |= set(re.findall(r'(?:words|word_set|phrases)\("([a-z_]+)"\)', path.read_text()))
    assert used, "no list found: the pattern no longer matches the code"
    missing = sorted(n for n in used if n not in _lists())
    assert not missing, missing


@pytest.mark.parametrize("name, word, present", [
    ("honorifics", "mr.", True),
    ("honorifics", "president", False),
    ("indefinite_determiners", "several", True),
    ("indefinite_determiners", "the", False),
    ("name_suffixes", "III", True),
    ("sector_codes", "REB", True),
    ("sector_codes", "AFG", False),
])
def test_actors_lexicon_lists(name, word, present):
    assert (word in words(name)) is present


@pytest.mark.parametrize("title, offices", [("president", ("HOS", "HOG")), ("foreign minister", ("FM",)),
                                            ("spokesman", None)])
def test_actors_lexicon_title_offices(title, offices):
    assert title_offices().get(title) == offices


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ACTORS)))
def test_actors_lexicon_modules_hold_no_word_list_literals(path):
    """Sets, tuples and lists of five or more words or codes are data files."""
    tree = ast.parse(path.read_text())
    schema = {id(x) for n in ast.walk(tree) if isinstance(n, ast.Assign)
              and any(isinstance(t, ast.Name) and t.id in SCHEMA_NAMES for t in n.targets) for x in ast.walk(n.value)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and id(node) not in schema:
            items = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(items) >= 5 and any(w.isalpha() and (w.islower() or w.isupper()) for w in items):
                found.append((node.lineno, items[:5]))
    # dependency labels and spaCy entity labels are the parser's vocabulary, not ours
    parser_labels = {"acl", "relcl", "appos", "punct", "cc", "conj", "advcl", "prep", "det", "amod", "compound",
                     "poss", "nummod", "quantmod", "nmod", "case", "predet", "parataxis",
                     "PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}
    found = [(line, items) for line, items in found if not set(items) <= parser_labels]
    assert not found, found


def test_actors_lexicon_mention_fields_are_declared():
    """Every attribute the stage sets on a Mention is a declared field (no ad-hoc attributes)."""
    declared = set(Mention.__dataclass_fields__)
    set_attrs = set()
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    for x in (t.elts if isinstance(t, ast.Tuple) else [t]):
                        if isinstance(x, ast.Attribute) and isinstance(x.value, ast.Name) and x.value.id in {"m", "am", "g", "c", "u", "dst", "new", "agent"}:
                            set_attrs.add(x.attr)
    assert set_attrs, "no assignment found: the pattern no longer matches the code"
    assert set_attrs <= declared, sorted(set_attrs - declared)
