"""The attribution stage's data files: the cue lexicon's word lists (wordlists.tsv)."""

import re
from pathlib import Path

import pytest

from newsdyad.attribution import lexicon
from newsdyad.attribution.lexicon import word_list

SOURCES = sorted(Path(lexicon.__file__).parent.rglob("*.py"))  # every module of the stage


def _names_used() -> set[str]:
    names = set()
    for path in SOURCES:
        names |= set(re.findall(r'word_list\("([a-z_]+)"\)', path.read_text(encoding="utf-8")))
    return names


def test_attribution_lexicon_every_word_list_the_rules_use_exists():
    names = _names_used()
    assert len(names) >= 30
    for name in names:
        assert word_list(name), name


def test_attribution_lexicon_word_lists_are_clean_lower_case_entries():
    for name in _names_used():
        for entry in word_list(name):
            assert entry == entry.strip() and entry, (name, entry)
            assert entry == entry.lower(), (name, entry)


def test_attribution_lexicon_word_list_contents():
    assert "force" in word_list("object_control")  # "forced Clinton to distance herself"
    assert "update" in word_list("not_speakers")  # "Update: ..." names no speaker
    assert "press release" in word_list("issued_nouns")  # phrases keep their space
    assert "say" not in word_list("not_saying")


def test_attribution_lexicon_unknown_word_list_is_a_clear_error():
    with pytest.raises(KeyError, match="no word list 'no_such_list'"):
        word_list("no_such_list")
